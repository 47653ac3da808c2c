// What the slow and the fixed variant of every Java pair share: deterministic
// records, unrelated CPU work (so the planted cause holds only part of the
// time) and the size argument.
import java.util.ArrayList;
import java.util.List;

final class Common {
  record Item(int id, String name, String sku, int qty) {}

  static List<Item> records(int n) {
    List<Item> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(new Item(i, "Item " + i + " / Group " + (i % 97), "SKU-" + ((i * 7919) % 100003), i % 13 + 1));
    return out;
  }

  /** FNV-1a over the text, 12 rounds: CPU work unrelated to the bottleneck. */
  static int checksum(String text) {
    int h = 0x811c9dc5;
    for (int round = 0; round < 12; round++) for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * 16777619;
    return h;
  }

  static int size(String[] args, int def) {
    return args.length > 0 ? Integer.parseInt(args[0]) : def;
  }
}
