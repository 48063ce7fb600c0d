package com.playgent.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.World;
import java.util.function.IntToLongFunction;

/** Worlds the synthetic generator cannot make: mixed run durations (B2), long outputs (B4, B5), one named case (B6). */
final class Worlds {
  private Worlds() {}

  /** Cases {@code tc_s00001}… of two passing turns, case {@code i} (1-based) lasting {@code durationMs(i)}. */
  static World mixedDurations(int cases, IntToLongFunction durationMs) {
    ObjectNode world = skeleton();
    ArrayNode list = world.putArray("test_cases");
    for (int i = 1; i <= cases; i++) {
      ObjectNode c = testCase(list, String.format("tc_s%05d", i), "Timed case " + i, durationMs.applyAsLong(i));
      ArrayNode turns = c.putArray("turns");
      for (int t = 1; t <= 2; t++) {
        turn(turns, "Question " + t + " of case " + i, "Answer " + t + " of case " + i + ".", t);
      }
    }
    return World.fromJson(world.toString());
  }

  /**
   * Case {@code tc_large} of {@code turns} passing turns, each output {@code outputChars} long, and
   * case {@code tc_warm}, the same with {@code warmTurns} turns.
   */
  static World largeRun(int turns, int warmTurns, int outputChars) {
    ObjectNode world = skeleton();
    ArrayNode cases = world.putArray("test_cases");
    for (String id : new String[] {"tc_large", "tc_warm"}) {
      ArrayNode list = testCase(cases, id, "Large case", 0).putArray("turns");
      for (int t = 1; t <= (id.equals("tc_large") ? turns : warmTurns); t++) {
        turn(list, input(t), output(t, outputChars), t);
      }
    }
    return World.fromJson(world.toString());
  }

  /**
   * B5: cases {@code tc_s00001}… of {@code turns} passing turns, each output {@code outputChars}
   * long, every run lasting {@code durationMs}.
   */
  static World scale(int cases, int turns, int outputChars, long durationMs) {
    ObjectNode world = skeleton();
    ArrayNode list = world.putArray("test_cases");
    for (int i = 1; i <= cases; i++) {
      ArrayNode turnList = testCase(list, String.format("tc_s%05d", i), "Scale case " + i, durationMs).putArray("turns");
      for (int t = 1; t <= turns; t++) {
        turn(turnList, input(t), output(i * 100 + t, outputChars), t);
      }
    }
    return World.fromJson(world.toString());
  }

  /** Case {@code tc_rerun}: {@code turns} passing turns, the run lasting {@code durationMs}. */
  static World rerun(int turns, long durationMs) {
    ObjectNode world = skeleton();
    ArrayNode list = testCase(world.putArray("test_cases"), "tc_rerun", "Re-run case", durationMs).putArray("turns");
    for (int t = 1; t <= turns; t++) {
      turn(list, input(t), "Answer " + t + ".", t);
    }
    return World.fromJson(world.toString());
  }

  static String input(int turn) {
    return "Question " + turn + ": summarise order #" + (10_000 + turn) + " for the customer";
  }

  /** A deterministic text of exactly {@code chars} characters, different for every turn. */
  static String output(int turn, int chars) {
    StringBuilder b = new StringBuilder(chars + 64);
    int sentence = 0;
    while (b.length() < chars) {
      b.append("Order #").append(10_000 + turn).append(" line ").append(++sentence)
          .append(": shipped from warehouse ").append((turn * 31 + sentence) % 97).append(", on time. ");
    }
    b.setLength(chars);
    return b.toString();
  }

  private static ObjectNode skeleton() {
    ObjectNode world = Results.JSON.createObjectNode();
    ObjectNode agent = world.putArray("agents").addObject();
    agent.put("id", "agent_abc123");
    agent.put("name", "Bench Agent");
    agent.putArray("default_scorers").add("relevance");
    return world;
  }

  private static ObjectNode testCase(ArrayNode list, String id, String name, long durationMs) {
    ObjectNode c = list.addObject();
    c.put("id", id);
    c.put("name", name);
    c.put("agent_id", "agent_abc123");
    c.put("duration_ms", durationMs);
    return c;
  }

  private static void turn(ArrayNode turns, String input, String output, int n) {
    ObjectNode t = turns.addObject();
    t.put("input", input);
    t.put("expected_behavior", "Answers the question");
    t.put("output", output);
    ObjectNode score = t.putObject("scores").putObject("relevance");
    score.put("score", 0.9);
    score.put("reasoning", "On topic");
    ObjectNode m = t.putObject("metrics");
    m.put("latency_ms", 800 + n % 400);
    ObjectNode tokens = m.putObject("tokens");
    tokens.put("input", 40);
    tokens.put("output", 120);
    m.put("cost_usd", 0.0012);
  }
}
