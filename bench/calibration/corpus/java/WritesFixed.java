// Fixed: a BufferedOutputStream turns the lines into a few large writes.
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

public class WritesFixed {
  static void writeReport(OutputStream out, List<Common.Item> items) throws IOException {
    OutputStream buffered = new BufferedOutputStream(out, 64 << 10);
    for (Common.Item it : items) buffered.write((it.id() + "," + it.sku() + "\n").getBytes(StandardCharsets.UTF_8));
    buffered.flush();
  }

  public static void main(String[] args) throws IOException {
    List<Common.Item> items = Common.records(Common.size(args, 100000));
    int acc = 0;
    for (Common.Item it : items) acc ^= Common.checksum(it.name());
    try (OutputStream out = new FileOutputStream("/dev/null")) {
      for (int pass = 0; pass < 3; pass++) writeReport(out, items);
    }
    System.out.println(acc);
  }
}
