package dk.evalsite.render;

import dk.evalsite.config.Light;
import java.util.Map;

/** Badge views: light id (for the CSS class and shape) and its label in the report's language. */
final class Badges {
  private final Messages msg;

  Badges(Messages msg) {
    this.msg = msg;
  }

  Map<String, Object> badge(Light light) {
    if (light == null) {
      return Model.of().put("light", "none").put("label", msg.get("light.none")).map();
    }
    return Model.of().put("light", light.id()).put("label", msg.get("light." + light.id())).map();
  }
}
