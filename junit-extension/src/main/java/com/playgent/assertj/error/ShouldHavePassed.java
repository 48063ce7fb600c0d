package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.TurnResult;
import org.assertj.core.error.ErrorMessageFactory;

/** A turn the service did not pass; the message is the turn's whole report. */
public class ShouldHavePassed extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHavePassed(TurnResult turn, TurnContext context) {
    return new ShouldHavePassed(turn, context);
  }

  private ShouldHavePassed(TurnResult turn, TurnContext context) {
    super(context.name(), "  " + Describe.quoted(turn.inputText()),
        "to have passed, but the service " + ("failed".equals(Describe.verdict(turn)) ? "failed it" : "gave no verdict")
            + ":\n" + Describe.indent(Describe.turnBlock(turn, context), "  "));
  }
}
