package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.testNames;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.PlaygentClient;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.TurnResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Thresholds, per-turn checks, known failures, the programmatic form, pinned runs and unique names. */
class FactoryFeaturesTest {
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
  static class ThresholdFixture {
    @PlaygentCase(value = "tc_pass", thresholds = "faithfulness >= 0.88")
    PlaygentRuns strict(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_client_side_threshold_fails_a_turn_the_service_passed_and_names_the_threshold() {
    EngineExecutionResults results = fixture.run(ThresholdFixture.class);

    assertThat(status(results, "Greeting Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(throwable(results, "Greeting Flow › turn 2"))
        .isInstanceOf(PlaygentTurnFailure.class)
        .hasMessage("turn 2 failed a client-side threshold: ✗ faithfulness 0.85 < 0.88 — Matches the hours page;"
            + " answer_relevancy 0.90")
        .satisfies(f -> assertThat(f.toString())
            .contains("scorers (✗ failed, · no verdict of its own):", "✗ faithfulness      0.85 < 0.88"));
  }

  @Test
  void a_threshold_never_passes_a_turn_the_service_failed() {
    EngineExecutionResults results = fixture.run(LenientFixture.class);

    assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
  }

  @PlaygentTest
  static class LenientFixture {
    @PlaygentCase(value = "tc_refund", thresholds = "faithfulness >= 0.1")
    PlaygentRuns lenient(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class CheckFixture {
    @PlaygentCase("tc_pass")
    PlaygentRuns fast(PlaygentRuns runs) {
      return runs.eachTurn(FactoryFeaturesTest::latencyUnderOneSecond);
    }
  }

  static void latencyUnderOneSecond(TurnResult turn) {
    if (turn.metrics().latencyMs() > 1000) {
      throw new AssertionError("latency " + turn.metrics().latencyMs() + " ms is over 1000 ms");
    }
  }

  @Test
  void a_failing_per_turn_check_fails_exactly_its_turn() {
    EngineExecutionResults results = fixture.run(CheckFixture.class);

    assertThat(status(results, "Greeting Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(throwable(results, "Greeting Flow › turn 2"))
        .isInstanceOf(PlaygentTurnFailure.class)
        .hasMessage("turn 2 failed a check of this test: latency 1200 ms is over 1000 ms")
        .satisfies(f -> assertThat(f.toString()).contains("user: What are your opening hours?"))
        .hasCauseInstanceOf(AssertionError.class);
    assertThat(testNames(results)).doesNotContain("Greeting Flow › run verdict");
  }

  @PlaygentTest
  static class KnownFailureFixture {
    @PlaygentCase(value = "tc_refund", knownFailingTurns = "tc_refund:2")
    PlaygentRuns known(PlaygentRuns runs) {
      return runs;
    }

    @PlaygentCase(value = "tc_pass", knownFailingTurns = "1")
    PlaygentRuns wronglyKnown(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_known_failing_turn_is_a_visible_skip_and_one_that_passes_fails() {
    EngineExecutionResults results = fixture.run(KnownFailureFixture.class);

    assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.ABORTED);
    Throwable skip = throwable(results, "Refund Flow › turn 2");
    assertThat(skip).isInstanceOf(PlaygentKnownFailure.class)
        .hasMessage("known failing turn (knownFailingTurns), reported as skipped: turn 2 failed (the service's verdict):"
            + " faithfulness 0.31, answer_relevancy 0.71");
    assertThat(skip.getStackTrace()).as("no stack frames on a known failing skip").isEmpty();
    assertThat(skip.toString()).contains("Cited a policy that does not exist");
    assertThat(testNames(results)).doesNotContain("Refund Flow › run verdict");
    assertThat(throwable(results, "Greeting Flow › turn 1"))
        .hasMessageStartingWith("turn 1 is listed in knownFailingTurns but passed");
  }

  @PlaygentTest
  static class ProgrammaticFixture {
    @TestFactory
    Stream<DynamicNode> billing(PlaygentRuns runs) {
      return runs.testCases("tc_refund", "tc_invoice", "tc_pass").maxRetries(1).stream();
    }
  }

  @Test
  void a_programmatic_factory_starts_all_its_runs_before_awaiting_any() {
    try (EmulatorFixture own = EmulatorFixture.start()) {
      EngineExecutionResults results = own.run(ProgrammaticFixture.class);

      assertThat(testNames(results)).contains("Refund Flow › turn 1: I want a refund for order #1234",
          "Invoice Copy › turn 1: Can I get a copy of my invoice?", "Greeting Flow › turn 2: What are your opening hours?");
      List<String> journal = own.journal();
      int lastCreated = -1;
      int firstFinished = Integer.MAX_VALUE;
      for (int i = 0; i < journal.size(); i++) {
        if (journal.get(i).contains("\"event\":\"created\"")) {
          lastCreated = i;
        } else if (journal.get(i).contains("\"event\":\"finished\"")) {
          firstFinished = Math.min(firstFinished, i);
        }
      }
      assertThat(journal.stream().filter(l -> l.contains("\"event\":\"created\""))).hasSize(3);
      assertThat(lastCreated).as("every create before the first run finished: %s", journal).isLessThan(firstFinished);
      assertThat(journal).allSatisfy(l -> {
        if (l.contains("created")) {
          assertThat(l).contains("\"max_retries\":1");
        }
      });
    }
  }

  @PlaygentTest
  static class TagFixture {
    @PlaygentCase(tags = "billing")
    PlaygentRuns billing(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_tag_run_over_several_test_cases_reports_each_case_in_its_own_container() {
    EngineExecutionResults results = fixture.run(TagFixture.class);

    assertThat(testNames(results)).contains("Refund Flow › turn 2: It arrived broken. What is your policy?",
        "Invoice Copy › turn 1: Can I get a copy of my invoice?");
    assertThat(results.containerEvents().started().list()).extracting(e -> e.getTestDescriptor().getDisplayName())
        .contains("Refund Flow (tc_refund)", "Invoice Copy (tc_invoice)");
  }

  @Test
  void a_pinned_run_is_reported_without_starting_a_new_one() {
    String runId;
    try (PlaygentClient client = PlaygentClient.builder().baseUrl(fixture.baseUrl()).apiKey("k").build()) {
      runId = client.createRun(CreateRunRequest.forTestCase("tc_invoice")).runId();
    }
    PinnedFixture.runId = runId;
    long created = fixture.emulator.stats().runsCreated();

    EngineExecutionResults results = fixture.run(PinnedFixture.class);

    assertThat(status(results, "Invoice Copy › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(created);
  }

  @PlaygentTest
  static class PinnedFixture {
    static String runId;

    @TestFactory
    PlaygentRuns pinned(PlaygentRuns runs) {
      return runs.run(runId);
    }
  }

  @PlaygentTest
  static class DuplicateNamesFixture {
    @PlaygentCase({"tc_dup_a", "tc_dup_b"})
    PlaygentRuns same(PlaygentRuns runs) {
      return runs;
    }

    @PlaygentCase(value = "tc_dup_a", agent = "agent_candidate")
    PlaygentRuns candidate(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void test_names_stay_unique_within_a_class_when_test_cases_share_a_name() {
    EngineExecutionResults results = fixture.run(DuplicateNamesFixture.class);

    List<String> names = testNames(results);
    assertThat(names).doesNotHaveDuplicates().hasSize(3);
    assertThat(names).contains("Same Name › turn 1: Ping", "Same Name #2 › turn 1: Ping",
        "Same Name [agent_candidate] › turn 1: Ping");
  }

  @Test
  void the_same_class_run_twice_in_one_jvm_gets_the_same_names() {
    List<String> first = testNames(fixture.run(DuplicateNamesFixture.class));
    List<String> second = testNames(fixture.run(DuplicateNamesFixture.class));

    assertThat(second).isEqualTo(first);
  }

  @PlaygentTest
  static class HostileFixture {
    @PlaygentCase("tc_hostile")
    PlaygentRuns hostile(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void control_characters_never_reach_names_or_messages() {
    EngineExecutionResults results = fixture.run(HostileFixture.class);

    String name = testNames(results).get(0);
    assertThat(name).isEqualTo("Hostile <Output> & Co › turn 1: Show me <b>bold</b> & \"quotes\" ]]> here");
    String message = throwable(results, "Hostile <Output> & Co › turn 1").toString();
    assertThat(message).contains("bell\\u0007", "\\u0001", "\\u0002", "🎉", "😀", "<script>", "]]>", "cost unknown")
        .doesNotContain("\u0007", "\u0001", "\u0002");
  }

  @PlaygentTest
  static class NoParameterFixture {
    @PlaygentCase("tc_pass")
    Stream<DynamicNode> forgot() {
      return Stream.empty();
    }
  }

  @PlaygentTest
  static class WrongReturnFixture {
    @PlaygentCase("tc_pass")
    Stream<DynamicNode> ignored(PlaygentRuns runs) {
      return Stream.empty();
    }
  }

  @Test
  void an_annotated_factory_that_cannot_report_its_runs_errors_instead_of_passing_empty() {
    assertThat(firstFailure(fixture.run(NoParameterFixture.class)))
        .hasMessageContaining("@PlaygentCase NoParameterFixture.forgot() must take a PlaygentRuns parameter");
    assertThat(firstFailure(fixture.run(WrongReturnFixture.class)))
        .hasMessageContaining("returned a ")
        .hasMessageContaining("instead of its PlaygentRuns parameter");
  }

  static Throwable firstFailure(EngineExecutionResults results) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == org.junit.platform.testkit.engine.EventType.FINISHED)
        .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class))
        .filter(r -> r.getStatus() == Status.FAILED)
        .findFirst().orElseThrow(() -> new AssertionError("nothing failed")).getThrowable().orElseThrow();
  }
}
