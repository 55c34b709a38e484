package dk.evalsite.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: each of {@link Fonts} made a PDF font of the document when the layout first
 * asks for it, from this thread's parsed font (not parsed again per document), and only once,
 * however many family names it is registered under, so the PDF embeds one subset of it.
 */
final class DocumentFonts {
  private final PDDocument doc;
  private final Map<Fonts, PDFont> made = new EnumMap<>(Fonts.class);

  DocumentFonts(PDDocument doc) {
    this.doc = doc;
  }

  /** What openhtmltopdf calls for {@code font}'s PDF font. */
  PDFontSupplier supplier(Fonts font) {
    return new PDFontSupplier(null) {
      @Override
      public PDFont supply() {
        return made.computeIfAbsent(font, DocumentFonts.this::embed);
      }
    };
  }

  private PDFont embed(Fonts font) {
    try {
      return PDType0Font.load(doc, font.parsed(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
