package dk.evalsite.data;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The source report's printed figures (oracle/figures.yaml), read apart from evalsite's code. */
record Oracle(Map<String, Object> figures) {
  @SuppressWarnings("unchecked")
  static Oracle read() throws IOException {
    try (InputStream in = Oracle.class.getResourceAsStream("/oracle/figures.yaml")) {
      return new Oracle(
          (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
    }
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> list(String key) {
    return (List<Map<String, Object>>) figures.get(key);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String key) {
    return (Map<String, Object>) figures.get(key);
  }

  /** A figure as the source prints it ("45,5") as a number. */
  static BigDecimal number(Object printed) {
    return new BigDecimal(((String) printed).replace(',', '.'));
  }
}
