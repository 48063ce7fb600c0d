package com.playgent.core.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code playgent.*} setting with its one meaning: the environment variable that stands in
 * for it, the default and where it applies. The README's configuration tables are checked against
 * this list, and the plugin's parameters are tested to parse each shared key as the extension does.
 */
public enum Setting {
  BASE_URL(SettingKeys.BASE_URL, "PLAYGENT_BASE_URL", "https://api.playgent.com/v1", Scope.BOTH,
      "API base URL; http:// only for loopback hosts"),
  API_KEY(SettingKeys.API_KEY, "PLAYGENT_API_KEY", "none (a loopback emulator needs none)", Scope.BOTH,
      "the API key; prefer the environment variable"),
  MODE(SettingKeys.MODE, null, "live", Scope.BOTH, "live, record (also save runs) or replay (no network, no key)"),
  RECORDINGS_DIR(SettingKeys.RECORDINGS_DIR, null, "src/test/resources/playgent", Scope.BOTH,
      "where record writes and replay reads"),
  OUTPUT_DIR(SettingKeys.OUTPUT_DIR, null, "target/playgent", Scope.BOTH,
      "run journal, run files and session records"),
  TIMEOUT(SettingKeys.TIMEOUT, null, "10m", Scope.BOTH, "longest wait for one run"),
  READ_TIMEOUT(SettingKeys.READ_TIMEOUT, null, "30s", Scope.BOTH, "how long one HTTP request may wait for an answer"),
  ON_UNAVAILABLE(SettingKeys.ON_UNAVAILABLE, null, "fail", Scope.BOTH,
      "skip: an unreachable service or a rejected or missing key skips visibly instead of failing"),
  MAX_CONCURRENT_RUNS(SettingKeys.MAX_CONCURRENT_RUNS, null, "64", Scope.BOTH, "runs in progress at once"),
  AGENT(SettingKeys.AGENT, null, "the test case's own", Scope.BOTH, "agent override"),
  THRESHOLDS(SettingKeys.THRESHOLDS, null, "none", Scope.BOTH, "client-side scorer limits: >= a minimum, <= a maximum"),
  MAX_RETRIES(SettingKeys.MAX_RETRIES, null, "service default (0)", Scope.BOTH, "config.max_retries of each run"),
  TURN_TIMEOUT_MS(SettingKeys.TURN_TIMEOUT_MS, null, "service default (30000)", Scope.BOTH,
      "config.timeout_ms of each run"),
  PARALLEL(SettingKeys.PARALLEL, null, "service default (true)", Scope.BOTH, "config.parallel of each run"),
  REUSE_RUNS(SettingKeys.REUSE_RUNS, null, "unset", Scope.BOTH,
      "a window such as PT15M: report the last finished run of the same test case from the output directory instead"
          + " of starting one; off: never, not even for a re-run of single turns; unset: only re-runs of single turns"
          + " or containers report the runs that produced them"),
  ALLOW_EMPTY(SettingKeys.ALLOW_EMPTY, null, "false", Scope.BOTH, "a selection matching nothing is skipped, not failed"),
  PROGRESS_INTERVAL(SettingKeys.PROGRESS_INTERVAL, null, "5s", Scope.BOTH, "progress line period while waiting; 0 turns it off"),
  PRESTART(SettingKeys.PRESTART, null, "true", Scope.EXTENSION, "start every declared run when the test plan starts"),
  MAX_RESPONSE_SIZE(SettingKeys.MAX_RESPONSE_SIZE, null, "64MB", Scope.BOTH,
      "largest answer read from the service (64MB, 512KB, a number of bytes); a larger one fails its run"),
  SHARD(SettingKeys.SHARD, null, "none (every unit)", Scope.BOTH,
      "i/n, such as 2/5: start and report only the units of shard i of n (a stable hash of each unit)"),
  REPEATS(SettingKeys.REPEATS, null, "1", Scope.EXTENSION,
      "runs per test case (a declaration's own repeats wins); each turn is reported once over its repeats"),
  MIN_PASSES(SettingKeys.MIN_PASSES, null, "all repeats", Scope.EXTENSION,
      "repeats a turn must pass, 1 to repeats (a declaration's own minPasses wins)"),

