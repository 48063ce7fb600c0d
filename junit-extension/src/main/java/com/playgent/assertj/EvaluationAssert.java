package com.playgent.assertj;

import com.playgent.client.model.Evaluation;
import org.apiguardian.api.API;

/** Assertions on a local evaluation; made by {@link PlaygentAssertions#assertThat(Evaluation)}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class EvaluationAssert extends AbstractEvaluationAssert<EvaluationAssert, Evaluation> {
  public EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }
}
