package com.playgent.junit.faults;

import static com.playgent.junit.faults.FaultFixture.result;
import static com.playgent.junit.faults.FaultFixture.tests;
import static com.playgent.junit.faults.FaultFixture.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.ABORTED;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.client.store.RunFiles;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.EmulatorStats;
import com.playgent.emulator.FaultRule;
import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRunError;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * F1–F11 of the fault suite: each fault injected by the emulator, a real fixture class run
 * through the Jupiter engine, and three checks: the JUnit outcome, a message that names the
 * cause, and that no run is lost (every run the emulator created is in {@code runs.jsonl}, and
 * every fetched run is in {@code runs/<run_id>.json}). F12 is {@link KilledJvmTest}.
 */
class FaultSuiteTest {
  private static final String GET_RUN = "GET /v1/runs/{run_id}";
  private static final String CREATE_RUN = "POST /v1/runs";
  /** The three tests of {@link TwoPassingCases}; every one passes when nothing goes wrong. */
  private static final List<String> PASSING_TESTS = List.of(
      "Greeting Flow › turn 1: Hello there", "Greeting Flow › turn 2: What are your opening hours?",
      "Invoice Copy › turn 1: Can I get a copy of my invoice?");

  @PlaygentTest
  static class TwoPassingCases {
    @PlaygentCase({"tc_pass", "tc_invoice"})
    PlaygentRuns cases(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class OnePassingCase {
    @PlaygentCase("tc_pass")
    PlaygentRuns greeting(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void f1_a_429_storm_on_half_of_all_requests_is_invisible_to_the_user_and_every_turn_is_reported() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on("*").everyNth(2).respond(429, Duration.ofSeconds(1)))) {
      EngineExecutionResults results = f.run(TwoPassingCases.class);

      assertEveryTestPassed(results);
      EmulatorStats stats = f.emulator.stats();
      assertThat(stats.faultsInjected()).as("every second request was a 429").isEqualTo(stats.totalRequests() / 2)
          .isGreaterThanOrEqualTo(2);
      assertThat(stats.runsCreated()).as("a create refused with 429 is retried without a duplicate").isEqualTo(2);
      f.assertNothingLost();
    }
  }

  @Test
  void f2_a_burst_of_5xx_on_create_and_poll_is_retried_and_every_turn_is_reported() {
    try (FaultFixture f = FaultFixture.start(
        FaultRule.on(CREATE_RUN).firstN(2).respond(503),
        FaultRule.on(GET_RUN).firstN(3).respond(500))) {
      EngineExecutionResults results = f.run(TwoPassingCases.class);

      assertEveryTestPassed(results);
      assertThat(f.emulator.stats().faultsInjected()).isEqualTo(5);
      assertThat(f.emulator.stats().runsCreated()).isEqualTo(2);
      f.assertNothingLost();
    }
  }

