package com.playgent.maven;

import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.gate.GateSuite;
import com.playgent.maven.gate.QualityGates;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.surefire.SurefireXmlWriter;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the recorded runs against the configured quality gates, writes one JUnit testcase per
 * gate (so CI test viewers show them) and fails the build listing each failed gate with its actual
 * value and limit. An unknown value (a cost budget with turns that report no cost, a scorer no turn
 * has) fails its gate rather than passing as zero.
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
   * Fails the build when a gate fails; {@code false} only logs. Example: {@code -Dplaygent.haltOnFailure=false}.
   */
  @Parameter(property = "playgent.haltOnFailure", defaultValue = "true")
  private boolean haltOnFailure;

  /**
   * Lets a build with no recorded runs pass (with a warning). By default there being nothing to
   * judge fails the check. Example: {@code -Dplaygent.allowNoRuns}.
   */
  @Parameter(property = "playgent.allowNoRuns", defaultValue = "false")
  private boolean allowNoRuns;

  /**
   * The JUnit-format file with one testcase per gate. Example:
   * {@code <gatesReport>${project.build.directory}/failsafe-reports/TEST-playgent-gates.xml</gatesReport>}.
   */
  @Parameter(property = "playgent.gatesReport",
      defaultValue = "${project.build.directory}/surefire-reports/TEST-playgent-gates.xml")
  private File gatesReport;

  @Override
  protected String goal() {
    return "check";
  }

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    GateSpec spec = gateSpec();
    if (!spec.isConfigured()) {
      throw new MojoExecutionException("playgent:check has no gates to check: add a <gates> block to the plugin "
          + "configuration, e.g. <gates><minPassRate>0.95</minPassRate></gates>, or remove the check goal.");
    }
    ReportData data = analyse();
    if (data.isEmpty()) {
      String message = "No recorded Playgent runs in " + playgentDirectory + ": the quality gates (" + spec.describe()
          + ") have nothing to judge. Run the tests with the Playgent JUnit extension, or playgent:run, before "
          + "playgent:check; or set playgent.allowNoRuns=true to let a build without runs pass.";
      if (allowNoRuns) {
        getLog().warn(message.replace("; or set playgent.allowNoRuns=true to let a build without runs pass.",
            " (playgent.allowNoRuns is set: passing)"));
        return;
      }
      throw new MojoFailureException(message);
    }
    GateResults results = QualityGates.evaluate(data, spec);
    try {
      SurefireXmlWriter.write(GateSuite.of(results), gatesReport.toPath());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Cannot write the Playgent gates report: " + e.getMessage(), e);
    }
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
      getLog().warn(results.message() + " (playgent.haltOnFailure is false: not failing the build)");
    }
  }
}
