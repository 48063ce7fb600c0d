package com.playgent.junit.faults;

import static com.playgent.junit.faults.FaultFixture.result;
import static com.playgent.junit.faults.FaultFixture.tests;
import static com.playgent.junit.faults.FaultFixture.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import com.playgent.client.PlaygentRunTimeoutException;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.FaultRule;
import com.playgent.emulator.RateLimitMode;
import com.playgent.emulator.ServedRequest;
import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A service whose headers follow a token bucket: every answer says {@code Limit 1000},
 * {@code Remaining 99x} and a reset 60 s ahead; then one poll is answered 429 with a
 * {@code Retry-After} date 2 s ahead and a reset at that same date. Every caller waits those 2 s,
 * not the 60 s window the earlier answers announced, while another poll hangs and a run is stuck.
 */
class TokenBucketRateLimitTest {
  private static final String GET_RUN = "GET /v1/runs/{run_id}";

  @PlaygentTest
  static class StuckNextToPassing {
    @PlaygentCase({"tc_stuck", "tc_pass"})
    PlaygentRuns cases(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_429_pauses_every_caller_for_its_own_2_s_and_a_hung_poll_and_a_stuck_run_keep_their_timeouts(
      TestReporter reporter) {
    EmulatorConfig.Builder config = EmulatorConfig.builder().world(FaultFixture.world())
        .rateLimitMode(RateLimitMode.TOKEN_BUCKET)
        .fault(FaultRule.on(GET_RUN).firstN(1).hang())
        .fault(FaultRule.on(GET_RUN).nth(2).throttle(Duration.ofSeconds(2)));
    try (FaultFixture f = FaultFixture.start(config)) {
      EngineExecutionResults results = f.run(StuckNextToPassing.class,
          PlaygentConfig.TIMEOUT, "8s", PlaygentConfig.READ_TIMEOUT, "2s");

      List<ServedRequest> served = f.emulator.stats().served();
      ServedRequest limited = served.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
      ServedRequest next = served.stream().filter(r -> r.receivedAt().isAfter(limited.answerAt()))
          .min(Comparator.comparing(ServedRequest::receivedAt)).orElseThrow();
      assertThat(Duration.between(limited.answerAt(), next.receivedAt()))
          .as("from the 429 to the next request of any caller (served: %s)", served)
          .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));

      ServedRequest hung = served.stream()
          .filter(r -> r.fault() != null && r.fault().kind() == FaultRule.Kind.HANG).findFirst().orElseThrow();
      ServedRequest retried = served.stream()
          .filter(r -> r.path().equals(hung.path()) && r.receivedAt().isAfter(hung.receivedAt()))
          .min(Comparator.comparing(ServedRequest::receivedAt)).orElseThrow();
      assertThat(Duration.between(hung.receivedAt(), retried.receivedAt()))
          .as("from the hung poll to its retry: the 2 s read timeout, at most held to the 429's pause")
          .isBetween(Duration.ofSeconds(2), Duration.ofMillis(4500));

      Throwable error = throwable(results, "tc_stuck › run");
      assertThat(error.getCause()).isInstanceOf(PlaygentRunTimeoutException.class);
      PlaygentRunTimeoutException timeout = (PlaygentRunTimeoutException) error.getCause();
      Duration reported = timeout.elapsed();
      assertThat(reported).as("the stuck run's wait, as reported")
          .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
      assertThat(error).hasMessageContaining("run " + timeout.runId() + " is still running after ")
          .hasMessageContaining(" (timeout 8.0 s)");
      assertThat(f.journaled("unfinished")).containsExactly(timeout.runId());
      Instant created = served.stream().filter(r -> r.route().equals("POST /v1/runs")).map(ServedRequest::receivedAt)
          .min(Comparator.naturalOrder()).orElseThrow();
      Instant failed = results.allEvents().finished().stream()
          .filter(e -> e.getTestDescriptor().getDisplayName().equals("tc_stuck › run")).findFirst().orElseThrow()
          .getTimestamp();
      Duration toFailure = Duration.between(created, failed);
      assertThat(toFailure).as("from the create to the stuck run's failed test node")
          .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));

      assertThat(result(results, "tc_stuck › run").getStatus()).isEqualTo(FAILED);
      assertThat(tests(results, SUCCESSFUL)).containsExactlyInAnyOrder("Greeting Flow › turn 1: Hello there",
          "Greeting Flow › turn 2: What are your opening hours?");
      f.assertNothingLost();
      reporter.publishEntry(Map.of("429 to next request ms", millis(limited.answerAt(), next.receivedAt()),
          "hung poll to its retry ms", millis(hung.receivedAt(), retried.receivedAt()),
          "stuck run reported after ms", Long.toString(reported.toMillis()),
          "create to failed node ms", Long.toString(toFailure.toMillis())));
    }
  }

  private static String millis(Instant from, Instant to) {
    return Long.toString(Duration.between(from, to).toMillis());
  }
}
