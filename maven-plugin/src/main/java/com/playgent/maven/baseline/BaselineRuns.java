package com.playgent.maven.baseline;

import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.BaselineBuilder;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.report.RepeatedRuns;
import com.playgent.maven.report.SessionRuns;
import java.util.HashMap;
import java.util.Map;

/**
 * The runs {@code report}, {@code check} and {@code baseline} read, summarised as a {@link Baseline}:
 * what {@code baseline} blesses and what the others compare with the blessed one. Each run's suite is
 * the test class of the selection that reported it ({@code playgent:run} for the {@code run} goal).
 * A test case a selection ran with repeats is judged over them as JUnit judged it (its {@code repeats}
 * and {@code min_passes}, core's {@link com.playgent.core.outcome.RepeatedCase}), so a flaky turn that
 * passed by its count is blessed as passing and compared as passing.
 */
public final class BaselineRuns {
  private BaselineRuns() {}

  /**
   * @param repeated the test cases the sessions ran with repeats, judged over them (as {@code Analysis}
   *     made them from the same runs)
   */
  public static Baseline of(SessionRuns runs, RepeatedRuns repeated) {
    BaselineBuilder builder = new BaselineBuilder();
    Map<String, String> suiteOfRun = new HashMap<>();
    for (SessionRecord session : runs.sessions().sessions()) {
      builder.session(session.sessionId(), session.endedAt() != null ? session.endedAt() : session.startedAt());
      for (SelectionRecord selection : session.selections()) {
        for (UnitRecord unit : selection.units()) {
          if (unit.runId() != null) {
            suiteOfRun.putIfAbsent(runs.keyOf(session.sessionId(), unit.runId()), selection.testClass());
          }
        }
      }
    }
    for (SessionRuns.JudgedRun judged : runs.runs()) {
      builder.run(suiteOfRun.get(judged.key()), judged.run(), judged.thresholds(), judged.key());
    }
    for (RepeatedRuns.Group group : repeated.groups()) {
      builder.repeated(group.repeated());
    }
    return builder.build();
  }
}
