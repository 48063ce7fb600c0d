package com.playgent.assertj;

import com.playgent.assertj.internal.TurnContext;
import com.playgent.client.model.TurnResult;
import org.apiguardian.api.API;

/** Assertions on one judged turn; made by {@link PlaygentAssertions#assertThat(TurnResult)} or {@link RunAssert#turn(int)}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TurnAssert extends AbstractTurnAssert<TurnAssert, TurnResult> {
  private final RunAssert run;

  public TurnAssert(TurnResult actual) {
    super(actual, TurnAssert.class);
    this.run = null;
  }

  TurnAssert(TurnResult actual, TurnContext context, RunAssert run) {
    super(actual, TurnAssert.class, context);
    this.run = run;
  }

  /** Goes back to the run this turn was reached from with {@link RunAssert#turn(int)}. */
  public RunAssert returnToRun() {
    if (run == null) {
      throw new IllegalStateException("returnToRun() needs a turn reached with assertThat(run).turn(n); this turn"
          + " was asserted on its own");
    }
    return run;
  }
}
