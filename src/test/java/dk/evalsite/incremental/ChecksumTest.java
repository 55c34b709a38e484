package dk.evalsite.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecksumTest {
  @Test
  void tellsBytesOfTheSameLengthApartAndRecordsTheLength() {
    String a = Checksum.of("<main>".getBytes(StandardCharsets.UTF_8));
    String b = Checksum.of("<MAIN>".getBytes(StandardCharsets.UTF_8));
    assertThat(a).isNotEqualTo(b);
    assertThat(Checksum.length(a)).isEqualTo(6);
    assertThat(Checksum.length("not a checksum")).isEqualTo(-1);
  }

  @Test
  void summingInPartsEqualsSummingTheWhole() {
    byte[] whole = "title: A\nkind: final\n".getBytes(StandardCharsets.UTF_8);
    String parts =
        new Checksum()
            .update(java.util.Arrays.copyOfRange(whole, 0, 5))
            .update(java.util.Arrays.copyOfRange(whole, 5, whole.length))
            .value();
    assertThat(parts).isEqualTo(Checksum.of(whole));
  }

  @Test
  void writesLengthAndBothCrcsInHexWithTheCrcsZeroPadded() {
    assertThat(Checksum.of(new byte[0])).isEqualTo("0-0000000000000000");
    for (int n = 0; n < 2000; n++) {
      byte[] bytes = ("page " + n).repeat(n % 7 + 1).getBytes(StandardCharsets.UTF_8);
      java.util.zip.CRC32C c = new java.util.zip.CRC32C();
      java.util.zip.CRC32 d = new java.util.zip.CRC32();
      c.update(bytes);
      d.update(bytes);
      assertThat(Checksum.of(bytes))
          .isEqualTo(
              String.format(
                  java.util.Locale.ROOT,
                  "%x-%08x%08x",
                  (long) bytes.length,
                  c.getValue(),
                  d.getValue()));
    }
  }
}
