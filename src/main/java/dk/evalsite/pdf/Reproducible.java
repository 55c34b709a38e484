package dk.evalsite.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Takes the clock out of a PDF before it is written: openhtmltopdf dates the document "now" (in the
 * info dictionary and in the XMP metadata it copies them to), and PDFBox seeds the document /ID
 * from the clock when the trailer has none. Both become functions of the document: its date is the
 * report's {@code date:} (midnight UTC), or {@link #UNDATED} for a report without one; its ID is
 * derived from the print document's content.
 */
final class Reproducible {
  static final String PRODUCER = "evalsite";

  /** The date of a report that gives none: a fixed day, never the build's clock. */
  static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

  private Reproducible() {}

  static byte[] documentId(byte[] digest) {
    return digest.clone();
  }

  static void pin(PDDocument doc, LocalDate date, byte[] id) {
    Calendar when = calendar(date == null ? UNDATED : date);
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(when);
    info.setModificationDate(when);
    info.setProducer(PRODUCER);
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata != null) {
      try {
        metadata.importXMPMetadata(xmp(metadata, when));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** The XMP packet with its dates set to {@code when}. */
  private static byte[] xmp(PDMetadata metadata, Calendar when) {
    try (InputStream in = metadata.exportXMPMetadata()) {
      XMPMetadata xmp = new DomXmpParser().parse(in.readAllBytes());
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreateDate(when);
      basic.setModifyDate(when);
      if (basic.getMetadataDate() != null) {
        basic.setMetadataDate(when);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
      throw new IllegalStateException(
          "cannot rewrite the PDF's XMP metadata: " + e.getMessage(), e);
    }
  }

  private static Calendar calendar(LocalDate date) {
    GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.clear();
    c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return c;
  }
}
