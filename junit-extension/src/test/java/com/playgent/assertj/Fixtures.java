package com.playgent.assertj;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.Message;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.RunSummary;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.ScorerResult;
import com.playgent.client.model.TokenUsage;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The Refund Flow run of the extension tests' world, and an evaluation, built in Java: no network. */
final class Fixtures {
  private Fixtures() {}

  static TurnResult turn1() {
    return turn(0, "I want a refund for order #1234", "Asks for the order details and reason",
        "I'd be happy to help. Could you tell me why?", null, true,
        scores("answer_relevancy", 0.92, "Response directly addresses refund request",
            "faithfulness", 0.88, "All claims supported by context"), new TurnMetrics(1240L, new TokenUsage(156L, 89L), 0.0034),
        "trace_r1");
  }

  static TurnResult turn2() {
    return turn(1, "It arrived broken. What is your policy?", "Explains the 30-day refund policy",
        "Our policy gives refunds within 90 days, no questions asked.", false, false,
        scores("answer_relevancy", 0.71, "On topic but vague", "faithfulness", 0.31, "Cited a policy that does not exist"),
        new TurnMetrics(1650L, new TokenUsage(170L, 95L), 0.0034), "trace_r2");
  }

  static TurnResult turn3() {
    return turn(2, "OK, please go ahead", "Confirms the refund", "Done: your refund is on its way.", null, true,
        scores("answer_relevancy", 0.9, "Confirms", "faithfulness", 0.74, "Mostly supported"),
        new TurnMetrics(1460L, new TokenUsage(120L, 40L), 0.0034), "trace_r3");
  }

  static Run refundRun() {
    return run(RunStatus.COMPLETED, List.of(turn1(), turn2(), turn3()), new RunSummary(2, 1, 1450.0, 0.0102));
  }

  static Run greetingRun() {
    TurnResult hello = turn(0, "Hello there", "Greets the user", "Hi! How can I help?", null, true,
        scores("answer_relevancy", 0.95, "Greets back", "faithfulness", 0.9, "Nothing invented"),
        new TurnMetrics(800L, new TokenUsage(20L, 12L), 0.001), "trace_p1");
    return new Run("run_greet1", RunStatus.COMPLETED, true, new EntityRef("tc_pass", "Greeting Flow"),
        new EntityRef("agent_support", "Support Agent"), List.of(hello), new RunSummary(1, 0, 800.0, 0.001), null, null);
  }

  static Run run(RunStatus status, List<TurnResult> turns, RunSummary summary) {
    return new Run("run_refund1", status, null, new EntityRef("tc_refund", "Refund Flow"),
        new EntityRef("agent_support", "Support Agent"), turns, summary, null, null);
  }

  static TurnResult turn(Integer index, String input, String expected, String output, Boolean success, Boolean overall,
      Map<String, ScorerOutput> scores, TurnMetrics metrics, String traceId) {
    return new TurnResult(index, List.of(Message.user(input)), output == null ? List.of() : List.of(Message.assistant(output)),
        expected, success, new TurnEvaluation(overall, scores), metrics, traceId);
  }

  static Map<String, ScorerOutput> scores(String name1, double score1, String reasoning1, String name2, double score2,
      String reasoning2) {
    Map<String, ScorerOutput> scores = new LinkedHashMap<>();
    scores.put(name1, new ScorerOutput(score1, reasoning1));
    scores.put(name2, new ScorerOutput(score2, reasoning2));
    return scores;
  }

  /** A failing local evaluation: faithfulness found one unsupported claim. */
  static Evaluation failingEvaluation() {
    Map<String, ScorerResult> results = new LinkedHashMap<>();
    results.put("answer_relevancy", new ScorerResult(0.83, true, "5 of 6 key terms of the input appear in the output.",
        Map.of()));
    Map<String, Object> claim1 = new LinkedHashMap<>();
    claim1.put("claim", "Refunds are accepted within 30 days.");
    claim1.put("supported", true);
    Map<String, Object> claim2 = new LinkedHashMap<>();
    claim2.put("claim", "Shipping is always free.");
    claim2.put("supported", false);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("claims_analyzed", List.of(claim1, claim2));
    metadata.put("unsupported_claims", List.of("Shipping is always free."));
    results.put("faithfulness", new ScorerResult(0.5, false,
        "1 of 2 claims in the output are supported by the context.", metadata));
    return new Evaluation("eval_1", false, results);
  }

  /** A passing local evaluation. */
  static Evaluation passingEvaluation() {
    Map<String, ScorerResult> results = new LinkedHashMap<>();
    results.put("answer_relevancy", new ScorerResult(0.83, true, "5 of 6 key terms of the input appear in the output.",
        Map.of()));
    results.put("faithfulness", new ScorerResult(1.0, true, "1 of 1 claims in the output are supported by the context.",
        Map.of("unsupported_claims", List.of())));
    return new Evaluation("eval_2", true, results);
  }

  /** The message of the assertion error {@code code} throws; fails when it throws none. */
  static String failureOf(ThrowingCallable code) {
    AssertionError error = catchThrowableOfType(AssertionError.class, code);
    if (error == null) {
      throw new AssertionError("expected an assertion error, but the assertion passed");
    }
    return error.getMessage();
  }
}
