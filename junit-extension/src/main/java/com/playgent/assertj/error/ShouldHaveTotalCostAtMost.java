package com.playgent.assertj.error;

import com.playgent.assertj.internal.Describe;
import com.playgent.client.model.Run;
import org.assertj.core.error.ErrorMessageFactory;

/** A run dearer than allowed in total, or whose cost is unknown; the message lists each turn's cost and scores. */
public class ShouldHaveTotalCostAtMost extends PlaygentErrorMessageFactory {
  /**
   * @param total the run's total cost, null when unknown
   * @param unknown why it is unknown, used when {@code total} is null
   */
  public static ErrorMessageFactory shouldHaveTotalCostAtMost(Run run, Double total, double maxUsd, String unknown) {
    return new ShouldHaveTotalCostAtMost(run, total, maxUsd, unknown);
  }

  private ShouldHaveTotalCostAtMost(Run run, Double total, double maxUsd, String unknown) {
    super(Describe.runName(run), Describe.runListing(run),
        ShouldHaveCostAtMost.costExpectation(total, maxUsd, " in total", unknown));
  }
}
