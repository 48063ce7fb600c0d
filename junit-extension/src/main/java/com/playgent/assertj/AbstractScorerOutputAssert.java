package com.playgent.assertj;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.ScorerOutput;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on one scorer's output for a turn: its score, its pass (when the service sends one)
 * and its reasoning. Failure messages show the reasoning and, when reached from a turn, every
 * score of that turn.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the scorer output type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractScorerOutputAssert<SELF extends AbstractScorerOutputAssert<SELF, ACTUAL>, ACTUAL extends ScorerOutput>
    extends AbstractScoreAssert<SELF, ACTUAL> {

  protected AbstractScorerOutputAssert(ACTUAL actual, Class<?> selfType) {
    this(actual, selfType, null, null, null);
  }

  AbstractScorerOutputAssert(ACTUAL actual, Class<?> selfType, String name, String owner, String others) {
    super(actual, selfType, name, owner, others);
  }

  /** Verifies that the service passed this scorer; fails when it sent no per-scorer verdict. */
  public SELF passed() {
    return verifyPassed();
  }

  /** Verifies that the service failed this scorer; fails when it sent no per-scorer verdict. */
  public SELF failed() {
    return verifyFailed();
  }

  /** Goes on to the judge's reasoning as a String. */
  public AbstractStringAssert<?> reasoning() {
    isNotNull();
    return Assertions.assertThat(actual.reasoning()).as("%s", "reasoning of " + subject().subject()
        + ", scored " + Describe.scoreAndReasoning(actual));
  }

  @Override
  Double score() {
    return actual.score();
  }

  @Override
  Boolean pass() {
    return actual.pass();
  }

  @Override
  ScorerSubject subject() {
    return new ScorerSubject(name, owner, "  " + Describe.scoreAndReasoning(actual), others);
  }
}
