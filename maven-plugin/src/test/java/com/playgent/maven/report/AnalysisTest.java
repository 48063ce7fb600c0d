package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.maven.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
  @TempDir
  Path dir;

  @Test
  void should_count_runs_turns_cost_and_latency() {
    ReportData d = Analysis.of(RunSet.load(Fixtures.all(dir)), List.of(), "https://api.playgent.com/v1");

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
    ReportData d = Analysis.of(RunSet.load(Fixtures.all(dir)), List.of(), "https://x/v1");
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
    ReportData d = Analysis.of(RunSet.load(Fixtures.all(dir)), List.of(), "https://api.playgent.com/v1/");
    assertThat(d.testCaseStats()).extracting(ReportData.TestCaseStats::id)
        .containsExactly("tc_timeout", "tc_hostile", "tc_refund", "tc_cancel");
    assertThat(d.failingTurns()).extracting(t -> t.report().displayName())
        .contains("Refund Request Flow › turn 2: It's order 1234, bought 45 days ago");
    assertThat(d.failingTurns()).extracting(ReportData.FailingTurn::traceLink)
        .contains("https://api.playgent.com/v1/traces/trace_a1_1");
  }

  @Test
  void should_apply_client_side_thresholds_like_the_extension() {
    ReportData d = Analysis.of(RunSet.load(Fixtures.playgentDir(dir, "run_b1")),
        List.of(ScorerThreshold.parse("faithfulness >= 0.9")), "https://x/v1");
    assertThat(d.turnsFailed()).isEqualTo(1);
    assertThat(d.failingTurns().get(0).report().headline()).contains("failed a client-side threshold");
  }

  @Test
  void should_take_base_urls_and_unfinished_runs_from_the_journal() throws Exception {
    Fixtures.playgentDir(dir, "run_b1");
    Files.writeString(dir.resolve("runs.jsonl"), String.join("\n",
        "{\"event\":\"created\",\"run_id\":\"run_b1\",\"at\":\"x\",\"base_url\":\"http://127.0.0.1:9999/v1\"}",
        "{\"event\":\"created\",\"run_id\":\"run_lost\",\"at\":\"x\",\"base_url\":\"http://127.0.0.1:9999/v1\"}",
        "{\"event\":\"unfinished\",\"run_id\":\"run_lost\",\"at\":\"x\",\"reason\":\"still \\\"running\\\" after 600 s\"}",
        "{\"event\":\"finished\",\"run_id\":\"run_b1\",\"at\":\"x\",\"status\":\"completed\",\"file\":\"f\"}", ""),
        StandardCharsets.UTF_8);
    ReportData d = Analysis.of(RunSet.load(dir), List.of(), "https://api.playgent.com/v1");
    assertThat(d.failedRuns()).singleElement().satisfies(r -> {
      assertThat(r.runId()).isEqualTo("run_lost");
      assertThat(r.status()).isEqualTo("unfinished");
      assertThat(r.problem()).contains("still \"running\" after 600 s");
      assertThat(r.link()).isEqualTo("http://127.0.0.1:9999/v1/runs/run_lost");
    });
    assertThat(d.runs()).isEqualTo(1);
  }

  @Test
  void should_count_a_created_run_without_result_as_not_completed() throws Exception {
    Fixtures.playgentDir(dir, "run_b1");
    Files.writeString(dir.resolve("runs.jsonl"), String.join("\n",
        "{\"event\":\"created\",\"run_id\":\"run_b1\",\"at\":\"x\",\"base_url\":\"http://h/v1\"}",
        "{\"event\":\"created\",\"run_id\":\"run_killed\",\"at\":\"x\",\"base_url\":\"http://h/v1\"}", ""),
        StandardCharsets.UTF_8);
    ReportData d = Analysis.of(RunSet.load(dir), List.of(), "https://api.playgent.com/v1");
    assertThat(d.failedRuns()).singleElement().satisfies(r -> {
      assertThat(r.runId()).isEqualTo("run_killed");
      assertThat(r.problem()).contains("neither a result nor an error", "GET /v1/runs/run_killed");
    });
  }

  @Test
  void should_be_empty_without_run_files() {
    ReportData d = Analysis.of(RunSet.load(dir.resolve("nothing-here")), List.of(), "https://x/v1");
    assertThat(d.isEmpty()).isTrue();
    assertThat(d.passRate()).isNull();
    assertThat(d.latency().p95()).isNull();
  }
}
