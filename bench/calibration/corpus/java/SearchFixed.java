// Fixed: a HashSet answers membership in constant time.
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class SearchFixed {
  static int uniqueSkus(List<Common.Item> items) {
    Set<String> seen = new HashSet<>();
    for (Common.Item it : items) seen.add(it.sku());
    return seen.size();
  }

  public static void main(String[] args) {
    List<Common.Item> items = Common.records(Common.size(args, 12000));
    int acc = 0;
    for (Common.Item it : items) acc ^= Common.checksum(it.name() + it.name());
    for (int pass = 0; pass < 3; pass++) acc ^= uniqueSkus(items);
    System.out.println(acc);
  }
}
