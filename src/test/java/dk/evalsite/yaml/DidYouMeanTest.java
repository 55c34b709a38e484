package dk.evalsite.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  static final List<String> KEYS = List.of("id", "label", "target", "status", "note");

  @Test
  void aSwapOfTwoLettersIsOneEdit() {
    assertThat(DidYouMean.closest("lable", KEYS)).contains("label");
    assertThat(DidYouMean.closest("staus", KEYS)).contains("status");
    assertThat(DidYouMean.closest("Target", KEYS)).contains("target");
  }

  @Test
  void farWordsSuggestNothing() {
    assertThat(DidYouMean.closest("målsætning", KEYS)).isEmpty();
    assertThat(DidYouMean.closest("zzprobe", KEYS)).isEmpty();
  }
}
