package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import com.playgent.core.session.Obtained;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
  @TempDir
  Path dir;

  @Test
  void should_count_runs_turns_cost_and_latency() {
    ReportData d = Analysis.of(Fixtures.runs(Fixtures.all(dir)), "https://api.playgent.com/v1");

    assertThat(d.runs()).isEqualTo(4);
    assertThat(d.failedRuns()).singleElement().satisfies(r -> {
      assertThat(r.runId()).isEqualTo("run_d1");
      assertThat(r.status()).isEqualTo("failed");
      assertThat(r.problem()).contains("agent_timeout", "30000 ms");
    });
    assertThat(d.testCases()).isEqualTo(4);
    assertThat(d.turns()).isEqualTo(6);
    assertThat(d.turnsPassed()).isEqualTo(4);
    assertThat(d.turnsFailed()).isEqualTo(2);
    assertThat(d.passRate()).isCloseTo(4 / 6.0, within(1e-9));

    assertThat(d.cost().known()).isFalse();
    assertThat(d.cost().usd()).isCloseTo(0.0152, within(1e-9));
    assertThat(d.cost().turnsMissingCost()).isEqualTo(1);
    assertThat(d.cost().runsMissingCost()).isEqualTo(1);
    assertThat(d.cost().missingExplanation())
        .isEqualTo("cost unknown for 1 turn in 1 run (no metrics.cost_usd and no summary.total_cost_usd)");

    assertThat(d.latency().count()).isEqualTo(6);
    assertThat(d.latency().p50()).isEqualTo(1240L);
    assertThat(d.latency().p95()).isEqualTo(3400L);
    assertThat(d.latency().p99()).isEqualTo(3400L);
  }

  @Test
  void should_collect_scores_per_scorer() {
    ReportData d = Analysis.of(Fixtures.runs(Fixtures.all(dir)), "https://x/v1");
    ReportData.ScorerStats f = d.scorers().stream().filter(s -> s.name().equals("faithfulness")).findFirst()
        .orElseThrow();
    assertThat(f.count()).isEqualTo(6);
    assertThat(f.mean()).isCloseTo(4.30 / 6, within(1e-9));
    assertThat(f.min()).isEqualTo(0.31);
    assertThat(f.max()).isEqualTo(0.93);
    assertThat(f.histogram()).containsExactly(0, 0, 0, 1, 1, 0, 0, 0, 2, 2);
  }

  @Test
  void should_list_test_cases_worst_first_and_failing_turns_with_trace_links() {
    ReportData d = Analysis.of(Fixtures.runs(Fixtures.all(dir)), "https://api.playgent.com/v1/");
    assertThat(d.testCaseStats()).extracting(ReportData.TestCaseStats::id)
        .containsExactly("tc_timeout", "tc_hostile", "tc_refund", "tc_cancel");
    assertThat(d.failingTurns()).extracting(t -> t.report().displayName())
        .contains("Refund Request Flow › turn 2: It's order 1234, bought 45 days ago");
    assertThat(d.failingTurns()).extracting(ReportData.FailingTurn::traceLink)
        .contains("https://api.playgent.com/v1/traces/trace_a1_1");
  }

  @Test
  void should_count_a_failing_turn_its_session_lists_as_known_failing_not_failed_as_junit_does() {
    Fixtures.runFiles(dir, "run_a1", "run_b1");
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of(), List.of("tc_refund:2"),
        List.of(Fixtures.reported(dir, "run_a1"), Fixtures.reported(dir, "run_b1")));

    ReportData d = Analysis.of(Fixtures.runs(dir), "https://x/v1");

    assertThat(List.of(d.turns(), d.turnsPassed(), d.turnsFailed(), d.turnsKnownFailing())).containsExactly(5, 4, 0, 1);
    assertThat(d.allPassed()).isTrue();
    assertThat(d.passRate()).isCloseTo(4 / 5.0, within(1e-9));
    assertThat(d.failingTurns()).isEmpty();
    assertThat(d.knownFailingTurns()).singleElement().satisfies(f -> assertThat(f.report().number()).isEqualTo(2));
    assertThat(d.testCaseStats()).allSatisfy(c -> assertThat(c.passed()).isTrue());
    assertThat(d.caseRuns()).hasSize(2).first().satisfies(r -> {
      assertThat(r.turns()).hasSize(3);
      assertThat(r.verdict().summary()).startsWith("2 of 3 turns passed, 1 known failing");
      assertThat(r.hasFailures()).isFalse();
    });
  }

  @Test
  void should_say_unknown_for_cost_and_latency_a_run_never_gave() {
    Fixtures.playgentDir(dir, "run_d1");

    ReportData d = Analysis.of(Fixtures.runs(dir), "https://x/v1");

    assertThat(d.testCaseStats()).singleElement().satisfies(c -> {
      assertThat(c.costKnown()).isFalse();
      assertThat(c.p95LatencyMs()).isNull();
      assertThat(HtmlReport.caseLine(c)).contains("cost unknown", "p95 unknown").doesNotContain("$0.0000", "0 ms");
    });
  }

  @Test
  void should_judge_each_run_with_the_thresholds_its_session_recorded() {
    Fixtures.runFiles(dir, "run_a1", "run_b1");
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of("faithfulness >= 0.9"),
        List.of(Fixtures.reported(dir, "run_b1")));
    Fixtures.session(dir, "20260101T000001.000Z-bbbbbb", "2026-01-01T00:00:01Z", List.of(),
        List.of(Fixtures.reported(dir, "run_a1")));

    ReportData d = Analysis.of(Fixtures.runs(dir), "https://x/v1");

    assertThat(d.failingTurns()).extracting(f -> f.report().runId() + " " + f.report().headline()).containsExactly(
        "run_b1 turn 2 failed a client-side threshold: ✗ faithfulness 0.86 < 0.90 — Consistent; relevance 0.90",
        "run_a1 turn 2 failed (the service's verdict): faithfulness 0.31, relevance 0.71");
    assertThat(d.sessions().ids()).containsExactly("20260101T000000.000Z-aaaaaa", "20260101T000001.000Z-bbbbbb");
  }

  @Test
  void should_read_only_the_runs_the_chosen_sessions_list() {
    Fixtures.runFiles(dir, "run_a1", "run_b1", "run_c1"); // run_c1: a loose file no session lists
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of(),
        List.of(Fixtures.reported(dir, "run_a1")));
    Fixtures.session(dir, "20260102T000000.000Z-bbbbbb", "2026-01-02T00:00:00Z", List.of(),
        List.of(Fixtures.reported(dir, "run_b1")));

    ReportData current = Analysis.of(SessionRuns.load(dir, "current", Instant.parse("2026-01-01T12:00:00Z")),
        "https://x/v1");
    assertThat(current.runs()).isEqualTo(1);
    assertThat(current.testCaseStats()).extracting(ReportData.TestCaseStats::id).containsExactly("tc_cancel");
    assertThat(current.sessions().description()).isEqualTo("session of this build: 20260102T000000.000Z-bbbbbb");

    ReportData all = Analysis.of(Fixtures.runs(dir), "https://x/v1");
    assertThat(all.runs()).isEqualTo(2);
    assertThat(all.testCaseStats()).extracting(ReportData.TestCaseStats::id).doesNotContain("tc_hostile");
  }

  @Test
  void should_count_a_unit_without_a_run_file_as_a_failed_run_with_its_message() throws Exception {
    Fixtures.runFiles(dir, "run_b1");
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of(), List.of(
        Fixtures.reported(dir, "run_b1"),
        UnitRecord.problem("tc_slow", "run_lost", Obtained.LIVE, UnitOutcome.ERROR,
            "test case tc_slow (run run_lost) at http://127.0.0.1:9999/v1: still \"running\" after 600 s"),
        UnitRecord.problem("tc_gone", null, Obtained.NONE, UnitOutcome.ERROR, "test case tc_gone was not found")));
    Files.writeString(dir.resolve("runs.jsonl"), String.join("\n",
        "{\"event\":\"created\",\"run_id\":\"run_b1\",\"at\":\"x\",\"base_url\":\"http://127.0.0.1:9999/v1\"}",
        "{\"event\":\"created\",\"run_id\":\"run_lost\",\"at\":\"x\",\"base_url\":\"http://127.0.0.1:9999/v1\"}",
        "{\"event\":\"created\",\"run_id\":\"run_cut", ""), StandardCharsets.UTF_8);

    ReportData d = Analysis.of(Fixtures.runs(dir), "https://api.playgent.com/v1");

    assertThat(d.runs()).isEqualTo(1);
    assertThat(d.failedRuns()).extracting(ReportData.FailedRun::name, ReportData.FailedRun::status,
        ReportData.FailedRun::problem, ReportData.FailedRun::link).containsExactly(
        tuple("run_lost", "unfinished", "test case tc_slow (run run_lost) at http://127.0.0.1:9999/v1: still "
            + "\"running\" after 600 s", "http://127.0.0.1:9999/v1/runs/run_lost"),
        tuple("tc_gone", "error", "test case tc_gone was not found", null));
    assertThat(d.failingTurns()).isEmpty();
  }

  @Test
  void should_list_units_skipped_as_unavailable_without_counting_them() {
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of(), List.of(
        UnitRecord.problem("tc_a", null, Obtained.NONE, UnitOutcome.SKIPPED_UNAVAILABLE,
            "Playgent is unavailable for test case tc_a at http://127.0.0.1:9/v1: connection refused (skipped: "
                + "playgent.on-unavailable=skip)")));

    SessionRuns runs = Fixtures.runs(dir);
    ReportData d = Analysis.of(runs, "https://x/v1");

    assertThat(d.isEmpty()).isTrue();
    assertThat(d.onlySkipped()).isTrue();
    assertThat(d.skippedUnits()).singleElement().satisfies(u -> {
      assertThat(u.label()).isEqualTo("tc_a");
      assertThat(u.outcome()).isEqualTo("skipped_unavailable");
      assertThat(u.message()).endsWith("(skipped: playgent.on-unavailable=skip)");
    });
    assertThat(runs.skippedUnavailable()).hasSize(1);
  }

  @Test
  void should_be_empty_without_sessions_even_beside_run_files() {
    Fixtures.runFiles(dir, "run_a1");
    ReportData d = Analysis.of(SessionRuns.load(dir, "current", Instant.now()), "https://x/v1");
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.onlySkipped()).isFalse();
    assertThat(d.sessions().ids()).isEmpty();
    assertThat(d.sessions().description()).isEqualTo("no session");
    assertThat(d.passRate()).isNull();
    assertThat(d.latency().p95()).isNull();
  }
}
