package com.playgent.core.outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * One test case over its repeats: a {@link RepeatedTurn} per turn number any repeat reported, with
 * each repeat that lacks the turn explained (its run failed, or its conversation ended earlier).
 */
public record RepeatedCase(List<RepeatRun> runs, int minPasses) {

  public RepeatedCase {
    runs = List.copyOf(runs);
  }

  public int repeats() {
    return runs.size();
  }

  /** The most turns any repeat reported. */
  public int turnCount() {
    return runs.stream().mapToInt(RepeatRun::turnCount).max().orElse(0);
  }

  public List<RepeatedTurn> turns() {
    int count = turnCount();
    List<RepeatedTurn> turns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<RepeatedTurn.Attempt> attempts = new ArrayList<>();
      for (RepeatRun r : runs) {
        attempts.add(attempt(r, i));
      }
      turns.add(new RepeatedTurn(i + 1, attempts, minPasses, count));
    }
    return turns;
  }

  private static RepeatedTurn.Attempt attempt(RepeatRun r, int index) {
    if (r.report() == null) {
      return new RepeatedTurn.Attempt(r.repeat(), r.runId(), null, r.problem() == null ? "no run" : r.problem());
    }
    List<TurnReport> turns = r.report().turns();
    if (index < turns.size()) {
      return new RepeatedTurn.Attempt(r.repeat(), r.runId(), turns.get(index), null);
    }
    String why = r.report().failedToRun() ? "its run failed after " + turns.size() + " turns ("
        + r.report().summary() + ")" : "its conversation ended after " + turns.size()
        + (turns.size() == 1 ? " turn" : " turns");
    return new RepeatedTurn.Attempt(r.repeat(), r.runId(), null, why);
  }

  /** pass@k over the repeats for this case as a whole: a repeat passes when it passed every turn. */
  public int passingRepeats() {
    int count = turnCount();
    int passing = 0;
    for (RepeatRun r : runs) {
      if (r.report() != null && r.turnCount() == count && count > 0
          && r.report().turns().stream().allMatch(t -> t.verdict().passed())) {
        passing++;
      }
    }
    return passing;
  }
}
