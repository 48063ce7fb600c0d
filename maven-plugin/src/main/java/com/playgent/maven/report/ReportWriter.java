package com.playgent.maven.report;

import com.playgent.client.store.AtomicFiles;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import java.nio.file.Path;
import java.time.Instant;

/** Writes {@code index.html}, {@code summary.md} and {@code summary.json} into one directory. */
public final class ReportWriter {
  public static final String HTML = "index.html";
  public static final String MARKDOWN = "summary.md";
  public static final String JSON = "summary.json";

  private ReportWriter() {}

  /** The three files written. */
  public record Written(Path html, Path markdown, Path json) {}

  /**
   * Writes the three files, each atomically.
   *
   * @throws java.io.UncheckedIOException naming the file that could not be written
   */
  public static Written write(Path directory, ReportData data, GateSpec spec, GateResults gates, Instant now) {
    return write(directory, data, spec, gates, now, null);
  }

  /** @param baseline the comparison with the baseline, or null */
  public static Written write(Path directory, ReportData data, GateSpec spec, GateResults gates, Instant now,
      BaselineSection baseline) {
    Path html = AtomicFiles.write(directory.resolve(HTML), HtmlReport.render(data, spec, gates, now, baseline));
    Path md = AtomicFiles.write(directory.resolve(MARKDOWN), MarkdownSummary.render(data, gates, baseline));
    Path json = AtomicFiles.write(directory.resolve(JSON), JsonSummary.render(data, gates, now, baseline));
    return new Written(html, md, json);
  }
}
