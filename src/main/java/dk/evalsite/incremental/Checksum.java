package dk.evalsite.incremental;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The one checksum of evalsite's incremental building, for inputs, outputs and keys alike: tells
 * changed bytes from unchanged ones by their length and two CRCs of different polynomials (64 check
 * bits), written "length-crc32c crc32" in hex. The CPU computes both at memory speed, where SHA-256
 * would cost a tenth of a large build without the JIT's intrinsics. It guards against accidents
 * (edits, damage), not against an adversary: nobody gains by forging an unchanged page.
 */
public final class Checksum {
  private final CRC32C c = new CRC32C();
  private final CRC32 d = new CRC32();
  private long length;

  /** Adds {@code bytes} to what is summed up. */
  public Checksum update(byte[] bytes) {
    c.update(bytes);
    d.update(bytes);
    length += bytes.length;
    return this;
  }

  /** The checksum of everything added so far. */
  public String value() {
    // As String.format("%x-%08x%08x", ...) writes it, without parsing a format for every file.
    StringBuilder out = new StringBuilder(36).append(Long.toHexString(length)).append('-');
    return hex8(hex8(out, c.getValue()), d.getValue()).toString();
  }

  /** Appends the 32-bit {@code value} as 8 lowercase hex digits, zero-padded. */
  private static StringBuilder hex8(StringBuilder out, long value) {
    String hex = Long.toHexString(value);
    for (int i = hex.length(); i < 8; i++) {
      out.append('0');
    }
    return out.append(hex);
  }

  /** The checksum of {@code bytes}. */
  public static String of(byte[] bytes) {
    return new Checksum().update(bytes).value();
  }

  /** The checksum of {@code text} in UTF-8: a short key for a long string. */
  public static String of(String text) {
    return of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The length a checksum records; -1 when it is not one. */
  public static long length(String checksum) {
    int dash = checksum.indexOf('-');
    try {
      return dash < 0 ? -1 : Long.parseLong(checksum.substring(0, dash), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
