package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.ScorerResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;

/** An evaluation or a scorer that did not pass; the message shows every score, pass, reasoning and metadata. */
public class ShouldPass extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldPass(Evaluation evaluation) {
    List<String> failed = new ArrayList<>();
    for (Map.Entry<String, ScorerResult> e : evaluation.resultsOrEmpty().entrySet()) {
      if (e.getValue() == null || !Boolean.TRUE.equals(e.getValue().pass())) {
        failed.add(e.getKey());
      }
    }
    String why;
    if (evaluation.overallPass() == null) {
      why = "the service gave no overall verdict";
    } else if (failed.isEmpty()) {
      why = "the service failed it although every scorer passed";
    } else {
      why = String.join(", ", failed) + " did not pass";
    }
    return new ShouldPass(Describe.evaluationName(evaluation), Describe.resultLines(evaluation.resultsOrEmpty()),
        "to pass, but " + why);
  }

  public static ErrorMessageFactory shouldPass(ScorerSubject scorer, Boolean pass) {
    return new ShouldPass(scorer.subject(), scorer.details(), scorer.withOthers(
        "to pass, but " + (pass == null ? "the service gave no verdict for it" : "it failed")));
  }

  private ShouldPass(String subject, String actual, String expectation) {
    super(subject, actual, expectation);
  }
}
