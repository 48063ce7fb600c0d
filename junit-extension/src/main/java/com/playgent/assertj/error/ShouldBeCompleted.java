package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.core.outcome.Text;
import org.assertj.core.error.ErrorMessageFactory;

/** A run that failed or is still in progress; the message gives the service's reason and every turn's scores. */
public class ShouldBeCompleted extends PlaygentErrorMessageFactory {
  public static ErrorMessageFactory shouldBeCompleted(Run run) {
    return new ShouldBeCompleted(run);
  }

  private ShouldBeCompleted(Run run) {
    super(Describe.runName(run), Describe.runListing(run), "to be completed, but " + why(run));
  }

  private static String why(Run run) {
    if (RunStatus.FAILED.equals(run.status())) {
      if (run.error() == null) {
        return "it failed and the service gave no reason";
      }
      return "it failed: " + (run.error().code() == null ? "" : run.error().code() + ": ") + Text.printable(run.error().message());
    }
    return run.status() == null ? "it has no status" : "it is still " + run.status();
  }
}
