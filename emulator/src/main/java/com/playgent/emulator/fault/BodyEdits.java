package com.playgent.emulator.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.playgent.emulator.FaultRule;
import java.util.function.ToIntFunction;

/**
 * Apply the body edits of a {@link FaultPlan} to a JSON answer, in order: malformed and replaced
 * fields, long outputs, then padding (last, so that it measures the edited body).
 */
public final class BodyEdits {
  /** The sentence a long output repeats. */
  static final String SENTENCE = "The agent kept on talking and did not stop. ";

  private BodyEdits() {}

  /**
   * Edit {@code body} in place.
   *
   * @param length the byte length of a body as it will be written, for padding
   */
  public static void apply(JsonNode body, FaultPlan plan, ToIntFunction<JsonNode> length) {
    for (FaultRule r : plan.bodyEdits()) {
      switch (r.kind()) {
        case MALFORMED_FIELD -> FieldCorrupter.corrupt(body, r.target());
        case REPLACE_FIELD -> FieldCorrupter.replace(body, r.target(), r.value());
        case LONG_OUTPUT -> longOutputs(body, longText((int) r.size()));
        default -> { }
      }
    }
    for (FaultRule r : plan.bodyEdits()) {
      if (r.kind() == FaultRule.Kind.PAD_BODY && body instanceof ObjectNode o) {
        o.put("padding", "");
        int missing = (int) Math.max(0, r.size() - length.applyAsInt(o));
        o.put("padding", "x".repeat(missing));
      }
    }
  }

  /** {@link #SENTENCE} repeated, cut at exactly {@code characters}. */
  static String longText(int characters) {
    StringBuilder b = new StringBuilder(characters);
    while (b.length() < characters) {
      b.append(SENTENCE, 0, Math.min(SENTENCE.length(), characters - b.length()));
    }
    return b.toString();
  }

  private static void longOutputs(JsonNode body, String text) {
    TextNode node = TextNode.valueOf(text);
    outputsOf(body.get("turns"), node);
    JsonNode cases = body.get("test_cases");
    if (cases != null && cases.isArray()) {
      for (JsonNode c : cases) {
        outputsOf(c.get("turns"), node);
      }
    }
  }

  private static void outputsOf(JsonNode turns, TextNode text) {
    if (turns == null || !turns.isArray()) {
      return;
    }
    for (JsonNode turn : turns) {
      JsonNode output = turn.get("output");
      if (output != null && output.isArray()) {
        for (JsonNode message : output) {
          if (message instanceof ObjectNode m) {
            m.set("content", text);
          }
        }
      }
    }
  }
}
