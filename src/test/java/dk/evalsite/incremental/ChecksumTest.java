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
}
