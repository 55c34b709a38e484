package dk.evalsite.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of the PDF edition, from the evalsite jar: DejaVu Sans (the charts' font, shared with
 * them) and its bold and oblique styles. Read once, and parsed once per thread (a parsed font
 * caches glyphs as it is read, so threads do not share one); each PDF embeds the subset it uses.
 * Their glyph substitution table (GSUB) is hidden from PDFBox: it only forms ligatures in Latin
 * text ("fi" as one glyph, which text extraction and search then read as "ﬁ"), and applying it to
 * every string cost a sixth of a PDF's time.
 */
enum Fonts {
  REGULAR("/dk/evalsite/charts/fonts/DejaVuSans.ttf"),
  BOLD("/dk/evalsite/pdf/fonts/DejaVuSans-Bold.ttf"),
  OBLIQUE("/dk/evalsite/pdf/fonts/DejaVuSans-Oblique.ttf");

  private final String resource;
  private volatile byte[] bytes;
  private final ThreadLocal<TrueTypeFont> parsed = ThreadLocal.withInitial(this::parse);

  Fonts(String resource) {
    this.resource = resource;
  }

  /**
   * {@code font} with its GSUB table renamed to a tag no reader knows, so it is ignored; the bytes
   * are otherwise unchanged (only the subset a PDF uses is ever embedded, without that table).
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    ByteBuffer b = ByteBuffer.wrap(font);
    int tables = b.getShort(4) & 0xffff;
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (b.getInt(record) == TAG_GSUB) {
        b.putInt(record, TAG_IGNORED);
      }
    }
    return font;
  }

  private static final int TAG_GSUB = 0x47535542; // "GSUB"
  private static final int TAG_IGNORED = 0x78737562; // "xsub"

  /** This thread's parsed font, to be embedded as a subset in one document at a time. */
  TrueTypeFont parsed() {
    return parsed.get();
  }

  private TrueTypeFont parse() {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(open()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InputStream open() {
    byte[] b = bytes;
    if (b == null) {
      try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the evalsite jar");
        }
        b = withoutGlyphSubstitution(in.readAllBytes());
        bytes = b;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ByteArrayInputStream(b);
  }
}
