package dk.evalsite.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One index shard in the JSON that MiniSearch 7.2.0's {@code MiniSearch.loadJSON} reads
 * (serializationVersion 2, as its {@code toJSON} writes it): built here as MiniSearch's {@code
 * addAll} would build it in the browser with search.js's tokenizer and stemmers, field lengths and
 * their running averages computed in the same order with the same doubles, so the scores are the
 * same. A browser test compares the two.
 */
public final class MiniSearchIndex {
  /** The indexed fields, in MiniSearch's field-id order. */
  public static final List<String> FIELDS = List.of("title", "text");

  private static final JsonFactory JSON = new JsonFactory();

  private MiniSearchIndex() {}

  /** A document of a shard: what is indexed and the stored fields a result list shows. */
  public record Entry(SearchDoc doc, int textShard) {}

  /** The serialized index of {@code entries}, short ids in list order. */
  public static String json(List<Entry> entries) {
    Map<String, Map<Integer, TreeMap<Integer, Integer>>> index = new TreeMap<>();
    List<int[]> lengths = new ArrayList<>();
    double[] average = new double[FIELDS.size()];
    for (int shortId = 0; shortId < entries.size(); shortId++) {
      SearchDoc doc = entries.get(shortId).doc();
      Terms.Stemmer stemmer = Terms.stemmer(doc.lang());
      int[] docLengths = new int[FIELDS.size()];
      for (int field = 0; field < FIELDS.size(); field++) {
        List<String> words = Terms.words(field == 0 ? doc.title() : doc.text());
        int unique = new HashSet<>(words).size();
        docLengths[field] = unique;
        // MiniSearch's addFieldLength: (average * count + length) / (count + 1)
        average[field] = (average[field] * shortId + unique) / (shortId + 1);
        for (String word : words) {
          index
              .computeIfAbsent(stemmer.stem(word), t -> new TreeMap<>())
              .computeIfAbsent(field, f -> new TreeMap<>())
              .merge(shortId, 1, Integer::sum);
        }
      }
      lengths.add(docLengths);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("documentCount", entries.size());
      g.writeNumberField("nextId", entries.size());
      g.writeObjectFieldStart("documentIds");
      for (int i = 0; i < entries.size(); i++) {
        g.writeStringField(Integer.toString(i), entries.get(i).doc().id());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("fieldIds");
      for (int f = 0; f < FIELDS.size(); f++) {
        g.writeNumberField(FIELDS.get(f), f);
      }
      g.writeEndObject();
      g.writeObjectFieldStart("fieldLength");
      for (int i = 0; i < lengths.size(); i++) {
        g.writeArrayFieldStart(Integer.toString(i));
        for (int length : lengths.get(i)) {
          g.writeNumber(length);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("averageFieldLength");
      for (double a : average) {
        g.writeNumber(number(a));
      }
      g.writeEndArray();
      g.writeObjectFieldStart("storedFields");
      for (int i = 0; i < entries.size(); i++) {
        g.writeObjectFieldStart(Integer.toString(i));
        for (Map.Entry<String, Object> e : stored(entries.get(i)).entrySet()) {
          if (e.getValue() instanceof Integer n) {
            g.writeNumberField(e.getKey(), n);
          } else {
            g.writeStringField(e.getKey(), (String) e.getValue());
          }
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeNumberField("dirtCount", 0);
      g.writeArrayFieldStart("index");
      for (var term : index.entrySet()) {
        g.writeStartArray();
        g.writeString(term.getKey());
        g.writeStartObject();
        for (var field : term.getValue().entrySet()) {
          g.writeObjectFieldStart(Integer.toString(field.getKey()));
          for (var freq : field.getValue().entrySet()) {
            g.writeNumberField(Integer.toString(freq.getKey()), freq.getValue());
          }
          g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeNumberField("serializationVersion", 2);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The stored fields of a document, as search.js reads them: absent ones left out (MiniSearch
   * stores a field only when the document has it).
   */
  public static Map<String, Object> stored(Entry entry) {
    SearchDoc d = entry.doc();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", d.title());
    put(out, "report", d.report());
    out.put("kind", d.kind());
    out.put("lang", d.lang());
    out.put("shard", entry.textShard());
    put(out, "printed", d.printed());
    put(out, "light", d.light());
    put(out, "lightWord", d.lightWord());
    return out;
  }

  private static void put(Map<String, Object> out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /**
   * A double as JavaScript would read it back to the same value: an integer without a point,
   * otherwise Java's shortest round-tripping digits, never in exponent form.
   */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }
}
