package dk.evalsite.charts;

/**
 * Draws a {@link ChartSpec} headless with JFreeChart into an inline SVG string: real text, {@code
 * role="img"} with title and description, the same bytes on every machine.
 */
public final class ChartRenderer {

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

  public String svg(ChartSpec spec) {
    try {
      if (spec instanceof ChartSpec.Bars bars) {
        return new BarsDrawer(bars).draw();
      }
      if (spec instanceof ChartSpec.Stacked stacked) {
        return new StackedDrawer(stacked).draw();
      }
      return new EffectChainDrawer((ChartSpec.EffectChain) spec).draw();
    } catch (InternalError | UnsatisfiedLinkError | NoClassDefFoundError e) {
      // Java's font system fails like this when the machine has no fonts or no fontconfig.
      throw new ChartUnavailable(e);
    }
  }
}
