package com.playgent.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link PlaygentClient#awaitRun} waits: the overall timeout, the poll interval bounds and a
 * progress callback. The first poll goes out near the run's {@code estimated_duration_s}; later
 * polls back off from {@code minInterval} to {@code maxInterval}.
 */
public record AwaitOptions(Duration timeout, Duration minInterval, Duration maxInterval, Consumer<RunProgress> progress) {
  public AwaitOptions {
    Objects.requireNonNull(timeout, "timeout == null");
    Objects.requireNonNull(minInterval, "minInterval == null");
    Objects.requireNonNull(maxInterval, "maxInterval == null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (minInterval.isNegative() || maxInterval.compareTo(minInterval) < 0) {
      throw new IllegalArgumentException("need 0 <= minInterval <= maxInterval");
    }
    progress = progress == null ? p -> {} : progress;
  }

  /** Ten minutes, polls between 250 ms and 5 s, no progress callback. */
  public static AwaitOptions defaults() {
    return new AwaitOptions(Duration.ofMinutes(10), Duration.ofMillis(250), Duration.ofSeconds(5), null);
  }

  public AwaitOptions withTimeout(Duration timeout) {
    return new AwaitOptions(timeout, minInterval, maxInterval, progress);
  }

  public AwaitOptions withProgress(Consumer<RunProgress> progress) {
    return new AwaitOptions(timeout, minInterval, maxInterval, progress);
  }

  public AwaitOptions withIntervals(Duration minInterval, Duration maxInterval) {
    return new AwaitOptions(timeout, minInterval, maxInterval, progress);
  }
}