  @Test
  void f2_5xx_that_outlasts_every_retry_is_an_error_naming_status_request_and_attempts() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).always().respond(500))) {
      EngineExecutionResults results = f.run(OnePassingCase.class);

      String runId = onlyRunId(f);
      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("Playgent is unavailable for test case tc_pass (run " + runId + ") at " + f.baseUrl())
          .hasMessageContaining("Playgent service error (HTTP 500 internal_error")
          .hasMessageContaining("on GET /v1/runs/" + runId + " after 5 attempts")
          .hasMessageContaining(PlaygentConfig.ON_UNAVAILABLE + "=skip");
      assertThat(f.journaled("unfinished")).containsExactly(runId);
      f.assertNothingLost();
    }
  }

  @Test
  void f3_a_connection_reset_mid_body_on_a_poll_is_retried_and_every_turn_is_reported() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).firstN(2).resetMidBody())) {
      EngineExecutionResults results = f.run(TwoPassingCases.class);

      assertEveryTestPassed(results);
      assertThat(f.emulator.stats().faultsInjected()).isEqualTo(2);
      f.assertNothingLost();
    }
  }

  @Test
  void f3_resets_on_every_attempt_are_an_error_naming_the_request_the_bytes_and_where_the_json_stops() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).always().resetMidBody())) {
      EngineExecutionResults results = f.run(OnePassingCase.class);

      String runId = onlyRunId(f);
      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("test case tc_pass (run " + runId + ") at " + f.baseUrl())
          .hasMessageContaining("truncated response body from GET /v1/runs/" + runId + " after 5 attempts")
          .hasMessageContaining("the connection broke after")
          .hasMessageContaining("the JSON breaks off at $");
      f.assertNothingLost();
    }
  }

  @Test
  void f4_a_truncated_body_on_a_poll_is_retried_and_every_turn_is_reported() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).firstN(2).truncateBody())) {
      EngineExecutionResults results = f.run(TwoPassingCases.class);

      assertEveryTestPassed(results);
      assertThat(f.emulator.stats().faultsInjected()).isEqualTo(2);
      f.assertNothingLost();
    }
  }

  @Test
  void f4_json_cut_in_half_on_every_attempt_is_an_error_naming_the_request_and_the_json_path() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).always().malformedBody())) {
      EngineExecutionResults results = f.run(OnePassingCase.class);

      String runId = onlyRunId(f);
      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("test case tc_pass (run " + runId + ")")
          .hasMessageMatching("(?s).*truncated JSON from GET /v1/runs/" + runId + " at \\$.*");
      f.assertNothingLost();
    }
  }

  @Test
  void f5_a_poll_that_hangs_times_out_after_the_read_timeout_is_retried_and_every_turn_is_reported() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).firstN(1).hang())) {
      long started = System.nanoTime();
      EngineExecutionResults results = f.run(TwoPassingCases.class, PlaygentConfig.READ_TIMEOUT, "1s");

      assertEveryTestPassed(results);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("one 1 s read timeout, not the 30 s default")
          .isLessThan(Duration.ofSeconds(10));
      assertThat(f.emulator.stats().faultsInjected()).isEqualTo(1);
      assertThat(f.emulator.stats().requests(GET_RUN)).as("the hung poll was sent again").isGreaterThanOrEqualTo(3);
      f.assertNothingLost();
    }
  }

  @Test
  void f5_a_create_that_hangs_is_not_retried_and_the_error_says_the_run_may_have_started() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(CREATE_RUN).firstN(1).hang())) {
      EngineExecutionResults results = f.run(OnePassingCase.class, PlaygentConfig.READ_TIMEOUT, "1s");

      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      Throwable error = throwable(results, "tc_pass › run");
      assertThat(error).isInstanceOf(PlaygentRunError.class).hasMessage(unknownRunMessage(f, error));
      assertThat(error.getCause().getCause()).isInstanceOf(SocketTimeoutException.class);
      assertThat(f.emulator.stats().requests(CREATE_RUN)).isEqualTo(1);
      assertThat(f.emulator.stats().runsCreated()).isEqualTo(1);
      // The service never told its id, so the journal cannot have it; the message says to look.
      assertThat(f.journaled("created")).isEmpty();
    }
  }

  @Test
  void f6_a_run_stuck_in_running_is_an_error_after_the_timeout_naming_run_status_and_elapsed_time() {
    try (FaultFixture f = FaultFixture.start(FaultRule.stuckRunning("tc_pass"))) {
      EngineExecutionResults results = f.run(OnePassingCase.class, PlaygentConfig.TIMEOUT, "1s");

      String runId = onlyRunId(f);
      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessageMatching("(?s).*run " + runId + " is still running after 1\\.\\d s \\(timeout 1\\.0 s\\).*")
          .hasMessageContaining("it was not cancelled");
      assertThat(f.journaled("unfinished")).containsExactly(runId);
      assertThat(new RunFiles(f.outputDir).fileOf(runId)).doesNotExist();
      f.assertNothingLost();
    }
  }

  @Test
  void f7_a_rejected_key_is_an_error_saying_so_without_the_key_or_a_visible_skip_when_asked() {
    try (FaultFixture f = FaultFixture.start(EmulatorConfig.builder().world(FaultFixture.world()).apiKey("right-key-F7"))) {
      EngineExecutionResults failing = f.run(OnePassingCase.class, PlaygentConfig.API_KEY, "wrong-key-F7");
      EngineExecutionResults skipped = f.run(OnePassingCase.class, PlaygentConfig.API_KEY, "wrong-key-F7",
          PlaygentConfig.ON_UNAVAILABLE, "skip", PlaygentConfig.OUTPUT_DIR, f.outputDir.resolve("skip").toString());

      assertThat(result(failing, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      Throwable error = throwable(failing, "tc_pass › run");
      assertThat(error).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("the Playgent API key was rejected (HTTP 401")
          .hasMessageContaining("on POST /v1/runs")
          .hasMessageContaining("Check PLAYGENT_API_KEY");
      assertThat(error.getMessage()).doesNotContain("wrong-key-F7").doesNotContain("right-key-F7");
      assertThat(result(skipped, "tc_pass › run").getStatus()).isEqualTo(ABORTED);
      assertThat(throwable(skipped, "tc_pass › run"))
          .hasMessageContaining("the Playgent API key was rejected (HTTP 401")
          .hasMessageContaining("(skipped: playgent.on-unavailable=skip)");
      assertThat(f.emulator.stats().runsCreated()).isZero();
      assertThat(f.emulator.stats().requests(CREATE_RUN)).as("a 401 is not retried").isEqualTo(2);
      assertThat(f.journal()).isEmpty();
    }
  }

  @PlaygentTest
  static class UnknownNextToKnown {
    @PlaygentCase({"tc_nope", "tc_pass"})
    PlaygentRuns mixed(PlaygentRuns runs) {
      return runs;
    }

    @PlaygentCase("tc_invoice")
    PlaygentRuns invoice(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void f8_an_unknown_test_case_errors_on_its_own_node_and_the_valid_ones_next_to_it_still_pass() {
    try (FaultFixture f = FaultFixture.start()) {
      EngineExecutionResults results = f.run(UnknownNextToKnown.class);

      assertThat(tests(results, FAILED)).containsExactly("tc_nope › run");
      assertThat(throwable(results, "tc_nope › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("test case tc_nope was not found at " + f.baseUrl())
          .hasMessageContaining("HTTP 404 not_found: Unknown test case: tc_nope")
          .hasMessageContaining("Check the test case id, and that the key belongs to the workspace that has it.");
      assertThat(tests(results, SUCCESSFUL)).containsExactlyInAnyOrderElementsOf(PASSING_TESTS);
      assertThat(f.emulator.stats().runsCreated()).isEqualTo(2);
      f.assertNothingLost();
    }
  }

  @Test
  void f9_a_field_of_the_wrong_json_type_is_an_error_naming_its_json_path_and_the_run() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).always().malformedField("metrics"))) {
      EngineExecutionResults results = f.run(OnePassingCase.class);

      String runId = onlyRunId(f);
      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("test case tc_pass (run " + runId + ")")
          .hasMessageContaining("malformed JSON from GET /v1/runs/" + runId + " at $.turns[0].metrics");
      assertThat(f.emulator.stats().requests(GET_RUN)).as("a malformed field is not cured by asking again").isEqualTo(1);
      f.assertNothingLost();
    }
  }

  @PlaygentTest
  static class FailedRun {
    @PlaygentCase("tc_broken")
    PlaygentRuns broken(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void f10_a_run_that_failed_on_the_service_is_an_error_with_the_runs_own_error_text() {
    try (FaultFixture f = FaultFixture.start()) {
      EngineExecutionResults results = f.run(FailedRun.class);

      String runId = onlyRunId(f);
      assertThat(result(results, "Escalation Flow › run verdict").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "Escalation Flow › run verdict")).isInstanceOf(PlaygentRunError.class)
          .isNotInstanceOf(AssertionError.class)
          .hasMessageContaining("failed: agent_unreachable: Agent endpoint timed out after 3 retries")
          .hasMessageContaining("Escalation Flow (tc_broken)");
      JsonNode finished = f.journal().stream().filter(l -> l.path("event").asText().equals("finished")).findFirst()
          .orElseThrow();
      assertThat(finished.path("run_id").asText()).isEqualTo(runId);
      assertThat(finished.path("status").asText()).isEqualTo("failed");
      assertThat(new RunFiles(f.outputDir).read(new RunFiles(f.outputDir).fileOf(runId)).error().message())
          .isEqualTo("Agent endpoint timed out after 3 retries");
      f.assertNothingLost();
    }
  }

  @Test
  void f11_a_create_refused_with_503_is_retried_without_a_duplicate_run() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(CREATE_RUN).firstN(1).respond(503))) {
      EngineExecutionResults results = f.run(OnePassingCase.class);

      assertThat(tests(results, SUCCESSFUL)).containsExactlyElementsOf(PASSING_TESTS.subList(0, 2));
      assertThat(f.emulator.stats().requests(CREATE_RUN)).isEqualTo(2);
      assertThat(f.emulator.stats().runsCreated()).isEqualTo(1);
      f.assertNothingLost();
    }
  }

  @Test
  void f11_a_create_whose_connection_dropped_is_not_retried_and_the_error_says_it_may_have_started_a_run() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(CREATE_RUN).firstN(1).dropConnection())) {
      EngineExecutionResults results = f.run(OnePassingCase.class);

      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      Throwable error = throwable(results, "tc_pass › run");
      assertThat(error).isInstanceOf(PlaygentRunError.class).hasMessage(unknownRunMessage(f, error));
      assertThat(f.emulator.stats().requests(CREATE_RUN)).as("sent once, by us and by OkHttp").isEqualTo(1);
      assertThat(f.emulator.stats().runsCreated()).isEqualTo(1);
      assertThat(f.journaled("created")).isEmpty();
    }
  }

  /**
   * The whole error for a create whose answer never arrived; only the I/O exception's own text is
   * taken from the error, as OkHttp words it.
   */
  private static String unknownRunMessage(FaultFixture f, Throwable error) {
    Throwable io = error.getCause().getCause();
    return "Playgent is unavailable for test case tc_pass at " + f.baseUrl() + ": POST /v1/runs to 127.0.0.1:"
        + f.emulator.port() + " failed after 1 attempt: " + io.getClass().getSimpleName() + " (" + io.getMessage()
        + "); not retried: a run may have been started on the service, but no answer arrived, so its id is unknown"
        + " (a retry could start a second run). Such a run is not in " + f.outputDir.resolve("runs.jsonl")
        + ", which records only the run ids the service returned: look for it on the service if every run must be"
        + " accounted for. To skip instead of failing while the service is unreachable, set"
        + " playgent.on-unavailable=skip.";
  }

  private static void assertEveryTestPassed(EngineExecutionResults results) {
    assertThat(tests(results, FAILED)).as("failed tests").isEmpty();
    assertThat(tests(results, ABORTED)).as("skipped tests").isEmpty();
    assertThat(tests(results, SUCCESSFUL)).containsExactlyInAnyOrderElementsOf(PASSING_TESTS);
  }

  private static String onlyRunId(FaultFixture f) {
    List<String> created = f.emulator.stats().createdRunIds();
    assertThat(created).hasSize(1);
    return created.get(0);
  }
}
