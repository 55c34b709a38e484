package dk.evalsite.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of open data in three files: {@code data/NAME.csv} (RFC 4180: comma, CRLF, UTF-8
 * without BOM, a header row, decimal points), {@code data/NAME-excel.csv} (what Excel in a Danish
 * locale opens by double-click: semicolons, decimal commas, a UTF-8 BOM) and {@code data/NAME.json}
 * (an array of objects, numbers as numbers).
 */
final class OpenDataFiles {
  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private OpenDataFiles() {}

  static List<OutputFile> of(String name, List<String> columns, List<List<String>> rows) {
    return List.of(
        OutputFile.text("data/" + name + ".csv", csv(columns, rows, ',', false)),
        OutputFile.text("data/" + name + "-excel.csv", "\uFEFF" + csv(columns, rows, ';', true)),
        OutputFile.text("data/" + name + ".json", json(columns, rows)));
  }

  static String csv(List<String> columns, List<List<String>> rows, char separator, boolean comma) {
    List<String[]> lines = new ArrayList<>(rows.size() + 1);
    lines.add(columns.toArray(String[]::new));
    for (List<String> row : rows) {
      String[] cells = new String[row.size()];
      for (int i = 0; i < cells.length; i++) {
        String cell = row.get(i);
        boolean number = cell != null && OpenDataRows.NUMBERS.contains(columns.get(i));
        cells[i] = cell == null ? "" : number && comma ? cell.replace('.', ',') : cell;
      }
      lines.add(cells);
    }
    CsvSchema schema =
        CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\r\n");
    try {
      return CSV.writer(schema).writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(List<String> columns, List<List<String>> rows) {
    List<Map<String, Object>> objects = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        String cell = row.get(i);
        boolean number = cell != null && OpenDataRows.NUMBERS.contains(columns.get(i));
        object.put(columns.get(i), number ? new BigDecimal(cell) : cell);
      }
      objects.add(object);
    }
    try {
      return JSON.writeValueAsString(objects) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
