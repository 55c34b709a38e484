package dk.evalsite.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.evalsite.incremental.Checksum;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one unit (a report, a documentation page) gives the search, made while the unit is rendered
 * and kept in its record, so a build that renders one report merges the others' terms instead of
 * reading their pages again: its documents' stored fields ({@link Doc}) and terms, tokenized and
 * stemmed ({@link DocTerms}), and a {@code digest} of it all, which names the index shards the unit
 * is in. The build cache keeps only the key, the digest and the number of documents: the unit's own
 * file {@link #path(String) search/text/KEY.js} ({@link #script}), written and kept with its pages,
 * holds the texts for snippets and the documents' fields, so a shard made again gets a kept unit's
 * documents back from it ({@link #again}).
 */
public record SearchPart(
    String key,
    String digest,
    int documents,
    @JsonIgnore List<Doc> docs,
    @JsonIgnore List<DocTerms> terms) {
  private static final JsonFactory JSON = new JsonFactory();

  public SearchPart {
    docs = docs == null ? null : List.copyOf(docs);
    terms = terms == null ? null : List.copyOf(terms);
  }

  /**
   * A document as a result shows it (its stored fields; the file of its text is its unit's) and,
   * per indexed field, the number of distinct words (as MiniSearch counts a field's length).
   */
  public record Doc(
      String id,
      String lang,
      String kind,
      String title,
      String report,
      String printed,
      String light,
      String lightWord,
      int titleLength,
      int textLength) {}

  /**
   * A document's terms with their counts, per indexed field, written "term count term count ..." in
   * term order (a term is letters and digits only, so a space never is part of one).
   */
  public record DocTerms(String title, String text) {}

  /**
   * Whether the part carries its documents and terms: a part made in this build does; one read back
   * from the build cache does not, and gets them {@link #again} when its shard must be made.
   */
  public boolean hasTerms() {
    return docs != null && terms != null;
  }

  /**
   * The part with its documents and terms, made again from the unit's texts file as {@link #script}
   * wrote it (its fields and texts are all they come from).
   */
  public SearchPart again(String script) {
    SearchPart part = of(key, read(script));
    if (!part.digest().equals(digest)) {
      throw new IllegalStateException(path(key) + " is not the file its unit wrote");
    }
    return part;
  }

  /** The documents of a texts file, as {@link #script} wrote them. */
  static List<SearchDoc> read(String script) {
    int[] at = {script.indexOf('(') + 1};
    SearchFiles.readJsString(script, at); // the unit's key
    at[0]++; // the comma
    String texts = SearchFiles.readJsString(script, at);
    at[0]++;
    String fields = SearchFiles.readJsString(script, at);
    List<String> text = new ArrayList<>();
    try (JsonParser p = JSON.createParser(texts)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        p.nextToken();
        text.add(p.getText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SearchDoc> out = new ArrayList<>(text.size());
    try (JsonParser p = JSON.createParser(fields)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.START_ARRAY) {
        String[] f = new String[8];
        for (int i = 0; i < f.length; i++) {
          f[i] = p.nextToken() == JsonToken.VALUE_NULL ? null : p.getText();
        }
        p.nextToken(); // the row's end
        out.add(SearchDoc.of(f, text.get(out.size())));
      }
    } catch (IOException | IndexOutOfBoundsException e) {
      throw new IllegalStateException(e);
    }
    if (out.size() != text.size()) {
      throw new IllegalStateException(
          "a texts file with " + text.size() + " texts and " + out.size() + " documents");
    }
    return out;
  }

  /** The file a unit's texts are in, below the site root. */
  public static String path(String key) {
    return "search/text/" + key + ".js";
  }

  /** The part of unit {@code key} whose documents are {@code docs}. */
  public static SearchPart of(String key, List<SearchDoc> docs) {
    // A unit's pages repeat their words: each is stemmed once per language.
    Map<String, Map<String, String>> stems = new HashMap<>();
    Map<String, Terms.Stemmer> stemmers = new HashMap<>();
    List<Doc> indexed = new ArrayList<>(docs.size());
    List<DocTerms> terms = new ArrayList<>(docs.size());
    StringBuilder all = new StringBuilder(key);
    for (SearchDoc d : docs) {
      String lang = d.lang() == null ? "" : d.lang();
      Terms.Stemmer snowball = stemmers.computeIfAbsent(lang, Terms::stemmer);
      Map<String, String> known = stems.computeIfAbsent(lang, l -> new HashMap<>());
      Function<String, String> stemmer = word -> known.computeIfAbsent(word, snowball::stem);
      List<String> titleWords = Terms.words(d.title());
      List<String> textWords = Terms.words(d.text());
      Doc doc =
          new Doc(
              d.id(),
              d.lang(),
              d.kind(),
              d.title(),
              d.report(),
              d.printed(),
              d.light(),
              d.lightWord(),
              new HashSet<>(titleWords).size(),
              new HashSet<>(textWords).size());
      DocTerms counts = new DocTerms(counted(titleWords, stemmer), counted(textWords, stemmer));
      indexed.add(doc);
      terms.add(counts);
      all.append('\u0000').append(doc).append(counts);
    }
    return new SearchPart(key, Checksum.of(all.toString()), indexed.size(), indexed, terms);
  }

  /**
   * The unit's texts file: each document's text by its id, for {@code evalsiteSearch.text}, and its
   * stored fields, which the page ignores and a later build reads back ({@link #again}).
   */
  public static String script(String key, List<SearchDoc> docs) {
    StringWriter texts = new StringWriter();
    StringWriter fields = new StringWriter();
    try (JsonGenerator t = JSON.createGenerator(texts);
        JsonGenerator f = JSON.createGenerator(fields)) {
      t.writeStartObject();
      f.writeStartArray();
      for (SearchDoc d : docs) {
        t.writeStringField(d.id(), d.text());
        f.writeStartArray();
        for (String field : d.shown()) {
          f.writeString(field);
        }
        f.writeEndArray();
      }
      t.writeEndObject();
      f.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "evalsiteSearch.text("
        + SearchFiles.jsString(key)
        + ","
        + SearchFiles.jsString(texts.toString())
        + ","
        + SearchFiles.jsString(fields.toString())
        + ");\n";
  }

  private static String counted(List<String> words, Function<String, String> stemmer) {
    Map<String, int[]> counts = new HashMap<>();
    for (String word : words) {
      counts.computeIfAbsent(stemmer.apply(word), t -> new int[1])[0]++;
    }
    List<String> terms = new ArrayList<>(counts.keySet());
    Collections.sort(terms);
    StringBuilder out = new StringBuilder();
    for (String term : terms) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(term).append(' ').append(counts.get(term)[0]);
    }
    return out.toString();
  }
}
