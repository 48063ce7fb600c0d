package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Text;
import org.assertj.core.error.ErrorMessageFactory;

/** A scorer that did not score the turn or the evaluation; the message lists those that did. */
public class ShouldHaveScorer extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveScorer(TurnResult turn, TurnContext context, String scorer) {
    var scorers = turn.evaluationOrEmpty().scorers();
    return new ShouldHaveScorer(context.name(), Describe.turnSummary(turn), "to have a score from "
        + Text.printable(scorer) + ", but " + (scorers.isEmpty() ? "the service reported no scores"
            : "it was scored by " + String.join(", ", scorers.keySet()) + " only"));
  }

  public static ErrorMessageFactory shouldHaveResult(Evaluation evaluation, String scorer) {
    var results = evaluation.resultsOrEmpty();
    return new ShouldHaveScorer(Describe.evaluationName(evaluation), Describe.resultLines(results),
        "to have a result from " + Text.printable(scorer) + ", but " + (results.isEmpty() ? "it has no results"
            : "it has results from " + String.join(", ", results.keySet()) + " only"));
  }

  private ShouldHaveScorer(String subject, String actual, String expectation) {
    super(subject, actual, expectation);
  }
}
