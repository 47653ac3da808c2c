// Planted: parseQty relies on NumberFormatException for the common bad value (avoid-exceptions).
public class ExceptionsSlow {
  static int parseQty(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static void main(String[] args) {
    int acc = 0;
    for (Common.Item it : Common.records(Common.size(args, 300000))) acc ^= Common.checksum(it.sku()) ^ parseQty(it.id() % 4 == 0 ? String.valueOf(it.qty()) : it.sku());
    System.out.println(acc);
  }
}
