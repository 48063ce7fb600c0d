package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.Run;
import com.playgent.client.model.TurnResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.error.ErrorMessageFactory;

/** A run with failed turns; the message is each failed turn's whole report. */
public class ShouldHaveNoFailedTurns extends PlaygentErrorMessageFactory {
  /**
   * @param verdicts every turn's name and verdict, e.g. {@code turn 2 failed}
   * @param failed the failed turns with where they sit
   */
  public static ErrorMessageFactory shouldHaveNoFailedTurns(Run run, List<String> verdicts,
      List<Map.Entry<TurnResult, TurnContext>> failed) {
    return new ShouldHaveNoFailedTurns(run, verdicts, failed);
  }

  /** A run without any turn: nothing was judged, so "no failed turns" would say nothing. */
  public static ErrorMessageFactory shouldHaveTurns(Run run) {
    return new ShouldHaveNoFailedTurns(Describe.runName(run), Describe.runListing(run),
        "to have no failed turns, but it has no turns: nothing was judged");
  }

  private ShouldHaveNoFailedTurns(String subject, String actual, String expectation) {
    super(subject, actual, expectation);
  }

  private ShouldHaveNoFailedTurns(Run run, List<String> verdicts, List<Map.Entry<TurnResult, TurnContext>> failed) {
    super(Describe.runName(run), "  " + String.join(", ", verdicts),
        "to have no failed turns, but " + failed.size() + " of " + verdicts.size() + " failed:\n"
            + failed.stream().map(e -> Describe.indent(Describe.turnBlock(e.getKey(), e.getValue()), "  "))
                .collect(Collectors.joining("\n")));
  }
}
