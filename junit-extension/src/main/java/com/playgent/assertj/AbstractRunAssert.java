package com.playgent.assertj;

import static com.playgent.assertj.error.ShouldBeCompleted.shouldBeCompleted;
import static com.playgent.assertj.error.ShouldHaveNoFailedTurns.shouldHaveNoFailedTurns;
import static com.playgent.assertj.error.ShouldHaveNoFailedTurns.shouldHaveTurns;
import static com.playgent.assertj.error.ShouldHaveTotalCostAtMost.shouldHaveTotalCostAtMost;
import static com.playgent.assertj.error.ShouldHaveTurn.shouldHaveOneTurn;
import static com.playgent.assertj.error.ShouldHaveTurn.shouldHaveTestCase;
import static com.playgent.assertj.error.ShouldHaveTurn.shouldHaveTurn;
import static com.playgent.assertj.error.ShouldHaveTurnCount.shouldHaveTurnCount;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.CaseResult;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Text;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a run: its status, its turns' verdicts, its turn count and cost, and navigation to
 * one turn. Turns are numbered from 1, as the reports number them. Failure messages list every
 * turn's scores with their reasoning.
 *
 * @param <SELF> the concrete assertion type, for chaining
 * @param <ACTUAL> the run type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class AbstractRunAssert<SELF extends AbstractRunAssert<SELF, ACTUAL>, ACTUAL extends Run>
    extends AbstractAssert<SELF, ACTUAL> {

  protected AbstractRunAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Verifies that the run completed (neither failed nor still queued or running). */
  public SELF isCompleted() {
    isNotNull();
    if (!RunStatus.COMPLETED.equals(actual.status())) {
      throwAssertionError(shouldBeCompleted(actual));
    }
    return myself;
  }

  /** Verifies that the run has turns and that the service passed every one of them. */
  public SELF hasNoFailedTurns() {
    isNotNull();
    List<String> verdicts = new ArrayList<>();
    List<Map.Entry<TurnResult, TurnContext>> failed = new ArrayList<>();
    List<CaseResult> cases = actual.cases();
    for (CaseResult c : cases) {
      List<TurnResult> turns = c.turns() == null ? List.of() : c.turns();
      for (int i = 0; i < turns.size(); i++) {
        TurnContext context = context(c, turns.get(i), i);
        verdicts.add((cases.size() > 1 ? Describe.oneLine(c.ref().label()) + " › " : "") + "turn " + context.number()
            + " " + Describe.verdict(turns.get(i)));
        if (!turns.get(i).passed()) {
          failed.add(new AbstractMap.SimpleImmutableEntry<>(turns.get(i), context));
        }
      }
    }
    if (verdicts.isEmpty()) {
      throwAssertionError(shouldHaveTurns(actual));
    }
    if (!failed.isEmpty()) {
      throwAssertionError(shouldHaveNoFailedTurns(actual, verdicts, failed));
    }
    return myself;
  }

  /** Verifies the number of turns, over all test cases of the run. */
  public SELF hasTurnCount(int expected) {
    isNotNull();
    int count = turnCount();
    if (count != expected) {
      throwAssertionError(shouldHaveTurnCount(actual, expected, count));
    }
    return myself;
  }

  /**
   * Verifies that the run's total cost is known and at most {@code maxUsd} dollars: the summary's
   * total, else the sum of every turn's cost.
   */
  public SELF hasTotalCostAtMost(double maxUsd) {
    isNotNull();
    Double total = actual.summary() == null ? null : actual.summary().totalCostUsd();
    String unknown = null;
    if (total == null) {
      double sum = 0;
      for (CaseResult c : actual.cases()) {
        List<TurnResult> turns = c.turns() == null ? List.of() : c.turns();
        for (int i = 0; i < turns.size() && unknown == null; i++) {
          TurnResult t = turns.get(i);
          if (t.metrics() == null || t.metrics().costUsd() == null) {
            unknown = "its total cost is unknown: the service reported no total and no cost for turn " + Describe.number(t, i);
          } else {
            sum += t.metrics().costUsd();
          }
        }
      }
      if (unknown == null && turnCount() == 0) {
        unknown = "its total cost is unknown: the service reported no total and no turns";
      }
      total = unknown == null ? sum : null;
    }
    if (total == null || total > maxUsd) {
      throwAssertionError(shouldHaveTotalCostAtMost(actual, total, maxUsd, unknown));
    }
    return myself;
  }

  /**
   * Verifies that the run has a turn with this number (from 1, as the reports count) and goes on
   * to it; {@link TurnAssert#returnToRun()} comes back. A run over several test cases needs
   * {@link #turn(String, int)} when more than one of them has that turn.
   */
  public TurnAssert turn(int number) {
    isNotNull();
    List<TurnAssert> found = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (CaseResult c : actual.cases()) {
      TurnAssert t = find(c, number);
      if (t != null) {
        found.add(t);
        ids.add(c.id() == null ? c.ref().label() : c.id());
      }
    }
    if (found.isEmpty()) {
      throwAssertionError(shouldHaveTurn(actual, number, turnCount()));
    }
    if (found.size() > 1) {
      throwAssertionError(shouldHaveOneTurn(actual, number, ids));
    }
    return found.get(0);
  }

  /** Verifies that the run has this test case and this turn of it (from 1), and goes on to the turn. */
  public TurnAssert turn(String testCaseId, int number) {
    Objects.requireNonNull(testCaseId, "testCaseId == null");
    isNotNull();
    List<String> ids = new ArrayList<>();
    for (CaseResult c : actual.cases()) {
      ids.add(c.id() == null ? "?" : Text.printable(c.id()));
      if (testCaseId.equals(c.id())) {
        TurnAssert t = find(c, number);
        if (t == null) {
          throwAssertionError(shouldHaveTurn(actual, testCaseId, number, c.turns() == null ? 0 : c.turns().size()));
        }
        return t;
      }
    }
    throwAssertionError(shouldHaveTestCase(actual, testCaseId, ids));
    return null;
  }

  private TurnAssert find(CaseResult c, int number) {
    List<TurnResult> turns = c.turns() == null ? List.of() : c.turns();
    for (int i = 0; i < turns.size(); i++) {
      if (Describe.number(turns.get(i), i) == number) {
        RunAssert parent = this instanceof RunAssert r ? r : new RunAssert(actual);
        return new TurnAssert(turns.get(i), context(c, turns.get(i), i), parent);
      }
    }
    return null;
  }

  private TurnContext context(CaseResult c, TurnResult turn, int position) {
    return new TurnContext(actual.runId(), c.ref(), actual.agent(), Describe.number(turn, position));
  }

  private int turnCount() {
    return actual.cases().stream().mapToInt(c -> c.turns() == null ? 0 : c.turns().size()).sum();
  }
}
