package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.TurnResult;
import org.assertj.core.error.ErrorMessageFactory;

/** A turn without a trace id, or with another one than expected. */
public class ShouldHaveTraceId extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveTraceId(TurnResult turn, TurnContext context) {
    return new ShouldHaveTraceId(turn, context, "to have a trace id, but it has none");
  }

  public static ErrorMessageFactory shouldHaveTraceId(TurnResult turn, TurnContext context, String expected) {
    return new ShouldHaveTraceId(turn, context, "to have trace id " + expected + ", but it has "
        + (turn.traceId() == null ? "none" : turn.traceId()));
  }

  private ShouldHaveTraceId(TurnResult turn, TurnContext context, String expectation) {
    super(context.name(), Describe.turnSummary(turn), expectation);
  }
}
