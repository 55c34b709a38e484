package dk.evalsite.site;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One hash of everything a build reads: every file of the content folder and of the theme (by path,
 * size and modification time, as make and Hugo judge changes), evalsite's own code, and the build's
 * options. Equal fingerprints mean the output would be byte for byte the same.
 */
final class InputFingerprint {
  private InputFingerprint() {}

  static String of(Path source, Path theme, String options) {
    StringBuilder all = new StringBuilder();
    all.append("evalsite:").append(code()).append('\n');
    all.append("options:").append(options).append('\n');
    all.append("content:").append(source.toAbsolutePath().normalize()).append('\n');
    all.append(BuildMemo.stamp(source)).append('\n');
    all.append("theme:").append(theme == null ? "built-in" : BuildMemo.stamp(theme)).append('\n');
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  /**
   * A checksum of the contents of a file, or of every file below a folder with its relative path:
   * equal when only modification times changed (a checkout, a copy, an editor's save without an
   * edit), so such a file costs no rendering.
   */
  static String contents(Path path) {
    Checksum sum = new Checksum();
    if (!java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return "-";
    }
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(path)) {
      for (Path p : walk.sorted().toList()) {
        byte[] bytes;
        String kind;
        if (java.nio.file.Files.isSymbolicLink(p)) {
          kind = "link"; // a link is not its target: a clean build refuses some
          bytes =
              java.nio.file.Files.readSymbolicLink(p).toString().getBytes(StandardCharsets.UTF_8);
        } else if (java.nio.file.Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          kind = "file";
          bytes = java.nio.file.Files.readAllBytes(p);
        } else {
          continue;
        }
        byte[] head =
            (path.relativize(p) + "\0" + kind + "\0" + bytes.length + "\0")
                .getBytes(StandardCharsets.UTF_8);
        sum.update(head).update(bytes);
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // Never equal to another checksum, not even to the next unreadable one.
      return "unreadable:" + java.util.UUID.randomUUID();
    }
    return sum.value();
  }

  /** The stamp of evalsite's own code: new code must rebuild the site. */
  static String code() {
    return BuildMemo.stamp(codeLocation());
  }

  /** The jar (or classes folder) evalsite runs from. */
  private static Path codeLocation() {
    try {
      return Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("unknown-code-location");
    }
  }
}
