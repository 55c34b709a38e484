package dk.evalsite.site;

import java.nio.charset.StandardCharsets;

/** One file of the built site: its path below the output folder and its bytes. */
public record OutputFile(String path, byte[] bytes) {
  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
