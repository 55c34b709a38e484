package dk.evalsite.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search's files below search/: manifest.js (which shards there are), index-N.js (MiniSearch
 * index shards of at most {@link #DOCS_PER_SHARD} documents, all loaded on first use) and text-N.js
 * (the documents' texts for snippets, about {@link #TEXT_BYTES} each, loaded only for the results
 * shown). Each is a classic script calling {@code evalsiteSearch.*} with its JSON as a string
 * literal, so it loads from file:// too, where fetch and modules do not.
 */
public final class SearchFiles {
  /** Documents per index shard: keeps each shard small enough to load without a long freeze. */
  public static final int DOCS_PER_SHARD = 2000;

  /** Characters of text per text shard, before a new one is started. */
  public static final int TEXT_BYTES = 60_000;

  private static final JsonFactory JSON = new JsonFactory();

  private SearchFiles() {}

  /** The files (path below the site root to contents) for {@code docs}, in their order. */
  public static Map<String, String> of(List<SearchDoc> docs) {
    Map<String, String> files = new LinkedHashMap<>();
    List<MiniSearchIndex.Entry> entries = new ArrayList<>();
    List<Map<String, String>> texts = new ArrayList<>();
    Map<String, String> text = new LinkedHashMap<>();
    int size = 0;
    for (SearchDoc doc : docs) {
      if (size > 0 && size + doc.text().length() > TEXT_BYTES) {
        texts.add(text);
        text = new LinkedHashMap<>();
        size = 0;
      }
      text.put(doc.id(), doc.text());
      size += doc.text().length();
      entries.add(new MiniSearchIndex.Entry(doc, texts.size()));
    }
    if (!text.isEmpty()) {
      texts.add(text);
    }
    int shards = 0;
    for (int from = 0; from < entries.size(); from += DOCS_PER_SHARD) {
      List<MiniSearchIndex.Entry> shard =
          entries.subList(from, Math.min(entries.size(), from + DOCS_PER_SHARD));
      files.put(
          "search/index-" + shards + ".js",
          call("index", shards, jsString(MiniSearchIndex.json(shard))));
      shards++;
    }
    for (int i = 0; i < texts.size(); i++) {
      files.put("search/text-" + i + ".js", call("text", i, jsString(json(texts.get(i)))));
    }
    String manifest =
        "{\"format\":1,\"documents\":"
            + docs.size()
            + ",\"indexShards\":"
            + shards
            + ",\"textShards\":"
            + texts.size()
            + "}";
    files.put("search/manifest.js", "evalsiteSearch.manifest(" + manifest + ");\n");
    return files;
  }

  private static String call(String what, int number, String literal) {
    return "evalsiteSearch." + what + "(" + number + "," + literal + ");\n";
  }

  private static String json(Map<String, String> texts) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (var e : texts.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * {@code s} as a single-quoted JavaScript string literal: backslash, quote, line breaks (also
   * U+2028/U+2029) and "<" escaped, so the text reads back exactly in any script context.
   */
  static String jsString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        case '<' -> out.append("\\x3c");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }
}
