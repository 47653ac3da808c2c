// Planted: uniqueSkus calls ArrayList.contains for every item: O(n²) (set-lookup).
import java.util.ArrayList;
import java.util.List;

public class SearchSlow {
  static int uniqueSkus(List<Common.Item> items) {
    List<String> seen = new ArrayList<>();
    for (Common.Item it : items) if (!seen.contains(it.sku())) seen.add(it.sku());
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
