package com.playgent.emulator.eval;

import java.util.List;

/**
 * Hold what a scorer judges.
 *
 * @param input the user input, may be empty
 * @param output the agent output
 * @param expectedBehavior the expectation, may be empty
 * @param context retrieved context chunks, may be empty
 * @param groundTruth the reference answer, may be empty
 */
public record EvalInput(
    String input, String output, String expectedBehavior, List<String> context, String groundTruth) {
  /** Replace nulls with empty values. */
  public EvalInput {
    input = input == null ? "" : input;
    output = output == null ? "" : output;
    expectedBehavior = expectedBehavior == null ? "" : expectedBehavior;
    context = List.copyOf(context == null ? List.of() : context);
    groundTruth = groundTruth == null ? "" : groundTruth;
  }
}
