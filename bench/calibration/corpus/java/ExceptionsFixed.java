// Fixed: the text is checked first; a bad value is an ordinary return.
public class ExceptionsFixed {
  static int parseQty(String text) {
    if (text.isEmpty()) return 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) < '0' || text.charAt(i) > '9') return 0;
    return Integer.parseInt(text);
  }

  public static void main(String[] args) {
    int acc = 0;
    for (Common.Item it : Common.records(Common.size(args, 300000))) acc ^= Common.checksum(it.sku()) ^ parseQty(it.id() % 4 == 0 ? String.valueOf(it.qty()) : it.sku());
    System.out.println(acc);
  }
}
