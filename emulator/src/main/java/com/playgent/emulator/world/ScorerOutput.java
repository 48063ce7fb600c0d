package com.playgent.emulator.world;

import java.util.Objects;

/**
 * Hold one scorer's verdict for a turn, as shown in {@code evaluation.scorer_outputs}.
 *
 * @param score score in [0, 1]
 * @param reasoning explanation shown to the user
 */
public record ScorerOutput(double score, String reasoning) {
  /** Validate the components. */
  public ScorerOutput {
    Objects.requireNonNull(reasoning, "reasoning");
  }
}
