package com.playgent.core.settings;

import com.playgent.client.PlaygentClient;
import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.internal.BaseUrls;
import com.playgent.client.model.RunConfig;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.pipeline.Shard;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@link PlaygentSettings}: each key from the first source that has it, in the order given
 * (the front end puts the most specific first), then its environment variable, then the default.
 * Thresholds are merged per scorer instead, the more specific source winning for its scorer. Fails
 * on a bad value, naming where it came from, before anything is sent.
 */
public final class SettingsReader {
  /** The key a loopback emulator is sent when the user has none; it accepts any key. */
  public static final String EMULATOR_KEY = "local-emulator";

  private final List<SettingSource> sources;
  private final Function<String, String> environment;

  public SettingsReader(List<SettingSource> sources, Function<String, String> environment) {
    this.sources = List.copyOf(sources);
    this.environment = environment;
  }

  /** Reads from {@code sources} (first wins) and the process environment. */
  public static SettingsReader of(SettingSource... sources) {
    return new SettingsReader(List.of(sources), System::getenv);
  }

  public PlaygentSettings read() {
    String baseUrl = text(Setting.BASE_URL).map(Value::text).orElse(PlaygentClient.DEFAULT_BASE_URL);
    BaseUrls.check(baseUrl); // fail early, with the value named
    baseUrl = baseUrl.trim().replaceAll("/+$", "");

    String apiKey = text(Setting.API_KEY).map(Value::text).orElse(null);
    if (apiKey == null && BaseUrls.isLoopback(URI.create(baseUrl).getHost())) {
      apiKey = EMULATOR_KEY;
    }
    Mode mode = text(Setting.MODE).map(v -> Mode.parse(v.text, v.origin)).orElse(Mode.LIVE);
    Duration timeout = text(Setting.TIMEOUT).map(v -> Durations.positive(v.text, v.origin, "10m"))
        .orElse(Duration.ofMinutes(10));
    Duration readTimeout = text(Setting.READ_TIMEOUT).map(v -> Durations.positive(v.text, v.origin, "30s"))
        .orElse(Duration.ofSeconds(30));
    boolean skip = text(Setting.ON_UNAVAILABLE).map(SettingsReader::onUnavailable).orElse(false);
    int maxConcurrent = text(Setting.MAX_CONCURRENT_RUNS).map(v -> positiveInt(v)).orElse(64);
    String agent = text(Setting.AGENT).map(Value::text).orElse(null);
    Integer maxRetries = text(Setting.MAX_RETRIES).map(SettingsReader::nonNegativeInt).orElse(null);
    Integer turnTimeout = text(Setting.TURN_TIMEOUT_MS).map(SettingsReader::positiveInt).orElse(null);
    Boolean parallel = text(Setting.PARALLEL).map(SettingsReader::bool).orElse(null);
    Optional<Value> reuseText = text(Setting.REUSE_RUNS);
    Duration reuse = reuseText.filter(v -> !v.text.equalsIgnoreCase("off"))
        .map(v -> Durations.parse(v.text, v.origin)).orElse(Duration.ZERO);
    boolean reuseOff = reuseText.isPresent() && reuse.isZero(); // off, or 0
    boolean allowEmpty = text(Setting.ALLOW_EMPTY).map(SettingsReader::bool).orElse(false);
    Duration progress = text(Setting.PROGRESS_INTERVAL).map(v -> Durations.parse(v.text, v.origin))
        .orElse(Duration.ofSeconds(5));
    boolean prestart = text(Setting.PRESTART).map(SettingsReader::bool).orElse(true);
    long maxResponseSize = text(Setting.MAX_RESPONSE_SIZE).map(v -> Sizes.positive(v.text, v.origin))
        .orElse(PlaygentClient.DEFAULT_MAX_RESPONSE_SIZE);
    Shard shard = text(Setting.SHARD).map(v -> Shard.parse(v.text, v.origin)).orElse(null);
    Path output = Path.of(text(Setting.OUTPUT_DIR).map(Value::text).orElse("target/playgent"));
    Path recordings = Path.of(text(Setting.RECORDINGS_DIR).map(Value::text).orElse("src/test/resources/playgent"));
    return new PlaygentSettings(baseUrl, apiKey, mode, recordings, output, timeout, readTimeout, skip, maxConcurrent,
        agent, thresholds(), new RunConfig(parallel, maxRetries, turnTimeout), reuse.isZero() ? null : reuse,
        reuseOff, allowEmpty, progress, prestart, maxResponseSize, shard,
        text(Setting.BASELINE).map(v -> Path.of(v.text)).orElse(null),
        text(Setting.REPEATS).map(SettingsReader::positiveInt).orElse(null),
        text(Setting.MIN_PASSES).map(SettingsReader::positiveInt).orElse(null));
  }

