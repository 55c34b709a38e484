package dk.evalsite.charts;

/**
 * Draws a {@link ChartSpec} headless with JFreeChart into inline SVG: real text, {@code role="img"}
 * with title and description, the same bytes on every machine.
 *
 * <p>Every chart is drawn twice: wide ({@value #WIDE} px, class {@code chart--wide}, the spec's id)
 * and narrow ({@value #NARROW} px, class {@code chart--narrow}, id {@code <id>-narrow}). Neither is
 * ever shown smaller than it is drawn, so its text stays at 12 px or more: the stylesheet shows the
 * wide one in a box at least {@value #WIDE} px wide and the narrow one (labels above bars, the
 * effect chain as one column) below that, and hides the other with {@code display: none}, which
 * also takes it out of the accessibility tree.
 */
public final class ChartRenderer {
  /** The width of the wide variant, and the narrowest box that shows it (px). */
  public static final int WIDE = 640;

  /** The width of the narrow variant: it fits the column of a 320 px phone (px). */
  public static final int NARROW = 280;

  /** Thrown when the JVM cannot draw text at all (a machine with no fonts). */
  public static final class ChartUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChartUnavailable(Throwable cause) {
      super(cause.toString(), cause);
    }
  }

  /** The font the charts are measured with, for the site to serve as "evalsite-chart". */
  public static byte[] fontFile() {
    try (java.io.InputStream in = ChartFonts.class.getResourceAsStream(ChartFonts.RESOURCE)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Where a print renderer's charts go; null for the site's SVG. */
  private final PrintCharts print;

  /** Charts for the site: inline SVG. */
  public ChartRenderer() {
    this(null);
  }

  private ChartRenderer(PrintCharts print) {
    this.print = print;
  }

  /**
   * Charts for the PDF edition: the wide variant as an {@code <object>} that the PDF renderer draws
   * in vectors, its alternative text the chart's description (not SVG: tagged SVG fails PDF/UA
   * checkers in openhtmltopdf, its issue 365).
   */
  public static ChartRenderer forPrint(PrintCharts print) {
    return new ChartRenderer(print);
  }

  /** A figure's chart: both SVG variants on the site, the print object in print. */
  public String figure(ChartSpec spec) {
    return print != null ? draw(spec, false, print) : svg(spec);
  }

  /** Both variants, wide first. */
  public String svg(ChartSpec spec) {
    return wide(spec) + narrow(spec);
  }

  /** The wide variant alone. */
  public String wide(ChartSpec spec) {
    return draw(spec, false, null);
  }

  /** The narrow variant alone. */
  public String narrow(ChartSpec spec) {
    return draw(spec, true, null);
  }

  private static String draw(ChartSpec spec, boolean narrow, PrintCharts print) {
    int width = narrow ? NARROW : WIDE;
    PixelCanvas canvas = new PixelCanvas(width, print);
    String id = narrow ? spec.id() + "-narrow" : spec.id();
    String variant = narrow ? "narrow" : "wide";
    try {
      if (spec instanceof ChartSpec.Bars bars) {
        return new BarsDrawer(bars, canvas).draw(id, variant, narrow);
      }
      if (spec instanceof ChartSpec.Stacked stacked) {
        return new StackedDrawer(stacked, canvas).draw(id, variant, narrow);
      }
      return new EffectChainDrawer((ChartSpec.EffectChain) spec, canvas).draw(id, variant, narrow);
    } catch (InternalError | UnsatisfiedLinkError | NoClassDefFoundError e) {
      // Java's font system fails like this when the machine has no fonts or no fontconfig.
      throw new ChartUnavailable(e);
    }
  }
}
