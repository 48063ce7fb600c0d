package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.core.outcome.Scores;
import org.assertj.core.error.ErrorMessageFactory;

/** A score below the minimum, or no score at all; the message shows the reasoning and the other scores. */
public class ShouldHaveScoreAtLeast extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveScoreAtLeast(ScorerSubject scorer, Double score, double min) {
    return new ShouldHaveScoreAtLeast(scorer, score, min);
  }

  private ShouldHaveScoreAtLeast(ScorerSubject scorer, Double score, double min) {
    super(scorer.subject(), scorer.details(), scorer.withOthers(expectation("at least", score, min)));
  }

  static String expectation(String bound, Double score, double limit) {
    if (score == null) {
      return "to have a score of " + bound + " " + Scores.format(limit) + ", but it has no score";
    }
    String[] s = Describe.scores(score, limit);
    return "to have a score of " + bound + " " + s[1] + ", but it was " + s[0];
  }
}
