package com.playgent.emulator.world;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Hold one fully resolved turn of a test case: what the user said, what the agent answered and
 * how it was judged. Fields that a world file leaves out are generated deterministically before
 * a {@code Turn} is built, so every component is present.
 *
 * @param input the user's message
 * @param expectedBehavior natural-language expectation, may be empty
 * @param output the agent's answer
 * @param scores scorer name to output, in the order given
 * @param success whether the turn passed
 * @param metrics latency, tokens and cost
 * @param traceId trace id, for example {@code trace_ghi789}
 */
public record Turn(
    String input,
    String expectedBehavior,
    String output,
    Map<String, ScorerOutput> scores,
    boolean success,
    Metrics metrics,
    String traceId) {
  /** Validate and copy the components. */
  public Turn {
    Objects.requireNonNull(input, "input");
    expectedBehavior = expectedBehavior == null ? "" : expectedBehavior;
    Objects.requireNonNull(output, "output");
    scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(traceId, "traceId");
  }
}
