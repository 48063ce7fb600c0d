package com.playgent.emulator.http;

import java.time.Instant;

/**
 * Limit requests per fixed 60-second window. The first window opens with the first request; a
 * new one opens with the first request after it ends. Thread-safe.
 */
final class FixedWindowLimiter implements RateLimiter {
  private final int limit;
  private long windowStartMs = Long.MIN_VALUE;
  private int used;

  FixedWindowLimiter(int limit) {
    this.limit = limit;
  }

  @Override
  public synchronized Decision acquire(Instant now) {
    long nowMs = now.toEpochMilli();
    if (windowStartMs == Long.MIN_VALUE || nowMs >= windowStartMs + WINDOW_MS) {
      windowStartMs = nowMs;
      used = 0;
    }
    long endMs = windowStartMs + WINDOW_MS;
    long reset = RateLimiter.ceilSeconds(endMs);
    long retryAfter = Math.max(1, (endMs - nowMs + 999) / 1000);
    if (used >= limit) {
      return new Decision(false, limit, 0, reset, retryAfter, Long.toString(retryAfter));
    }
    used++;
    return new Decision(true, limit, limit - used, reset, retryAfter, Long.toString(retryAfter));
  }
}
