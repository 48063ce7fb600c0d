package com.playgent.maven;

import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.BaselineFile;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.baseline.BaselineRuns;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.SessionRuns;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Blesses the runs of the chosen sessions ({@code playgent.sessions}, by default those of this build,
 * as {@code report} and {@code check} choose them) as the baseline that {@code check} compares later
 * builds with, and the JUnit extension too when {@code playgent.baseline} names it: per test case and
 * turn the pass rate and scorer means, per suite and in total the cost and p95 latency, and the run
 * ids. Writes {@code src/test/playgent/baseline.json} (or {@code playgent.baseline}) for review and
 * commit. It has no default phase: a baseline is only ever written on purpose.
 *
 * <pre>{@code mvn verify playgent:baseline}</pre>
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractReportingMojo {
  @Override
  protected String goal() {
    return "baseline";
  }

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    Analysed analysed = analyse();
    SessionRuns runs = analysed.runs();
    ReportData data = analysed.data();
    if (runs.runs().isEmpty()) {
      throw new MojoFailureException("Nothing to bless: " + (runs.hasNoSession() ? "no Playgent session in "
          + runs.directory().resolve(SessionFiles.DIR_NAME) : "the Playgent " + runs.sessions().description()
          + " hold no run file") + ". Run the tests (or playgent:run) in the same build, e.g. mvn verify "
          + "playgent:baseline, or choose sessions with -D" + SettingKeys.SESSIONS + "=latest.");
    }
    if (!data.failedRuns().isEmpty()) {
      getLog().warn("Blessing without " + ReportData.plural(data.failedRuns().size(), "unit") + " that got no "
          + "completed run (" + data.failedRuns().stream().map(ReportData.FailedRun::name).limit(5)
          .reduce((a, b) -> a + ", " + b).orElse("") + "): their turns are not in the baseline");
    }
    Baseline blessed = BaselineRuns.of(runs, data.repeated());
    Path file = baselineFile();
    try {
      BaselineFile.write(file, blessed);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Cannot write the Playgent baseline " + file + ": " + e.getMessage(), e);
    }
    getLog().info("Playgent baseline: wrote " + baselineName(file) + ": " + ReportData.plural(blessed.testCases()
        .size(), "test case") + ", " + ReportData.plural(blessed.turnCount(), "turn") + " (" + blessed.failingTurnCount()
        + " failing), " + ReportData.plural(blessed.runIds().size(), "run") + " of " + ReportData.plural(
        blessed.sessions().size(), "session") + "; total cost " + com.playgent.core.outcome.Scores.dollars(
        blessed.total().costUsd()) + ", p95 latency " + (blessed.total().p95LatencyMs() == null ? "unknown"
        : blessed.total().p95LatencyMs() + " ms"));
    getLog().info("Review and commit it: playgent:check compares later builds with it; bless again only when a change"
        + " is intended");
  }
}
