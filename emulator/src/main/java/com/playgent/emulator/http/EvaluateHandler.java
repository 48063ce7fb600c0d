package com.playgent.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.eval.EvalInput;
import com.playgent.emulator.eval.LexicalEvaluator;
import com.playgent.emulator.eval.ScoreResult;
import com.playgent.emulator.eval.ScorerCatalog;
import com.playgent.emulator.state.IdGenerator;
import com.playgent.emulator.world.JsonFields;
import java.util.List;

/** Serve {@code POST /v1/evaluate} with the deterministic lexical scorers. */
final class EvaluateHandler {
  private final IdGenerator ids = new IdGenerator("eval_");

  ApiResponse evaluate(JsonNode body) {
    String output = JsonFields.requiredString(body, "output", "");
    String input = JsonFields.optionalString(body, "input", "");
    String expected = JsonFields.optionalString(body, "expected_behavior", "");
    String groundTruth = JsonFields.optionalString(body, "ground_truth", "");
    List<String> context = JsonFields.optionalStrings(body, "context", "");
    List<String> scorers = JsonFields.optionalStrings(body, "scorers", "");
    if (scorers == null) {
      throw ApiException.invalid("Missing required field: scorers");
    }
    if (scorers.isEmpty()) {
      throw ApiException.invalid("Field scorers must not be empty");
    }
    for (String s : scorers) {
      if (ScorerCatalog.lookup(s).isEmpty()) {
        throw ApiException.invalid("Unknown scorer: " + s);
      }
    }
    Double t = JsonFields.optionalNumber(body, "threshold", "", 0, 1);
    double threshold = t == null ? ScorerCatalog.DEFAULT_THRESHOLD : t;
    EvalInput in = new EvalInput(input, output, expected, context, groundTruth);
    ObjectNode out = Json.object();
    out.put("evaluation_id", ids.next());
    ObjectNode results = Json.object();
    boolean all = true;
    for (String s : scorers) {
      ScoreResult r = LexicalEvaluator.score(s, in);
      boolean pass = ScorerCatalog.passes(s, r.score(), threshold);
      all &= pass;
      ObjectNode rn = results.putObject(s);
      rn.put("score", r.score());
      rn.put("pass", pass);
      rn.put("reasoning", r.reasoning());
      rn.set("metadata", Json.MAPPER.valueToTree(r.metadata()));
    }
    out.put("overall_pass", all);
    out.set("results", results);
    return ApiResponse.of(200, out);
  }
}
