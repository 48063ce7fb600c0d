package com.playgent.emulator;

/**
 * How the emulator counts requests against {@link EmulatorConfig#rateLimitPerMinute()} and what its
 * {@code X-RateLimit-*} and {@code Retry-After} headers say. Both modes count every {@code /v1}
 * request; {@code /_emulator/stats} is exempt.
 */
public enum RateLimitMode {
  /**
   * The documented behaviour (the default): a fixed 60-second window that opens at the first
   * request. {@code X-RateLimit-Reset} is the window's end in epoch seconds; a 429's
   * {@code Retry-After} is the seconds to that end, at least 1.
   */
  FIXED_WINDOW,
  /**
   * A token bucket of {@code rateLimitPerMinute} tokens that refills continuously, the whole bucket
   * in 60 s; each request takes one token. {@code X-RateLimit-Remaining} is the whole tokens left
   * and {@code X-RateLimit-Reset} is always 60 s ahead (rounded up to a whole second), as some
   * token-bucket services announce it. An empty bucket answers 429 with {@code Retry-After} as an
   * HTTP date (the first whole second by which a token is back), {@code X-RateLimit-Remaining: 0}
   * and {@code X-RateLimit-Reset} at that same second: a reset earlier than the ones announced
   * before it.
   */
  TOKEN_BUCKET
}
