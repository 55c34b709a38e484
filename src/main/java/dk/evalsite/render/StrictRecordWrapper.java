package dk.evalsite.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Freemarker's object wrapper for the view records: {@code view.field} reads the record component
 * {@code field}, and a name that is not a component fails the template with an error naming the
 * record and its fields. The failure is a {@link TemplateModelException}, not an undefined value,
 * so neither {@code view.field!"x"} nor {@code view.field??} hides a misspelt name; only a
 * component that is null (marked {@link Nullable}) counts as missing there.
 */
final class StrictRecordWrapper extends DefaultObjectWrapper {
  private final Map<Class<?>, Map<String, Method>> accessors = new ConcurrentHashMap<>();

  /** A record (every record class extends {@link Record}; Class.isRecord costs far more). */
  static boolean isRecord(Object value) {
    return value instanceof Record;
  }

  StrictRecordWrapper() {
    super(Configuration.VERSION_2_3_34);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (isRecord(obj)) {
      return new RecordModel(obj, null, this);
    }
    return super.handleUnknownType(obj);
  }

  private Map<String, Method> accessors(Class<?> type) {
    return accessors.computeIfAbsent(
        type,
        t -> {
          Map<String, Method> out = new LinkedHashMap<>();
          for (RecordComponent c : t.getRecordComponents()) {
            out.put(c.getName(), c.getAccessor());
          }
          return out;
        });
  }

  /** A template asked a view record for a field it does not have. */
  static final class UnknownFieldException extends TemplateModelException {
    UnknownFieldException(String message) {
      super(message);
    }
  }

  /**
   * A record seen from a template; {@code path} is how the template reached it ({@code report},
   * {@code figure.content}), or null for the root and for records inside lists.
   */
  private static final class RecordModel implements TemplateHashModel {
    private final Object record;
    private final String path;
    private final StrictRecordWrapper wrapper;

    RecordModel(Object record, String path, StrictRecordWrapper wrapper) {
      this.record = record;
      this.path = path;
      this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Map<String, Method> accessors = wrapper.accessors(record.getClass());
      Method accessor = accessors.get(key);
      if (accessor == null) {
        String type = record.getClass().getSimpleName();
        throw new UnknownFieldException(
            "`"
                + (path == null ? "" : path + ".")
                + key
                + "`: "
                + type
                + " has no field `"
                + key
                + "`; its fields are "
                + accessors.keySet().stream()
                    .map(k -> "`" + k + "`")
                    .collect(Collectors.joining(", "))
                + " (docs/theme-model.md lists every field of "
                + type
                + ")");
      }
      Object value;
      try {
        value = accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new TemplateModelException("cannot read `" + key + "`", e);
      }
      if (value != null && isRecord(value)) {
        return new RecordModel(value, path == null ? key : path + "." + key, wrapper);
      }
      return wrapper.wrap(value);
    }

    @Override
    public boolean isEmpty() {
      return record.getClass().getRecordComponents().length == 0;
    }
  }
}
