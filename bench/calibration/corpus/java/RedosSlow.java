// Planted: isPhrase matches a nested quantifier, (\w+\s?)*, which backtracks
// exponentially on a near-miss such as "aaaa…a!" (simplify-regex).
import java.util.regex.Pattern;

public class RedosSlow {
  static final Pattern PHRASE = Pattern.compile("^(\\w+\\s?)*$");

  static boolean isPhrase(String text) {
    return PHRASE.matcher(text).matches();
  }

  public static void main(String[] args) {
    int k = Common.size(args, 22);
    int acc = 0;
    for (Common.Item it : Common.records(100000)) acc ^= Common.checksum(it.name()) ^ (isPhrase(it.name().replaceAll("\\W", " ")) ? 1 : 0);
    for (int i = 0; i < 8; i++) acc ^= isPhrase("a".repeat(k + (i % 2)) + "!") ? 2 : 4;
    System.out.println(acc);
  }
}
