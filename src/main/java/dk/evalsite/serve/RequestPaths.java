package dk.evalsite.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, refusing every spelling of a way out: "..", encoded
 * dots and slashes, backslashes, NUL bytes, malformed escapes. The preview serves from memory, so
 * nothing outside the built site can be read whatever gets through; this keeps the answers honest
 * (403 for attempts, 404 for misses).
 */
final class RequestPaths {
  private RequestPaths() {}

  /** The outcome of resolving a path: a site file or a refusal. */
  sealed interface Resolved permits File, Refused {}

  record File(String path) implements Resolved {}

  record Refused() implements Resolved {}

  static Resolved resolve(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new Refused();
    }
    String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c")) {
      return new Refused(); // an encoded slash is a way to hide a path's structure
    }
    Optional<String> decoded = decode(rawPath);
    if (decoded.isEmpty()) {
      return new Refused();
    }
    String path = decoded.get();
    if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.contains(":")) {
      return new Refused();
    }
    StringBuilder key = new StringBuilder();
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.equals("..") || segment.equals(".")) {
        return new Refused();
      }
      if (segment.isEmpty()) {
        continue;
      }
      if (key.length() > 0) {
        key.append('/');
      }
      key.append(segment);
    }
    if (key.length() == 0 || path.endsWith("/")) {
      key.append(key.length() == 0 ? "" : "/").append("index.html");
    }
    return new File(key.toString());
  }

  /** Strict percent-decoding as UTF-8 ("+" stays "+"); empty on a malformed escape. */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        return Optional.empty();
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
