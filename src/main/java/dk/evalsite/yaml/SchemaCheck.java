package dk.evalsite.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.yaml.YamlNode.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a YAML document against its JSON Schema in {@code schemas/} (shipped in the jar) and
 * reports each violation at the {@code file:line:col} of the offending node. The loaders run it
 * after their own, more specific checks: a violation is reported only where the loader has not
 * already reported a problem at that node or inside it, so one mistake gives one message.
 */
public final class SchemaCheck {
  static final String RESOURCE_DIR = "dk/evalsite/schemas/";

  /** How every hint of a schema violation starts. */
  static final String HINT_PREFIX = "The schema is schemas/";

  private final Diagnostics diagnostics;

  public SchemaCheck(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Validates {@code root} against {@code schemas/<name>.schema.json}. */
  public void check(YamlNode root, String name) {
    Map<String, Located> index = new LinkedHashMap<>();
    JsonNode json = toJson(root, "", index);
    List<ValidationMessage> messages = new ArrayList<>(Loaded.schema(name).validate(json));
    messages.sort(Comparator.comparing(m -> m.getInstanceLocation().toString()));
    for (ValidationMessage m : messages) {
      report(m, name, index);
    }
  }

  /**
   * The three schemas, each parsed once per JVM when first needed (class-holder idiom: immutable
   * after loading, and a parsed schema is safe to share between threads). Parsing one costs more
   * than checking a file, so a site without reports never parses the report schema, the largest.
   */
  private static final class Loaded {
    static JsonSchema schema(String name) {
      return switch (name) {
        case "site" -> Site.SCHEMA;
        case "scoring" -> Scoring.SCHEMA;
        case "report" -> ReportSchema.SCHEMA;
        default -> load(name);
      };
    }

    private static final class Site {
      static final JsonSchema SCHEMA = load("site");
    }

    private static final class Scoring {
      static final JsonSchema SCHEMA = load("scoring");
    }

    private static final class ReportSchema {
      static final JsonSchema SCHEMA = load("report");
    }
  }

  /** The parsed schema {@code name}; a missing schema is a packaging bug, not bad input. */
  static JsonSchema load(String name) {
    String resource = RESOURCE_DIR + name + ".schema.json";
    try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the jar: " + resource);
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void report(ValidationMessage m, String name, Map<String, Located> index) {
    String path = m.getInstanceLocation().toString();
    String property = m.getProperty();
    String type = m.getType();
    String target =
        property != null && ("additionalProperties".equals(type) || "required".equals(type))
            ? path + "/" + escape(property)
            : path;
    if (alreadyReported(target, index) || alreadyReported(path, index)) {
      return;
    }
    Located at = index.get(path);
    if (at == null) {
      return;
    }
    SourcePos pos = at.value;
    if ("additionalProperties".equals(type) && index.containsKey(target)) {
      pos = index.get(target).key;
    }
    String where = path.isEmpty() ? name + ".yaml" : "`" + lastKey(path) + "`";
    String text = m.getMessage();
    int colon = text.indexOf(": ");
    String detail = colon >= 0 && text.startsWith(path) ? text.substring(colon + 2) : text;
    String hint =
        HINT_PREFIX
            + name
            + ".schema.json; an editor with a YAML language server checks it as you type.";
    diagnostics.error(code(type, m), pos, where + ": " + detail, hint);
  }

  /** The last key of a JSON Pointer ("/regions/0/budget" gives "budget"), for messages. */
  private static String lastKey(String path) {
    String[] parts = path.substring(1).split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].matches("\\d+")) {
        return parts[i].replace("~1", "/").replace("~0", "~");
      }
    }
    return parts[parts.length - 1];
  }

  private boolean alreadyReported(String path, Map<String, Located> index) {
    for (Map.Entry<String, Located> e : index.entrySet()) {
      String p = e.getKey();
      if ((p.equals(path) || p.startsWith(path + "/"))
          && (diagnostics.reportedAt(e.getValue().value)
              || diagnostics.reportedAt(e.getValue().key))) {
        return true;
      }
    }
    return false;
  }

  private static String code(String type, ValidationMessage m) {
    return switch (type) {
      case "additionalProperties" -> "E-DATA-001";
      case "required" -> "E-DATA-003";
      case "minLength", "minItems" -> isOne(m) ? "E-DATA-003" : "E-DATA-004";
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "maxLength", "maxItems" ->
          "E-DATA-004";
      case "enum", "const", "pattern", "format" -> "E-DATA-007";
      default -> "E-DATA-002";
    };
  }

  private static boolean isOne(ValidationMessage m) {
    Object[] args = m.getArguments();
    return args != null && args.length > 0 && "1".equals(String.valueOf(args[0]));
  }

  /** Where a node's value and (for mapping entries) its key are written. */
  private record Located(SourcePos value, SourcePos key) {}

  private static JsonNode toJson(YamlNode node, String path, Map<String, Located> index) {
    return toJson(node, path, node.pos(), index);
  }

  private static JsonNode toJson(
      YamlNode node, String path, SourcePos keyPos, Map<String, Located> index) {
    index.put(path, new Located(node.pos(), keyPos));
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof YamlNode.MapNode map) {
      ObjectNode object = f.objectNode();
      for (YamlNode.Entry e : map.entries()) {
        object.set(e.key(), toJson(e.value(), path + "/" + escape(e.key()), e.keyPos(), index));
      }
      return object;
    }
    if (node instanceof YamlNode.ListNode list) {
      ArrayNode array = f.arrayNode();
      for (int i = 0; i < list.items().size(); i++) {
        YamlNode item = list.items().get(i);
        array.add(toJson(item, path + "/" + i, item.pos(), index));
      }
      return array;
    }
    ScalarNode s = (ScalarNode) node;
    return switch (s.kind()) {
      case NULL -> f.nullNode();
      case BOOL ->
          f.booleanNode(
              s.text().trim().toLowerCase(java.util.Locale.ROOT).matches("true|yes|on|y"));
      case INT, FLOAT -> number(s.text());
      default -> f.textNode(s.text());
    };
  }

  /** A YAML number as an exact JSON number; .inf, .nan, hex and the like stay text. */
  private static JsonNode number(String text) {
    String t = text.trim().replace("_", "");
    try {
      BigDecimal d = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
      if (d.scale() <= 0 && d.precision() - d.scale() < 19) {
        return JsonNodeFactory.instance.numberNode(d.longValueExact());
      }
      return JsonNodeFactory.instance.numberNode(d);
    } catch (NumberFormatException | ArithmeticException e) {
      return JsonNodeFactory.instance.textNode(text);
    }
  }

  /** JSON Pointer escaping of one path segment. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
