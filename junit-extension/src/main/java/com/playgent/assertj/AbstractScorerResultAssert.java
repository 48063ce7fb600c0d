package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldHaveNoUnsupportedClaims.shouldHaveNoUnsupportedClaims;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.ScorerSubject;
import com.playgent.client.model.ScorerResult;
import java.util.List;
import org.apiguardian.api.API;
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
    extends AbstractScoreAssert<SELF, ACTUAL> {

  protected AbstractScorerResultAssert(ACTUAL actual, Class<?> selfType) {
    this(actual, selfType, null, null, null);
  }

  AbstractScorerResultAssert(ACTUAL actual, Class<?> selfType, String name, String owner, String others) {
    super(actual, selfType, name, owner, others);
  }

  /** Verifies that the service passed this scorer. */
  public SELF passes() {
    return verifyPassed();
  }

  /** Verifies that the service failed this scorer. */
  public SELF fails() {
    return verifyFailed();
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
    return new ScorerSubject(name, owner, Describe.resultLine(null, actual, "  "), others);
  }
}
