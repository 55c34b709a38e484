package dk.evalsite.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs of the corpus too large or too odd to commit (a 20 MB file, symbolic links, folders that
 * differ only in case), made at run time in the assembled case folder.
 */
final class InvalidSiteFiles {
  private InvalidSiteFiles() {}

  static void mkfifo(Path path) throws IOException {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      if (p.waitFor() != 0 || !Files.exists(path)) {
        throw new IOException("mkfifo " + path + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static void make(String name, Path site) throws IOException {
    Path content = site.resolve("content");
    Path report = content.resolve("reports/demo/report.yaml");
    switch (name) {
      case "huge-yaml-file" -> {
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
          w.write("title: Demo\n");
          String line = "# " + "padding ".repeat(12) + "\n";
          for (long written = 0; written < 20L * 1024 * 1024; written += line.length()) {
            w.write(line);
          }
        }
      }
      case "very-long-string" ->
          Files.writeString(
              report,
              Files.readString(report).replace("title: Demo", "title: " + "x".repeat(70_000)));
      case "oversized-markdown" ->
          Files.writeString(content.resolve("reports/demo/progress.md"), "Tekst. ".repeat(450_000));
      case "markdown-backtick-runs" -> {
        // The 45 KB narrative: backtick runs of many lengths, none closed (18.9 s before).
        StringBuilder text = new StringBuilder("Kapitlet progress.\n\n");
        for (int i = 1; text.length() < 45_000; i++) {
          text.append("Tekst ").append("`".repeat(1 + i % 200)).append(' ');
        }
        Files.writeString(content.resolve("reports/demo/progress.md"), text);
      }
      case "markdown-link-openers" ->
          // `[a](` 20,000 times, 80 KB: quadratic in flexmark (24.6 s before).
          Files.writeString(
              content.resolve("reports/demo/progress.md"),
              "Kapitlet progress.\n\n" + "[a](".repeat(20_000) + "\n");
      case "sparse-gigabyte-report-yaml" -> {
        // 1 GiB that takes no disk: read before its size was checked, it cost 2.2 GB of memory.
        try (RandomAccessFile file = new RandomAccessFile(report.toFile(), "rw")) {
          file.setLength(1L << 30);
        }
      }
      case "fifo-narrative" -> {
        // A FIFO blocks whoever opens it for reading; it was called a link.
        Path fifo = content.resolve("reports/demo/progress.md");
        Files.delete(fifo);
        mkfifo(fifo);
      }
      case "control-characters-in-names" -> {
        // A newline and an escape sequence (clear screen) in page names: printed escaped.
        String page = "---\ntitle: Side\n---\n\nTekst.\n";
        Files.writeString(content.resolve("pages/ny\nlinje.md"), page);
        Files.writeString(content.resolve("pages/sk\u001b[2Jaerm.md"), page);
      }
      case "symlink-out-of-content" -> {
        Path outside = Files.writeString(site.resolve("outside.yaml"), "title: Uden for\n");
        Files.delete(report);
        Files.createSymbolicLink(report, report.getParent().relativize(outside));
      }
      case "symlinked-site-yaml" -> {
        Path outside =
            Files.writeString(site.resolve("other-site.yaml"), "title: X\nlanguage: da\n");
        Files.delete(content.resolve("site.yaml"));
        Files.createSymbolicLink(content.resolve("site.yaml"), outside);
      }
      case "slugs-differing-in-case" ->
          InvalidSitesTest.copyTree(
              content.resolve("reports/demo"), content.resolve("reports/Demo"));
      default -> {
        // the case's committed files are all it needs
      }
    }
  }
}
