package com.playgent.junit.internal;

import com.playgent.client.PlaygentClient;
import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.internal.BaseUrls;
import com.playgent.client.model.RunConfig;
import com.playgent.client.report.ScorerThreshold;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Resolves {@link Settings}: annotation attribute, then JUnit configuration parameter, then
 * environment variable, then default. Fails on a bad value before anything is sent.
 */
public final class SettingsResolver {
  /** The key any loopback emulator accepts when the user has none. */
  static final String EMULATOR_KEY = "local-emulator";
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  private static final AtomicBoolean WARNED_KEY_PROPERTY = new AtomicBoolean();

  private final Function<String, Optional<String>> parameters;
  private final Function<String, String> environment;

  public SettingsResolver(Function<String, Optional<String>> parameters, Function<String, String> environment) {
    this.parameters = parameters;
    this.environment = environment;
  }

  public static SettingsResolver of(Function<String, Optional<String>> parameters) {
    return new SettingsResolver(parameters, System::getenv);
  }

  public Settings resolve(PlaygentTest annotation) {
    String baseUrl = first(attr(annotation == null ? "" : annotation.baseUrl()), param(PlaygentConfig.BASE_URL),
        env(PlaygentClient.BASE_URL_ENV)).orElse(PlaygentClient.DEFAULT_BASE_URL);
    BaseUrls.check(baseUrl); // fail early, with the value named
    baseUrl = baseUrl.trim().replaceAll("/+$", "");

    Mode mode = param(PlaygentConfig.MODE).map(v -> Mode.parse(v, PlaygentConfig.MODE)).orElse(Mode.LIVE);
    String apiKey = first(param(PlaygentConfig.API_KEY), env(PlaygentClient.API_KEY_ENV)).orElse(null);
    if (param(PlaygentConfig.API_KEY).isPresent() && System.getProperty(PlaygentConfig.API_KEY) != null
        && WARNED_KEY_PROPERTY.compareAndSet(false, true)) {
      System.err.println("playgent: WARNING the API key was given as the system property " + PlaygentConfig.API_KEY
          + ". Surefire copies system properties into target/surefire-reports/TEST-*.xml; set the "
          + PlaygentClient.API_KEY_ENV + " environment variable instead.");
    }
    if (apiKey == null && BaseUrls.isLoopback(java.net.URI.create(baseUrl).getHost())) {
      apiKey = EMULATOR_KEY;
    }

    Duration timeout = first(attr(annotation == null ? "" : annotation.timeout()), param(PlaygentConfig.TIMEOUT))
        .map(v -> Durations.parse(v, PlaygentConfig.TIMEOUT)).orElse(Duration.ofMinutes(10));
    if (timeout.isZero()) {
      throw new PlaygentConfigurationException(PlaygentConfig.TIMEOUT + " must be positive");
    }
    boolean skip = param(PlaygentConfig.ON_UNAVAILABLE).map(v -> onUnavailable(v)).orElse(false);
    int maxConcurrent = param(PlaygentConfig.MAX_CONCURRENT_RUNS).map(v -> positiveInt(v, PlaygentConfig.MAX_CONCURRENT_RUNS)).orElse(64);
    String agent = first(attr(annotation == null ? "" : annotation.agent()), param(PlaygentConfig.AGENT)).orElse(null);

    List<ScorerThreshold> thresholds = new ArrayList<>();
    if (annotation != null && annotation.thresholds().length > 0) {
      for (String t : annotation.thresholds()) {
        thresholds.add(threshold(t, "@PlaygentTest(thresholds)"));
      }
    } else {
      param(PlaygentConfig.THRESHOLDS).ifPresent(v -> {
        for (String t : v.split(",")) {
          if (!t.isBlank()) {
            thresholds.add(threshold(t, PlaygentConfig.THRESHOLDS));
          }
        }
      });
    }

    Integer maxRetries = param(PlaygentConfig.MAX_RETRIES).map(v -> nonNegativeInt(v, PlaygentConfig.MAX_RETRIES)).orElse(null);
    Integer turnTimeout = param(PlaygentConfig.TURN_TIMEOUT_MS).map(v -> positiveInt(v, PlaygentConfig.TURN_TIMEOUT_MS)).orElse(null);
    Boolean parallel = param(PlaygentConfig.PARALLEL).map(v -> bool(v, PlaygentConfig.PARALLEL)).orElse(null);
    Duration reuse = param(PlaygentConfig.REUSE_RUNS).map(v -> Durations.parse(v, PlaygentConfig.REUSE_RUNS)).orElse(null);
    boolean allowEmpty = param(PlaygentConfig.ALLOW_EMPTY).map(v -> bool(v, PlaygentConfig.ALLOW_EMPTY)).orElse(false);
    Duration progress = param(PlaygentConfig.PROGRESS_INTERVAL).map(v -> Durations.parse(v, PlaygentConfig.PROGRESS_INTERVAL))
        .orElse(Duration.ofSeconds(5));
    Duration readTimeout = param(PlaygentConfig.READ_TIMEOUT).map(v -> Durations.parse(v, PlaygentConfig.READ_TIMEOUT))
        .orElse(DEFAULT_READ_TIMEOUT);
    if (readTimeout.isZero()) {
      throw new PlaygentConfigurationException(PlaygentConfig.READ_TIMEOUT + " must be positive, e.g. 30s");
    }
    boolean prestart = param(PlaygentConfig.PRESTART).map(v -> bool(v, PlaygentConfig.PRESTART)).orElse(true);

    Path output = Path.of(param(PlaygentConfig.OUTPUT_DIR).orElse("target/playgent"));
    Path recordings = Path.of(param(PlaygentConfig.RECORDINGS_DIR).orElse("src/test/resources/playgent"));
    return new Settings(baseUrl, apiKey, mode, recordings, output, timeout, skip, maxConcurrent, agent, thresholds,
        new RunConfig(parallel, maxRetries, turnTimeout), reuse == null || reuse.isZero() ? null : reuse, allowEmpty,
        progress, prestart, readTimeout);
  }

  private Optional<String> param(String key) {
    return parameters.apply(key).map(String::trim).filter(v -> !v.isEmpty());
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(environment.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static Optional<String> attr(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... candidates) {
    for (Optional<String> c : candidates) {
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private static boolean onUnavailable(String v) {
    switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "fail": return false;
      case "skip": return true;
      default:
        throw new PlaygentConfigurationException(PlaygentConfig.ON_UNAVAILABLE + " '" + v + "' must be fail or skip");
    }
  }

  private static ScorerThreshold threshold(String text, String source) {
    try {
      return ScorerThreshold.parse(text);
    } catch (IllegalArgumentException e) {
      throw new PlaygentConfigurationException(source + ": " + e.getMessage());
    }
  }

  static boolean bool(String v, String key) {
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw new PlaygentConfigurationException(key + " '" + v + "' must be true or false");
  }

  private static int positiveInt(String v, String key) {
    int n = nonNegativeInt(v, key);
    if (n == 0) {
      throw new PlaygentConfigurationException(key + " must be at least 1, was 0");
    }
    return n;
  }

  private static int nonNegativeInt(String v, String key) {
    try {
      int n = Integer.parseInt(v.trim());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new PlaygentConfigurationException(key + " '" + v + "' must be a whole number >= 0");
    }
  }
}
