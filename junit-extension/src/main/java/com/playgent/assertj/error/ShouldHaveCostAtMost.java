package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Scores;
import org.assertj.core.error.ErrorMessageFactory;

/** A turn dearer than allowed, or whose cost the service did not report. */
public class ShouldHaveCostAtMost extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveCostAtMost(TurnResult turn, TurnContext context, double maxUsd) {
    return new ShouldHaveCostAtMost(turn, context, maxUsd);
  }

  private ShouldHaveCostAtMost(TurnResult turn, TurnContext context, double maxUsd) {
    super(context.name(), Describe.turnSummary(turn), costExpectation(
        turn.metrics() == null ? null : turn.metrics().costUsd(), maxUsd, "", "its cost is unknown: the service reported none"));
  }

  static String costExpectation(Double actual, double max, String suffix, String unknown) {
    String what = "to cost at most ";
    if (actual == null) {
      return what + Scores.dollars(max) + suffix + ", but " + unknown;
    }
    String a = Scores.dollars(actual);
    String m = Scores.dollars(max);
    if (a.equals(m)) {
      a = "$" + actual;
      m = "$" + max;
    }
    return what + m + suffix + ", but it cost " + a;
  }
}
