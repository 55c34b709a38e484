package dk.evalsite.search;

import com.fasterxml.jackson.annotation.JsonFormat;
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
 * reading their pages again: each document's stored fields ({@link Doc}), its terms already
 * tokenized and stemmed ({@link DocTerms}; not written to the build cache, see {@link #hasTerms}),
 * and a {@code digest} of it all, which names the index shards the unit is in. The documents'
 * texts, for snippets, are not kept: they go into the unit's own file {@link #path(String)
 * search/text/KEY.js} ({@link #script}), written and kept with the unit's pages.
 */
public record SearchPart(
    String key, String digest, List<Doc> docs, @JsonIgnore List<DocTerms> terms) {
  private static final JsonFactory JSON = new JsonFactory();

  public SearchPart {
    docs = List.copyOf(docs);
    terms = terms == null ? null : List.copyOf(terms);
  }

  /**
   * A document as a result shows it (its stored fields; the file of its text is its unit's) and,
   * per indexed field, the number of distinct words (as MiniSearch counts a field's length). The
   * build cache keeps it as an array, not an object: a thousand reports have 32,000 of them, and
   * their field names would be half of what every build reads back.
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
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
   * Whether the documents carry their terms: a part made in this build does; one read back from the
   * build cache does not (the terms would triple the cache), and gets them {@link #again} when its
   * shard must be made.
   */
  public boolean hasTerms() {
    return terms != null;
  }

  /**
   * The part with its terms, made again from the unit's texts file as {@link #script} wrote it (the
   * stored fields and the texts are all the terms come from).
   */
  public SearchPart again(String script) {
    Map<String, String> texts = texts(script);
    List<SearchDoc> all = new ArrayList<>(docs.size());
    for (Doc d : docs) {
      String text = texts.get(d.id());
      if (text == null) {
        throw new IllegalStateException(path(key) + " has no text for " + d.id());
      }
      all.add(
          new SearchDoc(
              d.id(),
              d.lang(),
              d.kind(),
              d.title(),
              d.report(),
              text,
              d.printed(),
              d.light(),
              d.lightWord()));
    }
    return new SearchPart(key, digest, docs, of(key, all).terms());
  }

  /** The texts of a texts file, by document id. */
  static Map<String, String> texts(String script) {
    int[] at = {script.indexOf('(') + 1};
    SearchFiles.readJsString(script, at); // the unit's key
    at[0]++; // the comma
    String json = SearchFiles.readJsString(script, at);
    Map<String, String> out = new java.util.LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String id = p.currentName();
        p.nextToken();
        out.put(id, p.getText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    return new SearchPart(key, Checksum.of(all.toString()), indexed, terms);
  }

  /** The unit's texts file: each document's text by its id, for {@code evalsiteSearch.text}. */
  public static String script(String key, List<SearchDoc> docs) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (SearchDoc d : docs) {
        g.writeStringField(d.id(), d.text());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "evalsiteSearch.text("
        + SearchFiles.jsString(key)
        + ","
        + SearchFiles.jsString(out.toString())
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
