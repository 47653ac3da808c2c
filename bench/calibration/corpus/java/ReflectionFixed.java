// Fixed: typed accessor calls.
public class ReflectionFixed {
  static int fieldSum(Common.Item it) {
    return it.id() + it.qty();
  }

  public static void main(String[] args) {
    int acc = 0;
    for (Common.Item it : Common.records(Common.size(args, 300000))) acc ^= Common.checksum(it.sku()) ^ fieldSum(it);
    System.out.println(acc);
  }
}
