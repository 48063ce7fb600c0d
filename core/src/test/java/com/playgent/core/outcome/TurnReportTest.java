package com.playgent.core.outcome;

import static com.playgent.core.outcome.Turns.report;
import static com.playgent.core.outcome.Turns.turn;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TurnReportTest {

  @Test
  void should_put_the_failing_scorer_first_in_the_headline_with_its_rule_and_reason() {
    TurnReport r = report(turn(1, false, "toxicity", 0.02, "Polite", "answer_relevancy", 0.81, "On topic",
        "faithfulness", 0.31, "Cited a policy that does not exist"), List.of(ScorerThreshold.parse("faithfulness >= 0.85"),
        ScorerThreshold.parse("answer_relevancy >= 0.8")));

    assertThat(r.headline()).isEqualTo("turn 2 failed: ✗ faithfulness 0.31 < 0.85 — Cited a policy that does not exist;"
        + " toxicity 0.02, ✓ answer_relevancy 0.81");
    assertThat(r.headline()).doesNotContain("\n");
  }

  @Test
  void should_list_scores_worst_first_when_only_the_service_judged_the_turn() {
    TurnReport r = report(turn(1, false, "toxicity", 0.02, "Polite", "answer_relevancy", 0.42, "Vague",
        "faithfulness", 0.6, "Mostly"), List.of());

    assertThat(r.headline()).isEqualTo("turn 2 failed (the service's verdict): answer_relevancy 0.42, faithfulness 0.60,"
        + " toxicity 0.02");
  }

  @Test
  void should_fail_a_lower_is_better_scorer_above_its_maximum() {
    TurnReport r = report(turn(0, true, "answer_relevancy", 0.9, "Good", "toxicity", 0.4, "Rude"),
        List.of(ScorerThreshold.parse("toxicity <= 0.2")));

    assertThat(r.verdict().passed()).isFalse();
    assertThat(r.headline()).isEqualTo("turn 1 failed a client-side threshold: ✗ toxicity 0.40 > 0.20 — Rude;"
        + " answer_relevancy 0.90");
  }

  @Test
  void should_use_the_services_per_scorer_verdict_when_it_sends_one() {
    Map<String, ScorerOutput> outputs = new LinkedHashMap<>();
    outputs.put("answer_relevancy", new ScorerOutput(0.9, "Good", true));
    outputs.put("faithfulness", new ScorerOutput(0.3, "Invented", false));
    TurnResult t = new TurnResult(0, List.of(), List.of(), null, false, new TurnEvaluation(false, outputs), null, null);

    assertThat(report(t, List.of()).headline())
        .isEqualTo("turn 1 failed: ✗ faithfulness 0.30 (failed on the service) — Invented; ✓ answer_relevancy 0.90");
  }

  @Test
  void should_explain_the_marks_it_uses_once_and_mark_every_scorer() {
    TurnReport r = report(turn(1, false, "answer_relevancy", 0.81, "On topic", "faithfulness", 0.31,
        "Cited a policy that does not exist", "toxicity", 0.02, "Polite"),
        List.of(ScorerThreshold.parse("faithfulness >= 0.85"), ScorerThreshold.parse("answer_relevancy >= 0.8")));

    String block = r.block();
    assertThat(block).startsWith(r.headline() + "\n");
    assertThat(block).containsOnlyOnce("(✗ failed, ✓ passed, · no verdict of its own)");
    assertThat(block).contains(
        "    ✗ faithfulness      0.31 < 0.85   Cited a policy that does not exist\n",
        "    ✓ answer_relevancy  0.81 >= 0.80  On topic\n",
        "    · toxicity          0.02          Polite\n");
    assertThat(block).containsOnlyOnce("Cited a policy that does not exist;").doesNotContain("  ! ");
    assertThat(r.details()).isEqualTo(block.substring(block.indexOf('\n') + 1));
  }

  @Test
  void should_name_a_threshold_whose_scorer_is_missing() {
    TurnReport r = report(turn(0, true, "answer_relevancy", 0.9, "Good"), List.of(ScorerThreshold.parse("faithfulness >= 0.8")));

    assertThat(r.headline()).isEqualTo("turn 1 failed a client-side threshold: ✗ faithfulness n/a (the threshold"
        + " faithfulness >= 0.80 needs a score); answer_relevancy 0.90");
  }

  @Test
  void should_pad_turn_numbers_from_ten_turns_on_so_names_sort_in_turn_order() {
    TurnResult t = turn(6, true, "answer_relevancy", 0.9, "Good");
    EntityRef c = Turns.CASE;

    assertThat(new TurnReport("run_1", c, null, t, 6, List.of(), Turns.BASE, 9).displayName())
        .isEqualTo("Refund Flow › turn 7: question 7");
    assertThat(new TurnReport("run_1", c, null, t, 6, List.of(), Turns.BASE, 12).displayName())
        .isEqualTo("Refund Flow › turn 07 of 12: question 7");
    assertThat(new TurnReport("run_1", c, null, t, 6, List.of(), Turns.BASE, 250).numberLabel()).isEqualTo("007 of 250");
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      names.add(new TurnReport("run_1", c, null, turn(i, true), i, List.of(), Turns.BASE, 12).displayName());
    }
    assertThat(names).isSorted();
  }
}
