package dk.evalsite.render;

import dk.evalsite.config.Light;
import dk.evalsite.render.SiteViews.Evaluation;
import dk.evalsite.scoring.ReportSummary;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The table of all evaluations, sortable without JavaScript: every column and direction is a
 * pre-generated variant (table/index.html by title,
 * table/&lt;column&gt;-&lt;asc|desc&gt;/index.html the others), each paged like the index, and each
 * column header links the variant sorted by it. Sort keys are scoring's exact values (the mean, the
 * truncated percent, the light), never printed text; a missing value sorts last either way, and
 * ties fall back to title, then slug, ascending.
 */
public final class TableViews {
  /** Rows on one page: about 1.3 KB each, so a page stays well under 200 KB. */
  static final int ROWS_PER_PAGE = 100;

  /** The columns, in the order shown; the first one's ascending order is the table's default. */
  static final List<String> COLUMNS =
      List.of(
          "title",
          "kind",
          "year",
          "fund",
          "grant-holder",
          "implementation",
          "attainment",
          "effect");

  private final SiteViews site;

  public TableViews(SiteViews site) {
    this.site = site;
  }

  /** The first page of the table in its default order. */
  public static String first() {
    return folder("title", false) + Urls.index();
  }

  /** The folder of the table sorted by {@code column}, descending or not. */
  static String folder(String column, boolean descending) {
    return column.equals("title") && !descending
        ? "table/"
        : "table/" + column + "-" + (descending ? "desc" : "asc") + "/";
  }

  /** Every page of every sorted variant of the table. */
  public List<PageView> pages(List<ReportSummary> reports, Map<String, String> twins) {
    Messages msg = site.siteMessages();
    List<Evaluation> evaluations = site.evaluations(reports, twins);
    List<PageView> pages = new ArrayList<>();
    for (String column : COLUMNS) {
      for (boolean descending : new boolean[] {false, true}) {
        List<Evaluation> sorted = new ArrayList<>(evaluations);
        sorted.sort(order(column, descending, msg));
        pages.addAll(variant(column, descending, sorted, msg));
      }
    }
    return pages;
  }

  private List<PageView> variant(
      String column, boolean descending, List<Evaluation> sorted, Messages msg) {
    int total = Math.max(1, (sorted.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    String title = msg.get("table.title");
    String order =
        msg.format(
            descending ? "table.sorted.desc" : "table.sorted.asc",
            msg.get("table.column." + column).toLowerCase(Locale.forLanguageTag(msg.language())));
    List<PageView> pages = new ArrayList<>();
    for (int number = 1; number <= total; number++) {
      String path = folder(column, descending) + Urls.index(number);
      List<TableRowView> rows = new ArrayList<>();
      for (int i = (number - 1) * ROWS_PER_PAGE;
          i < Math.min(sorted.size(), number * ROWS_PER_PAGE);
          i++) {
        rows.add(row(path, sorted.get(i).report(), msg));
      }
      String pageTitle =
          number == 1
              ? title + " (" + order + ")"
              : msg.format(
                  "facet.page_title",
                  title + " (" + order + ")",
                  String.valueOf(number),
                  String.valueOf(total));
      pages.add(
          new PageView(
              path,
              new TablePageView(
                  site.site(msg.language()),
                  site.page(
                      path,
                      pageTitle,
                      msg.get("table.description"),
                      msg,
                      false,
                      site.crumbs(path, title, path, msg),
                      null,
                      null),
                  msg.asMap(),
                  order,
                  columns(path, column, descending, msg),
                  rows,
                  total == 1 ? null : SiteViews.pager(msg, number, total))));
    }
    return pages;
  }

  private static List<TableColumnView> columns(
      String path, String current, boolean descending, Messages msg) {
    List<TableColumnView> out = new ArrayList<>();
    for (String column : COLUMNS) {
      boolean here = column.equals(current);
      boolean nextDescending = here && !descending;
      String label = msg.get("table.column." + column);
      out.add(
          new TableColumnView(
              column,
              label,
              Urls.relative(path, folder(column, nextDescending) + Urls.index()),
              msg.get(nextDescending ? "table.sort.desc" : "table.sort.asc"),
              here ? (descending ? "descending" : "ascending") : null));
    }
    return out;
  }

  private TableRowView row(String path, ReportSummary r, Messages msg) {
    return new TableRowView(
        r.title(),
        Urls.relative(path, Urls.report(r.slug())),
        r.language(),
        msg.get("kind." + r.kind().id()),
        r.year() == null ? msg.get("facet.undated") : String.valueOf(r.year()),
        r.fund(),
        r.grantHolder(),
        SiteViews.lights(r, msg),
        r.draft());
  }

  /**
   * The order of the table sorted by {@code column}: by its key, missing keys last in either
   * direction, then by title and slug ascending, so equal keys keep one order.
   */
  static Comparator<Evaluation> order(String column, boolean descending, Messages msg) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag(msg.language()));
    // Each text's collation key made once: they compare as the collator does, without its work
    // again in every comparison of a sort of 1,000 reports.
    Map<String, java.text.CollationKey> keys = new java.util.HashMap<>();
    Comparator<String> text =
        Comparator.comparing(t -> keys.computeIfAbsent(t, collator::getCollationKey));
    Comparator<String> words = text.thenComparing(Comparator.naturalOrder());
    Comparator<ReportSummary> tie =
        Comparator.comparing(ReportSummary::title, words).thenComparing(ReportSummary::slug);
    Comparator<ReportSummary> primary =
        switch (column) {
          case "title" -> keyed(ReportSummary::title, words, descending);
          case "kind" -> keyed(r -> msg.get("kind." + r.kind().id()), words, descending);
          case "year" -> keyed(ReportSummary::year, Comparator.naturalOrder(), descending);
          case "fund" -> keyed(ReportSummary::fund, words, descending);
          case "grant-holder" -> keyed(ReportSummary::grantHolder, words, descending);
          case "implementation" ->
              keyed(ReportSummary::implementationMean, Comparator.naturalOrder(), descending);
          case "attainment" ->
              keyed(ReportSummary::attainmentPercent, Comparator.naturalOrder(), descending);
          case "effect" -> keyed(ReportSummary::effectLight, TableViews::worseFirst, descending);
          default -> throw new IllegalArgumentException(column);
        };
    Comparator<ReportSummary> all = primary.thenComparing(tie);
    return Comparator.comparing(Evaluation::report, all);
  }

  /** Red before yellow before green: ascending runs from the weakest light to the strongest. */
  private static int worseFirst(Light a, Light b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(Light light) {
    return switch (light) {
      case RED -> 0;
      case YELLOW -> 1;
      case GREEN -> 2;
    };
  }

  /** By {@code key} in {@code order}, reversed when descending; a null key last either way. */
  private static <K> Comparator<ReportSummary> keyed(
      Function<ReportSummary, K> key, Comparator<K> order, boolean descending) {
    Comparator<K> direction = descending ? order.reversed() : order;
    return Comparator.comparing(key, Comparator.nullsLast(direction));
  }
}
