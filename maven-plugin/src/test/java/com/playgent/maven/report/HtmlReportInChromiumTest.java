package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.playgent.maven.Fixtures;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.gate.QualityGates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a generated {@code index.html} in headless Chromium: the inline script must mark the page
 * rendered, every chart must be in the DOM, the search and filter must be wired (they count the
 * test cases shown), an address fragment must open its test case, the console must show no error
 * and the Content-Security-Policy must block nothing. Keeps a screenshot, with the failing test
 * cases open, at {@code target/playgent-report.png}. Skipped, with the reason, where Debian's
 * {@code chromium} is not installed ({@code .ci/install-chromium.sh} installs it).
 */
class HtmlReportInChromiumTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path tmp;

  @Test
  void should_render_charts_without_script_errors() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
        + " (Debian: apt-get install chromium); the headless browser check of index.html is skipped");
    ReportData d = Analysis.of(Fixtures.runs(Fixtures.all(tmp.resolve("playgent"))), "https://api.playgent.com/v1");
    GateSpec spec = new GateSpec(0.95, 0.5, List.of(new GateSpec.ScorerGate("faithfulness", 0.5, 0.85)), 3000L,
        2.0, 0);
    Path reportDir = Path.of("target", "playgent-browser-report").toAbsolutePath();
    Path html = ReportWriter.write(reportDir, d, spec, QualityGates.evaluate(d, spec), Instant.now()).html();

    Result dom = chromium(html.toUri().toString(), "--dump-dom");
    assertThat(dom.exit).as("chromium --dump-dom exit code; stderr:\n%s", dom.err).isZero();
    assertThat(dom.out).contains("data-rendered=\"ok\"").contains("data-charts=\"5\"");
    assertThat(dom.out.split("<svg class=\"chart\"", -1)).hasSize(6);
    assertThat(dom.err).as("browser console").doesNotContain("Uncaught", "Refused to", "CONSOLE(");
    assertThat(dom.out).contains("<details class=\"case ko\" id=\"case-tc_refund\" data-failed=\"true\" open=\"\">",
        "<details class=\"case ok\" id=\"case-tc_cancel\" data-failed=\"false\"><summary>",
        "<span id=\"shown\" class=\"muted small\" aria-live=\"polite\">4 of 4 test cases shown</span>");

    Result linked = chromium(html.toUri() + "#case-tc_cancel", "--dump-dom");
    assertThat(linked.out).as("a #case-... address opens that test case")
        .contains("<details class=\"case ok\" id=\"case-tc_cancel\" data-failed=\"false\" open=\"\">");

    Path png = Path.of("target", "playgent-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Result shot = chromium(html.toUri().toString(), "--screenshot=" + png, "--window-size=1280,3600",
        "--hide-scrollbars");
    assertThat(shot.exit).as("chromium --screenshot exit code; stderr:\n%s", shot.err).isZero();
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  private record Result(int exit, String out, String err) {}

  private Result chromium(String url, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"),
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"));
    cmd.addAll(List.of(extra));
    cmd.add(url);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
