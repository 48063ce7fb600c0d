package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldFail.shouldFail;
import static com.playgent.assertj.error.ShouldHaveNoUnsupportedClaims.shouldHaveNoUnsupportedClaims;
import static com.playgent.assertj.error.ShouldHaveScoreAtLeast.shouldHaveScoreAtLeast;
import static com.playgent.assertj.error.ShouldHaveScoreAtMost.shouldHaveScoreAtMost;
import static com.playgent.assertj.error.ShouldPass.shouldPass;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.ScorerResult;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on one scorer's result in a local evaluation: pass, score, reasoning and the claims
 * it found unsupported. Failure messages show score, pass, reasoning and metadata.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the scorer result type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractScorerResultAssert<SELF extends AbstractScorerResultAssert<SELF, ACTUAL>, ACTUAL extends ScorerResult>
    extends AbstractAssert<SELF, ACTUAL> {
  private final String name;
  private final String owner;
  private final String others;

  protected AbstractScorerResultAssert(ACTUAL actual, Class<?> selfType) {
    this(actual, selfType, null, null, null);
  }

  AbstractScorerResultAssert(ACTUAL actual, Class<?> selfType, String name, String owner, String others) {
    super(actual, selfType);
    this.name = name;
    this.owner = owner;
    this.others = others;
  }

  /** Verifies that the service passed this scorer. */
  public SELF passes() {
    isNotNull();
    if (!Boolean.TRUE.equals(actual.pass())) {
      throwAssertionError(shouldPass(subject(), actual.pass()));
    }
    return myself;
  }

  /** Verifies that the service failed this scorer. */
  public SELF fails() {
    isNotNull();
    if (!Boolean.FALSE.equals(actual.pass())) {
      throwAssertionError(shouldFail(subject(), actual.pass()));
    }
    return myself;
  }

  /** Verifies that the score is at least {@code min}. */
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

  /** Verifies that this scorer checked claims ({@code metadata.unsupported_claims}) and found none unsupported. */
  public SELF hasNoUnsupportedClaims() {
    isNotNull();
    List<String> claims = Describe.unsupportedClaims(actual);
    if (claims == null || !claims.isEmpty()) {
      throwAssertionError(shouldHaveNoUnsupportedClaims(subject(), claims));
    }
    return myself;
  }

  /** Goes on to the judge's reasoning as a String. */
  public AbstractStringAssert<?> reasoning() {
    isNotNull();
    return Assertions.assertThat(actual.reasoning()).as("%s", "reasoning of " + subject().subject());
  }

  private ScorerSubject subject() {
    return new ScorerSubject(name, owner, Describe.resultLine(null, actual, "  "), others);
  }
}
