package dk.evalsite.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The serialized index of the parts' documents, short ids in order; every part must carry its
   * terms ({@link SearchPart#hasTerms}).
   */
  public static String json(List<SearchPart> parts) {
    List<SearchPart.Doc> docs = new ArrayList<>();
    List<SearchPart.DocTerms> docTerms = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (SearchPart part : parts) {
      docs.addAll(part.docs());
      docTerms.addAll(part.terms());
      part.docs().forEach(d -> texts.add(part.key()));
    }
    Map<String, Postings> index = new HashMap<>();
    List<int[]> lengths = new ArrayList<>();
    double[] average = new double[FIELDS.size()];
    for (int shortId = 0; shortId < docs.size(); shortId++) {
      SearchPart.Doc doc = docs.get(shortId);
      int[] docLengths = {doc.titleLength(), doc.textLength()};
      for (int field = 0; field < FIELDS.size(); field++) {
        // MiniSearch's addFieldLength: (average * count + length) / (count + 1)
        average[field] = (average[field] * shortId + docLengths[field]) / (shortId + 1);
        String terms = field == 0 ? docTerms.get(shortId).title() : docTerms.get(shortId).text();
        if (terms.isEmpty()) {
          continue;
        }
        String[] pairs = terms.split(" ");
        for (int i = 0; i < pairs.length; i += 2) {
          index
              .computeIfAbsent(pairs[i], t -> new Postings())
              .add(field, shortId, Integer.parseInt(pairs[i + 1]));
        }
      }
      lengths.add(docLengths);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("documentCount", docs.size());
      g.writeNumberField("nextId", docs.size());
      g.writeObjectFieldStart("documentIds");
      for (int i = 0; i < docs.size(); i++) {
        g.writeStringField(Integer.toString(i), docs.get(i).id());
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
      for (int i = 0; i < docs.size(); i++) {
        g.writeObjectFieldStart(Integer.toString(i));
        for (Map.Entry<String, String> e : stored(docs.get(i), texts.get(i)).entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeNumberField("dirtCount", 0);
      g.writeArrayFieldStart("index");
      List<String> terms = new ArrayList<>(index.keySet());
      java.util.Collections.sort(terms);
      for (String term : terms) {
        g.writeStartArray();
        g.writeString(term);
        index.get(term).write(g);
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
   * stores a field only when the document has it); {@code texts} names the file of its text.
   */
  public static Map<String, String> stored(SearchPart.Doc d, String texts) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("title", d.title());
    put(out, "report", d.report());
    out.put("kind", d.kind());
    out.put("lang", d.lang());
    out.put("texts", texts);
    put(out, "printed", d.printed());
    put(out, "light", d.light());
    put(out, "lightWord", d.lightWord());
    return out;
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /**
   * The documents a term is in, per field: short ids (ascending, as documents are added in order)
   * with the term's count in each.
   */
  private static final class Postings {
    private final int[][] pairs = new int[FIELDS.size()][];
    private final int[] sizes = new int[FIELDS.size()];

    void add(int field, int shortId, int count) {
      int[] p = pairs[field];
      if (p == null) {
        p = pairs[field] = new int[4];
      } else if (sizes[field] == p.length) {
        p = pairs[field] = java.util.Arrays.copyOf(p, p.length * 2);
      }
      p[sizes[field]++] = shortId;
      p[sizes[field]++] = count;
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      for (int field = 0; field < pairs.length; field++) {
        if (pairs[field] == null) {
          continue;
        }
        g.writeObjectFieldStart(Integer.toString(field));
        for (int i = 0; i < sizes[field]; i += 2) {
          g.writeNumberField(Integer.toString(pairs[field][i]), pairs[field][i + 1]);
        }
        g.writeEndObject();
      }
      g.writeEndObject();
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
