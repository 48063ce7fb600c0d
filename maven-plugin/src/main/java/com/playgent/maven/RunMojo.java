package com.playgent.maven;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.model.Run;
import com.playgent.core.outcome.Problems;
import com.playgent.core.outcome.Problems.Problem;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.RunVerdict;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.pipeline.RunHandle;
import com.playgent.core.pipeline.RunPipeline;
import com.playgent.core.pipeline.RunTotals;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.pipeline.Selection;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecorder;
import com.playgent.core.session.UnitRecord;
import com.playgent.core.settings.Mode;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingsReader;
import com.playgent.maven.run.RunSuites;
import com.playgent.maven.surefire.SurefireXmlWriter;
import java.io.File;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs Playgent test cases without any Java test, through the same core pipeline as the JUnit
 * extension: one run per test case id (and one for the tags), all started at once (bounded by
 * {@code playgent.max-concurrent-runs}), each run id journaled the moment it is created, all
 * awaited; {@code playgent.mode=record|replay} and {@code playgent.reuse-runs} work as in the
 * extension. Each run is kept as {@code runs/<run_id>.json}, the goal writes one session record
 * ({@code sessions/<session>.json}) that {@code report} and {@code check} read, and Surefire XML
 * with one testcase per turn, named and worded as the extension names and words them. Fails the
 * build when a turn fails or a run cannot run, unless {@code playgent.ignore-failures}; a unit
 * skipped because the service is unavailable ({@code playgent.on-unavailable=skip}) is reported as
 * skipped and does not fail it.
 *
 * <pre>{@code
 * mvn playgent:run -Dplaygent.test-cases=tc_refund,tc_cancel
 * mvn playgent:run -Dplaygent.tags=critical-path -Dplaygent.base-url=http://127.0.0.1:8089/v1
 * }</pre>
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class RunMojo extends AbstractPlaygentMojo {
  /** Names this goal in the journal, the session record and the user agent. */
  static final String PRODUCER = "playgent-maven-plugin:run";
  /** How the session record and messages name the goal's one selection. */
  static final String ORIGIN = "playgent:run";
  static final String HOW_TO_SELECT = "set test case ids (<testCases><testCase>tc_refund</testCase></testCases> or -D"
      + SettingKeys.TEST_CASES + "=tc_refund,tc_cancel) or tags (<tags><tag>critical-path</tag></tags> or -D"
      + SettingKeys.TAGS + "=critical-path).";

  /**
   * The test case ids to run, one run each. Example: {@code -Dplaygent.test-cases=tc_refund,tc_cancel}
   * or {@code <testCases><testCase>tc_refund</testCase></testCases>}.
   */
  @Parameter(property = SettingKeys.TEST_CASES)
  private List<String> testCases;

  /** Tags: one more run of every test case that has any of them. Example: {@code -Dplaygent.tags=critical-path}. */
  @Parameter(property = SettingKeys.TAGS)
  private List<String> tags;

  /**
   * The API base URL; by default {@code PLAYGENT_BASE_URL}, else the hosted service. {@code emulator-start}
   * sets this property for the rest of the build. Example: {@code -Dplaygent.base-url=http://127.0.0.1:8089/v1}.
   */
  @Parameter(property = SettingKeys.BASE_URL)
  private String baseUrl;

  /**
   * The API key; by default the {@code PLAYGENT_API_KEY} environment variable, which is better than
   * {@code -Dplaygent.api-key} (that shows in process lists). Never logged. A loopback emulator URL
   * needs none.
   */
  @Parameter(property = SettingKeys.API_KEY)
  private String apiKey;

  /** {@code live} (default), {@code record} (also save each run) or {@code replay} (no network, no key). */
  @Parameter(property = SettingKeys.MODE)
  private String mode;

  /** Where {@code record} writes and {@code replay} reads the saved runs. */
  @Parameter(property = SettingKeys.RECORDINGS_DIR, defaultValue = "${project.basedir}/src/test/resources/playgent")
  private File recordingsDir;

  /**
   * The longest wait for one run; default {@code 10m}. Example: {@code -Dplaygent.timeout=20m} (also
   * {@code 90s}, {@code PT10M}; a bare {@code 90} is refused).
   */
  @Parameter(property = SettingKeys.TIMEOUT)
  private String timeout;

  /** How long one HTTP request may wait for an answer; default {@code 30s}. */
  @Parameter(property = SettingKeys.READ_TIMEOUT)
  private String readTimeout;

  /**
   * {@code fail} (default) or {@code skip}: with {@code skip} an unreachable service, or a rejected or
   * missing key, skips the unit visibly instead of failing the build.
   */
  @Parameter(property = SettingKeys.ON_UNAVAILABLE)
  private String onUnavailable;

  /** Runs in progress at once; default {@code 64}. */
  @Parameter(property = SettingKeys.MAX_CONCURRENT_RUNS)
  private String maxConcurrentRuns;

  /** Runs the test cases against this agent instead of their own. Example: {@code -Dplaygent.agent=agent_abc123}. */
  @Parameter(property = SettingKeys.AGENT)
  private String agent;

  /**
   * Client-side scorer limits, as in the JUnit extension ({@code >=} a minimum, {@code <=} a maximum
   * for a scorer where lower is better); the session records them, and {@code report} and
   * {@code check} judge the runs with them. Example: {@code -Dplaygent.thresholds=faithfulness>=0.8,toxicity<=0.2}.
   */
  @Parameter(property = SettingKeys.THRESHOLDS)
  private List<String> thresholds;

  /** {@code config.max_retries} of each run; by default the service's. */
  @Parameter(property = SettingKeys.MAX_RETRIES)
  private String maxRetries;

  /** {@code config.timeout_ms} of each run (per turn, in milliseconds); by default the service's. */
  @Parameter(property = SettingKeys.TURN_TIMEOUT_MS)
  private String turnTimeoutMs;

  /** {@code config.parallel} of each run; by default the service's. */
  @Parameter(property = SettingKeys.PARALLEL)
  private String parallel;

  /**
   * Reports the last finished run of the same test case from the output directory when it is younger
   * than this, instead of starting one; off by default. Example: {@code -Dplaygent.reuse-runs=2h}.
   */
  @Parameter(property = SettingKeys.REUSE_RUNS)
  private String reuseRuns;

  /** {@code true}: tags that match no test case are a visible skip, not a failure. */
  @Parameter(property = SettingKeys.ALLOW_EMPTY)
  private String allowEmpty;

  /** How often a progress line is logged while waiting; default {@code 5s}, {@code 0} turns it off. */
  @Parameter(property = SettingKeys.PROGRESS_INTERVAL)
  private String progressInterval;

  /**
   * The largest answer read from the service; default {@code 64MB}. A larger one fails its run.
   * Example: {@code -Dplaygent.max-response-size=256MB}.
   */
  @Parameter(property = SettingKeys.MAX_RESPONSE_SIZE)
  private String maxResponseSize;

  /**
   * Runs only the units of shard {@code i} of {@code n} (a stable hash of each unit); unset: all. The
   * session record names the shard, and {@code report}/{@code check} with {@code playgent.inputs}
   * merge the shards. Example: {@code -Dplaygent.shard=${CI_NODE_INDEX}/${CI_NODE_TOTAL}}.
   */
  @Parameter(property = SettingKeys.SHARD)
  private String shard;

  /** Where the {@code TEST-playgent.*.xml} files go. Example: {@code ${project.build.directory}/failsafe-reports}. */
  @Parameter(property = SettingKeys.REPORTS_DIR, defaultValue = "${project.build.directory}/surefire-reports")
  private File reportsDir;

  /** Reports failed turns and runs but does not fail the build. Example: {@code -Dplaygent.ignore-failures}. */
  @Parameter(property = SettingKeys.IGNORE_FAILURES, defaultValue = "false")
  private boolean ignoreFailures;

  @Override
  protected String goal() {
    return "run";
  }

  @Override
  protected void settingValues(Map<String, String> values) {
    super.settingValues(values);
    put(values, SettingKeys.BASE_URL, baseUrl);
    put(values, SettingKeys.API_KEY, apiKey);
    put(values, SettingKeys.MODE, mode);
    put(values, SettingKeys.RECORDINGS_DIR, recordingsDir);
    put(values, SettingKeys.TIMEOUT, timeout);
    put(values, SettingKeys.READ_TIMEOUT, readTimeout);
    put(values, SettingKeys.ON_UNAVAILABLE, onUnavailable);
    put(values, SettingKeys.MAX_CONCURRENT_RUNS, maxConcurrentRuns);
    put(values, SettingKeys.AGENT, agent);
    put(values, SettingKeys.THRESHOLDS, thresholds);
    put(values, SettingKeys.MAX_RETRIES, maxRetries);
    put(values, SettingKeys.TURN_TIMEOUT_MS, turnTimeoutMs);
    put(values, SettingKeys.PARALLEL, parallel);
    put(values, SettingKeys.REUSE_RUNS, reuseRuns);
    put(values, SettingKeys.ALLOW_EMPTY, allowEmpty);
    put(values, SettingKeys.PROGRESS_INTERVAL, progressInterval);
    put(values, SettingKeys.MAX_RESPONSE_SIZE, maxResponseSize);
    put(values, SettingKeys.SHARD, shard);
  }

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    PlaygentSettings settings = settings();
    List<String> ids = Params.split(testCases);
    List<String> tagList = Params.split(tags);
    List<RunUnit> units;
    try {
      units = new Selection(ids, tagList, List.of(), null, null, null, null).units(settings, ORIGIN, HOW_TO_SELECT);
      if (settings.shard() != null) {
        int all = units.size();
        units = settings.shard().filter(units);
        getLog().info("Playgent shard " + settings.shard() + " (" + SettingKeys.SHARD + "): " + units.size() + " of "
            + all + (all == 1 ? " run" : " runs") + " belong to it");
      }
    } catch (PlaygentConfigurationException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (settings.mode() != Mode.REPLAY && SettingsReader.EMULATOR_KEY.equals(settings.apiKey())) {
      getLog().info("No Playgent API key set; sending the local emulator at " + settings.baseUrl()
          + " a placeholder key (an emulator accepts any key)");
    }
    getLog().info((settings.mode() == Mode.REPLAY ? "Replaying " : "Starting ") + units.size()
        + (units.size() == 1 ? " Playgent run" : " Playgent runs") + (settings.mode() == Mode.REPLAY
        ? " from " + settings.recordingsDir() : " on " + settings.baseUrl() + " (mode " + settings.mode().value()
        + ", timeout " + human(settings.timeout()) + " per run)"));

    SessionRecorder recorder = new SessionRecorder(new SessionFiles(settings.outputDir()), PRODUCER, settings,
        settings.shard() == null ? null : settings.shard().toString());
    Results results = new Results();
    try {
      recorder.start();
      recorder.select(ORIGIN, new SelectionRecord(null, null, null, ORIGIN, ids, tagList, List.of(), settings.agent(),
          settings.thresholds().stream().map(ScorerThreshold::toString).toList(), List.of(), List.of()));
      try (RunPipeline pipeline = new RunPipeline(settings, PRODUCER, results.totals, getLog()::info)) {
        List<RunHandle> handles = units.stream().map(pipeline::start).toList();
        for (RunHandle h : handles) {
          recorder.unit(ORIGIN, await(h, pipeline, settings, results));
        }
      }
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Cannot write the Playgent files under " + settings.outputDir() + ": "
          + e.getMessage(), e);
    } finally {
      endQuietly(recorder);
    }
    try {
      for (RunSuites.NamedSuite s : results.suites) {
        SurefireXmlWriter.write(s.suite(), reportsDir.toPath().resolve("TEST-" + s.fileStem() + ".xml"));
      }
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Cannot write the Playgent Surefire reports: " + e.getMessage(), e);
    }
    finish(results, units.size(), settings, recorder);
  }

  /** Awaits one unit, maps it to Surefire suites and says what became of it for the session. */
  private UnitRecord await(RunHandle h, RunPipeline pipeline, PlaygentSettings settings, Results results)
      throws MojoExecutionException {
    Run run;
    try {
      run = h.await(settings.progressInterval(), ignored -> getLog().info(pipeline.progressLine()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Interrupted while waiting for Playgent runs; the ids of those started are in "
          + settings.outputDir().resolve("runs.jsonl"), e);
    } catch (Error e) {
      throw e;
    } catch (Throwable error) {
      Problem p = Problems.of(h.unit(), h.runId(), error, settings, settings.allowEmpty());
      results.suites.add(RunSuites.ofProblem(h.unit(), h.runId(), p));
      if (p.severity() == Problems.Severity.SKIP) {
        results.skipped++;
        getLog().warn(p.message());
      } else {
        results.problems.add(p.message());
      }
      return UnitRecord.problem(h.unit().label(), h.runId(), h.runId() == null ? Obtained.NONE : h.obtained(),
          p.outcome(), p.message());
    }
    results.runs++;
    int turns = 0;
    int passed = 0;
    for (RunReport report : RunReport.of(run, settings.thresholds(), settings.baseUrl())) {
      results.totals.reported(report);
      List<TurnReport> ts = report.turns();
      RunVerdict verdict = RunVerdict.of(report, ts, Set.of());
      results.suites.add(RunSuites.ofReport(report, ts, verdict));
      getLog().info(verdict.console());
      for (TurnReport t : ts) {
        turns++;
        if (t.verdict().passed()) {
          passed++;
        } else {
          results.failedTurns.add(t.displayName() + ": " + t.headline());
          getLog().warn(t.block().stripTrailing());
        }
      }
      if (verdict.ownTest()) {
        results.problems.add(RunSuites.firstLine(verdict.message()));
      }
    }
    results.turns += turns;
    results.turnsPassed += passed;
    return UnitRecord.reported(h.unit().label(), run.runId(), h.obtained(), turns, passed, turns - passed, 0);
  }

  private void finish(Results r, int units, PlaygentSettings settings, SessionRecorder recorder)
      throws MojoFailureException {
    getLog().info(r.totals.summaryLine());
    String summary = "Playgent: " + r.turnsPassed + " of " + r.turns + " turns passed in " + r.runs
        + (r.runs == 1 ? " run" : " runs")
        + (r.problems.isEmpty() ? "" : ", " + r.problems.size() + " run problem" + (r.problems.size() == 1 ? "" : "s"))
        + (r.skipped == 0 ? "" : ", " + r.skipped + " of " + units + " skipped");
    getLog().info(summary + "; reports in " + reportsDir + ", session " + new SessionFiles(settings.outputDir())
        .fileOf(recorder.sessionId()));
    if (r.failedTurns.isEmpty() && r.problems.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder(summary).append(':');
    r.failedTurns.forEach(f -> m.append("\n  ✗ ").append(f));
    r.problems.forEach(e -> m.append("\n  ! ").append(e));
    if (ignoreFailures) {
      getLog().warn(m + "\n(" + SettingKeys.IGNORE_FAILURES + " is set: not failing the build)");
      return;
    }
    throw new MojoFailureException(m.toString());
  }

  private void endQuietly(SessionRecorder recorder) {
    try {
      recorder.end();
    } catch (UncheckedIOException e) {
      getLog().warn("Cannot write the end of the Playgent session " + recorder.sessionId() + ": " + e.getMessage());
    }
  }

  /** {@code 10m}, {@code 1m30s}, {@code 0.5s}. */
  static String human(Duration d) {
    return d.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  /** What the goal's units came to, for the Surefire files and the last lines. */
  private static final class Results {
    final RunTotals totals = new RunTotals();
    final List<RunSuites.NamedSuite> suites = new ArrayList<>();
    final List<String> failedTurns = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int runs;
    int turns;
    int turnsPassed;
    int skipped;
  }
}
