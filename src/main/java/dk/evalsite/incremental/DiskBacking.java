package dk.evalsite.incremental;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Keeps a build's entries in one file beside the output folder (never in it: it must not be
 * published), whose folder ignores itself in git. The file checks itself: its first line names the
 * format and a {@link Checksum} of the rest, and it is trusted only while its {@code tag} (the
 * output folder's fingerprint) names the folder as it is. A damaged, foreign, older or hand-edited
 * file costs a full build, never a wrong one.
 */
public final class DiskBacking<R> implements UnitCache.Backing<R> {
  /** Changes whenever the stored shape changes: an older file is ignored, never misread. */
  static final int FORMAT = 16;

  private static final String HEAD = "evalsite-unit-cache ";
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final String expectedTag;
  private final JavaType type;
  private String tag = "";

  /**
   * The entries in {@code file}, trusted when they were saved with {@code expectedTag}; {@code
   * result} is the class of a unit's result.
   */
  public DiskBacking(Path file, String expectedTag, Class<R> result) {
    this.file = file;
    this.expectedTag = expectedTag;
    this.type = JSON.getTypeFactory().constructParametricType(Body.class, result);
  }

  /** What the file holds below its first line. */
  record Body<R>(String tag, UnitCache.Stored<R> stored) {}

  /** The tag the next {@link #save} records: the fingerprint of the folder it describes. */
  public void tag(String tag) {
    this.tag = tag;
  }

  @Override
  public UnitCache.Stored<R> load() {
    if (expectedTag.isEmpty() || !Files.isRegularFile(file)) {
      return UnitCache.Stored.empty();
    }
    try {
      byte[] all = Files.readAllBytes(file);
      int nl = indexOf(all, (byte) '\n');
      if (nl < 0) {
        return UnitCache.Stored.empty();
      }
      String head = new String(all, 0, nl, StandardCharsets.UTF_8);
      byte[] body = Arrays.copyOfRange(all, nl + 1, all.length);
      if (!head.equals(HEAD + FORMAT + " " + Checksum.of(body))) {
        return UnitCache.Stored.empty();
      }
      Body<R> read = JSON.readValue(body, type);
      return expectedTag.equals(read.tag()) && read.stored() != null && complete(read.stored())
          ? read.stored()
          : UnitCache.Stored.empty();
    } catch (IOException | RuntimeException e) {
      return UnitCache.Stored.empty();
    }
  }

  private static <R> boolean complete(UnitCache.Stored<R> stored) {
    return stored.site() != null
        && stored.units() != null
        && stored.units().values().stream()
            .allMatch(
                e -> e != null && e.stamp() != null && e.content() != null && e.result() != null);
  }

  /**
   * Writes through a temporary file, so a crash never leaves half of one. The folder ignores itself
   * in git (as pytest's cache does), so nobody commits it by mistake.
   */
  @Override
  public void save(UnitCache.Stored<R> next) throws IOException {
    CacheFolder.prepare(file.getParent());
    byte[] body = JSON.writeValueAsBytes(new Body<>(tag, next));
    byte[] head = (HEAD + FORMAT + " " + Checksum.of(body) + "\n").getBytes(StandardCharsets.UTF_8);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (var out = Files.newOutputStream(tmp)) {
      out.write(head);
      out.write(body);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Forgets the entries (a clean build, or a folder that is no longer what they describe). */
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
