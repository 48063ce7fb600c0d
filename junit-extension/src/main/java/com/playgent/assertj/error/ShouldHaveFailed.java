package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.TurnResult;
import org.assertj.core.error.ErrorMessageFactory;

/** A turn expected to fail that the service passed; the message is the turn's whole report. */
public class ShouldHaveFailed extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveFailed(TurnResult turn, TurnContext context) {
    return new ShouldHaveFailed(turn, context);
  }

  private ShouldHaveFailed(TurnResult turn, TurnContext context) {
    super(context.name(), "  " + Describe.quoted(turn.inputText()),
        "to have failed, but the service passed it:\n" + Describe.indent(Describe.turnBlock(turn, context), "  "));
  }
}
