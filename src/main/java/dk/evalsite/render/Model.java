package dk.evalsite.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small builder for the ordered maps templates read; keeps view code readable. */
final class Model {
  private final Map<String, Object> map = new LinkedHashMap<>();

  static Model of() {
    return new Model();
  }

  Model put(String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
    return this;
  }

  Map<String, Object> map() {
    return map;
  }
}
