// Fixed: the patterns are compiled once, as static finals.
import java.util.Locale;
import java.util.regex.Pattern;

public class RegexFixed {
  static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  static final Pattern EDGES = Pattern.compile("^-+|-+$");

  static String slugify(String name) {
    return EDGES.matcher(NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
  }

  public static void main(String[] args) {
    int acc = 0;
    for (Common.Item it : Common.records(Common.size(args, 200000))) acc += Common.checksum(it.name()) ^ slugify(it.name()).length();
    System.out.println(acc);
  }
}
