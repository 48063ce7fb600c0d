package com.playgent.assertj.error;

import com.playgent.assertj.internal.ScorerSubject;
import org.assertj.core.error.ErrorMessageFactory;

/** A score above the maximum (for scorers where lower is better, such as toxicity), or no score. */
public class ShouldHaveScoreAtMost extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveScoreAtMost(ScorerSubject scorer, Double score, double max) {
    return new ShouldHaveScoreAtMost(scorer, score, max);
  }

  private ShouldHaveScoreAtMost(ScorerSubject scorer, Double score, double max) {
    super(scorer.subject(), scorer.details(),
        scorer.withOthers(ShouldHaveScoreAtLeast.expectation("at most", score, max)));
  }
}
