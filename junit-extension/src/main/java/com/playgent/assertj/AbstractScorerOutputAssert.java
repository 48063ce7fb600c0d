package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldFail.shouldFail;
import static com.playgent.assertj.error.ShouldHaveScoreAtLeast.shouldHaveScoreAtLeast;
import static com.playgent.assertj.error.ShouldHaveScoreAtMost.shouldHaveScoreAtMost;
import static com.playgent.assertj.error.ShouldPass.shouldPass;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.ScorerOutput;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
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
    extends AbstractAssert<SELF, ACTUAL> {
  private final String name;
  private final String owner;
  private final String others;

  protected AbstractScorerOutputAssert(ACTUAL actual, Class<?> selfType) {
    this(actual, selfType, null, null, null);
  }

  AbstractScorerOutputAssert(ACTUAL actual, Class<?> selfType, String name, String owner, String others) {
    super(actual, selfType);
    this.name = name;
    this.owner = owner;
    this.others = others;
  }

  /** Verifies that the score is at least {@code min}, e.g. {@code 0.8}. */
  public SELF hasScoreAtLeast(double min) {
    isNotNull();
    if (actual.score() == null || actual.score() < min) {
      throwAssertionError(shouldHaveScoreAtLeast(subject(), actual.score(), min));
    }
    return myself;
  }

  /** Verifies that the score is at most {@code max}, for scorers where lower is better (toxicity, bias). */
  public SELF hasScoreAtMost(double max) {
    isNotNull();
    if (actual.score() == null || actual.score() > max) {
      throwAssertionError(shouldHaveScoreAtMost(subject(), actual.score(), max));
    }
    return myself;
  }

  /** Verifies that the service passed this scorer; fails when it sent no per-scorer verdict. */
  public SELF passed() {
    isNotNull();
    if (!Boolean.TRUE.equals(actual.pass())) {
      throwAssertionError(shouldPass(subject(), actual.pass()));
    }
    return myself;
  }

  /** Verifies that the service failed this scorer; fails when it sent no per-scorer verdict. */
  public SELF failed() {
    isNotNull();
    if (!Boolean.FALSE.equals(actual.pass())) {
      throwAssertionError(shouldFail(subject(), actual.pass()));
    }
    return myself;
  }

  /** Goes on to the judge's reasoning as a String. */
  public AbstractStringAssert<?> reasoning() {
    isNotNull();
    return Assertions.assertThat(actual.reasoning()).as("%s", "reasoning of " + subject().subject()
        + ", scored " + Describe.scoreAndReasoning(actual));
  }

  private ScorerSubject subject() {
    return new ScorerSubject(name, owner, "  " + Describe.scoreAndReasoning(actual), others);
  }
}
