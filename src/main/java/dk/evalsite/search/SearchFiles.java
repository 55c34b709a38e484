package dk.evalsite.search;

import dk.evalsite.incremental.Checksum;
import java.util.ArrayList;
import java.util.List;

/**
 * The search's index files below search/: manifest.js, which names the shards, and the index shards
 * (MiniSearch indexes, all loaded on first use). A unit's parts always go to the same shard, picked
 * by its key, and a shard's file is named by a digest of what is in it, so a build that changes one
 * report rebuilds one shard and finds the others already written. The texts for snippets are the
 * units' own files ({@link SearchPart#path}). Each file is a classic script calling {@code
 * evalsiteSearch.*} with its JSON as a string literal, so it loads from file:// too, where fetch
 * and modules do not.
 */
public final class SearchFiles {
  /** About how many documents a shard holds: small enough to load without a long freeze. */
  public static final int DOCS_PER_SHARD = 2000;

  /** Bumped when the shards' shape changes, so no shard of an older evalsite is taken for new. */
  private static final String FORMAT = "2";

  private SearchFiles() {}

  /** An index shard: its file below the site root and the units' parts in it, in order. */
  public record Shard(String path, List<SearchPart> parts) {
    /** The shard's file: its index for {@code evalsiteSearch.index}. */
    public String script() {
      return "evalsiteSearch.index(" + jsString(MiniSearchIndex.json(parts)) + ");\n";
    }
  }

  /**
   * The index shards of {@code parts} (in the site's order): one per {@link #DOCS_PER_SHARD}
   * documents, a unit in the shard its key hashes to, named by what the shard holds.
   */
  public static List<Shard> shards(List<SearchPart> parts) {
    int documents = parts.stream().mapToInt(p -> p.documents()).sum();
    int count = Math.max(1, (documents + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD);
    List<List<SearchPart>> buckets = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      buckets.add(new ArrayList<>());
    }
    for (SearchPart part : parts) {
      buckets.get(Math.floorMod(bucketHash(part.key()), count)).add(part);
    }
    List<Shard> shards = new ArrayList<>();
    for (List<SearchPart> bucket : buckets) {
      if (bucket.isEmpty()) {
        continue; // no unit's key hashed here
      }
      StringBuilder key = new StringBuilder(FORMAT);
      bucket.forEach(p -> key.append(' ').append(p.key()).append(' ').append(p.digest()));
      String sum = Checksum.of(key.toString());
      shards.add(new Shard("search/index-" + sum.substring(sum.indexOf('-') + 1) + ".js", bucket));
    }
    return shards;
  }

  /** The manifest: the shards' file names, for search.js to load them all. */
  public static String manifest(List<Shard> shards) {
    int documents = 0;
    StringBuilder files = new StringBuilder();
    for (Shard shard : shards) {
      documents += shard.parts().stream().mapToInt(p -> p.documents()).sum();
      files.append(files.isEmpty() ? "" : ",").append('"').append(shard.path()).append('"');
    }
    return "evalsiteSearch.manifest({\"format\":"
        + FORMAT
        + ",\"documents\":"
        + documents
        + ",\"index\":["
        + files
        + "]});\n";
  }

  /** A hash of a unit's key that stays the same from build to build and machine to machine. */
  private static int bucketHash(String key) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  /**
   * The string of the literal {@link #jsString} wrote at {@code at[0]} (its opening quote); moves
   * {@code at[0]} past the closing quote.
   */
  static String readJsString(String s, int[] at) {
    int i = at[0];
    if (i >= s.length() || s.charAt(i) != '\'') {
      throw new IllegalArgumentException("no string literal at " + i);
    }
    StringBuilder out = new StringBuilder();
    for (i++; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        at[0] = i + 1;
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    throw new IllegalArgumentException("an unterminated string literal");
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
