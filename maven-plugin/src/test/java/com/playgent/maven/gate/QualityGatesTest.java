package com.playgent.maven.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.maven.Fixtures;
import com.playgent.maven.gate.GateSpec.ScorerGate;
import com.playgent.maven.report.Analysis;
import com.playgent.maven.report.ReportData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGatesTest {
  @TempDir
  Path dir;

  private ReportData data(String... runs) {
    return Analysis.of(Fixtures.runs(Fixtures.playgentDir(dir, runs)), "https://x/v1");
  }

  @Test
  void should_pass_when_every_limit_holds() {
    GateSpec spec = new GateSpec(0.95, 1.0, List.of(new ScorerGate("faithfulness", 0.8, 0.85)), 1500L, 0.01, 0);
    GateResults r = QualityGates.evaluate(data("run_b1"), spec);
    assertThat(r.passed()).isTrue();
    assertThat(r.results()).extracting(GateResult::name).containsExactly("pass rate",
        "pass rate of Cancel Subscription (tc_cancel)", "faithfulness min", "faithfulness mean", "p95 latency",
        "total cost", "failed runs");
    assertThat(r.message()).isEqualTo("Playgent quality gates passed (7 of 7)");
  }

  @Test
  void should_list_each_failed_gate_with_actual_and_limit() {
    GateSpec spec = new GateSpec(0.95, null, List.of(new ScorerGate("faithfulness", null, 0.85)), 3000L, null, 0);
    GateResults r = QualityGates.evaluate(data("run_a1", "run_b1", "run_c1", "run_d1"), spec);
    assertThat(r.passed()).isFalse();
    assertThat(r.message()).isEqualTo("Playgent quality gates failed (4 of 4): pass rate 66.7% < 95.0%; "
        + "faithfulness mean 0.72 < 0.85; p95 latency 3400 ms > 3000 ms; failed runs 1 > 0 (run_d1 failed)");
    assertThat(r.results().get(0).actual()).isEqualTo("66.7%");
    assertThat(r.results().get(0).limit()).isEqualTo(">= 95.0%");
  }

  @Test
  void should_fail_a_cost_budget_when_a_cost_is_missing_and_say_so() {
    GateResults r = QualityGates.evaluate(data("run_b1", "run_c1"), new GateSpec(null, null, null, null, 2.0, null));
    assertThat(r.passed()).isFalse();
    GateResult cost = r.results().get(0);
    assertThat(cost.actual()).isEqualTo("unknown");
    assertThat(cost.message()).isEqualTo("total cost unknown, limit $2.0000: cost unknown for 1 turn in 1 run "
        + "(no metrics.cost_usd and no summary.total_cost_usd); the known part is $0.0050, and a cost budget needs "
        + "every cost");
  }

  @Test
  void should_pass_a_cost_budget_when_the_summary_gives_the_total() {
    GateResults r = QualityGates.evaluate(data("run_a1"), new GateSpec(null, null, null, null, 0.0102, null));
    assertThat(r.passed()).isTrue();
    assertThat(r.results().get(0).message()).isEqualTo("total cost $0.0102 <= $0.0102");
  }

  @Test
  void should_fail_over_budget() {
    GateResults r = QualityGates.evaluate(data("run_a1"), new GateSpec(null, null, null, null, 0.01, null));
    assertThat(r.message()).isEqualTo("Playgent quality gates failed (1 of 1): total cost $0.0102 > $0.0100");
  }

  @Test
  void should_fail_a_scorer_gate_for_a_scorer_no_turn_has() {
    GateResults r = QualityGates.evaluate(data("run_b1"),
        new GateSpec(null, null, List.of(new ScorerGate("toxicity", 0.5, null)), null, null, null));
    assertThat(r.results().get(0).message()).isEqualTo("toxicity min unknown (limit >= 0.50): no turn has a "
        + "toxicity score (scorers seen: relevance, faithfulness)");
  }

  @Test
  void should_hold_a_lower_is_better_scorer_to_a_maximum_and_a_maximum_mean() {
    GateResults r = QualityGates.evaluate(data("run_a1"),
        new GateSpec(null, null, List.of(new ScorerGate("faithfulness", null, null, 0.9, 0.5)), null, null, null));

    assertThat(r.results()).extracting(GateResult::message).containsExactly(
        "faithfulness max 0.90 <= 0.90", "faithfulness mean 0.70 > 0.50");
    assertThat(r.results()).extracting(GateResult::limit).containsExactly("<= 0.90", "<= 0.50");
    assertThat(r.passed()).isFalse();
  }

  @Test
  void should_give_one_gate_per_test_case() {
    GateResults r = QualityGates.evaluate(data("run_a1", "run_b1"), new GateSpec(null, 0.7, null, null, null, null));
    assertThat(r.failed()).singleElement().extracting(GateResult::message)
        .isEqualTo("pass rate of Refund Request Flow (tc_refund) 66.7% < 70.0%");
    assertThat(r.results()).hasSize(2);
  }

  @Test
  void should_show_more_digits_when_one_decimal_would_hide_the_difference() {
    assertThat(QualityGates.percents(0.9496, 0.95)).containsExactly("94.96%", "95.00%");
    assertThat(QualityGates.percents(0.95, 0.95)).containsExactly("95.0%", "95.0%");
  }

  @Test
  void should_reject_percentages_written_as_whole_numbers() {
    assertThatThrownBy(() -> new GateSpec(95.0, null, null, null, null, null))
        .hasMessage("gates.minPassRate is a fraction in [0, 1] (write 0.95 for 95 %), was 95.0");
    assertThatThrownBy(() -> new ScorerGate("faithfulness", null, null))
        .hasMessage("gates scorer 'faithfulness' sets no limit: give <min> or <minMean> (higher is better, e.g."
            + " faithfulness), or <max> or <maxMean> (lower is better, e.g. toxicity)");
    assertThatThrownBy(() -> new ScorerGate("toxicity", null, null, 20.0, null))
        .hasMessage("gates.scorers.toxicity.max is a fraction in [0, 1] (write 0.95 for 95 %), was 20.0");
    assertThatThrownBy(() -> new GateSpec(null, null, null, null, -1.0, null))
        .hasMessageContaining("maxTotalCostUsd must be >= 0");
  }

  @Test
  void should_know_whether_anything_is_configured() {
    assertThat(GateSpec.none().isConfigured()).isFalse();
    assertThat(new GateSpec(null, null, null, null, null, 0).isConfigured()).isTrue();
  }
}
