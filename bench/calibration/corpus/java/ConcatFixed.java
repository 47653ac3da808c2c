// Fixed: a StringBuilder appends in amortised constant time.
import java.util.List;

public class ConcatFixed {
  static String renderCsv(List<Common.Item> items) {
    StringBuilder out = new StringBuilder();
    for (Common.Item it : items) out.append(it.id()).append(',').append(it.name()).append(',').append(it.sku()).append('\n');
    return out.toString();
  }

  public static void main(String[] args) {
    List<Common.Item> items = Common.records(Common.size(args, 8000));
    int acc = 0;
    for (Common.Item it : items) acc ^= Common.checksum(it.name() + it.sku());
    for (int pass = 0; pass < 3; pass++) acc ^= renderCsv(items).length();
    System.out.println(acc);
  }
}
