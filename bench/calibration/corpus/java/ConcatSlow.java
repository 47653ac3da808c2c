// Planted: renderCsv grows one String with += per line, copying it every time: O(n²) (string-builder).
import java.util.List;

public class ConcatSlow {
  static String renderCsv(List<Common.Item> items) {
    String out = "";
    for (Common.Item it : items) out += it.id() + "," + it.name() + "," + it.sku() + "\n";
    return out;
  }

  public static void main(String[] args) {
    List<Common.Item> items = Common.records(Common.size(args, 8000));
    int acc = 0;
    for (Common.Item it : items) acc ^= Common.checksum(it.name() + it.sku());
    for (int pass = 0; pass < 3; pass++) acc ^= renderCsv(items).length();
    System.out.println(acc);
  }
}
