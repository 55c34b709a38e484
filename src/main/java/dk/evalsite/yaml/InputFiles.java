package dk.evalsite.yaml;

import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an input file as text with its size checked before reading and the read itself bounded: a
 * huge or sparse file costs no memory, a file that grows while it is read is cut off at the limit,
 * and a FIFO or device (which would block or never end) is refused without being opened.
 */
public final class InputFiles {
  private InputFiles() {}

  /** What the caller's size error says: its code and hint. */
  public record SizeError(String code, String hint) {}

  /**
   * The UTF-8 text of {@code file} if it is a regular file of at most {@code limit} bytes; else the
   * problem is reported (the size one as {@code tooLarge}) and the result is empty.
   */
  public static Optional<String> readText(
      Path file, long limit, SizeError tooLarge, Diagnostics diagnostics) {
    return readBytes(file, limit, tooLarge, diagnostics)
        .flatMap(bytes -> YamlReader.decode(file, bytes, diagnostics));
  }

  /** The bytes of {@code file}, under the same checks as {@link #readText}. */
  public static Optional<byte[]> readBytes(
      Path file, long limit, SizeError tooLarge, Diagnostics diagnostics) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        diagnostics.error(
            "E-IO-001",
            SourcePos.of(file),
            "cannot read the file: it is not a regular file but " + kind(attributes),
            "Replace it with a plain file.");
        return Optional.empty();
      }
      if (attributes.size() > limit) {
        tooLarge(file, attributes.size(), limit, tooLarge, diagnostics);
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
      if (bytes.length > limit) {
        tooLarge(file, bytes.length, limit, tooLarge, diagnostics);
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException e) {
      diagnostics.error(
          "E-IO-001",
          SourcePos.of(file),
          "cannot read the file: " + e.getMessage(),
          "Check that the file exists and is readable.");
      return Optional.empty();
    }
  }

  private static void tooLarge(
      Path file, long size, long limit, SizeError error, Diagnostics diagnostics) {
    // A file that grew past the limit while it was read is only known to be larger.
    String what =
        size > limit + 1
            ? "the file is " + bytes(size) + ", larger than"
            : "the file is larger than";
    diagnostics.error(
        error.code(), SourcePos.of(file), what + " the limit of " + bytes(limit), error.hint());
  }

  /** A size for people: "4 MiB", "1.0 GiB", "300 KiB", "512 bytes". */
  public static String bytes(long n) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (n < 1024) {
      return n + " bytes";
    }
    double value = n;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    boolean whole = value == Math.rint(value) || value >= 100;
    return String.format(Locale.ROOT, whole ? "%.0f %s" : "%.1f %s", value, units[unit]);
  }

  private static String kind(BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    return "a FIFO, socket or device";
  }
}
