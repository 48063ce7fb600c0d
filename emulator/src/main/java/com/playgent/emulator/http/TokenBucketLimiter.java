package com.playgent.emulator.http;

import java.time.Instant;

/**
 * A bucket of {@code limit} tokens, full at the first request, that refills continuously at
 * {@code limit} tokens per 60 s; each request takes one. See {@code RateLimitMode.TOKEN_BUCKET}
 * for the headers. Thread-safe.
 */
final class TokenBucketLimiter implements RateLimiter {
  private final int capacity;
  private final double tokensPerMs;
  private double tokens;
  private long lastMs = Long.MIN_VALUE;

  TokenBucketLimiter(int capacity) {
    this.capacity = capacity;
    this.tokensPerMs = capacity / (double) WINDOW_MS;
    this.tokens = capacity;
  }

  @Override
  public synchronized Decision acquire(Instant now) {
    long nowMs = now.toEpochMilli();
    if (lastMs != Long.MIN_VALUE && nowMs > lastMs) {
      tokens = Math.min(capacity, tokens + (nowMs - lastMs) * tokensPerMs);
    }
    lastMs = Math.max(lastMs, nowMs);
    if (tokens >= 1) {
      tokens -= 1;
      long reset = RateLimiter.ceilSeconds(nowMs + WINDOW_MS);
      return new Decision(true, capacity, (int) Math.floor(tokens), reset, 1, null);
    }
    long untilToken = (long) Math.ceil((1 - tokens) / tokensPerMs);
    long retryAt = RateLimiter.ceilSeconds(nowMs + untilToken);
    long retryAfter = Math.max(1, (retryAt * 1000 - nowMs + 999) / 1000);
    return new Decision(false, capacity, 0, retryAt, retryAfter,
        RateLimiter.httpDate(Instant.ofEpochSecond(retryAt)));
  }
}
