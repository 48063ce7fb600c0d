package com.playgent.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.core.outcome.ScorerThreshold.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerThresholdTest {

  @Test
  void should_read_a_minimum_and_a_maximum() {
    assertThat(ScorerThreshold.parse("faithfulness >= 0.8"))
        .isEqualTo(new ScorerThreshold("faithfulness", Direction.AT_LEAST, 0.8));
    assertThat(ScorerThreshold.parse("toxicity<=0.2")).isEqualTo(new ScorerThreshold("toxicity", Direction.AT_MOST, 0.2));
  }

  @Test
  void should_take_the_scorers_usual_direction_for_the_short_forms() {
    assertThat(ScorerThreshold.parse("faithfulness = 0.8").direction()).isEqualTo(Direction.AT_LEAST);
    assertThat(ScorerThreshold.parse("toxicity: 0.2").direction()).isEqualTo(Direction.AT_MOST);
    assertThat(ScorerThreshold.parse("bias=0.3").direction()).isEqualTo(Direction.AT_MOST);
    assertThat(ScorerThreshold.parse("Hallucination: 0.3").direction()).isEqualTo(Direction.AT_MOST);
  }

  @Test
  void should_admit_scores_on_the_right_side_only() {
    ScorerThreshold min = ScorerThreshold.parse("faithfulness >= 0.85");
    ScorerThreshold max = ScorerThreshold.parse("toxicity <= 0.2");

    assertThat(min.admits(0.85)).isTrue();
    assertThat(min.admits(0.31)).isFalse();
    assertThat(max.admits(0.02)).isTrue();
    assertThat(max.admits(0.4)).isFalse();
    assertThat(min.compare(0.31)).isEqualTo("0.31 < 0.85");
    assertThat(max.compare(0.4)).isEqualTo("0.40 > 0.20");
    assertThat(max.compare(0.02)).isEqualTo("0.02 <= 0.20");
    assertThat(min.compare(0.845)).isEqualTo("0.8450 < 0.8500");
  }

  @Test
  void should_round_trip_through_its_text() {
    for (String text : List.of("faithfulness >= 0.85", "toxicity <= 0.20")) {
      assertThat(ScorerThreshold.parse(text).toString()).isEqualTo(text);
    }
  }

  @Test
  void should_refuse_other_forms_naming_both_accepted_ones() {
    assertThatThrownBy(() -> ScorerThreshold.parse("toxicity < 0.2"))
        .hasMessage("scorer threshold 'toxicity < 0.2' is not of the form 'faithfulness >= 0.8' (a minimum) or"
            + " 'toxicity <= 0.2' (a maximum, for a scorer where lower is better)");
    assertThatThrownBy(() -> ScorerThreshold.parse("faithfulness >= 8"))
        .hasMessageContaining("'faithfulness >= 8.0' is out of range: scores are within [0, 1]");
  }

  @Test
  void should_let_a_specific_limit_replace_the_general_one_per_scorer() {
    List<ScorerThreshold> merged = ScorerThreshold.merge(
        List.of(ScorerThreshold.parse("faithfulness >= 0.8"), ScorerThreshold.parse("toxicity <= 0.3")),
        List.of(ScorerThreshold.parse("toxicity <= 0.1")));

    assertThat(merged).extracting(ScorerThreshold::toString).containsExactly("faithfulness >= 0.80", "toxicity <= 0.10");
  }
}
