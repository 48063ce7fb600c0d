package com.playgent.maven.report;

import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  public static Written write(Path directory, ReportData data, GateSpec spec, GateResults gates, Instant now) {
    try {
      Files.createDirectories(directory);
      Path html = directory.resolve(HTML);
      Path md = directory.resolve(MARKDOWN);
      Path json = directory.resolve(JSON);
      Files.writeString(html, HtmlReport.render(data, spec, gates, now), StandardCharsets.UTF_8);
      Files.writeString(md, MarkdownSummary.render(data, gates), StandardCharsets.UTF_8);
      Files.writeString(json, JsonSummary.render(data, gates, now), StandardCharsets.UTF_8);
      return new Written(html, md, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Playgent report to " + directory, e);
    }
  }
}
