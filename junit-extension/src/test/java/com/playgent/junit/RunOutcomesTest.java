package com.playgent.junit;

import static com.playgent.junit.EventsSupport.skipReason;
import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.testNames;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.emulator.EmulatorConfig;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;

/** What each kind of trouble looks like in JUnit: error, failure or a visible skip, with a message that names the cause. */
class RunOutcomesTest {
  static EmulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @PlaygentTest
  static class FailedRunFixture {
    @PlaygentCase("tc_broken")
    PlaygentRuns broken(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_run_that_failed_on_the_service_errors_with_the_services_reason() {
    EngineExecutionResults results = fixture.run(FailedRunFixture.class);

    Throwable error = throwable(results, "Escalation Flow › run verdict");
    assertThat(error).isInstanceOf(PlaygentRunError.class)
        .hasMessageContaining("failed: agent_unreachable: Agent endpoint timed out after 3 retries")
        .hasMessageContaining("Escalation Flow (tc_broken)");
    assertThat(error).isNotInstanceOf(AssertionError.class);
  }

  @PlaygentTest
  static class EmptyRunFixture {
    @PlaygentCase("tc_empty")
    PlaygentRuns empty(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_completed_run_with_no_turns_fails() {
    EngineExecutionResults results = fixture.run(EmptyRunFixture.class);

    assertThat(testNames(results)).containsExactly("Empty Case › run verdict");
    assertThat(throwable(results, "Empty Case › run verdict"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("completed with no turns: nothing was judged");
  }

  @PlaygentTest
  static class UnknownNextToKnownFixture {
    @PlaygentCase({"tc_nope", "tc_pass"})
    PlaygentRuns mixed(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void an_unknown_test_case_errors_on_its_own_node_while_the_others_still_pass() {
    EngineExecutionResults results = fixture.run(UnknownNextToKnownFixture.class);

    assertThat(throwable(results, "tc_nope › run"))
        .isInstanceOf(PlaygentRunError.class)
        .hasMessageContaining("test case tc_nope was not found at " + fixture.baseUrl())
        .hasMessageContaining("HTTP 404");
    assertThat(status(results, "Greeting Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Greeting Flow › turn 2")).isEqualTo(Status.SUCCESSFUL);
    assertThat(testNames(results)).doesNotContain("Greeting Flow › run verdict");
  }

  @PlaygentTest
  static class NothingMatchedFixture {
    @PlaygentCase(tags = "no-such-tag")
    PlaygentRuns nothing(PlaygentRuns runs) {
      return runs;
    }

    @PlaygentCase(tags = "also-no-such-tag", allowEmpty = true)
    PlaygentRuns allowedNothing(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_tag_selection_matching_nothing_fails_listing_what_was_asked_unless_allowed() {
    EngineExecutionResults results = fixture.run(NothingMatchedFixture.class, PlaygentConfig.AGENT, "agent_candidate");

    assertThat(throwable(results, "tags no-such-tag"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("nothing matched tags no-such-tag")
        .hasMessageContaining("agent agent_candidate")
        .hasMessageContaining("base URL " + fixture.baseUrl());
    assertThat(status(results, "tags also-no-such-tag")).isEqualTo(Status.ABORTED);
  }

  @PlaygentTest
  static class PassFixture {
    @PlaygentCase("tc_pass")
    PlaygentRuns pass(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void an_unreachable_service_is_an_error_naming_the_cause_and_the_way_to_skip() throws IOException {
    String deadUrl = "http://127.0.0.1:" + freePort() + "/v1";

    EngineExecutionResults results = fixture.run(PassFixture.class, PlaygentConfig.BASE_URL, deadUrl);

    assertThat(throwable(results, "tc_pass › run"))
        .isInstanceOf(PlaygentRunError.class)
        .hasMessageContaining("Playgent is unavailable for test case tc_pass at " + deadUrl)
        .hasMessageContaining("ConnectException")
        .hasMessageContaining("playgent.on-unavailable=skip");
  }

  @Test
  void an_unreachable_service_is_a_visible_skip_when_the_user_asks_for_it() throws IOException {
    String deadUrl = "http://127.0.0.1:" + freePort() + "/v1";

    EngineExecutionResults results = fixture.run(PassFixture.class, PlaygentConfig.BASE_URL, deadUrl,
        PlaygentConfig.ON_UNAVAILABLE, "skip");

    assertThat(status(results, "tc_pass › run")).isEqualTo(Status.ABORTED);
    assertThat(throwable(results, "tc_pass › run")).hasMessageContaining("skipped: playgent.on-unavailable=skip");
  }

  @Test
  void a_rejected_key_errors_saying_so_and_never_shows_the_key() {
    try (EmulatorFixture guarded = EmulatorFixture.start(
        EmulatorConfig.builder().world(EmulatorFixture.world()).apiKey("the-right-key").build())) {
      EngineExecutionResults results = guarded.run(PassFixture.class, PlaygentConfig.API_KEY, "wrong-key-4711");

      Throwable error = throwable(results, "tc_pass › run");
      assertThat(error).isInstanceOf(PlaygentRunError.class)
          .hasMessageContaining("the Playgent API key was rejected (HTTP 401")
          .hasMessageContaining("Check PLAYGENT_API_KEY");
      assertThat(error.getMessage()).doesNotContain("wrong-key-4711");
      assertThat(String.join("\n", guarded.journal())).doesNotContain("wrong-key-4711");
    }
  }

  @PlaygentTest
  static class StuckFixture {
    @PlaygentCase("tc_stuck")
    PlaygentRuns stuck(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_run_that_never_finishes_errors_after_the_timeout_naming_run_status_and_time() {
    try (EmulatorFixture own = EmulatorFixture.start()) {
      EngineExecutionResults results = own.run(StuckFixture.class, PlaygentConfig.TIMEOUT, "1s");

      Throwable error = throwable(results, "tc_stuck › run");
      assertThat(error).isInstanceOf(PlaygentRunError.class)
          .hasMessageMatching("(?s).*run run_\\w+ is still running after 1\\.\\d s \\(timeout 1\\.0 s\\).*");
      String runId = error.getMessage().replaceAll("(?s).*run (run_\\w+) is still.*", "$1");
      assertThat(own.journal()).anySatisfy(l -> assertThat(l).contains("\"event\":\"created\"").contains(runId));
      assertThat(own.journal()).anySatisfy(l -> assertThat(l).contains("\"event\":\"unfinished\"").contains(runId));
    }
  }

  @Test
  void no_selection_at_all_is_a_configuration_error_before_anything_is_sent() {
    long before = fixture.emulator.stats().totalRequests();

    EngineExecutionResults results = fixture.run(NoSelectionFixture.class);

    assertThat(results.allEvents().stream().filter(e -> e.getType() == EventType.FINISHED)
        .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class))
        .filter(r -> r.getStatus() == Status.FAILED).findFirst().orElseThrow().getThrowable().orElseThrow())
        .hasMessageContaining("@PlaygentCase NoSelectionFixture.nothing() names no Playgent test case");
    assertThat(fixture.emulator.stats().totalRequests()).isEqualTo(before);
  }

  @PlaygentTest
  static class NoSelectionFixture {
    @PlaygentCase
    PlaygentRuns nothing(PlaygentRuns runs) {
      return runs;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
