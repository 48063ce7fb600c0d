package com.playgent.core.settings;

import com.playgent.client.model.RunConfig;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.pipeline.Shard;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything runs are configured with, read once by {@link SettingsReader} from whatever key/value
 * sources the front end has. {@code apiKey} is null when none was found; {@code reuseRuns} is null
 * unless a window is set; {@code reuseRunsOff} is true for {@code playgent.reuse-runs=off} (or
 * {@code 0}): then not even a re-run of single turns reports an earlier run; {@code maxResponseSize} is in bytes;
 * {@code shard} is null when unsharded; {@code baseline} is the file {@code playgent.baseline} names, as given
 * (relative to the working directory), or null; {@code repeats} and {@code minPasses} are null unless set
 * ({@code Repeats} applies them).
 */
public record PlaygentSettings(
    String baseUrl,
    String apiKey,
    Mode mode,
    Path recordingsDir,
    Path outputDir,
    Duration timeout,
    Duration readTimeout,
    boolean skipWhenUnavailable,
    int maxConcurrentRuns,
    String agent,
    List<ScorerThreshold> thresholds,
    RunConfig runConfig,
    Duration reuseRuns,
    boolean reuseRunsOff,
    boolean allowEmpty,
    Duration progressInterval,
    boolean prestart,
    long maxResponseSize,
    Shard shard,
    Path baseline,
    Integer repeats,
    Integer minPasses) {

  public PlaygentSettings {
    thresholds = List.copyOf(thresholds);
  }

  /** The host (and port) of the base URL, for records and messages that must not carry a path or key. */
  public String baseUrlHost() {
    java.net.URI uri = java.net.URI.create(baseUrl);
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  @Override
  public String toString() {
    return "PlaygentSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "(hidden)") + ", mode="
        + mode.value() + ", timeout=" + timeout + "]";
  }
}
