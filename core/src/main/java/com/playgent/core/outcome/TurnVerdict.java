package com.playgent.core.outcome;

import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether a turn passed, and why not: the service's own verdict first, then any client-side
 * thresholds. A threshold can only add failures.
 */
public record TurnVerdict(boolean passed, boolean serverPassed, List<String> thresholdViolations) {
  public TurnVerdict {
    thresholdViolations = List.copyOf(thresholdViolations);
  }

  public static TurnVerdict of(TurnResult turn, Collection<ScorerThreshold> thresholds) {
    boolean server = turn.passed();
    List<String> violations = new ArrayList<>();
    Map<String, ScorerOutput> scorers = turn.evaluationOrEmpty().scorers();
    for (ScorerThreshold t : thresholds) {
      ScorerOutput out = scorers.get(t.scorer());
      if (out == null || out.score() == null) {
        violations.add(t.scorer() + " has no score, but the client-side threshold " + t + " requires one");
      } else if (!t.admits(out.score())) {
        violations.add(Scores.format(out.score()) + " " + t.scorer() + " is below the client-side threshold " + t);
      }
    }
    return new TurnVerdict(server && violations.isEmpty(), server, violations);
  }
}
