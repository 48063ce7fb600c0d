package com.playgent.core.outcome;

import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a turn passed, and why not: the service's own verdict first, then any client-side
 * thresholds. A threshold can only add failures. Each scorer is judged on its own where that is
 * possible ({@link ScorerJudgement}); failing scorers come first in {@link #scorers()}, the rest
 * keep the service's order.
 *
 * @param thresholdViolations one sentence per threshold the turn missed
 */
public record TurnVerdict(boolean passed, boolean serverPassed, List<String> thresholdViolations,
    List<ScorerJudgement> scorers) {
  public TurnVerdict {
    thresholdViolations = List.copyOf(thresholdViolations);
    scorers = List.copyOf(scorers);
  }

  public static TurnVerdict of(TurnResult turn, Collection<ScorerThreshold> thresholds) {
    boolean server = turn.passed();
    Map<String, ScorerOutput> outputs = turn.evaluationOrEmpty().scorers();
    Map<String, ScorerThreshold> byScorer = new LinkedHashMap<>();
    for (ScorerThreshold t : thresholds) {
      byScorer.put(t.scorer(), t);
    }
    List<String> violations = new ArrayList<>();
    List<ScorerJudgement> failing = new ArrayList<>();
    List<ScorerJudgement> others = new ArrayList<>();
    for (Map.Entry<String, ScorerOutput> e : outputs.entrySet()) {
      ScorerOutput out = e.getValue() == null ? new ScorerOutput(null, null) : e.getValue();
      ScorerJudgement j = judge(e.getKey(), out, byScorer.remove(e.getKey()), violations);
      (j.failed() ? failing : others).add(j);
    }
    for (ScorerThreshold t : byScorer.values()) { // a threshold whose scorer the service did not report
      failing.add(judge(t.scorer(), new ScorerOutput(null, null), t, violations));
    }
    failing.addAll(others);
    return new TurnVerdict(server && violations.isEmpty(), server, violations, failing);
  }

  private static ScorerJudgement judge(String name, ScorerOutput out, ScorerThreshold t, List<String> violations) {
    ScorerJudgement.Mark mark;
    if (t != null) {
      if (out.score() == null) {
        violations.add(name + " has no score, but the client-side threshold " + t + " requires one");
        mark = ScorerJudgement.Mark.FAILED;
      } else if (!t.admits(out.score())) {
        violations.add(name + " " + t.compare(out.score()) + ": misses the client-side threshold " + t);
        mark = ScorerJudgement.Mark.FAILED;
      } else {
        mark = ScorerJudgement.Mark.PASSED;
      }
    } else if (out.pass() != null) {
      mark = out.pass() ? ScorerJudgement.Mark.PASSED : ScorerJudgement.Mark.FAILED;
    } else {
      mark = ScorerJudgement.Mark.NONE;
    }
    return new ScorerJudgement(name, out.score(), out.reasoning(), mark, t);
  }

  /** The scorers that failed on their own, in {@link #scorers()} order. */
  public List<ScorerJudgement> failingScorers() {
    return scorers.stream().filter(ScorerJudgement::failed).toList();
  }
}
