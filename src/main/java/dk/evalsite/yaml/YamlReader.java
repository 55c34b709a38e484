package dk.evalsite.yaml;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.yaml.YamlNode.ScalarKind;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML file into {@link YamlNode}s with positions. Bounded on every axis (file size,
 * nesting, aliases, expanded size) so hostile input is refused quickly; duplicate keys are errors,
 * never silently overwritten.
 */
public final class YamlReader {
  /** Only read once built (it resolves tags from fixed tables), so all threads share one. */
  private static final Resolver RESOLVER = new Resolver();

  static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
  static final int MAX_DEPTH = 40;
  static final int MAX_ALIASES = 50;
  static final int MAX_NODES = 200_000;
  static final int MAX_STRING = 64 * 1024;

  private final Diagnostics diagnostics;

  public YamlReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reads {@code file}; on any problem reports it and returns empty. */
  public Optional<YamlNode> read(Path file) {
    Optional<String> text = readText(file);
    return text.flatMap(t -> parse(file, t, 0));
  }

  /**
   * Parses YAML text that starts {@code lineOffset} lines into {@code file} (front matter); an
   * empty document is an empty mapping.
   */
  public Optional<YamlNode> parse(Path file, String text, int lineOffset) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Node root;
    try {
      // The composer alone (what Yaml.compose runs), without the object constructor and dumper a
      // Yaml instance builds first: a site of 10,000 pages reads 10,000 front matters.
      root =
          new Composer(
                  new ParserImpl(new StreamReader(new StringReader(text)), options),
                  RESOLVER,
                  options)
              .getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourcePos pos = mark == null ? SourcePos.of(file) : position(file, mark, lineOffset);
      diagnostics.error(
          "E-YAML-001",
          pos,
          "YAML syntax error: " + describe(e),
          text.indexOf('\t') >= 0
              ? "YAML does not allow tabs for indentation; indent with spaces."
              : "Check the indentation and that every `key: value` has a space after the colon.");
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.error(
          "E-YAML-003",
          SourcePos.of(file),
          "YAML refused: " + e.getMessage(),
          "Simplify the file: fewer aliases (&/*), less nesting, a smaller document.");
      return Optional.empty();
    }
    if (root == null) {
      return Optional.of(new YamlNode.MapNode(new SourcePos(file, 1 + lineOffset, 1), List.of()));
    }
    // Values left to convert, and 1 once a node with an anchor (&name) is met.
    int[] budget = {MAX_NODES, 0};
    try {
      return Optional.ofNullable(convert(file, root, lineOffset, 0, budget));
    } catch (TooLarge e) {
      if (budget[1] != 0) {
        diagnostics.error(
            "E-YAML-003",
            e.pos,
            "the document is too large or too deeply nested once its aliases are expanded",
            "Write the values out instead of repeating them through aliases (&name / *name).");
      } else if (e.deep) {
        diagnostics.error(
            "E-YAML-003",
            e.pos,
            "the document nests deeper than " + MAX_DEPTH + " levels",
            "Flatten the data; a report nests a few levels deep.");
      } else {
        diagnostics.error(
            "E-YAML-003",
            e.pos,
            "the document has more than " + MAX_NODES + " values (mappings, lists and scalars)",
            "An evaluation report needs a few hundred; split the data or remove repeated rows.");
      }
      return Optional.empty();
    } catch (TooLong e) {
      diagnostics.error(
          "E-YAML-003",
          e.pos,
          "a value is "
              + e.length
              + " characters long; evalsite accepts at most "
              + MAX_STRING
              + " per value",
          "Shorten the text; long narrative belongs in the chapter's Markdown file.");
      return Optional.empty();
    }
  }

  private Optional<String> readText(Path file) {
    return InputFiles.readText(
        file,
        MAX_FILE_BYTES,
        new InputFiles.SizeError(
            "E-YAML-003",
            "Split the data into smaller files; an evaluation report needs a few kilobytes."),
        diagnostics);
  }

  /** Strict UTF-8 decoding of any input file, reporting the line of a bad byte. */
  public static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
    return TextDecoder.decode(file, bytes, diagnostics);
  }

  private YamlNode convert(Path file, Node node, int lineOffset, int depth, int[] budget) {
    SourcePos pos = position(file, node.getStartMark(), lineOffset);
    if (node.getAnchor() != null) {
      budget[1] = 1;
    }
    if (--budget[0] < 0 || depth > MAX_DEPTH) {
      throw new TooLarge(pos, depth > MAX_DEPTH);
    }
    if (node instanceof ScalarNode scalar) {
      if (scalar.getValue().length() > MAX_STRING) {
        throw new TooLong(pos, scalar.getValue().length());
      }
      return new YamlNode.ScalarNode(pos, scalar.getValue(), kindOf(scalar));
    }
    if (node instanceof SequenceNode seq) {
      List<YamlNode> items = new ArrayList<>(seq.getValue().size());
      for (Node child : seq.getValue()) {
        items.add(convert(file, child, lineOffset, depth + 1, budget));
      }
      return new YamlNode.ListNode(pos, List.copyOf(items));
    }
    MappingNode map = (MappingNode) node;
    List<YamlNode.Entry> entries = new ArrayList<>(map.getValue().size());
    Map<String, SourcePos> seen = new HashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      SourcePos keyPos = position(file, tuple.getKeyNode().getStartMark(), lineOffset);
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        diagnostics.error(
            "E-YAML-001",
            keyPos,
            "a key must be plain text, not a list or mapping",
            "Write the key as a single word, e.g. `label:`.");
        continue;
      }
      String key = keyNode.getValue();
      SourcePos first = seen.putIfAbsent(key, keyPos);
      if (first != null) {
        diagnostics.error(
            "E-YAML-002",
            keyPos,
            "duplicate key `" + key + "` (first written at line " + first.line() + ")",
            "Remove one of the two; YAML keeps only one value per key.");
        continue;
      }
      entries.add(
          new YamlNode.Entry(
              key, keyPos, convert(file, tuple.getValueNode(), lineOffset, depth + 1, budget)));
    }
    return new YamlNode.MapNode(pos, List.copyOf(entries));
  }

  private static ScalarKind kindOf(ScalarNode scalar) {
    if (!scalar.isPlain()) {
      return ScalarKind.STRING;
    }
    Tag tag = scalar.getTag();
    if (Tag.INT.equals(tag)) {
      return ScalarKind.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return ScalarKind.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return ScalarKind.BOOL;
    }
    if (Tag.NULL.equals(tag)) {
      return ScalarKind.NULL;
    }
    if (Tag.TIMESTAMP.equals(tag)) {
      return ScalarKind.TIMESTAMP;
    }
    return ScalarKind.STRING;
  }

  private static SourcePos position(Path file, Mark mark, int lineOffset) {
    return new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem();
    String context = e.getContext();
    String text = problem != null ? problem : String.valueOf(e.getMessage());
    if (context != null && !context.isBlank()) {
      text = text + " (" + context + ")";
    }
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Thrown inside conversion when the expanded document outgrows its budget. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SourcePos pos;
    final boolean deep;

    TooLarge(SourcePos pos, boolean deep) {
      super(null, null, false, false);
      this.pos = pos;
      this.deep = deep;
    }
  }

  /** Thrown inside conversion for a scalar longer than {@link #MAX_STRING}. */
  private static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SourcePos pos;
    final int length;

    TooLong(SourcePos pos, int length) {
      super(null, null, false, false);
      this.pos = pos;
      this.length = length;
    }
  }

  /** Strict UTF-8 decoding with the line of the first bad byte; drops a BOM. */
  static final class TextDecoder {
    private TextDecoder() {}

    static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
      // Quick path: Java's decoder replaces bad bytes with U+FFFD, so a text without one was
      // valid; a text with one (bad bytes, or a real U+FFFD) takes the strict path below.
      String quick = new String(bytes, StandardCharsets.UTF_8);
      if (quick.indexOf('\uFFFD') < 0) {
        return Optional.of(quick.startsWith("\uFEFF") ? quick.substring(1) : quick);
      }
      try {
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
      } catch (CharacterCodingException e) {
        int line = 1;
        int bad = firstInvalidByte(bytes);
        for (int i = 0; i < bad; i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        diagnostics.error(
            "E-IO-002",
            new SourcePos(file, line, 1),
            "the file is not valid UTF-8",
            "Save the file as UTF-8 (e.g. Danish letters written in Latin-1 show this).");
        return Optional.empty();
      }
    }

    private static int firstInvalidByte(byte[] bytes) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
      java.nio.charset.CoderResult result =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in, out, true);
      return result.isError() ? in.position() : 0;
    }
  }
}
