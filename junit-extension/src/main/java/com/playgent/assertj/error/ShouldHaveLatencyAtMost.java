package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.TurnResult;
import java.time.Duration;
import org.assertj.core.error.ErrorMessageFactory;

/** A turn slower than allowed, or whose latency the service did not report. */
public class ShouldHaveLatencyAtMost extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveLatencyAtMost(TurnResult turn, TurnContext context, Duration max) {
    return new ShouldHaveLatencyAtMost(turn, context, max);
  }

  private ShouldHaveLatencyAtMost(TurnResult turn, TurnContext context, Duration max) {
    super(context.name(), Describe.turnSummary(turn), "to have a latency of at most " + millis(max) + ", but "
        + (turn.metrics() == null || turn.metrics().latencyMs() == null
            ? "its latency is unknown: the service reported none"
            : "it took " + turn.metrics().latencyMs() + " ms"));
  }

  static String millis(Duration d) {
    return d.toNanos() % 1_000_000 == 0 ? d.toMillis() + " ms" : d.toNanos() / 1e6 + " ms";
  }
}
