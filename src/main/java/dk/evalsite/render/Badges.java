package dk.evalsite.render;

import dk.evalsite.config.Light;

/** Badge views: light id (for the CSS class and shape) and its label in the report's language. */
final class Badges {
  private final Messages msg;

  Badges(Messages msg) {
    this.msg = msg;
  }

  BadgeView badge(Light light) {
    String id = light == null ? "none" : light.id();
    return new BadgeView(id, msg.get("light." + id));
  }
}
