package com.playgent.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a request is retried: exponential backoff with jitter between
 * {@code initialBackoff} and {@code maxBackoff}. GETs retry on I/O errors, 429 and 5xx; a POST
 * retries only where it cannot have reached the service (connection refused) or where the service
 * refused it before acting (429, 503), so a retried create never makes a second run.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1 (1 = no retry), was " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
    }
  }

  /** Five attempts, 250 ms doubling up to 8 s. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(8));
  }

  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }
}