  /**
   * The world file of an embedded emulator, when the settings ask for one: {@code playgent.emulator.world}
   * is set, {@code playgent.emulator.skip} is not {@code true}, and no source and no
   * {@code PLAYGENT_BASE_URL} gives a base URL. An explicit base URL wins (such as the one the Maven
   * plugin's {@code emulator-start} hands to Surefire), so a build that starts its own emulator never
   * gets a second one.
   */
  public Optional<String> embeddedEmulatorWorld() {
    if (text(Setting.BASE_URL).isPresent() || text(Setting.EMULATOR_SKIP).map(SettingsReader::bool).orElse(false)) {
      return Optional.empty();
    }
    return text(Setting.EMULATOR_WORLD).map(Value::text);
  }

  /** Where the value of {@code setting} comes from ({@code playgent.base-url}, {@code PLAYGENT_BASE_URL}, ...), if set. */
  public Optional<String> originOf(Setting setting) {
    return text(setting).map(Value::origin);
  }

  /** A value and where it came from, for error messages. */
  private record Value(String text, String origin) {}

  private Optional<Value> text(Setting setting) {
    for (SettingSource source : sources) {
      Optional<String> v = source.get(setting.key()).map(String::trim).filter(s -> !s.isEmpty());
      if (v.isPresent()) {
        return Optional.of(new Value(v.get(), source.origin(setting.key())));
      }
    }
    return setting.environmentVariable().map(environment).map(String::trim).filter(s -> !s.isEmpty())
        .map(v -> new Value(v, setting.environmentVariable().get()));
  }

  /** Per scorer, the most specific source wins: a method's {@code faithfulness} beats the class's. */
  private List<ScorerThreshold> thresholds() {
    List<ScorerThreshold> merged = List.of();
    for (int i = sources.size() - 1; i >= 0; i--) {
      SettingSource source = sources.get(i);
      Optional<String> v = source.get(Setting.THRESHOLDS.key());
      if (v.isPresent()) {
        merged = ScorerThreshold.merge(merged, parseThresholds(v.get(), source.origin(Setting.THRESHOLDS.key())));
      }
    }
    return merged;
  }

  /** {@code faithfulness>=0.8,answer_relevancy>=0.7}; {@code origin} names the source in the error. */
  public static List<ScorerThreshold> parseThresholds(String text, String origin) {
    List<ScorerThreshold> out = new ArrayList<>();
    for (String t : text.split(",")) {
      if (t.isBlank()) {
        continue;
      }
      try {
        out.add(ScorerThreshold.parse(t));
      } catch (IllegalArgumentException e) {
        throw new PlaygentConfigurationException(origin + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static boolean onUnavailable(Value v) {
    switch (v.text.toLowerCase(Locale.ROOT)) {
      case "fail": return false;
      case "skip": return true;
      default: throw new PlaygentConfigurationException(v.origin + " '" + v.text + "' must be fail or skip");
    }
  }

  private static boolean bool(Value v) {
    if (v.text.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new PlaygentConfigurationException(v.origin + " '" + v.text + "' must be true or false");
  }

  private static int positiveInt(Value v) {
    int n = nonNegativeInt(v);
    if (n == 0) {
      throw new PlaygentConfigurationException(v.origin + " must be at least 1, was 0");
    }
    return n;
  }

  private static int nonNegativeInt(Value v) {
    try {
      int n = Integer.parseInt(v.text);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new PlaygentConfigurationException(v.origin + " '" + v.text + "' must be a whole number >= 0");
    }
  }
}
