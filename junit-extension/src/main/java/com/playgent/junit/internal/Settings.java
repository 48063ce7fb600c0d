package com.playgent.junit.internal;

import com.playgent.client.model.RunConfig;
import com.playgent.core.outcome.ScorerThreshold;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a test class's runs are configured with, resolved once from annotation, JUnit
 * configuration parameters, environment and defaults. {@code apiKey} is null when none was found.
 */
public record Settings(
    String baseUrl,
    String apiKey,
    Mode mode,
    Path recordingsDir,
    Path outputDir,
    Duration timeout,
    boolean skipWhenUnavailable,
    int maxConcurrentRuns,
    String agent,
    List<ScorerThreshold> thresholds,
    RunConfig runConfig,
    Duration reuseRuns,
    boolean allowEmpty,
    Duration progressInterval,
    boolean prestart,
    Duration readTimeout) {

  public Settings {
    thresholds = List.copyOf(thresholds);
  }

  /** Identifies the coordinator (client, journal, files) these settings share; holds no secret. */
  String coordinatorKey() {
    return mode + "|" + baseUrl + "|" + Secrets.fingerprint(apiKey) + "|" + outputDir.toAbsolutePath().normalize()
        + "|" + recordingsDir.toAbsolutePath().normalize() + "|" + maxConcurrentRuns + "|" + readTimeout;
  }

  @Override
  public String toString() {
    return "Settings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "(hidden)") + ", mode=" + mode
        + ", timeout=" + timeout + "]";
  }
}
