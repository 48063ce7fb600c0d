package com.playgent.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.RateLimitInfo;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The limiter's model on a fake clock: probe, spend what remains, wait for the reset, pause on 429,
 * and the newest answer (by the order requests were sent) always has the last word.
 */
class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(now::get);

  private RateLimitInfo headers(int limit, int remaining, long resetInMs) {
    return new RateLimitInfo(limit, remaining, Instant.ofEpochMilli(now.get() + resetInMs));
  }

  /** Reserves a slot and puts the request on the wire; returns its send order. */
  private long send() {
    assertThat(limiter.reserve()).isZero();
    return limiter.nextSendOrder();
  }

  /** Answers a request sent after every request answered so far: the order one caller sees. */
  private void answer(RateLimitInfo info, boolean rateLimited, long retryAfterMs) {
    limiter.onResponse(limiter.nextSendOrder(), info, rateLimited, retryAfterMs);
  }

  @Test
  void beforeTheFirstHeaders_atMostFourRequestsAreInFlight() {
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.reserve()).isZero();
    }
    assertThat(limiter.reserve()).isPositive();

    limiter.onNoResponse();
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void spendsWhatRemains_minusRequestsInFlight_thenWaitsForTheReset() {
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isZero();
    answer(headers(5, 3, 2000), false, 0); // one more still in flight: 2 left

    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isZero();
    long wait = limiter.reserve();
    assertThat(wait).isGreaterThanOrEqualTo(2000);

    now.addAndGet(wait);
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void serviceWithoutRateLimitHeaders_isNotThrottled() {
    assertThat(limiter.reserve()).isZero();
    answer(null, false, 0);

    for (int i = 0; i < 100; i++) {
      assertThat(limiter.reserve()).isZero();
    }
  }

  @Test
  void a429WithoutHeaders_pausesEveryoneForRetryAfter_thenRequestsFlowAgain() {
    assertThat(limiter.reserve()).isZero();
    answer(null, true, 1000);

    assertThat(limiter.reserve()).isBetween(1L, 1000L);
    now.addAndGet(1000);
    assertThat(limiter.reserve()).isZero();
    answer(null, false, 0);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.reserve()).as("request %d after the pause", i).isZero();
    }
  }

  @Test
  void a429WithAShortRetryAfter_pausesForIt_thenSpendsWhatTheHeadersSayRemains_notWaitingForTheReset() {
    assertThat(limiter.reserve()).isZero();
    answer(headers(1000, 990, 60_000), true, 1000);

    assertThat(limiter.reserve()).isBetween(1L, 1000L);
    now.addAndGet(1000);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.reserve()).as("request %d after the 1 s pause, 59 s before the reset", i).isZero();
    }
  }

  @Test
  void a429WithNothingRemaining_waitsForTheReset() {
    assertThat(limiter.reserve()).isZero();
    answer(headers(100, 0, 30_000), true, 30_000);

    assertThat(limiter.reserve()).isGreaterThanOrEqualTo(29_000);
    now.addAndGet(30_000);
    assertThat(limiter.reserve()).as("still 0 remaining until the reset's margin has passed").isPositive();
    now.addAndGet(1_000);
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void nothingRemainingAndNoResetKnown_letsOneRequestThroughAtATime() {
    assertThat(limiter.reserve()).isZero();
    answer(new RateLimitInfo(10, 0, null), false, 0);

    assertThat(limiter.reserve()).as("a probe, so a response can tell more").isZero();
    assertThat(limiter.reserve()).as("only one probe at a time").isPositive();
    answer(new RateLimitInfo(10, 4, null), false, 0);
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void tokenBucket_a429WhoseResetIsEarlierThanTheWindowKnown_isWaitedOutForItsOwnTwoSeconds_notTheOldWindow() {
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.reserve()).isZero();
      answer(headers(1000, 990, 60_000), false, 0);
    }
    assertThat(limiter.reserve()).isZero();
    answer(headers(1000, 0, 2000), true, 2000);

    long wait = limiter.reserve();
    assertThat(wait).as("what the 429 asked for, plus the reset's margin").isBetween(2000L, 2250L);
    now.addAndGet(1000);
    assertThat(limiter.reserve()).isBetween(1L, 1250L);
    now.addAndGet(1250);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.reserve()).as("request %d, 2.25 s after the 429 and 58 s before the old window's end", i)
          .isZero();
    }
  }

  @Test
  void anAnswerToAnEarlierRequest_arrivingAfterA429ToALaterOne_doesNotLiftThePause() {
    long early = send();
    long late = send();

    limiter.onResponse(late, headers(1000, 0, 2000), true, 2000);
    limiter.onResponse(early, headers(1000, 990, 60_000), false, 0);

    assertThat(limiter.reserve()).as("the 429 is the newer word").isBetween(1900L, 2250L);
    assertThat(limiter.last().remaining()).isZero();
  }

  @Test
  void a429ArrivingLast_pausesEveryoneForItsRetryAfter_evenWhenItsRequestWentOutFirst() {
    long early = send();
    long late = send();

    limiter.onResponse(late, headers(1000, 990, 60_000), false, 0);
    limiter.onResponse(early, headers(1000, 0, 2000), true, 2000);

    assertThat(limiter.reserve()).as("the service refused a request just now: its bucket is empty")
        .isBetween(1900L, 2250L);
    assertThat(limiter.last().remaining()).as("the headers' model stays with the newer answer").isEqualTo(990);
  }

  @Test
  void onlyAnAnswerToARequestSentAfterThe429_endsItsPause() {
    long refused = send();
    long alreadyOnTheWire = send();

    limiter.onResponse(refused, headers(1000, 0, 2000), true, 2000);
    limiter.onResponse(alreadyOnTheWire, headers(1000, 990, 60_000), false, 0);
    assertThat(limiter.reserve()).as("an answer to a request sent before the 429 arrived").isPositive();

    long sentSince = limiter.nextSendOrder(); // its slot was reserved before the pause
    limiter.onResponse(sentSince, headers(1000, 989, 60_000), false, 0);
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void withinOneWindow_theLowestCountWins_evenFromAnAnswerSentEarlier() {
    long early = send();
    long late = send();

    // The service counted the later-sent request first: the earlier one's answer has the lower figure.
    limiter.onResponse(early, headers(100, 10, 30_000), false, 0);
    limiter.onResponse(late, headers(100, 11, 30_000), false, 0);

    for (int i = 0; i < 9; i++) {
      assertThat(limiter.reserve()).as("request %d of the 9 that remain (10, less one still in flight then)", i)
          .isZero();
    }
    assertThat(limiter.reserve()).isGreaterThanOrEqualTo(30_000);
  }

  @Test
  void fixedWindow_aStaleHigherRemaining_doesNotSpendSlotsTheServiceNoLongerHas() {
    long early = send();
    long late = send();

    limiter.onResponse(late, headers(100, 0, 30_000), false, 0);
    limiter.onResponse(early, headers(100, 5, 30_000), false, 0);

    assertThat(limiter.reserve()).as("wait for the window's end").isGreaterThanOrEqualTo(30_000);
  }

  @Test
  void remembersTheLastHeaders() {
    assertThat(limiter.last()).isNull();
    limiter.reserve();
    RateLimitInfo info = headers(100, 95, 60_000);
    answer(info, false, 0);
    assertThat(limiter.last()).isEqualTo(info);
  }
}