  SKIP(SettingKeys.SKIP, null, "false", Scope.PLUGIN, "skips every Playgent goal"),
  TEST_CASES(SettingKeys.TEST_CASES, null, "none", Scope.PLUGIN, "run: test case ids, one run each"),
  TAGS(SettingKeys.TAGS, null, "none", Scope.PLUGIN, "run: one run over every test case with any of the tags"),
  REPORTS_DIR(SettingKeys.REPORTS_DIR, null, "target/surefire-reports", Scope.PLUGIN,
      "run: where its TEST-playgent.*.xml files go"),
  IGNORE_FAILURES(SettingKeys.IGNORE_FAILURES, null, "false", Scope.PLUGIN, "run: report failed turns without failing the build"),
  SESSIONS(SettingKeys.SESSIONS, null, "current", Scope.PLUGIN,
      "report, check: which session records to read: current, latest, all, or session ids/files"),
  REPORT_DIR(SettingKeys.REPORT_DIR, null, "target/playgent/report", Scope.PLUGIN, "report: where the reports go"),
  GITHUB_STEP_SUMMARY(SettingKeys.GITHUB_STEP_SUMMARY, null, "false", Scope.PLUGIN,
      "report: append summary.md to $GITHUB_STEP_SUMMARY"),
  HALT_ON_FAILURE(SettingKeys.HALT_ON_FAILURE, null, "true", Scope.PLUGIN, "check: fail the build when a gate fails"),
  ALLOW_NO_RUNS(SettingKeys.ALLOW_NO_RUNS, null, "false", Scope.PLUGIN, "check: pass when the sessions hold no run"),
  GATES_REPORT(SettingKeys.GATES_REPORT, null, "target/surefire-reports/TEST-playgent-gates.xml", Scope.PLUGIN,
      "check: the gates as Surefire XML"),
  INPUTS(SettingKeys.INPUTS, null, "the output directory", Scope.PLUGIN,
      "report, check: output directories to merge (shards, forks), comma separated, globs allowed"),
  EMULATOR_PORT(SettingKeys.EMULATOR_PORT, null, "0 (a free port)", Scope.PLUGIN, "emulator-start: port"),
  EMULATOR_WORLD(SettingKeys.EMULATOR_WORLD, null, "the built-in world", Scope.EMULATOR,
      "emulator-start: world file; JUnit: run on an embedded emulator with this world when no base URL is given"),
  EMULATOR_API_KEY(SettingKeys.EMULATOR_API_KEY, null, "any key", Scope.PLUGIN, "emulator-start: the one key it accepts"),
  EMULATOR_RATE_LIMIT(SettingKeys.EMULATOR_RATE_LIMIT, null, "0 (none)", Scope.PLUGIN,
      "emulator-start: requests per minute before 429"),
  EMULATOR_SKIP(SettingKeys.EMULATOR_SKIP, null, "false", Scope.EMULATOR,
      "do not start the emulator: neither emulator-start's nor the JUnit extension's embedded one"),
  // The extension reads the baseline only when this key names it; the plugin's baseline, check and report goals
  // take the same key with a default path (their own parameter), so it is not one shared value.
  BASELINE(SettingKeys.BASELINE, null, "none (JUnit); src/test/playgent/baseline.json (plugin)", Scope.EXTENSION,
      "the blessed baseline file, relative to the project directory: JUnit reports a turn that failed in it as known"
          + " failing and says when one is fixed; playgent:baseline writes it, check and report compare with it"),
  BASELINE_SCORE_TOLERANCE(SettingKeys.BASELINE_SCORE_TOLERANCE, null, "0.05", Scope.PLUGIN,
      "check: how much a test case's scorer mean may get worse than in the baseline"),
  BASELINE_COST_TOLERANCE(SettingKeys.BASELINE_COST_TOLERANCE, null, "0.20", Scope.PLUGIN,
      "check: how much the total cost may rise over the baseline's (0.20 = +20%)"),
  BASELINE_LATENCY_TOLERANCE(SettingKeys.BASELINE_LATENCY_TOLERANCE, null, "0.20", Scope.PLUGIN,
      "check: how much the p95 latency may rise over the baseline's (0.20 = +20%)");

  /**
   * Which front end reads a setting. {@code EMULATOR}: an emulator setting, read by the plugin's
   * {@code emulator-start} and by the extension's embedded emulator, not shared with {@code run}.
   */
  public enum Scope { BOTH, EXTENSION, PLUGIN, EMULATOR }

  private final String key;
  private final String environmentVariable;
  private final String defaultText;
  private final Scope scope;
  private final String meaning;

  Setting(String key, String environmentVariable, String defaultText, Scope scope, String meaning) {
    this.key = key;
    this.environmentVariable = environmentVariable;
    this.defaultText = defaultText;
    this.scope = scope;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  public Optional<String> environmentVariable() {
    return Optional.ofNullable(environmentVariable);
  }

  public String defaultText() {
    return defaultText;
  }

  public Scope scope() {
    return scope;
  }

  public String meaning() {
    return meaning;
  }

  public boolean readByExtension() {
    return scope != Scope.PLUGIN;
  }

  public boolean readByPlugin() {
    return scope != Scope.EXTENSION;
  }

  /** The settings a front end reads. */
  public static List<Setting> readBy(Scope frontEnd) {
    return Arrays.stream(values()).filter(s -> frontEnd == Scope.EXTENSION ? s.readByExtension() : s.readByPlugin())
        .toList();
  }
}
