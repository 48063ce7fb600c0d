package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldFail.shouldFail;
import static com.playgent.assertj.error.ShouldHaveScoreAtLeast.shouldHaveScoreAtLeast;
import static com.playgent.assertj.error.ShouldHaveScoreAtMost.shouldHaveScoreAtMost;
import static com.playgent.assertj.error.ShouldPass.shouldPass;

import com.playgent.assertj.internal.ScorerSubject;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * What a run turn's scorer output and a local evaluation's scorer result are checked for alike:
 * the score against a bound, and the service's per-scorer verdict. Subclasses say how the scorer
 * is described in a failure message.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the scorer output or result type
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract class AbstractScoreAssert<SELF extends AbstractScoreAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {
  final String name;
  final String owner;
  final String others;

  AbstractScoreAssert(ACTUAL actual, Class<?> selfType, String name, String owner, String others) {
    super(actual, selfType);
    this.name = name;
    this.owner = owner;
    this.others = others;
  }

  abstract Double score();

  abstract Boolean pass();

  /** The scorer as failure messages name and show it. */
  abstract ScorerSubject subject();

  /** Verifies that the score is at least {@code min}, e.g. {@code 0.8}. */
  public SELF hasScoreAtLeast(double min) {
    isNotNull();
    if (score() == null || score() < min) {
      throwAssertionError(shouldHaveScoreAtLeast(subject(), score(), min));
    }
    return myself;
  }

  /** Verifies that the score is at most {@code max}, for scorers where lower is better (toxicity, bias). */
  public SELF hasScoreAtMost(double max) {
    isNotNull();
    if (score() == null || score() > max) {
      throwAssertionError(shouldHaveScoreAtMost(subject(), score(), max));
    }
    return myself;
  }

  final SELF verifyPassed() {
    isNotNull();
    if (!Boolean.TRUE.equals(pass())) {
      throwAssertionError(shouldPass(subject(), pass()));
    }
    return myself;
  }

  final SELF verifyFailed() {
    isNotNull();
    if (!Boolean.FALSE.equals(pass())) {
      throwAssertionError(shouldFail(subject(), pass()));
    }
    return myself;
  }
}
