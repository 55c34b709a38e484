package dk.evalsite.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (nu.validator, the engine of validator.w3.org/nu and vnu.jar), run in-process
 * with the bundled HTML schema: no network. One instance checks many documents, one at a time.
 */
final class HtmlValidator {
  /** One message of the checker, with its position in the document. */
  record Message(String severity, int line, int column, String text) {
    @Override
    public String toString() {
      return line + ":" + column + ": " + severity + ": " + text;
    }
  }

  static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private final SimpleDocumentValidator validator;
  private final List<Message> messages = new ArrayList<>();

  HtmlValidator() throws Exception {
    // (initialize log4j, log URLs, language detection): the checker warns when lang looks wrong.
    validator = new SimpleDocumentValidator(true, false, true);
    ErrorHandler collector = new Collector();
    validator.setUpMainSchema(HTML_SCHEMA, collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  /** Every error and warning the checker reports on one HTML document. */
  synchronized List<Message> check(String systemId, byte[] html) throws Exception {
    messages.clear();
    InputSource source = new InputSource(new ByteArrayInputStream(html));
    source.setSystemId(systemId);
    source.setEncoding(StandardCharsets.UTF_8.name());
    validator.checkHtmlInputSource(source);
    return List.copyOf(messages);
  }

  static List<Message> errors(List<Message> messages) {
    return messages.stream().filter(m -> !m.severity().equals("warning")).toList();
  }

  private final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      add("warning", e);
    }

    @Override
    public void error(SAXParseException e) {
      add("error", e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add("fatal", e);
    }

    private void add(String severity, SAXParseException e) {
      messages.add(new Message(severity, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }
  }
}
