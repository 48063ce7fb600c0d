package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.Evaluation;
import org.assertj.core.error.ErrorMessageFactory;

/** An evaluation or a scorer expected to fail that passed (or gave no verdict). */
public class ShouldFail extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldFail(Evaluation evaluation) {
    return new ShouldFail(Describe.evaluationName(evaluation), Describe.resultLines(evaluation.resultsOrEmpty()),
        "to fail, but " + (evaluation.overallPass() == null ? "the service gave no overall verdict" : "it passed"));
  }

  public static ErrorMessageFactory shouldFail(ScorerSubject scorer, Boolean pass) {
    return new ShouldFail(scorer.subject(), scorer.details(), scorer.withOthers(
        "to fail, but " + (pass == null ? "the service gave no verdict for it" : "it passed")));
  }

  private ShouldFail(String subject, String actual, String expectation) {
    super(subject, actual, expectation);
  }
}
