package com.playgent.client.model;

/**
 * The {@code config} of {@code POST /v1/runs}. Null fields are not sent, so the service applies
 * its documented defaults (parallel {@code true}, max_retries {@code 0}, timeout_ms {@code 30000}).
 */
public record RunConfig(Boolean parallel, Integer maxRetries, Integer timeoutMs) {
  public RunConfig {
    if (maxRetries != null && maxRetries < 0) {
      throw new IllegalArgumentException("config.max_retries must be >= 0, was " + maxRetries);
    }
    if (timeoutMs != null && timeoutMs <= 0) {
      throw new IllegalArgumentException("config.timeout_ms must be > 0, was " + timeoutMs);
    }
  }

  public static RunConfig defaults() {
    return new RunConfig(null, null, null);
  }

  public boolean isEmpty() {
    return parallel == null && maxRetries == null && timeoutMs == null;
  }
}
