package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldFail.shouldFail;
import static com.playgent.assertj.error.ShouldHaveNoUnsupportedClaims.shouldHaveNoUnsupportedClaims;
import static com.playgent.assertj.error.ShouldHaveScorer.shouldHaveResult;
import static com.playgent.assertj.error.ShouldPass.shouldPass;

import com.playgent.assertj.internal.Describe;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.ScorerResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a local evaluation ({@code POST /v1/evaluate}): its overall verdict, one scorer's
 * result, and the claims faithfulness found unsupported. Failure messages show each scorer's
 * score, pass, reasoning and metadata.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the evaluation type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractEvaluationAssert<SELF extends AbstractEvaluationAssert<SELF, ACTUAL>, ACTUAL extends Evaluation>
    extends AbstractAssert<SELF, ACTUAL> {

  protected AbstractEvaluationAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Verifies that the service passed the evaluation overall. */
  public SELF passes() {
    isNotNull();
    if (!Boolean.TRUE.equals(actual.overallPass())) {
      throwAssertionError(shouldPass(actual));
    }
    return myself;
  }

  /** Verifies that the service failed the evaluation overall. */
  public SELF fails() {
    isNotNull();
    if (!Boolean.FALSE.equals(actual.overallPass())) {
      throwAssertionError(shouldFail(actual));
    }
    return myself;
  }

  /**
   * Verifies that no scorer reported unsupported claims ({@code metadata.unsupported_claims}), and
   * that at least one scorer checked claims.
   */
  public SELF hasNoUnsupportedClaims() {
    isNotNull();
    Map<String, List<String>> found = new LinkedHashMap<>();
    boolean checked = false;
    for (Map.Entry<String, ScorerResult> e : actual.resultsOrEmpty().entrySet()) {
      List<String> claims = Describe.unsupportedClaims(e.getValue());
      if (claims != null) {
        checked = true;
        if (!claims.isEmpty()) {
          found.put(e.getKey(), claims);
        }
      }
    }
    if (!checked || !found.isEmpty()) {
      throwAssertionError(shouldHaveNoUnsupportedClaims(actual, found));
    }
    return myself;
  }

  /**
   * Verifies that the named scorer judged the answer and goes on to its result; fails listing the
   * scorers that did.
   */
  public ScorerResultAssert scorer(String name) {
    Objects.requireNonNull(name, "name == null");
    isNotNull();
    Map<String, ScorerResult> results = actual.resultsOrEmpty();
    if (!results.containsKey(name)) {
      throwAssertionError(shouldHaveResult(actual, name));
    }
    EvaluationAssert parent = this instanceof EvaluationAssert e ? e : new EvaluationAssert(actual);
    String owner = Describe.evaluationName(actual);
    return new ScorerResultAssert(results.get(name), name, owner,
        "Results of " + owner + ":\n" + Describe.resultSummaryLines(results), parent);
  }
}
