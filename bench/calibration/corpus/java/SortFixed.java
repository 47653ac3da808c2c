// Fixed: the prices are sorted once; each query is a binary search.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SortFixed {
  static int cheapestAbove(List<Integer> sorted, int floor) {
    int i = Collections.binarySearch(sorted, floor + 1);
    if (i < 0) i = -i - 1;
    else while (i > 0 && sorted.get(i - 1) == floor + 1) i--;
    return i < sorted.size() ? sorted.get(i) : -1;
  }

  public static void main(String[] args) {
    int n = Common.size(args, 4000);
    List<Integer> prices = new ArrayList<>();
    int acc = 0;
    for (Common.Item it : Common.records(n)) {
      prices.add((it.id() * 7919) % 10007);
      acc ^= Common.checksum(it.name());
    }
    List<Integer> sorted = new ArrayList<>(prices);
    Collections.sort(sorted);
    for (int q = 0; q < n / 10; q++) acc ^= cheapestAbove(sorted, (q * 131) % 10007);
    System.out.println(acc);
  }
}
