package com.playgent.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.client.internal.Json;
import com.playgent.client.model.CaseResult;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunConfig;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whatever the docs do not mark required may be absent or null; unknown fields and statuses are kept calm. */
class ModelToleranceTest {

  private static <T> T read(String json, Class<T> type) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), type, "GET /v1/runs/run_1");
  }

  @Test
  void runWithOnlyIdAndStatus_parses_andEveryHelperWorks() {
    Run run = read("{\"run_id\":\"run_1\",\"status\":\"running\"}", Run.class);

    assertThat(run.runId()).isEqualTo("run_1");
    assertThat(run.success()).isNull();
    assertThat(run.turns()).isNull();
    assertThat(run.turnsOrEmpty()).isEmpty();
    assertThat(run.isTerminal()).isFalse();
    assertThat(run.cases()).singleElement().satisfies(c -> {
      assertThat(c.id()).isNull();
      assertThat(c.turns()).isEmpty();
      assertThat(c.ref().label()).isEqualTo("?");
    });
  }

  @Test
  void turnWithNothingButIndex_helpersReturnEmptyValues() {
    Run run = read("{\"run_id\":\"run_1\",\"status\":\"completed\",\"turns\":[{\"turn_index\":0}]}", Run.class);
    TurnResult turn = run.turnsOrEmpty().get(0);

    assertThat(turn.passed()).isFalse();
    assertThat(turn.inputText()).isEmpty();
    assertThat(turn.outputText()).isEmpty();
    assertThat(turn.evaluationOrEmpty().scorers()).isEmpty();
    assertThat(turn.metrics()).isNull();
  }

  @Test
  void explicitNulls_everywhere_doNotCrash() {
    String json = "{\"run_id\":\"run_1\",\"status\":null,\"success\":null,\"test_case\":null,\"agent\":null,"
        + "\"summary\":null,\"test_cases\":null,\"error\":null,\"turns\":[{\"turn_index\":null,\"input\":null,"
        + "\"output\":[{\"role\":\"assistant\",\"content\":null}],\"expected_behavior\":null,\"success\":null,"
        + "\"evaluation\":{\"overall_pass\":null,\"scorer_outputs\":null},"
        + "\"metrics\":{\"latency_ms\":null,\"tokens\":null,\"cost_usd\":null},\"trace_id\":null}]}";
    Run run = read(json, Run.class);

    assertThat(run.status()).isNull();
    assertThat(run.isTerminal()).isFalse();
    TurnResult turn = run.turnsOrEmpty().get(0);
    assertThat(turn.passed()).isFalse();
    assertThat(turn.inputText()).isEmpty();
    assertThat(turn.outputText()).isEmpty();
    assertThat(turn.evaluationOrEmpty().scorers()).isEmpty();
    assertThat(run.cases()).singleElement().extracting(CaseResult::turns).asList().hasSize(1);
  }

  @Test
  void passedFallsBackToOverallPass_whenTurnSuccessIsAbsent() {
    Run run = read("{\"run_id\":\"r\",\"status\":\"completed\",\"turns\":[{\"evaluation\":{\"overall_pass\":true}}]}",
        Run.class);
    assertThat(run.turnsOrEmpty().get(0).passed()).isTrue();
  }

  @Test
  void unknownFields_areIgnored_atEveryLevel() {
    String json = "{\"run_id\":\"run_1\",\"status\":\"completed\",\"brand_new\":{\"x\":[1,2]},"
        + "\"turns\":[{\"turn_index\":0,\"latency_breakdown\":[1],\"metrics\":{\"latency_ms\":5,\"gpu\":\"a100\"}}],"
        + "\"summary\":{\"turns_passed\":1,\"p99\":3}}";
    Run run = read(json, Run.class);

    assertThat(run.turnsOrEmpty().get(0).metrics().latencyMs()).isEqualTo(5L);
    assertThat(run.summary().turnsPassed()).isEqualTo(1);
  }

  @Test
  void unknownStatus_isKept_notKnown_notTerminal() {
    Run run = read("{\"run_id\":\"run_1\",\"status\":\"paused\"}", Run.class);

    assertThat(run.status().value()).isEqualTo("paused");
    assertThat(run.status().isKnown()).isFalse();
    assertThat(run.status().isTerminal()).isFalse();
    assertThat(run.isTerminal()).isFalse();
    assertThat(Json.mapper().valueToTree(run).get("status").asText()).isEqualTo("paused");
  }

  @Test
  void documentedStatuses_areKnown_andOnlyCompletedAndFailedAreTerminal() {
    assertThat(RunStatus.of("queued").isTerminal()).isFalse();
    assertThat(RunStatus.of("running").isTerminal()).isFalse();
    assertThat(RunStatus.of("completed").isTerminal()).isTrue();
    assertThat(RunStatus.of("FAILED")).isEqualTo(RunStatus.FAILED);
    assertThat(RunStatus.of("queued").isKnown()).isTrue();
  }

  @Test
  void createResponseWithOnlyRunId_parses() {
    CreateRunResponse created = read("{\"run_id\":\"run_1\"}", CreateRunResponse.class);
    assertThat(created.estimatedDurationS()).isNull();
    assertThat(created.status()).isNull();
  }

  @Test
  void evaluationWithoutResults_givesAnEmptyMap() {
    Evaluation evaluation = read("{\"evaluation_id\":\"eval_1\",\"overall_pass\":true}", Evaluation.class);
    assertThat(evaluation.resultsOrEmpty()).isEmpty();
  }

  @Test
  void requestBody_carriesOnlyWireFields_andLeavesUnsetOnesOut() {
    JsonNode body = Json.mapper().valueToTree(
        CreateRunRequest.forTags(java.util.List.of("smoke")).withConfig(new RunConfig(null, 1, null)));

    assertThat(body.toString()).isEqualTo("{\"tags\":[\"smoke\"],\"config\":{\"max_retries\":1}}");
  }
}
