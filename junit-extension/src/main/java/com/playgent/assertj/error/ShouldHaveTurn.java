package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.client.model.Run;
import com.playgent.core.outcome.Text;
import java.util.List;
import org.assertj.core.error.ErrorMessageFactory;

/** A turn number (1-based, as reports count) a run does not have, or has in several test cases. */
public class ShouldHaveTurn extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveTurn(Run run, int number, int turnCount) {
    return new ShouldHaveTurn(run, "to have a turn " + number + " (turns count from 1), but it has "
        + ShouldHaveTurnCount.turns(turnCount));
  }

  public static ErrorMessageFactory shouldHaveTurn(Run run, String testCaseId, int number, int turnCount) {
    return new ShouldHaveTurn(run, "to have a turn " + number + " of test case " + Text.printable(testCaseId)
        + " (turns count from 1), but it has " + ShouldHaveTurnCount.turns(turnCount));
  }

  public static ErrorMessageFactory shouldHaveTestCase(Run run, String testCaseId, List<String> ids) {
    return new ShouldHaveTurn(run, "to have test case " + Text.printable(testCaseId) + ", but it has "
        + String.join(", ", ids) + " only");
  }

  public static ErrorMessageFactory shouldHaveOneTurn(Run run, int number, List<String> testCaseIds) {
    return new ShouldHaveTurn(run, "to have one turn " + number + ", but " + testCaseIds.size()
        + " of its test cases have one (" + String.join(", ", testCaseIds) + "): use turn(\"" + testCaseIds.get(0)
        + "\", " + number + ")");
  }

  private ShouldHaveTurn(Run run, String expectation) {
    super(Describe.runName(run), Describe.runListing(run), expectation);
  }
}
