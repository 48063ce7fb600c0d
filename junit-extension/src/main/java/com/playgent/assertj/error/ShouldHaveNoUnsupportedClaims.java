package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.Evaluation;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.ErrorMessageFactory;

/** Claims a scorer (faithfulness) found unsupported by the context, or no scorer that checks claims. */
public class ShouldHaveNoUnsupportedClaims extends PlaygentErrorMessageFactory {
  /** @param claims the unsupported claims by scorer; empty when no scorer checked claims */
  public static ErrorMessageFactory shouldHaveNoUnsupportedClaims(Evaluation evaluation, Map<String, List<String>> claims) {
    return new ShouldHaveNoUnsupportedClaims(Describe.evaluationName(evaluation),
        Describe.resultLines(evaluation.resultsOrEmpty()), expectation(claims));
  }

  /** @param claims the unsupported claims, null when the scorer does not check claims */
  public static ErrorMessageFactory shouldHaveNoUnsupportedClaims(ScorerSubject scorer, List<String> claims) {
    String name = scorer.name() == null ? "the scorer" : scorer.name();
    return new ShouldHaveNoUnsupportedClaims(scorer.subject(), scorer.details(),
        expectation(claims == null ? Map.of() : Map.of(name, claims)));
  }

  private static String expectation(Map<String, List<String>> claims) {
    if (claims.isEmpty()) {
      return "to have no unsupported claims, but no scorer checked claims (none reported unsupported_claims): "
          + "add the faithfulness scorer and give context or a ground truth";
    }
    StringBuilder b = new StringBuilder("to have no unsupported claims, but");
    String sep = " ";
    for (Map.Entry<String, List<String>> e : claims.entrySet()) {
      int n = e.getValue().size();
      b.append(sep).append(e.getKey()).append(" found ").append(n).append(n == 1 ? " unsupported claim" : " unsupported claims");
      sep = " and ";
    }
    b.append(':');
    claims.values().forEach(list -> list.forEach(c -> b.append("\n  - ").append(c)));
    return b.toString();
  }

  private ShouldHaveNoUnsupportedClaims(String subject, String actual, String expectation) {
    super(subject, actual, expectation);
  }
}
