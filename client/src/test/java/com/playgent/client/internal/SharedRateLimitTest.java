package com.playgent.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.RateLimitInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two limiters on one state file stand for two Surefire forks: what one learns holds the other's
 * sends. Each has its own clock view of one shared fake time.
 */
class SharedRateLimitTest {
  @TempDir Path dir;
  final AtomicLong now = new AtomicLong(1_700_000_000_000L);

  private RateLimiter fork(Path file, String key) {
    return new RateLimiter(now::get, new SharedRateLimit(file, "http://127.0.0.1:9/v1/", key, now::get));
  }

  private RateLimitInfo window(int limit, int remaining) {
    return new RateLimitInfo(limit, remaining, Instant.ofEpochMilli(now.get() + 60_000));
  }

  /** Sends one request on {@code l} if it may, answering with {@code info}; returns the wait it was told. */
  private long send(RateLimiter l, RateLimitInfo info) {
    long wait = l.reserve();
    if (wait == 0) {
      l.onResponse(l.nextSendOrder(), info, false, 0);
    }
    return wait;
  }

  @Test
  void two_forks_together_spend_one_window_not_one_each() {
    Path file = dir.resolve("rate-limit.json");
    RateLimiter a = fork(file, "pk-1");
    RateLimiter b = fork(file, "pk-1");
    // a learns the window: 10 a minute, 6 left.
    assertThat(send(a, window(10, 6))).isZero();
    // b, which has not heard from the service yet, probes once and hears the same window.
    assertThat(send(b, window(10, 5))).isZero();
    int sent = 0;
    for (int i = 0; i < 20; i++) {
      RateLimiter fork = i % 2 == 0 ? a : b;
      if (fork.reserve() == 0) {
        sent++;
        fork.onResponse(fork.nextSendOrder(), null, false, 0); // answers without headers tell nothing new
      }
    }
    assertThat(sent).as("requests both forks sent in the window the service said had 5 left").isEqualTo(5);
    assertThat(a.reserve()).as("a waits for the window's end").isBetween(59_000L, 61_000L);
  }

  @Test
  void when_a_window_ends_the_forks_share_the_next_one_too() {
    Path file = dir.resolve("rate-limit.json");
    RateLimiter a = fork(file, "pk-1");
    RateLimiter b = fork(file, "pk-1");
    assertThat(send(a, window(6, 5))).isZero();
    assertThat(send(b, window(6, 4))).isZero();
    now.addAndGet(61_000); // the window and its margin have passed; nobody has heard of the next one
    int sent = 0;
    for (int i = 0; i < 20; i++) {
      RateLimiter fork = i % 2 == 0 ? a : b;
      if (fork.reserve() == 0) {
        sent++;
        fork.onResponse(fork.nextSendOrder(), null, false, 0);
      }
    }
    assertThat(sent).as("both forks together in the new window of 6").isEqualTo(6);
  }

  @Test
  void a_429_seen_by_one_fork_pauses_the_other() {
    Path file = dir.resolve("rate-limit.json");
    RateLimiter a = fork(file, "pk-1");
    RateLimiter b = fork(file, "pk-1");
    assertThat(send(b, window(100, 90))).isZero();
    assertThat(a.reserve()).isZero();
    a.onResponse(a.nextSendOrder(), null, true, 3_000);
    assertThat(b.reserve()).as("b holds for a's Retry-After").isEqualTo(3_000);
    now.addAndGet(3_001);
    assertThat(b.reserve()).isZero();
  }

  @Test
  void garbage_stale_or_another_keys_state_is_ignored() throws Exception {
    Path file = dir.resolve("rate-limit.json");
    Files.writeString(file, "{\"service\": not json", StandardCharsets.UTF_8);
    RateLimiter a = fork(file, "pk-1");
    assertThat(send(a, window(10, 0))).as("garbage: the local limiter decides").isZero();

    RateLimiter otherKey = fork(file, "pk-2");
    assertThat(otherKey.reserve()).as("another key's spent window does not hold this key").isZero();
    assertThat(Files.readString(file)).doesNotContain("pk-1").doesNotContain("pk-2");

    now.addAndGet(61_000);
    RateLimiter later = fork(file, "pk-1");
    assertThat(later.reserve()).as("a window that has passed holds nobody").isZero();
  }
}
