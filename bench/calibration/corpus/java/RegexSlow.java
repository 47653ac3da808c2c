// Planted: slugify calls String.replaceAll, which compiles its pattern on every call (precompile-regex).
import java.util.Locale;

public class RegexSlow {
  static String slugify(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  public static void main(String[] args) {
    int acc = 0;
    for (Common.Item it : Common.records(Common.size(args, 200000))) acc += Common.checksum(it.name()) ^ slugify(it.name()).length();
    System.out.println(acc);
  }
}
