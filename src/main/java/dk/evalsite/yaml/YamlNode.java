package dk.evalsite.yaml;

import dk.evalsite.diag.SourcePos;
import java.util.List;

/** A YAML node that remembers where it was written, so every later check can point at it. */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

  SourcePos pos();

  /** What a user would call this node in an error message. */
  String typeName();

  /** A mapping; entries keep their written order. */
  record MapNode(SourcePos pos, List<Entry> entries) implements YamlNode {
    @Override
    public String typeName() {
      return "a mapping";
    }
  }

  /** A key with the position of the key itself and its value. */
  record Entry(String key, SourcePos keyPos, YamlNode value) {}

  record ListNode(SourcePos pos, List<YamlNode> items) implements YamlNode {
    @Override
    public String typeName() {
      return "a list";
    }
  }

  /**
   * A scalar as written. {@code kind} is what YAML's core schema makes of a plain scalar (int,
   * float, bool, null, timestamp); quoted scalars are always strings.
   */
  record ScalarNode(SourcePos pos, String text, ScalarKind kind) implements YamlNode {
    @Override
    public String typeName() {
      return switch (kind) {
        case STRING -> "a text";
        case INT, FLOAT -> "a number";
        case BOOL -> "true/false";
        case NULL -> "an empty value";
        case TIMESTAMP -> "a date";
      };
    }

    public boolean isNull() {
      return kind == ScalarKind.NULL;
    }
  }

  enum ScalarKind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL,
    TIMESTAMP
  }
}
