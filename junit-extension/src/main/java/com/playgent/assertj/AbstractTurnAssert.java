package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldHaveCostAtMost.shouldHaveCostAtMost;
import static com.playgent.assertj.error.ShouldHaveFailed.shouldHaveFailed;
import static com.playgent.assertj.error.ShouldHaveLatencyAtMost.shouldHaveLatencyAtMost;
import static com.playgent.assertj.error.ShouldHavePassed.shouldHavePassed;
import static com.playgent.assertj.error.ShouldHaveScorer.shouldHaveScorer;
import static com.playgent.assertj.error.ShouldHaveTraceId.shouldHaveTraceId;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnResult;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/**
 * Assertions on one judged turn: the service's verdict, one scorer, latency, cost, input, output
 * and trace. Failure messages show the turn's scores with their reasoning.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the turn type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractTurnAssert<SELF extends AbstractTurnAssert<SELF, ACTUAL>, ACTUAL extends TurnResult>
    extends AbstractAssert<SELF, ACTUAL> {
  private final TurnContext context;

  protected AbstractTurnAssert(ACTUAL actual, Class<?> selfType) {
    this(actual, selfType, TurnContext.standalone(actual));
  }

  AbstractTurnAssert(ACTUAL actual, Class<?> selfType, TurnContext context) {
    super(actual, selfType);
    this.context = context;
  }

  /** Verifies that the service passed the turn. */
  public SELF passed() {
    isNotNull();
    if (!actual.passed()) {
      throwAssertionError(shouldHavePassed(actual, context));
    }
    return myself;
  }

  /** Verifies that the service failed the turn. */
  public SELF failed() {
    isNotNull();
    if (actual.passed()) {
      throwAssertionError(shouldHaveFailed(actual, context));
    }
    return myself;
  }

  /**
   * Verifies that the named scorer scored the turn and goes on to its output; fails listing the
   * scorers that did.
   */
  public ScorerOutputAssert scorer(String name) {
    Objects.requireNonNull(name, "name == null");
    isNotNull();
    Map<String, ScorerOutput> scorers = actual.evaluationOrEmpty().scorers();
    if (!scorers.containsKey(name)) {
      throwAssertionError(shouldHaveScorer(actual, context, name));
    }
    TurnAssert parent = this instanceof TurnAssert t ? t : new TurnAssert(actual, context, null);
    return new ScorerOutputAssert(scorers.get(name), name, context.name(),
        "Scores of " + context.name() + ":\n" + Describe.scorerLines(scorers, "  "), parent);
  }

  /** Verifies that the service measured the turn's latency and that it is at most {@code max}. */
  public SELF hasLatencyAtMost(Duration max) {
    Objects.requireNonNull(max, "max == null");
    isNotNull();
    Long latency = actual.metrics() == null ? null : actual.metrics().latencyMs();
    if (latency == null || Duration.ofMillis(latency).compareTo(max) > 0) {
      throwAssertionError(shouldHaveLatencyAtMost(actual, context, max));
    }
    return myself;
  }

  /** Verifies that the service reported the turn's cost and that it is at most {@code maxUsd} dollars. */
  public SELF hasCostAtMost(double maxUsd) {
    isNotNull();
    Double cost = actual.metrics() == null ? null : actual.metrics().costUsd();
    if (cost == null || cost > maxUsd) {
      throwAssertionError(shouldHaveCostAtMost(actual, context, maxUsd));
    }
    return myself;
  }

  /** Verifies that the turn has a trace id. */
  public SELF hasTraceId() {
    isNotNull();
    if (actual.traceId() == null || actual.traceId().isBlank()) {
      throwAssertionError(shouldHaveTraceId(actual, context));
    }
    return myself;
  }

  /** Verifies that the turn has the given trace id. */
  public SELF hasTraceId(String expected) {
    isNotNull();
    if (!Objects.equals(actual.traceId(), expected)) {
      throwAssertionError(shouldHaveTraceId(actual, context, expected));
    }
    return myself;
  }

  /** Goes on to the agent's answer (every output message, joined by blank lines) as a String. */
  public AbstractStringAssert<?> output() {
    isNotNull();
    return Assertions.assertThat(actual.outputText()).as("%s", navigation("output"));
  }

  /** Goes on to the user's words for this turn (the last user message) as a String. */
  public AbstractStringAssert<?> input() {
    isNotNull();
    return Assertions.assertThat(actual.inputText()).as("%s", navigation("input"));
  }

  TurnContext context() {
    return context;
  }

  /** {@code output of turn 2 of Refund Flow, scored faithfulness 0.31 — ...; answer_relevancy ...}. */
  private String navigation(String what) {
    Map<String, ScorerOutput> scorers = actual.evaluationOrEmpty().scorers();
    String scores = scorers.isEmpty() ? "no scores reported" : "scored " + scorers.entrySet().stream()
        .map(e -> Describe.scorerLine(e.getKey(), e.getValue())).collect(Collectors.joining("; "));
    return what + " of " + context.name() + ", " + scores;
  }
}
