package com.playgent.assertj;

import com.playgent.client.model.Evaluation;
import com.playgent.client.model.Run;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.ScorerResult;
import com.playgent.client.model.TurnResult;
import org.apiguardian.api.API;

/**
 * Entry point for assertions on Playgent turns, runs, scorer outputs and evaluations. Every
 * failure message shows the actual scores with their reasoning:
 *
 * <pre>{@code
 * assertThat(turn).passed();
 * assertThat(turn).hasLatencyAtMost(Duration.ofSeconds(2)).hasCostAtMost(0.01);
 * assertThat(turn).scorer("faithfulness").hasScoreAtLeast(0.8);
 * assertThat(run).isCompleted().hasNoFailedTurns();
 * assertThat(run).turn(2).output().contains("30 days");
 * assertThat(evaluation).passes();
 * }</pre>
 *
 * <p>Needs AssertJ on the test classpath; the extension itself does not.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentAssertions {
  private PlaygentAssertions() {}

  /** Starts assertions on one judged turn, e.g. inside {@code PlaygentRuns.eachTurn(...)}. */
  public static TurnAssert assertThat(TurnResult actual) {
    return new TurnAssert(actual);
  }

  /** Starts assertions on a run; {@link RunAssert#turn(int)} goes on to one of its turns. */
  public static RunAssert assertThat(Run actual) {
    return new RunAssert(actual);
  }

  /** Starts assertions on one scorer's output for a turn. */
  public static ScorerOutputAssert assertThat(ScorerOutput actual) {
    return new ScorerOutputAssert(actual);
  }

  /** Starts assertions on the answer of a local evaluation ({@code POST /v1/evaluate}). */
  public static EvaluationAssert assertThat(Evaluation actual) {
    return new EvaluationAssert(actual);
  }

  /** Starts assertions on one scorer's result in a local evaluation. */
  public static ScorerResultAssert assertThat(ScorerResult actual) {
    return new ScorerResultAssert(actual);
  }
}
