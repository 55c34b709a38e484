package dk.evalsite.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDF edition, from the evalsite jar: DejaVu Sans (the charts' font, shared with
 * them) and its bold and oblique styles. Read once; each PDF embeds the subset it uses.
 */
enum Fonts {
  REGULAR("/dk/evalsite/charts/fonts/DejaVuSans.ttf"),
  BOLD("/dk/evalsite/pdf/fonts/DejaVuSans-Bold.ttf"),
  OBLIQUE("/dk/evalsite/pdf/fonts/DejaVuSans-Oblique.ttf");

  private final String resource;
  private volatile byte[] bytes;

  Fonts(String resource) {
    this.resource = resource;
  }

  InputStream open() {
    byte[] b = bytes;
    if (b == null) {
      try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the evalsite jar");
        }
        b = in.readAllBytes();
        bytes = b;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ByteArrayInputStream(b);
  }
}
