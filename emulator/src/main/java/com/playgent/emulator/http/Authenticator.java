package com.playgent.emulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Check the {@code Authorization: Bearer KEY} header: any non-blank key passes, unless a key is
 * configured, then only that one. The key is never logged or echoed.
 */
public final class Authenticator {
  private final byte[] expected;

  /** Create a checker; {@code apiKey == null} accepts any non-blank key. */
  public Authenticator(String apiKey) {
    this.expected = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
  }

  /** Throw a 401 {@code unauthorized} unless {@code header} carries an accepted key. */
  public void check(String header) {
    if (header == null || header.isBlank()) {
      throw unauthorized("Missing Authorization header; send 'Authorization: Bearer <api key>'");
    }
    String h = header.strip();
    if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("bearer ")) {
      throw unauthorized("Authorization header must use the Bearer scheme: 'Authorization: Bearer <api key>'");
    }
    String key = h.substring(7).strip();
    if (key.isEmpty()) {
      throw unauthorized("Authorization header has an empty Bearer key");
    }
    if (expected != null && !MessageDigest.isEqual(expected, key.getBytes(StandardCharsets.UTF_8))) {
      throw unauthorized("Invalid API key");
    }
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message);
  }
}
