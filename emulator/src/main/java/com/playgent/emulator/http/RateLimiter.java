package com.playgent.emulator.http;

import java.time.Instant;

/**
 * Limit requests per fixed 60-second window. The first window opens with the first request; a
 * new one opens with the first request after it ends. Thread-safe.
 */
public final class RateLimiter {
  /** Window length in milliseconds. */
  public static final long WINDOW_MS = 60_000;

  private final int limit;
  private long windowStartMs = Long.MIN_VALUE;
  private int used;

  /**
   * Hold the outcome for one request.
   *
   * @param allowed whether the request may proceed
   * @param limit {@code X-RateLimit-Limit}
   * @param remaining {@code X-RateLimit-Remaining}
   * @param resetEpochSeconds {@code X-RateLimit-Reset}, the window's end in epoch seconds
   * @param retryAfterSeconds seconds until the window ends, at least 1
   */
  public record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds, long retryAfterSeconds) {}

  /** Create a limiter allowing {@code limit} requests per window. */
  public RateLimiter(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("rateLimitPerMinute must be >= 1, but was " + limit);
    }
    this.limit = limit;
  }

  /** Count one request at {@code now} and decide. */
  public synchronized Decision acquire(Instant now) {
    long nowMs = now.toEpochMilli();
    if (windowStartMs == Long.MIN_VALUE || nowMs >= windowStartMs + WINDOW_MS) {
      windowStartMs = nowMs;
      used = 0;
    }
    long endMs = windowStartMs + WINDOW_MS;
    long reset = (endMs + 999) / 1000;
    long retryAfter = Math.max(1, (endMs - nowMs + 999) / 1000);
    if (used >= limit) {
      return new Decision(false, limit, 0, reset, retryAfter);
    }
    used++;
    return new Decision(true, limit, limit - used, reset, retryAfter);
  }
}
