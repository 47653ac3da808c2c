// Planted: fieldSum reads every field through reflection lookups per call (avoid-reflection).
import java.lang.reflect.Method;

public class ReflectionSlow {
  static int fieldSum(Common.Item it) {
    try {
      int s = 0;
      for (String name : new String[] {"id", "qty"}) {
        Method m = Common.Item.class.getDeclaredMethod(name);
        s += (Integer) m.invoke(it);
      }
      return s;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void main(String[] args) {
    int acc = 0;
    for (Common.Item it : Common.records(Common.size(args, 300000))) acc ^= Common.checksum(it.sku()) ^ fieldSum(it);
    System.out.println(acc);
  }
}
