package com.playgent.client;

import java.time.Instant;

/** The {@code X-RateLimit-*} headers of one response. {@code reset} is when the window starts anew. */
public record RateLimitInfo(Integer limit, Integer remaining, Instant reset) {
  @Override
  public String toString() {
    return "limit " + limit + ", remaining " + remaining + ", reset " + reset;
  }
}
