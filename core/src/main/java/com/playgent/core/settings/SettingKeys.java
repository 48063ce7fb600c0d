package com.playgent.core.settings;

/**
 * The spelling of every {@code playgent.*} key, once. The JUnit extension's {@code PlaygentConfig}
 * and the Maven plugin's {@code @Parameter(property = ...)} refer to these constants, so one key
 * cannot be spelled two ways; {@link Setting} says what each means.
 */
public final class SettingKeys {
  private SettingKeys() {}

  public static final String BASE_URL = "playgent.base-url";
  public static final String API_KEY = "playgent.api-key";
  public static final String MODE = "playgent.mode";
  public static final String RECORDINGS_DIR = "playgent.recordings-dir";
  public static final String OUTPUT_DIR = "playgent.output-dir";
  public static final String TIMEOUT = "playgent.timeout";
  public static final String READ_TIMEOUT = "playgent.read-timeout";
  public static final String ON_UNAVAILABLE = "playgent.on-unavailable";
  public static final String MAX_CONCURRENT_RUNS = "playgent.max-concurrent-runs";
  public static final String AGENT = "playgent.agent";
  public static final String THRESHOLDS = "playgent.thresholds";
  public static final String MAX_RETRIES = "playgent.max-retries";
  public static final String TURN_TIMEOUT_MS = "playgent.turn-timeout-ms";
  public static final String PARALLEL = "playgent.parallel";
  public static final String REUSE_RUNS = "playgent.reuse-runs";
  public static final String ALLOW_EMPTY = "playgent.allow-empty";
  public static final String PROGRESS_INTERVAL = "playgent.progress-interval";
  public static final String PRESTART = "playgent.prestart";
  public static final String MAX_RESPONSE_SIZE = "playgent.max-response-size";
  public static final String SHARD = "playgent.shard";
  public static final String REPEATS = "playgent.repeats";
  public static final String MIN_PASSES = "playgent.min-passes";

  public static final String SKIP = "playgent.skip";
  public static final String TEST_CASES = "playgent.test-cases";
  public static final String TAGS = "playgent.tags";
  public static final String REPORTS_DIR = "playgent.reports-dir";
  public static final String IGNORE_FAILURES = "playgent.ignore-failures";
  public static final String SESSIONS = "playgent.sessions";
  public static final String REPORT_DIR = "playgent.report-dir";
  public static final String GITHUB_STEP_SUMMARY = "playgent.github-step-summary";
  public static final String HALT_ON_FAILURE = "playgent.halt-on-failure";
  public static final String ALLOW_NO_RUNS = "playgent.allow-no-runs";
  public static final String GATES_REPORT = "playgent.gates-report";
  public static final String INPUTS = "playgent.inputs";
  public static final String EMULATOR_PORT = "playgent.emulator.port";
  public static final String EMULATOR_WORLD = "playgent.emulator.world";
  public static final String EMULATOR_API_KEY = "playgent.emulator.api-key";
  public static final String EMULATOR_RATE_LIMIT = "playgent.emulator.rate-limit-per-minute";
  public static final String EMULATOR_SKIP = "playgent.emulator.skip";
  public static final String BASELINE = "playgent.baseline";
  public static final String BASELINE_SCORE_TOLERANCE = "playgent.baseline.score-tolerance";
  public static final String BASELINE_COST_TOLERANCE = "playgent.baseline.cost-tolerance";
  public static final String BASELINE_LATENCY_TOLERANCE = "playgent.baseline.latency-tolerance";
}
