package com.playgent.maven;

import com.playgent.core.session.SessionFiles;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.baseline.BaselineGates;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.gate.QualityGates;
import com.playgent.maven.merge.InputsSection;
import com.playgent.maven.report.BaselineSection;
import com.playgent.maven.report.MarkdownSummary;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the report of the runs of the chosen sessions ({@code playgent.sessions}, by default those
 * of this build): {@code index.html} (self-contained, charts as inline
 * SVG), {@code summary.md} (for {@code $GITHUB_STEP_SUMMARY} and PR comments) and
 * {@code summary.json} (the same numbers for machines). Configured {@code <gates>} are evaluated
 * and shown, but never fail this goal: that is {@code check}'s job.
 *
 * <pre>{@code mvn verify playgent:report}</pre>
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractReportingMojo {
  /**
   * Where the report goes. Example: {@code -Dplaygent.report-dir=target/site/playgent}.
   */
  @Parameter(property = SettingKeys.REPORT_DIR, defaultValue = "${project.build.directory}/playgent/report")
  private File reportDir;

  /**
   * Also appends {@code summary.md} to the file named by the {@code GITHUB_STEP_SUMMARY} environment
   * variable, when it is set (GitHub Actions). Example: {@code -Dplaygent.github-step-summary}.
   */
  @Parameter(property = SettingKeys.GITHUB_STEP_SUMMARY, defaultValue = "false")
  private boolean githubStepSummary;

  @Override
  protected String goal() {
    return "report";
  }

  @Override
  protected void executeGoal() throws MojoExecutionException {
    GateSpec spec = gateSpec();
    Analysed analysed = analyse();
    ReportData data = analysed.data();
    BaselineSection baselineSection = data.isEmpty() ? null : compareWithBaseline(analysed).orElse(null);
    GateResults results = BaselineGates.append(spec.isConfigured() && !data.isEmpty() ? QualityGates.evaluate(data,
        spec) : null, baselineSection);
    ReportWriter.Written written;
    try {
      written = ReportWriter.write(reportDir.toPath(), data, spec, results, Instant.now(), baselineSection);
      if (merged != null) {
        InputsSection.addTo(written.json(), merged);
      }
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (data.onlySkipped()) {
      getLog().warn("No Playgent run to report: " + data.skippedUnits().size() + " units of the sessions read were "
          + "skipped; the report lists them.");
    } else if (data.isEmpty()) {
      getLog().warn((data.sessions().ids().isEmpty() ? "No Playgent session in " + outputDir.toPath().resolve(
          SessionFiles.DIR_NAME) : "The Playgent sessions read hold no run") + ": the report says so and shows "
          + "nothing else. Run the tests with the Playgent JUnit extension, or playgent:run, before playgent:report.");
    } else {
      getLog().info(MarkdownSummary.headline(data, results).replaceFirst("^\\S+ ", "") + " (" + data.runs()
          + (data.runs() == 1 ? " run, " : " runs, ") + data.testCases() + " test "
          + (data.testCases() == 1 ? "case)" : "cases)"));
    }
    getLog().info("Playgent report: " + written.html());
    getLog().info("Playgent summary: " + written.markdown() + " and " + written.json().getFileName());
    if (githubStepSummary) {
      appendStepSummary(written.markdown());
    }
  }

  private void appendStepSummary(Path markdown) throws MojoExecutionException {
    String target = System.getenv("GITHUB_STEP_SUMMARY");
    if (target == null || target.isBlank()) {
      getLog().info(SettingKeys.GITHUB_STEP_SUMMARY + " is set but GITHUB_STEP_SUMMARY is not (not on GitHub Actions)");
      return;
    }
    try {
      Files.writeString(Path.of(target), Files.readString(markdown, StandardCharsets.UTF_8) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      getLog().info("Appended the Playgent summary to $GITHUB_STEP_SUMMARY");
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot append the Playgent summary to " + target + ": " + e.getMessage(), e);
    }
  }
}
