package com.playgent.client.model;

import java.util.List;
import java.util.stream.Collectors;

/** One judged turn of a run ({@code GET /v1/runs/{run_id}}, {@code turns[]}). */
public record TurnResult(
    Integer turnIndex,
    List<Message> input,
    List<Message> output,
    String expectedBehavior,
    Boolean success,
    TurnEvaluation evaluation,
    TurnMetrics metrics,
    String traceId) {

  public TurnResult {
    input = Immutables.list(input);
    output = Immutables.list(output);
  }

  /** The turn passed: {@code success} when sent, else the evaluation's {@code overall_pass}. */
  public boolean passed() {
    if (success != null) {
      return success;
    }
    return evaluation != null && Boolean.TRUE.equals(evaluation.overallPass());
  }

  /** The user's words for this turn: the last {@code user} message, else all input joined. */
  public String inputText() {
    List<Message> messages = input == null ? List.of() : input;
    for (int i = messages.size() - 1; i >= 0; i--) {
      Message m = messages.get(i);
      if (m != null && "user".equals(m.role()) && m.content() != null) {
        return m.content();
      }
    }
    return joined(messages);
  }

  /** The agent's answer: every output message's content, joined by blank lines. */
  public String outputText() {
    return joined(output == null ? List.of() : output);
  }

  public TurnEvaluation evaluationOrEmpty() {
    return evaluation == null ? new TurnEvaluation(null, null) : evaluation;
  }

  private static String joined(List<Message> messages) {
    return messages.stream()
        .filter(m -> m != null && m.content() != null)
        .map(Message::content)
        .collect(Collectors.joining("\n\n"));
  }
}
