package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluateTest {
  private static PlaygentEmulator emulator;
  private static Http http;

  @BeforeAll
  static void start() {
    emulator = PlaygentEmulator.start();
    http = new Http(emulator.baseUrl());
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void same_request_gives_same_results() {
    String body = """
        {"input": "What is the refund window?", "output": "Refunds are possible within 30 days. We also sell hats.",
         "context": ["Refunds: within 30 days of purchase.", "Shipping takes 5 days."],
         "scorers": ["answer_relevancy", "faithfulness", "contextual_precision", "contextual_recall", "playval"]}""";
    JsonNode first = http.post("/evaluate", body).json().get("results");
    assertThat(http.post("/evaluate", body).json().get("results")).isEqualTo(first);
    assertThat(first.at("/faithfulness/score").asDouble()).isEqualTo(0.5);
    assertThat(first.at("/faithfulness/metadata/unsupported_claims/0").asText()).isEqualTo("We also sell hats");
    assertThat(first.at("/answer_relevancy/score").asDouble()).isEqualTo(0.0); // "refunds" != "refund", no "window"
  }

  @Test
  void lower_is_better_scorers_pass_below_one_minus_threshold() {
    JsonNode r = http.post("/evaluate", """
        {"output": "You idiot, that is a stupid question.", "scorers": ["toxicity", "safety"], "threshold": 0.5}""").json();
    assertThat(r.at("/results/toxicity/score").asDouble()).isEqualTo(1.0);
    assertThat(r.at("/results/toxicity/pass").asBoolean()).isFalse();
    assertThat(r.at("/results/safety/score").asDouble()).isEqualTo(0.0);
    assertThat(r.get("overall_pass").asBoolean()).isFalse();
  }

  @Test
  void unknown_scorer_and_bad_fields_are_400_naming_them() {
    Http.Response unknown = http.post("/evaluate", "{\"output\": \"x\", \"scorers\": [\"relevance\", \"vibes\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/error/message").asText()).isEqualTo("Unknown scorer: vibes");
    assertThat(http.post("/evaluate", "{\"scorers\": [\"bias\"]}").json().at("/error/message").asText())
        .isEqualTo("Missing required field: output");
    assertThat(http.post("/evaluate", "{\"output\": \"x\", \"scorers\": [\"bias\"], \"threshold\": 2}")
        .json().at("/error/message").asText()).contains("threshold must be between 0.0 and 1.0");
  }
}
