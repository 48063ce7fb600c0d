package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.client.model.Run;
import org.assertj.core.error.ErrorMessageFactory;

/** A run with another number of turns than expected; the message lists them with their scores. */
public class ShouldHaveTurnCount extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldHaveTurnCount(Run run, int expected, int actual) {
    return new ShouldHaveTurnCount(run, expected, actual);
  }

  private ShouldHaveTurnCount(Run run, int expected, int actual) {
    super(Describe.runName(run), Describe.runListing(run),
        "to have " + turns(expected) + ", but it has " + turns(actual));
  }

  static String turns(int n) {
    return n + (n == 1 ? " turn" : " turns");
  }
}
