package com.playgent.maven;

import com.playgent.core.session.SessionFiles;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.gate.GateSuite;
import com.playgent.maven.gate.QualityGates;
import com.playgent.maven.merge.ShardAlone;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.SessionRuns;
import com.playgent.maven.surefire.JUnitSuite;
import com.playgent.maven.surefire.SurefireXmlWriter;
import com.playgent.maven.baseline.BaselineGates;
import com.playgent.maven.report.BaselineSection;
import java.io.File;
import java.nio.file.Files;
import java.util.Optional;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the runs of the chosen sessions ({@code playgent.sessions}, by default those of this
 * build) against the configured quality gates, writes one JUnit testcase per gate (so CI test
 * viewers show them) and fails the build listing each failed gate with its actual value and limit.
 * An unknown value (a cost budget with turns that report no cost, a scorer no turn has) fails its
 * gate rather than passing as zero.
 *
 * <p>Nothing to judge fails the check (unless {@code playgent.allow-no-runs}), with one exception:
 * when the sessions' units were skipped because the service was unavailable and the user chose
 * {@code playgent.on-unavailable=skip}, the check passes with a warning that says so. A visible skip
 * never turns into a red build.
 *
 * <pre>{@code
 * <execution>
 *   <goals><goal>check</goal></goals>
 *   <configuration>
 *     <gates>
 *       <minPassRate>0.95</minPassRate>
 *       <scorers><scorer><name>faithfulness</name><minMean>0.85</minMean></scorer></scorers>
 *       <maxTotalCostUsd>2.00</maxTotalCostUsd>
 *     </gates>
 *   </configuration>
 * </execution>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractReportingMojo {
  /**
   * Fails the build when a gate fails; {@code false} only logs. Example: {@code -Dplaygent.halt-on-failure=false}.
   */
  @Parameter(property = SettingKeys.HALT_ON_FAILURE, defaultValue = "true")
  private boolean haltOnFailure;

  /**
   * Lets a build whose sessions hold no run (or that has no session) pass, with a warning. By default
   * there being nothing to judge fails the check. Example: {@code -Dplaygent.allow-no-runs}.
   */
  @Parameter(property = SettingKeys.ALLOW_NO_RUNS, defaultValue = "false")
  private boolean allowNoRuns;

  /**
   * The JUnit-format file with one testcase per gate. Example:
   * {@code <gatesReport>${project.build.directory}/failsafe-reports/TEST-playgent-gates.xml</gatesReport>}.
   */
  @Parameter(property = SettingKeys.GATES_REPORT,
      defaultValue = "${project.build.directory}/surefire-reports/TEST-playgent-gates.xml")
  private File gatesReport;

  @Override
  protected String goal() {
    return "check";
  }

  @Override
  protected void missingShards(String message) throws MojoExecutionException {
    throw new MojoExecutionException("Playgent check: " + message);
  }

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    GateSpec spec = gateSpec();
    if (!spec.isConfigured() && baseline == null && !Files.isRegularFile(baselineFile())) {
      throw new MojoExecutionException("playgent:check has no gates to check: add a <gates> block to the plugin "
          + "configuration, e.g. <gates><minPassRate>0.95</minPassRate></gates>, bless a baseline with mvn "
          + "playgent:baseline (" + DEFAULT_BASELINE + "), or remove the check goal.");
    }
    Analysed analysed = analyse();
    Optional<BaselineSection> compared = compareWithBaseline(analysed);
    SessionRuns runs = analysed.runs();
    ReportData data = analysed.data();
    List<SessionRuns.UnitWithoutRun> unavailable = runs.skippedUnavailable();
    Optional<String> shardAlone = ShardAlone.of(merged == null ? runs.sessions().sessions() : List.of());
    if (shardAlone.isPresent()) {
      String why = "Playgent check: the " + runs.sessions().description() + " ran as " + shardAlone.get()
          + " (" + SettingKeys.SHARD + "): the quality gates (" + spec.describe() + ") judge the whole suite, so they"
          + " pass unjudged here. Judge them in a job after the shards: mvn playgent:check -D" + SettingKeys.INPUTS
          + "='shards/*' over every shard's output directory.";
      getLog().warn(why);
      writeGates(GateSuite.skipped(BaselineGates.append(QualityGates.evaluate(data, spec), compared.orElse(null)), why));
      return;
    }
    if (data.isEmpty() && !unavailable.isEmpty()) {
      String why = "Playgent check judged nothing: " + unitsSkipped(unavailable, runs) + ", and no run was "
          + "judged. The quality gates (" + spec.describe() + ") pass unjudged: a skip chosen with "
          + SettingKeys.ON_UNAVAILABLE + "=skip never turns into a red build. Run the build again when the service "
          + "is reachable to judge the agent.";
      getLog().warn(why);
      writeGates(GateSuite.skipped(BaselineGates.append(QualityGates.evaluate(data, spec), compared.orElse(null)), why));
      return;
    }
    if (data.isEmpty()) {
      String message = (runs.hasNoSession() ? "No Playgent session in " + outputDir.toPath().resolve(
          SessionFiles.DIR_NAME) : "The Playgent " + runs.sessions().description() + " hold no run")
          + ": the quality gates (" + spec.describe() + ") have nothing to judge. Run the tests with the Playgent "
          + "JUnit extension, or playgent:run, before playgent:check; or set " + SettingKeys.ALLOW_NO_RUNS
          + "=true to let a build without runs pass.";
      if (allowNoRuns) {
        getLog().warn(message.substring(0, message.indexOf("; or set")) + " (" + SettingKeys.ALLOW_NO_RUNS
            + " is set: passing)");
        return;
      }
      throw new MojoFailureException(message);
    }
    if (!unavailable.isEmpty()) {
      getLog().warn("Not judged: " + unitsSkipped(unavailable, runs) + "; the gates judge the other runs only.");
    }
    GateResults results = BaselineGates.append(QualityGates.evaluate(data, spec), compared.orElse(null));
    writeGates(GateSuite.of(results));
    for (GateResult r : results.results()) {
      if (r.passed()) {
        getLog().info("  ✓ " + r.message());
      } else {
        getLog().warn("  ✗ " + r.message());
      }
    }
    getLog().info("Playgent gates report: " + gatesReport);
    if (results.passed()) {
      getLog().info(results.message() + " over " + data.runs() + (data.runs() == 1 ? " run" : " runs"));
    } else if (haltOnFailure) {
      throw new MojoFailureException(results.message());
    } else {
      getLog().warn(results.message() + " (" + SettingKeys.HALT_ON_FAILURE + " is false: not failing the build)");
    }
  }

  /** {@code 2 units of session 2026...-4f2a9c were skipped because the Playgent service was unavailable (...)}. */
  private static String unitsSkipped(List<SessionRuns.UnitWithoutRun> skipped, SessionRuns runs) {
    List<String> sessionIds = skipped.stream().map(SessionRuns.UnitWithoutRun::sessionId).distinct().toList();
    List<String> labels = skipped.stream().map(u -> u.unit().label()).distinct().toList();
    return skipped.size() + (skipped.size() == 1 ? " unit" : " units") + " (" + String.join(", ", labels) + ") of "
        + (sessionIds.size() == 1 ? "session " : "sessions ") + String.join(", ", sessionIds) + " "
        + (skipped.size() == 1 ? "was" : "were") + " skipped because the Playgent service was unavailable and "
        + SettingKeys.ON_UNAVAILABLE + "=skip was set (first: " + skipped.get(0).problem() + ")";
  }

  private void writeGates(JUnitSuite suite) throws MojoExecutionException {
    try {
      SurefireXmlWriter.write(suite, gatesReport.toPath());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Cannot write the Playgent gates report: " + e.getMessage(), e);
    }
  }
}
