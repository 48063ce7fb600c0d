package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.emulator.support.Http;
import com.playgent.emulator.support.TestClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rate limiting and authentication. */
class AccessTest {
  @Test
  void sixth_request_over_a_limit_of_five_gets_429_with_retry_after() {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder().rateLimitPerMinute(5).build())) {
      Http http = new Http(emulator.baseUrl());
      for (int i = 1; i <= 5; i++) {
        Http.Response r = http.get("/runs/run_nope00");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(r.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(5 - i));
      }
      Http.Response limited = http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.json().at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
      assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
      long retryAfter = Long.parseLong(limited.header("Retry-After"));
      assertThat(retryAfter).isBetween(1L, 60L);
      long reset = Long.parseLong(limited.header("X-RateLimit-Reset"));
      assertThat(reset).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 61);
      assertThat(emulator.stats().rateLimited()).isEqualTo(1);
      assertThat(emulator.stats().runsCreated()).isZero();
    }
  }

  @Test
  void token_bucket_announces_a_reset_60_s_ahead_and_when_empty_a_429_whose_date_and_reset_are_the_next_token() {
    TestClock clock = new TestClock();
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder().clock(clock)
        .rateLimitPerMinute(3).rateLimitMode(RateLimitMode.TOKEN_BUCKET).build())) {
      Http http = new Http(emulator.baseUrl());
      long now = clock.instant().getEpochSecond();
      for (int i = 1; i <= 3; i++) {
        Http.Response r = http.get("/runs/run_nope00");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(r.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(3 - i));
        assertThat(r.header("X-RateLimit-Reset")).isEqualTo(Long.toString(now + 60));
      }
      Http.Response limited = http.get("/runs/run_nope00");

      // 3 tokens a minute: the next one is back after 20 s.
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.json().at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
      assertThat(limited.header("Retry-After")).isEqualTo("Mon, 16 Dec 2024 10:00:20 GMT");
      assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(limited.header("X-RateLimit-Reset")).isEqualTo(Long.toString(now + 20));
      clock.advance(Duration.ofSeconds(20));
      Http.Response after = http.get("/runs/run_nope00");
      assertThat(after.status()).isEqualTo(404);
      assertThat(after.header("X-RateLimit-Remaining")).isEqualTo("0");
      assertThat(after.header("X-RateLimit-Reset")).isEqualTo(Long.toString(now + 80));
      assertThat(emulator.stats().rateLimited()).isEqualTo(1);
    }
  }

  @Test
  void rate_limit_headers_are_on_error_answers_too() {
    try (PlaygentEmulator emulator = PlaygentEmulator.start()) {
      Http http = new Http(emulator.baseUrl());
      Http.Response r = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/runs/x")).GET().build());
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("X-RateLimit-Limit")).isEqualTo("1000");
      assertThat(r.header("X-RateLimit-Remaining")).isEqualTo("999");
      assertThat(r.header("X-RateLimit-Reset")).matches("\\d{10}");
    }
  }

  @ParameterizedTest(name = "Authorization: [{0}]")
  @ValueSource(strings = {"", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "your-api-key"})
  void missing_or_malformed_key_is_401(String header) {
    try (PlaygentEmulator emulator = PlaygentEmulator.start()) {
      Http http = new Http(emulator.baseUrl());
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/runs"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"test_case_id\": \"tc_xyz789\"}"));
      if (!header.isEmpty()) {
        b.header("Authorization", header);
      }
      Http.Response r = http.send(b.build());
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.json().at("/error/code").asText()).isEqualTo("unauthorized");
      assertThat(emulator.stats().runsCreated()).isZero();
    }
  }

  @Test
  void configured_key_is_the_only_one_accepted_and_never_echoed() {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder().apiKey("s3cret-key").build())) {
      Http http = new Http(emulator.baseUrl());
      Http.Response wrong = http.get("/runs/run_nope00"); // sends your-api-key
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.json().at("/error/message").asText()).isEqualTo("Invalid API key");
      Http.Response right = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/runs/run_nope00"))
          .header("Authorization", "Bearer s3cret-key").GET().build());
      assertThat(right.status()).isEqualTo(404);
      assertThat(EmulatorConfig.builder().apiKey("s3cret-key").build().toString()).doesNotContain("s3cret");
    }
  }
}
