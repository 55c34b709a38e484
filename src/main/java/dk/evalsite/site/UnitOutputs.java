package dk.evalsite.site;

import dk.evalsite.content.LinkedFiles;
import dk.evalsite.content.MarkdownDocument;
import dk.evalsite.diag.Diagnostics;
import dk.evalsite.diag.SourcePos;
import dk.evalsite.incremental.InputSums;
import dk.evalsite.validate.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts a unit's files into the build's {@link OutputSink} as they are rendered, noting for the
 * unit's record each file's checksum and, for a page, its anchors (read from the bytes now: the
 * page is not kept in memory for the link check at the end).
 */
final class UnitOutputs {
  private final OutputSink sink;
  private final Diagnostics diagnostics;
  private final AtomicInteger renderedPages;

  UnitOutputs(OutputSink sink, Diagnostics diagnostics, AtomicInteger renderedPages) {
    this.sink = sink;
    this.diagnostics = diagnostics;
    this.renderedPages = renderedPages;
  }

  UnitRecord.Output put(OutputFile file) {
    String hash = sink.put(file);
    boolean page = file.path().endsWith(".html");
    if (page) {
      renderedPages.incrementAndGet();
    }
    List<String> ids = page ? LinkChecker.ids(file.bytes()) : List.of();
    return new UnitRecord.Output(file.path(), hash, ids);
  }

  /** Copies the images and attachments a unit links to into the sink. */
  List<UnitRecord.Copied> copy(LinkedFiles linked) {
    List<UnitRecord.Copied> copied = new ArrayList<>();
    for (LinkedFiles.LinkedFile file : linked.files()) {
      try {
        String stamp = InputSums.stampOf(file.source()); // before reading: see UnitCache.Probe
        byte[] bytes = Files.readAllBytes(file.source());
        String hash = sink.put(new OutputFile(file.path(), bytes));
        copied.add(new UnitRecord.Copied(file.path(), file.source().toString(), stamp, hash));
      } catch (IOException e) {
        diagnostics.error(
            "E-IO-001",
            SourcePos.of(file.source()),
            "cannot read the file: " + e.getMessage(),
            "Check that the file exists and is readable.");
      }
    }
    return copied;
  }

  /** The links of {@code doc} (not its images: those are copied), on the page they end up on. */
  static void links(String page, MarkdownDocument doc, List<UnitRecord.Link> out) {
    for (var ref : doc.links()) {
      if (!ref.image()) {
        out.add(UnitRecord.Link.of(page, ref));
      }
    }
  }
}
