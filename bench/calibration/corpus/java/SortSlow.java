// Planted: cheapestAbove sorts a copy of the prices for every query: O(q·n log n) (sort-once).
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class SortSlow {
  static int cheapestAbove(List<Integer> prices, int floor) {
    List<Integer> sorted = new ArrayList<>(prices);
    Collections.sort(sorted);
    for (int p : sorted) if (p > floor) return p;
    return -1;
  }

  public static void main(String[] args) {
    int n = Common.size(args, 4000);
    List<Integer> prices = new ArrayList<>();
    int acc = 0;
    for (Common.Item it : Common.records(n)) {
      prices.add((it.id() * 7919) % 10007);
      acc ^= Common.checksum(it.name());
    }
    for (int q = 0; q < n / 10; q++) acc ^= cheapestAbove(prices, (q * 131) % 10007);
    System.out.println(acc);
  }
}
