package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.testNames;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;

/** The declarative form end to end: one test per turn, the verdict thrown in the turn, the block printed. */
class TurnReportingTest {
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
  static class RefundFixture {
    @PlaygentCase("tc_refund")
    PlaygentRuns refund(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void every_turn_is_its_own_test_in_turn_order_followed_by_the_run_verdict() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    assertThat(testNames(results)).containsExactly(
        "Refund Flow › turn 1: I want a refund for order #1234",
        "Refund Flow › turn 2: It arrived broken. What is your policy?",
        "Refund Flow › turn 3: OK, please go ahead",
        "Refund Flow › run verdict");
    assertThat(status(results, "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
    assertThat(status(results, "Refund Flow › turn 3")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Refund Flow › run verdict")).isEqualTo(Status.FAILED);
    assertThat(results.containerEvents().stream()
        .filter(e -> e.getType() == EventType.STARTED)
        .map(e -> e.getTestDescriptor().getDisplayName()))
        .contains("Refund Flow (tc_refund)");
  }

  @Test
  void a_failed_turn_tells_the_whole_story_in_its_message_without_stack_frames() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    Throwable failure = throwable(results, "Refund Flow › turn 2");
    assertThat(failure).isInstanceOf(PlaygentTurnFailure.class);
    assertThat(failure.getStackTrace()).isEmpty();
    String message = failure.getMessage();
    assertThat(message.lines().findFirst()).hasValue("turn 2 failed: faithfulness 0.31, answer_relevancy 0.71");
    assertThat(message)
        .contains("expected: Explains the 30-day refund policy")
        .contains("user: It arrived broken. What is your policy?")
        .contains("assistant: Our policy gives refunds within 90 days, no questions asked.")
        .contains("faithfulness", "0.31", "Cited a policy that does not exist")
        .contains("answer_relevancy", "0.71", "On topic but vague")
        .contains("latency 1650 ms", "tokens 170 in / 95 out", "cost $0.0034")
        .contains("trace: trace_r2 (" + fixture.baseUrl() + "/traces/trace_r2)")
        .contains("test case: Refund Flow (tc_refund) · run run_");
  }

  @Test
  void the_run_verdict_names_the_failed_turns() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    assertThat(throwable(results, "Refund Flow › run verdict"))
        .isInstanceOf(PlaygentTurnFailure.class)
        .hasMessageContaining("1 of 3 turns failed (turn 2)")
        .hasMessageContaining("turn 2 failed: faithfulness 0.31");
  }

  @Test
  void each_turn_has_an_http_uri_source_so_surefire_uses_its_display_name() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    assertThat(EventsSupport.source(results, "Refund Flow › turn 2"))
        .get().isInstanceOf(UriSource.class)
        .extracting(s -> ((UriSource) s).getUri().toString())
        .satisfies(uri -> assertThat(uri).startsWith(fixture.baseUrl() + "/runs/run_").endsWith("#turn-2"));
  }

  @Test
  void each_turn_publishes_its_scores_as_report_entries_on_its_own_node() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    List<Map<String, String>> turnTwoEntries = results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith("Refund Flow › turn 2"))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .collect(Collectors.toList());
    assertThat(turnTwoEntries).hasSize(1);
    assertThat(turnTwoEntries.get(0))
        .containsEntry("playgent.turn", "2")
        .containsEntry("playgent.verdict", "failed")
        .containsEntry("scorer.faithfulness", "0.31 — Cited a policy that does not exist")
        .containsEntry("trace", "trace_r2");
  }

  @Test
  void each_turn_prints_its_block_while_it_runs_passing_turns_too() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      fixture.run(RefundFixture.class);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("turn 1 passed: faithfulness 0.88, answer_relevancy 0.92")
        .contains("turn 2 failed: faithfulness 0.31, answer_relevancy 0.71")
        .contains("Response directly addresses refund request")
        .contains("playgent: Refund Flow (tc_refund) · run run_");
  }

  @Test
  void the_created_run_is_journaled_and_the_fetched_run_kept_on_disk() {
    EmulatorFixture own = EmulatorFixture.start();
    try {
      own.run(RefundFixture.class);
      List<String> journal = own.journal();
      assertThat(journal).anySatisfy(l -> assertThat(l).contains("\"event\":\"created\"").contains("tc_refund"));
      String runId = journal.get(0).replaceAll(".*\"run_id\":\"([^\"]+)\".*", "$1");
      assertThat(journal).anySatisfy(l -> assertThat(l).contains("\"event\":\"finished\"").contains(runId));
      assertThat(own.outputDir.resolve("runs").resolve(runId + ".json")).exists()
          .content().contains("\"turn_index\"").contains("Cited a policy that does not exist");
      assertThat(String.join("\n", journal)).doesNotContain("local-emulator");
    } finally {
      own.close();
    }
  }
}
