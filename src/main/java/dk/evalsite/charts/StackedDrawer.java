package dk.evalsite.charts;

import dk.evalsite.charts.ChartSpec.Series;
import dk.evalsite.charts.ChartSpec.Stacked;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Counts per category stacked by series, each segment labelled with its count and name. */
final class StackedDrawer {
  static final int WIDTH = 640;

  private final Stacked spec;

  StackedDrawer(Stacked spec) {
    this.spec = spec;
  }

  String draw() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int total = 0;
    for (Series series : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        data.addValue(series.counts().get(i), series.name(), spec.categories().get(i));
      }
    }
    for (int i = 0; i < spec.categories().size(); i++) {
      int sum = 0;
      for (Series series : spec.series()) {
        sum += series.counts().get(i);
      }
      total = Math.max(total, sum);
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelFont(ChartFonts.regular(12));
    categories.setTickLabelPaint(Palette.TEXT);
    categories.setTickMarksVisible(false);
    categories.setCategoryMargin(0.35);
    NumberAxis counts = new NumberAxis();
    counts.setRange(0, Math.max(1, total));
    counts.setTickUnit(
        new NumberTickUnit(
            Math.max(1, (int) Math.ceil(total / 5.0)),
            new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    counts.setTickLabelFont(ChartFonts.regular(11));
    counts.setTickLabelPaint(Palette.MUTED_TEXT);
    CategoryPlot plot = new CategoryPlot(data, categories, counts, renderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    JFreeChart chart = new JFreeChart(null, ChartFonts.regular(12), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 16));
    int height = 60 + 44 * spec.categories().size();
    SVGGraphics2D g2 = SvgDocument.canvas(spec.id(), WIDTH, height);
    chart.draw(g2, new Rectangle(0, 0, WIDTH, height));
    return SvgDocument.finish(g2, spec);
  }

  private StackedBarRenderer renderer() {
    List<Series> series = spec.series();
    StackedBarRenderer renderer =
        new StackedBarRenderer() {
          private static final long serialVersionUID = 1L;

          @Override
          public Paint getItemPaint(int row, int column) {
            return Palette.strong(series.get(row).tone());
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setMaximumBarWidth(0.5);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          private static final long serialVersionUID = 1L;

          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            int count = series.get(row).counts().get(column);
            return count == 0 ? null : count + " " + series.get(row).name();
          }
        });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartFonts.regular(12));
    renderer.setDefaultItemLabelPaint(Color.WHITE);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    return renderer;
  }
}
