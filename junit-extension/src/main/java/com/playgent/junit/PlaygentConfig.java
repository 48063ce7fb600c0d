package com.playgent.junit;

import com.playgent.core.settings.SettingKeys;
import org.apiguardian.api.API;

/**
 * Configuration keys. Each is read, in order, from the annotation attribute of the same meaning,
 * the JUnit configuration parameter (which covers {@code -D} system properties and
 * {@code junit-platform.properties}), the environment variable where one is named, then the default.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentConfig {
  private PlaygentConfig() {}

  /** Base URL of the API; environment {@code PLAYGENT_BASE_URL}; default {@code https://api.playgent.com/v1}. */
  public static final String BASE_URL = SettingKeys.BASE_URL;

  /**
   * API key. Prefer the environment variable {@code PLAYGENT_API_KEY}: Surefire copies system
   * properties into every {@code TEST-*.xml}, so a key given as {@code -Dplaygent.api-key} is
   * warned about. Not needed in replay mode, nor against a loopback emulator.
   */
  public static final String API_KEY = SettingKeys.API_KEY;

  /** {@code live} (default), {@code record} or {@code replay}. */
  public static final String MODE = SettingKeys.MODE;

  /** Where record mode writes and replay mode reads runs; default {@code src/test/resources/playgent}. */
  public static final String RECORDINGS_DIR = SettingKeys.RECORDINGS_DIR;

  /** Where the run journal and run files go; default {@code target/playgent}. */
  public static final String OUTPUT_DIR = SettingKeys.OUTPUT_DIR;

  /** How long to wait for one run, e.g. {@code 90s}, {@code 10m} or {@code PT10M}; default {@code 10m}. */
  public static final String TIMEOUT = SettingKeys.TIMEOUT;

  /**
   * How long one HTTP request may wait for the service's answer, e.g. {@code 30s} (default) or
   * {@code 2s}. A request that waits longer fails like a broken connection: a read is retried, a
   * create is not (it may have started a run).
   */
  public static final String READ_TIMEOUT = SettingKeys.READ_TIMEOUT;

  /** {@code fail} (default) or {@code skip}: what an unreachable service or a rejected key does to the tests. */
  public static final String ON_UNAVAILABLE = SettingKeys.ON_UNAVAILABLE;

  /** Runs in progress at once across the test plan; default {@code 64}. */
  public static final String MAX_CONCURRENT_RUNS = SettingKeys.MAX_CONCURRENT_RUNS;

  /** Agent id to run every test case against, overriding the test case's own agent; default none. */
  public static final String AGENT = SettingKeys.AGENT;

  /** Client-side scorer limits, comma separated, e.g. {@code faithfulness>=0.8,toxicity<=0.2}. */
  public static final String THRESHOLDS = SettingKeys.THRESHOLDS;

  /** {@code config.max_retries} sent with each run; default: the service's (0). */
  public static final String MAX_RETRIES = SettingKeys.MAX_RETRIES;

  /** {@code config.timeout_ms} per turn sent with each run; default: the service's (30000). */
  public static final String TURN_TIMEOUT_MS = SettingKeys.TURN_TIMEOUT_MS;

  /** {@code config.parallel} sent with each run; default: the service's (true). */
  public static final String PARALLEL = SettingKeys.PARALLEL;

  /**
   * Unset (default): a re-run of some turns or containers of a factory (an IDE's "re-run this test",
   * a {@code --select-unique-id}) reports the runs that produced them, from the output directory,
   * instead of starting new ones; whole classes and methods start fresh runs. A window such as
   * {@code PT15M}: also a whole run reports the last finished run of the same test case and agent
   * that finished within it, and re-runs use only runs that recent. {@code off}: every run is fresh.
   */
  public static final String REUSE_RUNS = SettingKeys.REUSE_RUNS;

  /**
   * A world file (e.g. {@code src/test/playgent/world.json}, relative to the working directory): when no
   * base URL is given ({@link #BASE_URL}, {@code PLAYGENT_BASE_URL}), the tests run on an emulator
   * started inside the test JVM for the launcher session, so a test runs from the IDE with no setup.
   * Needs {@code com.playgent:playgent-emulator} on the test class path. Put it in
   * {@code src/test/resources/junit-platform.properties}.
   */
  public static final String EMULATOR_WORLD = SettingKeys.EMULATOR_WORLD;

  /** {@code true}: start no embedded emulator even when {@link #EMULATOR_WORLD} is set; default {@code false}. */
  public static final String EMULATOR_SKIP = SettingKeys.EMULATOR_SKIP;

  /** {@code true}: a selection that matches no test case is skipped instead of failing; default {@code false}. */
  public static final String ALLOW_EMPTY = SettingKeys.ALLOW_EMPTY;

  /** How often a waiting factory prints a progress line, e.g. {@code 5s} (default); {@code 0} turns it off. */
  public static final String PROGRESS_INTERVAL = SettingKeys.PROGRESS_INTERVAL;

  /** {@code true} (default): start every declared run when the test plan starts, not when its factory runs. */
  public static final String PRESTART = SettingKeys.PRESTART;

  /**
   * The largest answer read from the service, e.g. {@code 64MB} (default), {@code 512KB} or a number
   * of bytes (KB, MB and GB are 1024-based). A larger answer fails its run, naming the run and the
   * size read, instead of filling the test JVM's heap.
   */
  public static final String MAX_RESPONSE_SIZE = SettingKeys.MAX_RESPONSE_SIZE;

  /**
   * {@code i/n}, e.g. {@code 2/5}: start and report only the units of shard {@code i} of {@code n}
   * (by a stable hash of each unit); the others are neither started nor reported. Unset: every unit.
   */
  public static final String SHARD = SettingKeys.SHARD;

  /**
   * A blessed baseline ({@code mvn playgent:baseline} writes {@code src/test/playgent/baseline.json}),
   * relative to the working directory: a turn that failed in it is reported as known failing (skipped
   * with its full text), a turn that passed in it and fails now fails as a new failure, and a turn that
   * failed in it and passes now passes, saying it is fixed. Unset: no baseline (the extension never picks
   * one up by itself). A named file that is missing or unreadable fails the test before any run starts.
   */
  public static final String BASELINE = SettingKeys.BASELINE;

  /**
   * Runs per test case for every {@link PlaygentCase} that gives no {@code repeats} of its own, e.g.
   * {@code 5}; default {@code 1}. Each repeat is a run of its own, all started together; each turn is
   * reported once and passes when at least {@link #MIN_PASSES} repeats passed it.
   */
  public static final String REPEATS = SettingKeys.REPEATS;

  /** Repeats a turn must pass, from 1 to the repeats; default: all of them. A declaration's {@code minPasses} wins. */
  public static final String MIN_PASSES = SettingKeys.MIN_PASSES;
}
