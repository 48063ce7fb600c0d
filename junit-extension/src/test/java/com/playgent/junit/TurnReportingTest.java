package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.testNames;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
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
  void every_turn_is_its_own_test_in_turn_order_and_a_failing_turn_is_one_failure() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    assertThat(testNames(results)).containsExactly(
        "Refund Flow › turn 1: I want a refund for order #1234",
        "Refund Flow › turn 2: It arrived broken. What is your policy?",
        "Refund Flow › turn 3: OK, please go ahead");
    assertThat(status(results, "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
    assertThat(status(results, "Refund Flow › turn 3")).isEqualTo(Status.SUCCESSFUL);
    assertThat(results.testEvents().failed().count()).isEqualTo(1);
    assertThat(results.containerEvents().stream()
        .filter(e -> e.getType() == EventType.STARTED)
        .map(e -> e.getTestDescriptor().getDisplayName()))
        .contains("Refund Flow (tc_refund)");
  }

  @Test
  void a_failed_turn_has_a_one_line_message_and_tells_the_whole_story_once_in_its_body_without_stack_frames() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    Throwable failure = throwable(results, "Refund Flow › turn 2");
    assertThat(failure).isInstanceOf(PlaygentTurnFailure.class);
    assertThat(failure.getStackTrace()).isEmpty();
    assertThat(failure.getMessage()).isEqualTo("turn 2 failed (the service's verdict): faithfulness 0.31, answer_relevancy 0.71");
    StringWriter body = new StringWriter();
    failure.printStackTrace(new PrintWriter(body));
    String message = body.toString();
    assertThat(message).startsWith(PlaygentTurnFailure.class.getName() + ": " + failure.getMessage() + "\n")
        .containsOnlyOnce("Cited a policy that does not exist")
        .containsOnlyOnce("scorers (· no verdict of its own):")
        .doesNotContain("\tat ");
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
  void a_run_whose_turns_say_it_all_puts_its_summary_on_the_factorys_report_entries() {
    EngineExecutionResults results = fixture.run(RefundFixture.class);

    List<Map<String, String>> factoryEntries = results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().equals("refund(PlaygentRuns)"))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .collect(Collectors.toList());
    assertThat(factoryEntries).singleElement().satisfies(entry -> assertThat(entry)
        .containsEntry("playgent.test_case", "Refund Flow (tc_refund)")
        .containsEntry("playgent.summary", "2 of 3 turns passed · avg latency 1450 ms · cost $0.0102")
        .containsKeys("playgent.run", "link"));
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
  void a_passing_turn_prints_its_block_a_failing_one_only_throws_it_and_the_run_summary_is_in_no_tests_output() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      fixture.run(RefundFixture.class);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("turn 1 passed: answer_relevancy 0.92, faithfulness 0.88")
        .contains("Response directly addresses refund request")
        .contains("turn 3 passed")
        .doesNotContain("turn 2 failed", "Cited a policy that does not exist")
        .doesNotContain("playgent:");
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
