package com.playgent.emulator.world;

import com.playgent.emulator.eval.Scorer;
import com.playgent.emulator.eval.ScorerCatalog;
import java.util.SplittableRandom;

/**
 * Fill in the parts of a turn that a world file leaves out, deterministically: the same test case
 * id and turn index always give the same output, scores, metrics and trace id.
 */
public final class TurnGenerator {
  private final SplittableRandom random;
  private final String seedText;

  /** Create a generator for turn {@code index} of test case {@code testCaseId}. */
  public TurnGenerator(String testCaseId, int index) {
    this.seedText = testCaseId + "#" + index;
    this.random = new SplittableRandom(seedText.hashCode() * 0x9E3779B97F4A7C15L + index);
  }

  /** Return a generated agent answer to {@code input}. */
  public String output(String input) {
    String gist = input.length() > 80 ? input.substring(0, 77) + "..." : input;
    return "I can help with that. You asked: \"" + gist + "\". Here is what I found.";
  }

  /** Return a generated passing score for the named scorer. */
  public ScorerOutput score(String scorer) {
    boolean lowerIsBetter = ScorerCatalog.lookup(scorer).map(Scorer::lowerIsBetter).orElse(false);
    double value = lowerIsBetter ? random.nextInt(10) / 100.0 : (70 + random.nextInt(29)) / 100.0;
    return new ScorerOutput(value, "Emulated " + scorer + " score (generated, not scripted)");
  }

  /** Return generated latency in milliseconds. */
  public long latencyMs() {
    return 600 + random.nextInt(1400);
  }

  /** Return generated input tokens for {@code input}. */
  public long tokensInput(String input) {
    return 20 + input.length() / 4 + random.nextInt(40);
  }

  /** Return generated output tokens for {@code output}. */
  public long tokensOutput(String output) {
    return 10 + output.length() / 4 + random.nextInt(60);
  }

  /** Return a generated cost for the given tokens, rounded to 6 decimals. */
  public static double cost(long tokensInput, long tokensOutput) {
    double raw = tokensInput * 0.00001 + tokensOutput * 0.00002;
    return Math.round(raw * 1_000_000) / 1_000_000.0;
  }

  /** Return a generated trace id: {@code trace_} and 6 lowercase alphanumerics. */
  public String traceId() {
    long h = Integer.toUnsignedLong(("trace:" + seedText).hashCode());
    String s = Long.toString(h, 36);
    while (s.length() < 6) {
      s = "0" + s;
    }
    return "trace_" + s.substring(s.length() - 6);
  }
}
