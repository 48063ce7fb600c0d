package com.playgent.emulator.http;

import com.playgent.emulator.RateLimitMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Count requests against the rate limit, in one of the {@link RateLimitMode}s. Thread-safe. */
public interface RateLimiter {
  /** The fixed window's length, and the time a token bucket takes to refill completely, in ms. */
  long WINDOW_MS = 60_000;

  /**
   * Hold the outcome for one request.
   *
   * @param allowed whether the request may proceed
   * @param limit {@code X-RateLimit-Limit}
   * @param remaining {@code X-RateLimit-Remaining}
   * @param resetEpochSeconds {@code X-RateLimit-Reset}, in epoch seconds
   * @param retryAfterSeconds for a refused request, the whole seconds to wait, at least 1
   * @param retryAfter for a refused request, the {@code Retry-After} header's value
   */
  record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds,
      String retryAfter) {}

  /** Create a limiter allowing {@code limit} requests per minute in {@code mode}. */
  static RateLimiter create(RateLimitMode mode, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("rateLimitPerMinute must be >= 1, but was " + limit);
    }
    return mode == RateLimitMode.TOKEN_BUCKET ? new TokenBucketLimiter(limit) : new FixedWindowLimiter(limit);
  }

  /** Count one request at {@code now} and decide. */
  Decision acquire(Instant now);

  /** Return {@code epochMs} rounded up to a whole second, in epoch seconds. */
  static long ceilSeconds(long epochMs) {
    return Math.floorDiv(epochMs + 999, 1000);
  }

  /** Format an instant as an HTTP date ({@code Retry-After}), for example {@code Mon, 16 Dec 2024 10:00:02 GMT}. */
  static String httpDate(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
  }
}
