package dk.evalsite.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dk.evalsite.charts.PrintCharts;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lays out a report's print document (HTML from the theme's pdf.ftlh) as a tagged PDF/UA-1 file
 * with openhtmltopdf and PDFBox: A4 from the template's CSS, every font the bundled DejaVu Sans
 * (embedded, subset), bookmarks from the document's {@code <bookmarks>}. The bytes depend on the
 * document alone (see {@link Reproducible}). One renderer serves all threads; each call lays out
 * its own document.
 */
public final class PdfRenderer {
  static {
    XRLog.setLoggingEnabled(false); // openhtmltopdf logs to java.util.logging (stderr) otherwise
  }

  /**
   * The family names the fonts are registered under: CSS generics included, so no text falls back
   * on PDF's built-in fonts, which are never embedded (PDF/UA requires embedding).
   */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private static final String[] FAMILIES = {"DejaVu Sans", "sans-serif", "serif", "monospace"};

  /**
   * The PDF of {@code html}. {@code date} (the report's own, or null) is its creation and
   * modification date; {@code base} is the folder relative images are read from; {@code charts} are
   * the charts {@code html} names by their {@link PrintCharts} address; {@code links} says where
   * the narratives' relative links lead.
   */
  public byte[] render(String html, LocalDate date, Path base, PrintCharts charts, PdfLinks links) {
    Document dom = dom(html, links);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePdfUaAccessibility(true);
    // PDF/A-2a as well: the same tagging, plus an sRGB output intent (Java's own profile).
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    builder.useColorProfile(SRGB);
    builder.useFastMode();
    builder.withProducer(Reproducible.PRODUCER);
    PDDocument pdf = new PDDocument();
    builder.usePDDocument(pdf);
    DocumentFonts fonts = new DocumentFonts(pdf);
    for (String family : FAMILIES) {
      builder.useFont(fonts.supplier(Fonts.REGULAR), family, 400, FontStyle.NORMAL, true);
      builder.useFont(fonts.supplier(Fonts.BOLD), family, 700, FontStyle.NORMAL, true);
      builder.useFont(fonts.supplier(Fonts.OBLIQUE), family, 400, FontStyle.ITALIC, true);
      builder.useFont(fonts.supplier(Fonts.OBLIQUE), family, 400, FontStyle.OBLIQUE, true);
    }
    builder.useObjectDrawerFactory(new ChartObjects(charts));
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri.startsWith("data:") || uri.startsWith("file:"),
        com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority
            .RUN_BEFORE_RESOLVING_URI);
    builder.withW3cDocument(dom, base.toUri().toString());
    builder.toStream(out);
    byte[] id = Reproducible.documentId(digest(html, date, charts));
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
        PDDocument laidOut = pdf) {
      renderer.createPDFWithoutClosing();
      Reproducible.pin(laidOut, date, id);
      // Object streams kept: without them the file is 70 % larger for a few per cent less time.
      laidOut.save(out, CompressParameters.DEFAULT_COMPRESSION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The print document as a W3C DOM: parsed as HTML5 (a narrative may hold HTML that is not XML),
   * its links mended ({@link PdfLinks}), the {@code <bookmarks>} moved back into the head, where
   * openhtmltopdf reads them.
   */
  static Document dom(String html, PdfLinks links) {
    org.jsoup.nodes.Document parsed = Jsoup.parse(html);
    links.apply(parsed);
    Document dom = new W3CDom().fromJsoup(parsed);
    NodeList marks = dom.getElementsByTagName("bookmarks");
    Node head = dom.getElementsByTagName("head").item(0);
    if (marks.getLength() > 0 && head != null) {
      Element bookmarks = (Element) marks.item(0);
      bookmarks.getParentNode().removeChild(bookmarks);
      head.appendChild(bookmarks);
    }
    return dom;
  }

  /** The document's content in 16 bytes: its HTML, date and what its charts are drawn from. */
  private static byte[] digest(String html, LocalDate date, PrintCharts charts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(html.getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
      for (PrintCharts.Drawing chart : charts.all().values()) {
        sha.update(chart.fingerprint().getBytes(StandardCharsets.UTF_8));
      }
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
