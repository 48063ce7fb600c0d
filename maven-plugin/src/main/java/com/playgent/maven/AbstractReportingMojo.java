package com.playgent.maven;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.session.SessionSet;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.merge.InputDirs;
import com.playgent.maven.merge.InputMerge;
import com.playgent.maven.report.Analysis;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.SessionRuns;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

  /**
   * Output directories to read instead of {@code outputDir} and merge as one build: CI shards, forks
   * or modules; comma separated, each a directory or a glob relative to the project, e.g.
   * {@code -Dplaygent.inputs=shards/*}{@code /playgent}. {@code playgent.sessions} chooses the sessions
   * of each input on its own. A unit or a shard in two inputs fails the goal; a missing shard fails
   * {@code check} and is logged as an error by {@code report}.
   */
  @Parameter(property = SettingKeys.INPUTS)
  protected String inputs;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** The inputs merged by the last {@link #analyse()}, or null when it read {@code outputDir} alone. */
  protected InputMerge merged;

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
      List<Path> dirs = inputDirs();
      if (dirs == null) {
        runs = SessionRuns.load(settings.outputDir(), sessions, buildStart());
      } else {
        merged = InputMerge.load(dirs, sessions, buildStart());
        runs = merged.runs();
        for (InputMerge.Input in : merged.inputs()) {
          getLog().info("Playgent " + goal() + " input " + in.dir() + ": " + in.sessions().description());
        }
        if (!merged.check().errors().isEmpty()) {
          throw new MojoExecutionException("Playgent " + goal() + " cannot merge " + SettingKeys.INPUTS + ":\n"
              + String.join("\n", merged.check().errors()));
        }
        if (merged.check().missingMessage() != null) {
          missingShards(merged.check().missingMessage());
        }
      }
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

  /**
   * The directories to merge ({@code playgent.inputs}), or null to read {@code outputDir} alone. The
   * aggregate goal gives its modules' directories instead.
   */
  protected List<Path> inputDirs() throws MojoExecutionException {
    if (inputs == null || inputs.isBlank()) {
      return null;
    }
    Path base = project != null && project.getBasedir() != null ? project.getBasedir().toPath() : Path.of("");
    return InputDirs.resolve(inputs, base);
  }

  /** A shard is missing from the merged inputs: {@code report} says so loudly, {@code check} fails. */
  protected void missingShards(String message) throws MojoExecutionException {
    getLog().error(message);
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
