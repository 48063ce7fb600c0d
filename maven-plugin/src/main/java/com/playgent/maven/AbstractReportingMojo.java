package com.playgent.maven;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.session.SessionSet;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.report.Analysis;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.SessionRuns;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code report} and {@code check} share: reading sessions, never loose run files. The chosen
 * sessions ({@code playgent.sessions}) list the runs to judge, each judged with the client-side
 * thresholds its session recorded for the selection that reported it.
 */
public abstract class AbstractReportingMojo extends AbstractPlaygentMojo {
  /**
   * The quality gates; see {@link Gates}. Example:
   * {@code <gates><minPassRate>0.95</minPassRate><maxTotalCostUsd>2.00</maxTotalCostUsd></gates>}.
   */
  @Parameter
  protected Gates gates;

  /**
   * Which session records to read: {@code current} (the sessions this build started; when it started
   * none, the latest ones, saying so), {@code latest} (the newest session and those that ran beside
   * it), {@code all}, or session ids and globs, comma separated. Example: {@code -Dplaygent.sessions=all}.
   */
  @Parameter(property = SettingKeys.SESSIONS, defaultValue = SessionSet.CURRENT)
  protected String sessions;

  /**
   * The API base URL for links of runs the journal does not know (replayed, reused or pinned runs);
   * by default {@code PLAYGENT_BASE_URL}, else the hosted service.
   */
  @Parameter(property = SettingKeys.BASE_URL)
  protected String baseUrl;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  @Override
  protected void settingValues(Map<String, String> values) {
    super.settingValues(values);
    put(values, SettingKeys.BASE_URL, baseUrl);
  }

  protected GateSpec gateSpec() throws MojoExecutionException {
    if (gates == null) {
      return GateSpec.none();
    }
    try {
      return gates.toSpec();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid Playgent <gates> configuration: " + e.getMessage(), e);
    }
  }

  /** Reads the chosen sessions and their runs, logs which sessions were read and analyses the runs. */
  protected Analysed analyse() throws MojoExecutionException {
    PlaygentSettings settings = settings();
    SessionRuns runs;
    try {
      runs = SessionRuns.load(settings.outputDir(), sessions, buildStart());
    } catch (PlaygentConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new MojoExecutionException("Cannot read the Playgent sessions in " + settings.outputDir() + ": "
          + e.getMessage(), e);
    }
    getLog().info("Playgent " + goal() + ": " + runs.sessions().description());
    if (!runs.unendedSessions().isEmpty()) {
      getLog().warn("Playgent sessions that never ended (their JVM was stopped; runs it had not yet reported are "
          + "missing): " + String.join(", ", runs.unendedSessions()));
    }
    return new Analysed(runs, Analysis.of(runs, settings.baseUrl()));
  }

  /** When this Maven build started: {@code playgent.sessions=current} reads the sessions since then. */
  private Instant buildStart() {
    if (session != null && session.getRequest() != null && session.getRequest().getStartTime() != null) {
      return session.getRequest().getStartTime().toInstant();
    }
    return Instant.now();
  }

  /** The sessions read and the numbers computed from them. */
  protected record Analysed(SessionRuns runs, ReportData data) {}
}
