package com.playgent.assertj;

import com.playgent.client.model.ScorerResult;
import org.apiguardian.api.API;

/**
 * Assertions on one scorer's result in a local evaluation; made by
 * {@link PlaygentAssertions#assertThat(ScorerResult)} or {@link EvaluationAssert#scorer(String)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ScorerResultAssert extends AbstractScorerResultAssert<ScorerResultAssert, ScorerResult> {
  private final EvaluationAssert evaluation;

  public ScorerResultAssert(ScorerResult actual) {
    super(actual, ScorerResultAssert.class);
    this.evaluation = null;
  }

  ScorerResultAssert(ScorerResult actual, String name, String owner, String others, EvaluationAssert evaluation) {
    super(actual, ScorerResultAssert.class, name, owner, others);
    this.evaluation = evaluation;
  }

  /** Goes back to the evaluation this result was reached from with {@link EvaluationAssert#scorer(String)}. */
  public EvaluationAssert returnToEvaluation() {
    if (evaluation == null) {
      throw new IllegalStateException("returnToEvaluation() needs a result reached with assertThat(evaluation)"
          + ".scorer(name); this one was asserted on its own");
    }
    return evaluation;
  }
}
