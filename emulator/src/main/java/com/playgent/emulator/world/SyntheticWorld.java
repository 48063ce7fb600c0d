package com.playgent.emulator.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Build large deterministic worlds for benchmarks: one agent and many generated test cases.
 *
 * @param agents the single agent {@code agent_abc123}
 * @param testCases the generated cases
 */
public record SyntheticWorld(List<Agent> agents, List<TestCase> testCases) {
  /** Share of synthetic turns that fail (faithfulness below the threshold). */
  public static final double FAILING_SHARE = 0.1;

  /** Build {@code cases} cases of {@code turns} turns, deterministic from {@code seed}. */
  public static SyntheticWorld build(int cases, int turns, long seed, long durationMs) {
    if (cases < 1 || turns < 1 || durationMs < 0) {
      throw new IllegalArgumentException("synthetic world needs testCases >= 1, turnsPerCase >= 1,"
          + " durationMs >= 0, but was " + cases + ", " + turns + ", " + durationMs);
    }
    Agent agent = new Agent("agent_abc123", "Customer Support Agent", "openai",
        List.of("relevance", "faithfulness"));
    SplittableRandom random = new SplittableRandom(seed);
    List<TestCase> out = new ArrayList<>(cases);
    for (int c = 1; c <= cases; c++) {
      String id = String.format("tc_s%05d", c);
      List<Turn> turnList = new ArrayList<>(turns);
      for (int t = 0; t < turns; t++) {
        TurnGenerator gen = new TurnGenerator(id, t);
        String input = "Synthetic question " + c + "." + (t + 1) + ": where is my order #" + (1000 + c) + "?";
        String output = gen.output(input);
        boolean fails = random.nextDouble() < FAILING_SHARE;
        Map<String, ScorerOutput> scores = new LinkedHashMap<>();
        scores.put("relevance", gen.score("relevance"));
        scores.put("faithfulness", fails
            ? new ScorerOutput(0.3, "Synthetic failing turn: claims not supported by context")
            : gen.score("faithfulness"));
        long in = gen.tokensInput(input);
        long outTokens = gen.tokensOutput(output);
        Metrics m = new Metrics(gen.latencyMs(), in, outTokens, TurnGenerator.cost(in, outTokens));
        turnList.add(new Turn(input, "Agent should give the status of order #" + (1000 + c),
            output, scores, !fails, m, gen.traceId()));
      }
      out.add(new TestCase(id, "Synthetic case " + c, agent.id(), turns > 1 ? "multi" : "single",
          List.of("synthetic", "shard-" + (c % 10)), durationMs, null, false, turnList));
    }
    return new SyntheticWorld(List.of(agent), out);
  }
}
