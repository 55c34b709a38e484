package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Area;
import dk.evalsite.charts.ChartSpec.Bar;
import dk.evalsite.charts.ChartSpec.Bars;
import dk.evalsite.charts.ChartSpec.Line;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Horizontal bars with reference lines and shaded bands. */
final class BarsDrawer {
  static final int WIDTH = 640;
  static final int ROW = 34;

  /** Room right of the full-scale value for labels; bars beyond the axis stop at 110 %. */
  static final double HEADROOM = 1.3;

  /** Bars at least this share of full scale carry their label inside, in white. */
  static final double INSIDE_FROM = 0.55;

  private static final ItemLabelPosition INSIDE =
      new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);
  private static final ItemLabelPosition OUTSIDE =
      new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);

  static final double BEYOND = 1.1;

  private final Bars spec;

  BarsDrawer(Bars spec) {
    this.spec = spec;
  }

  String draw() {
    int height = 90 + ROW * Math.max(1, spec.bars().size());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double max = spec.axis().max().doubleValue();
    double min = spec.axis().min().doubleValue();
    for (Bar bar : spec.bars()) {
      Double value =
          bar.value() == null ? null : bar.beyondAxis() ? max * BEYOND : bar.value().doubleValue();
      data.addValue(value, "value", bar.label());
    }
    CategoryAxis categories = categoryAxis();
    if (!spec.areas().isEmpty()) {
      categories.setLowerMargin(0.14); // room for the band labels above the first bar
    }
    if (!spec.lines().isEmpty()) {
      categories.setUpperMargin(0.16); // room for the line labels below the last bar
    }
    CategoryPlot plot = new CategoryPlot(data, categories, valueAxis(min, max), renderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(18, 4, 4, 4));
    for (Area area : spec.areas()) {
      IntervalMarker marker =
          new IntervalMarker(
              area.from().doubleValue(), area.to().doubleValue(), Palette.tint(area.tone()));
      marker.setLabel(area.label());
      marker.setLabelFont(ChartFonts.regular(11));
      marker.setLabelPaint(Palette.TEXT);
      marker.setLabelAnchor(RectangleAnchor.TOP);
      marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      marker.setLabelOffset(new RectangleInsets(3, 0, 0, 0));
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      plot.addRangeMarker(marker, Layer.BACKGROUND);
    }
    for (Line line : spec.lines()) {
      ValueMarker marker =
          new ValueMarker(line.value().doubleValue(), Palette.REFERENCE, new BasicStroke(1.5f));
      marker.setLabel(line.label());
      marker.setLabelFont(ChartFonts.regular(11));
      marker.setLabelPaint(Palette.TEXT);
      marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      marker.setLabelOffset(new RectangleInsets(0, 4, 3, 0));
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      plot.addRangeMarker(marker, Layer.FOREGROUND);
    }
    for (Bar bar : spec.bars()) {
      if (bar.value() == null) {
        CategoryTextAnnotation note = new CategoryTextAnnotation(bar.valueText(), bar.label(), min);
        note.setFont(ChartFonts.regular(12));
        note.setPaint(Palette.MUTED_TEXT);
        note.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(note);
      }
    }
    JFreeChart chart = new JFreeChart(null, ChartFonts.regular(12), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 12));
    SVGGraphics2D g2 = SvgDocument.canvas(spec.id(), WIDTH, height);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
    return SvgDocument.finish(g2, spec);
  }

  private CategoryAxis categoryAxis() {
    CategoryAxis axis = new CategoryAxis();
    axis.setTickLabelFont(ChartFonts.regular(12));
    axis.setTickLabelPaint(Palette.TEXT);
    axis.setAxisLinePaint(Palette.BOX_EDGE);
    axis.setTickMarksVisible(false);
    axis.setMaximumCategoryLabelWidthRatio(0.3f);
    axis.setMaximumCategoryLabelLines(2);
    axis.setCategoryMargin(0.3);
    axis.setLowerMargin(0.04);
    axis.setUpperMargin(0.04);
    return axis;
  }

  private NumberAxis valueAxis(double min, double max) {
    double full = max;
    NumberAxis axis =
        new NumberAxis(spec.axis().caption()) {
          private static final long serialVersionUID = 1L;

          @Override
          @SuppressWarnings("rawtypes")
          public List refreshTicks(
              java.awt.Graphics2D g2,
              org.jfree.chart.axis.AxisState state,
              java.awt.geom.Rectangle2D dataArea,
              org.jfree.chart.ui.RectangleEdge edge) {
            // No ticks in the headroom beyond full scale: the axis ends at 100 %.
            List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
            ticks.removeIf(t -> ((org.jfree.chart.axis.NumberTick) t).getValue() > full + 1e-9);
            return ticks;
          }
        };
    axis.setRange(min, max * HEADROOM);
    DecimalFormat format =
        new DecimalFormat(
            "0" + (spec.axis().tickSuffix().isEmpty() ? "" : "'" + spec.axis().tickSuffix() + "'"),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    axis.setTickUnit(new NumberTickUnit(spec.axis().tick().doubleValue(), format));
    axis.setTickLabelFont(ChartFonts.regular(11));
    axis.setTickLabelPaint(Palette.MUTED_TEXT);
    axis.setLabelFont(ChartFonts.regular(11));
    axis.setLabelPaint(Palette.MUTED_TEXT);
    axis.setAxisLinePaint(Palette.BOX_EDGE);
    axis.setTickMarkPaint(Palette.BOX_EDGE);
    return axis;
  }

  private BarRenderer renderer() {
    List<Bar> bars = spec.bars();
    BarRenderer renderer =
        new BarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Paint getItemPaint(int row, int column) {
            return Palette.strong(bars.get(column).tone());
          }

          @Override
          public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return inside(bars.get(column)) ? INSIDE : OUTSIDE;
          }

          @Override
          public Paint getItemLabelPaint(int row, int column) {
            return inside(bars.get(column)) ? Color.WHITE : Palette.TEXT;
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.6);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          private static final long serialVersionUID = 1L;

          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            Bar bar = bars.get(column);
            return bar.beyondAxis() ? bar.valueText() + " ▸" : bar.valueText();
          }
        });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartFonts.regular(12));
    renderer.setDefaultItemLabelPaint(Palette.TEXT);
    renderer.setItemLabelAnchorOffset(5);
    return renderer;
  }

  private boolean inside(Bar bar) {
    return bar.value() != null
        && (bar.beyondAxis()
            || bar.value().doubleValue() >= INSIDE_FROM * spec.axis().max().doubleValue());
  }
}
