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
import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.BaselineComparison;
import com.playgent.core.baseline.BaselineFile;
import com.playgent.core.baseline.Tolerances;
import com.playgent.maven.baseline.BaselineRuns;
import com.playgent.maven.report.BaselineSection;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
  /** Where {@code playgent:baseline} writes and the others look, relative to the project directory. */
  public static final String DEFAULT_BASELINE = "src/test/playgent/baseline.json";

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

  /**
   * The blessed baseline ({@code mvn playgent:baseline} writes it). Unset: {@code src/test/playgent/baseline.json}
   * of the project when it exists (no baseline, no comparison); a file named here must exist. Example:
   * {@code -Dplaygent.baseline=src/test/playgent/nightly-baseline.json}.
   */
  @Parameter(property = SettingKeys.BASELINE)
  protected File baseline;

  /** How much a test case's scorer mean may get worse than in the baseline, e.g. {@code 0.05}. */
  @Parameter(property = SettingKeys.BASELINE_SCORE_TOLERANCE, defaultValue = "0.05")
  protected double baselineScoreTolerance = Tolerances.DEFAULT_SCORE_DROP;

  /** How much the total cost may rise over the baseline's, as a fraction: {@code 0.20} is +20%. */
  @Parameter(property = SettingKeys.BASELINE_COST_TOLERANCE, defaultValue = "0.20")
  protected double baselineCostTolerance = Tolerances.DEFAULT_COST_INCREASE;

  /** How much the p95 latency may rise over the baseline's, as a fraction: {@code 0.20} is +20%. */
  @Parameter(property = SettingKeys.BASELINE_LATENCY_TOLERANCE, defaultValue = "0.20")
  protected double baselineLatencyTolerance = Tolerances.DEFAULT_LATENCY_INCREASE;

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

  /** The baseline file: the one named, else the project's default path (which need not exist). */
  protected Path baselineFile() {
    if (baseline != null) {
      return baseline.toPath();
    }
    File base = project != null && project.getBasedir() != null ? project.getBasedir() : new File(".");
    return base.toPath().resolve(DEFAULT_BASELINE);
  }

  /** How logs and gates name the baseline: relative to the project when inside it. */
  protected String baselineName(Path file) {
    Path base = project != null && project.getBasedir() != null ? project.getBasedir().toPath().toAbsolutePath() : null;
    Path abs = file.toAbsolutePath().normalize();
    return base != null && abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /**
   * This build's runs compared with the baseline, when there is one: a named file must exist, the default
   * path is used only when it does.
   */
  protected Optional<BaselineSection> compareWithBaseline(Analysed analysed) throws MojoExecutionException {
    Path file = baselineFile();
    if (baseline == null && !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Tolerances tolerances;
    try {
      tolerances = new Tolerances(baselineScoreTolerance, baselineCostTolerance, baselineLatencyTolerance);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid Playgent baseline tolerance of playgent:" + goal() + ": "
          + e.getMessage() + " (" + SettingKeys.BASELINE_SCORE_TOLERANCE + ", " + SettingKeys.BASELINE_COST_TOLERANCE
          + ", " + SettingKeys.BASELINE_LATENCY_TOLERANCE + ")", e);
    }
    Baseline blessed;
    try {
      blessed = BaselineFile.read(file);
    } catch (PlaygentConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    String name = baselineName(file);
    getLog().info("Playgent " + goal() + ": comparing with the baseline " + name + " (" + blessed.createdAt() + ", "
        + ReportData.plural(blessed.runIds().size(), "run") + ")");
    BaselineComparison comparison = BaselineComparison.of(blessed, BaselineRuns.of(analysed.runs(), analysed.data().repeated()), tolerances);
    return Optional.of(new BaselineSection(name, comparison));
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
