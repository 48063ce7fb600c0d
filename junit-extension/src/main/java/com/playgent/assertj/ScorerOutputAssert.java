package com.playgent.assertj;

import com.playgent.client.model.ScorerOutput;
import org.apiguardian.api.API;

/**
 * Assertions on one scorer's output for a turn; made by {@link PlaygentAssertions#assertThat(ScorerOutput)}
 * or {@link TurnAssert#scorer(String)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ScorerOutputAssert extends AbstractScorerOutputAssert<ScorerOutputAssert, ScorerOutput> {
  private final TurnAssert turn;

  public ScorerOutputAssert(ScorerOutput actual) {
    super(actual, ScorerOutputAssert.class);
    this.turn = null;
  }

  ScorerOutputAssert(ScorerOutput actual, String name, String owner, String others, TurnAssert turn) {
    super(actual, ScorerOutputAssert.class, name, owner, others);
    this.turn = turn;
  }

  /** Goes back to the turn this scorer was reached from with {@link TurnAssert#scorer(String)}. */
  public TurnAssert returnToTurn() {
    if (turn == null) {
      throw new IllegalStateException("returnToTurn() needs a scorer reached with assertThat(turn).scorer(name); this"
          + " one was asserted on its own");
    }
    return turn;
  }
}
