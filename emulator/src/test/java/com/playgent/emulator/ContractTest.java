package com.playgent.emulator;

import static com.playgent.emulator.support.Shapes.assertSameShape;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import com.playgent.emulator.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Send every documented request example the emulator serves, verbatim from the example files in
 * {@code docs/api/examples}, and compare each answer with the documented response example by JSON shape.
 */
class ContractTest {
  private static final TestClock CLOCK = new TestClock();
  private static PlaygentEmulator emulator;
  private static Http http;

  @BeforeAll
  static void start() {
    emulator = PlaygentEmulator.start(EmulatorConfig.builder().clock(CLOCK).build());
    http = new Http(emulator.baseUrl());
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static Path examples() {
    String dir = System.getProperty("playgent.examples.dir");
    assertThat(dir).as("system property playgent.examples.dir (emulator/pom.xml passes <repo root>/docs/api/examples)")
        .isNotNull();
    Path p = Path.of(dir);
    assertThat(p.resolve("runs-create.request.json"))
        .as("documented examples at %s (kept in the repository at docs/api/examples, see docs/api/README.md)", p)
        .exists();
    return p;
  }

  static String read(String name) throws IOException {
    return Files.readString(examples().resolve(name));
  }

  static Stream<Arguments> documentedPosts() {
    return Stream.of(
        Arguments.of("/runs", "runs-create", 202),
        Arguments.of("/agents", "agents-create", 201),
        Arguments.of("/test-cases", "test-cases-create", 201),
        Arguments.of("/evaluate", "evaluate", 200));
  }

  @ParameterizedTest(name = "POST {0} with {1}.request.json")
  @MethodSource("documentedPosts")
  void documented_request_gets_documented_shape(String path, String example, int status) throws IOException {
    Http.Response r = http.post(path, read(example + ".request.json"));

    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    Path response = examples().resolve(example + ".response.json");
    if (Files.exists(response)) {
      assertSameShape(Http.parse(Files.readString(response)), r.json());
    }
  }

  @Test
  void runs_create_answers_queued_with_documented_fields() throws IOException {
    JsonNode r = http.post("/runs", read("runs-create.request.json")).json();

    assertThat(r.get("status").asText()).isEqualTo("queued");
    assertThat(r.get("test_case_count").asInt()).isEqualTo(1);
    assertThat(r.get("run_id").asText()).matches("run_[a-z0-9]{6}");
    assertThat(r.get("estimated_duration_s").asInt()).isEqualTo(2);
    assertThat(r.get("webhook_url").asText())
        .isEqualTo("ws://127.0.0.1:" + emulator.port() + "/v1/runs/" + r.get("run_id").asText() + "/stream");
  }

  @Test
  void runs_get_of_documented_run_matches_documented_example() throws IOException {
    String runId = http.post("/runs", read("runs-create.request.json")).json().get("run_id").asText();
    CLOCK.advance(Duration.ofSeconds(2));

    JsonNode run = http.get("/runs/" + runId).json();
    JsonNode documented = Http.parse(read("runs-get.response.json"));

    assertSameShape(documented, run);
    assertThat(run.get("turns").get(0)).isEqualTo(documented.get("turns").get(0));
    assertThat(run.get("summary")).isEqualTo(documented.get("summary"));
    for (String field : new String[] {"status", "success", "test_case", "agent"}) {
      assertThat(run.get(field)).as(field).isEqualTo(documented.get(field));
    }
    assertThat(run.get("turns")).hasSize(3);
    assertThat(fieldNames(run)).containsExactlyInAnyOrderElementsOf(fieldNames(documented));
  }

  @Test
  void test_case_create_answers_documented_fields() throws IOException {
    JsonNode r = http.post("/test-cases", read("test-cases-create.request.json")).json();

    // The documented response contains a literal "[...]", so its fields are listed by hand.
    assertThat(fieldNames(r)).containsExactlyInAnyOrder("id", "name", "agent_id", "type", "turns", "tags", "created_at");
    assertThat(r.get("id").asText()).matches("tc_[a-z0-9]{6}");
    assertThat(r.get("name").asText()).isEqualTo("Refund Request Flow");
    assertThat(r.get("type").asText()).isEqualTo("multi");
    assertThat(r.get("tags")).hasSize(3);
    assertThat(r.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void evaluate_answers_the_documented_partial_shape() throws IOException {
    JsonNode r = http.post("/evaluate", read("evaluate.request.json")).json();

    // The documented response is truncated, so it is not a file; these are its visible fields.
    assertThat(r.get("evaluation_id").asText()).matches("eval_[a-z0-9]{6}");
    assertThat(r.get("overall_pass").isBoolean()).isTrue();
    assertThat(fieldNames(r.get("results")))
        .containsExactly("answer_relevancy", "faithfulness", "contextual_relevancy", "bias", "toxicity");
    r.get("results").forEach(res -> {
      assertThat(res.get("score").isNumber()).isTrue();
      assertThat(res.get("pass").isBoolean()).isTrue();
      assertThat(res.get("reasoning").isTextual()).isTrue();
      assertThat(res.get("metadata").isObject()).isTrue();
    });
    JsonNode claims = r.at("/results/faithfulness/metadata/claims_analyzed");
    assertThat(claims.isArray()).isTrue();
    assertThat(claims.get(0).get("claim").isTextual()).isTrue();
    assertThat(claims.get(0).get("supported").isBoolean()).isTrue();
    assertThat(claims.get(0).get("evidence").isTextual()).isTrue();
    assertThat(r.at("/results/faithfulness/metadata/unsupported_claims").isArray()).isTrue();
    assertThat(r.at("/results/contextual_relevancy/metadata/relevant_chunks").isInt()).isTrue();
    assertThat(r.at("/results/contextual_relevancy/metadata/total_chunks").isInt()).isTrue();
    assertThat(r.get("overall_pass").asBoolean()).isTrue();
  }

  @Test
  void errors_have_the_documented_error_shape() throws IOException {
    Http.Response r = http.post("/agents", "{\"provider\": \"openai\"}");

    assertThat(r.status()).isEqualTo(400);
    assertSameShape(Http.parse(read("error.json")), r.json());
    assertThat(r.json()).isEqualTo(Http.parse(read("error.json")));
  }

  @Test
  void created_agent_has_the_fields_of_the_documented_success_example() throws IOException {
    JsonNode r = http.post("/agents", read("agents-create.request.json")).json();

    assertSameShape(Http.parse(read("success-agent.json")), r);
    assertThat(r.get("id").asText()).matches("agent_[a-z0-9]{6}");
    assertThat(r.get("api_key").asText()).startsWith("pk_live_");
  }

  private static java.util.List<String> fieldNames(JsonNode n) {
    java.util.List<String> out = new java.util.ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
