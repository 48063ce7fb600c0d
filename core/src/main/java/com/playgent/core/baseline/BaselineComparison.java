package com.playgent.core.baseline;

import com.playgent.core.baseline.Baseline.CaseStats;
import com.playgent.core.baseline.Baseline.SuiteStats;
import com.playgent.core.baseline.Baseline.TurnStats;
import com.playgent.core.outcome.ScorerThreshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * This build's runs against the blessed baseline, both summarised the same way ({@link BaselineBuilder}).
 * A turn passes in a set of runs as the build judged it ({@link TurnStats#passing()}): in every run of
 * it, or, for a test case run with repeats, in at least {@code minPasses} of them:
 * <ul>
 *   <li><em>new failure</em>: passing in the baseline, not passing now (a regression);
 *   <li><em>fixed</em>: not passing in the baseline, passing now;
 *   <li><em>still failing</em>: not passing in either (a known failure);
 *   <li><em>not in the baseline</em>: a turn this build has and the baseline does not (never a regression:
 *       bless again to cover it); turns of the baseline this build did not run are not compared.
 * </ul>
 * Score deltas are per test case and scorer: the mean over the test case's turns of each turn's
 * mean, for turns both have. Cost and p95 latency compare the totals.
 */
public record BaselineComparison(
    Baseline baseline,
    Baseline now,
    Tolerances tolerances,
    List<TurnChange> newFailures,
    List<TurnChange> fixed,
    List<TurnChange> stillFailing,
    List<TurnChange> notInBaseline,
    List<ScoreDelta> scoreDeltas,
    List<SuiteChange> suites,
    SuiteChange total) {

  public BaselineComparison {
    newFailures = List.copyOf(newFailures);
    fixed = List.copyOf(fixed);
    stillFailing = List.copyOf(stillFailing);
    notInBaseline = List.copyOf(notInBaseline);
    scoreDeltas = List.copyOf(scoreDeltas);
    suites = List.copyOf(suites);
  }

  public static BaselineComparison of(Baseline baseline, Baseline now, Tolerances tolerances) {
    List<TurnChange> newFailures = new ArrayList<>();
    List<TurnChange> fixed = new ArrayList<>();
    List<TurnChange> stillFailing = new ArrayList<>();
    List<TurnChange> notInBaseline = new ArrayList<>();
    List<ScoreDelta> deltas = new ArrayList<>();
    for (CaseStats current : now.testCases()) {
      Optional<CaseStats> blessedCase = baseline.testCase(current.key());
      Map<String, double[]> sums = new TreeMap<>(); // scorer -> {baseline sum, now sum, turns}
      Map<String, List<TurnScore>> turnScores = new TreeMap<>();
      for (TurnStats turn : current.turns()) {
        Optional<TurnStats> blessed = blessedCase.flatMap(c -> c.turn(turn.turn()));
        if (blessed.isEmpty()) {
          notInBaseline.add(new TurnChange(current.key(), current.name(), turn.turn(), null, turn));
          continue;
        }
        TurnChange change = new TurnChange(current.key(), current.name(), turn.turn(), blessed.get(), turn);
        if (blessed.get().passing() && !turn.passing()) {
          newFailures.add(change);
        } else if (!blessed.get().passing() && turn.passing()) {
          fixed.add(change);
        } else if (!turn.passing()) {
          stillFailing.add(change);
        }
        for (Map.Entry<String, Double> e : turn.scorerMeans().entrySet()) {
          Double before = blessed.get().scorerMeans().get(e.getKey());
          if (before == null) {
            continue;
          }
          double[] acc = sums.computeIfAbsent(e.getKey(), k -> new double[3]);
          acc[0] += before;
          acc[1] += e.getValue();
          acc[2]++;
          turnScores.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
              .add(new TurnScore(turn.turn(), before, e.getValue()));
        }
      }
      sums.forEach((scorer, acc) -> deltas.add(new ScoreDelta(current.key(), current.name(), scorer,
          BaselineBuilder.round(acc[0] / acc[2], 4), BaselineBuilder.round(acc[1] / acc[2], 4),
          turnScores.get(scorer), tolerances.scoreDrop())));
    }
    List<SuiteChange> suites = new ArrayList<>();
    for (SuiteStats s : now.suites()) {
      baseline.suites().stream().filter(b -> b.name().equals(s.name())).findFirst()
          .ifPresent(b -> suites.add(new SuiteChange(s.name(), b, s)));
    }
    return new BaselineComparison(baseline, now, tolerances, newFailures, fixed, stillFailing, notInBaseline, deltas,
        suites, new SuiteChange(BaselineBuilder.TOTAL, baseline.total(), now.total()));
  }

  /** Deltas whose scorer got worse by more than the tolerance. */
  public List<ScoreDelta> scoreRegressions() {
    return scoreDeltas.stream().filter(ScoreDelta::regressed)
        .sorted(Comparator.comparingDouble(ScoreDelta::worsening).reversed()).toList();
  }

  /** Every scorer a delta was computed for, sorted. */
  public List<String> scorers() {
    return new ArrayList<>(new TreeSet<>(scoreDeltas.stream().map(ScoreDelta::scorer).toList()));
  }

  /**
   * One turn in both (or, for a turn not in the baseline, only now).
   *
   * @param baseline null when the baseline has no such turn
   */
  public record TurnChange(String caseKey, String caseName, int turn, TurnStats baseline, TurnStats now) {
    /** {@code Refund Flow (tc_refund) turn 2}. */
    public String label() {
      return (caseName == null || caseName.equals(caseKey) ? caseKey : caseName + " (" + caseKey + ")") + " turn "
          + turn;
    }
  }

  /** One scorer of one turn, baseline mean and now. */
  public record TurnScore(int turn, double baseline, double now) {}

  /**
   * A test case's scorer mean, then and now.
   *
   * @param turns the turns it was computed over, each with its own means
   * @param tolerance how much worse it may get
   */
  public record ScoreDelta(String caseKey, String caseName, String scorer, double baseline, double now,
      List<TurnScore> turns, double tolerance) {
    public ScoreDelta {
      turns = List.copyOf(turns);
    }

    public ScorerThreshold.Direction direction() {
      return ScorerThreshold.Direction.usual(scorer);
    }

    /** Now minus baseline, rounded. */
    public double delta() {
      return BaselineBuilder.round(now - baseline, 4);
    }

    /** How much worse it got, in score units; negative when it got better. */
    public double worsening() {
      return BaselineBuilder.round(direction() == ScorerThreshold.Direction.AT_MOST ? now - baseline
          : baseline - now, 4);
    }

    public boolean regressed() {
      return worsening() > tolerance;
    }

    /** The turn whose score got worst, for the message. */
    public TurnScore worstTurn() {
      boolean lowerIsBetter = direction() == ScorerThreshold.Direction.AT_MOST;
      return turns.stream().max(Comparator.comparingDouble(t -> lowerIsBetter ? t.now() - t.baseline()
          : t.baseline() - t.now())).orElse(null);
    }
  }

  /** Cost and p95 latency of a suite (or the total), then and now. */
  public record SuiteChange(String name, SuiteStats baseline, SuiteStats now) {
    /** The relative change of the cost, e.g. {@code 0.25} for +25%; null when either is unknown or the baseline is 0. */
    public Double costChange() {
      return change(baseline.costUsd(), now.costUsd());
    }

    public Double latencyChange() {
      return change(baseline.p95LatencyMs() == null ? null : baseline.p95LatencyMs().doubleValue(),
          now.p95LatencyMs() == null ? null : now.p95LatencyMs().doubleValue());
    }

    private static Double change(Double before, Double after) {
      if (before == null || after == null || before == 0) {
        return null;
      }
      return BaselineBuilder.round((after - before) / before, 4);
    }
  }
}
