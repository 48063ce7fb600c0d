package com.playgent.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.playgent.client.internal.Json;
import com.playgent.client.model.Agent;
import com.playgent.client.model.CreateAgentRequest;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.CreateTestCaseRequest;
import com.playgent.client.model.ErrorBody;
import com.playgent.client.model.EvaluateRequest;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunConfig;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TestCaseTurn;
import com.playgent.client.model.TextInput;
import com.playgent.client.model.TurnResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documented JSON examples ({@code docs/api/examples} in this repository) are the golden files:
 * responses parse into the model and serialise back to an equal tree, requests are produced
 * exactly by the request records.
 */
class GoldenExamplesTest {
  static final String EXAMPLES_PROPERTY = "playgent.examples.dir";

  /** Examples of endpoints the client does not model (tracing, scorers, optimization, generation). */
  static final Set<String> NOT_MODELLED = Set.of(
      "optimize-prompt.request.json",
      "optimize-prompt.response.json",
      "scorers-create.request.json",
      "scorers-create.response.json",
      "spans-create.request.json",
      "spans-create.response.json",
      "spans-update.request.json",
      "spans-update.response.json",
      "test-cases-generate.request.json",
      "test-cases-generate.response.json",
      "traces-create.request.json",
      "traces-create.response.json",
      "traces-get.response.json");

  static final Set<String> COVERED = Set.of(
      "runs-create.request.json",
      "runs-create.response.json",
      "runs-get.response.json",
      "error.json",
      "evaluate.request.json",
      "agents-create.request.json",
      "agents-create.response.json",
      "test-cases-create.request.json",
      "success-agent.json");

  /** Numbers compare by value (1450 equals 1450.0); everything else structurally. */
  static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void everyExampleFileIsEitherCoveredOrDeclaredNotModelled() throws IOException {
    Set<String> files;
    try (Stream<Path> list = Files.list(examplesDir())) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> unclassified = new TreeSet<>(files);
    unclassified.removeAll(COVERED);
    unclassified.removeAll(NOT_MODELLED);
    assertThat(unclassified).as("example files nobody decided about: add a golden test or list them as not modelled")
        .isEmpty();
    assertThat(files).containsAll(COVERED);
  }

  @Test
  void runsCreateRequest_isProducedByTheRequestRecord() throws IOException {
    CreateRunRequest request = CreateRunRequest.forTestCase("tc_xyz789").withConfig(new RunConfig(true, 2, 30000));
    assertProducedExactly(request, "runs-create.request.json");
  }

  @Test
  void runsCreateResponse_roundTrips() throws IOException {
    CreateRunResponse created = assertRoundTrips("runs-create.response.json", CreateRunResponse.class);
    assertThat(created.runId()).isEqualTo("run_def456");
    assertThat(created.status()).isEqualTo(RunStatus.QUEUED);
    assertThat(created.estimatedDurationS()).isEqualTo(45);
  }

  @Test
  void runsGetResponse_roundTrips() throws IOException {
    Run run = assertRoundTrips("runs-get.response.json", Run.class);
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.success()).isFalse();
    assertThat(run.testCase().name()).isEqualTo("Refund Request Flow");
    TurnResult turn = run.turns().get(0);
    assertThat(turn.inputText()).isEqualTo("I want a refund...");
    assertThat(turn.evaluation().scorers().get("relevance").score()).isEqualTo(0.92);
    assertThat(turn.metrics().latencyMs()).isEqualTo(1240L);
    assertThat(turn.metrics().tokens().total()).isEqualTo(245L);
    assertThat(turn.traceId()).isEqualTo("trace_ghi789");
    assertThat(run.summary().avgLatencyMs()).isEqualTo(1450.0);
  }

  @Test
  void errorBody_roundTrips() throws IOException {
    ErrorBody error = assertRoundTrips("error.json", ErrorBody.class);
    assertThat(error.error().code()).isEqualTo("invalid_request");
    assertThat(error.error().message()).isEqualTo("Missing required field: name");
  }

  @Test
  void evaluateRequest_isProducedByTheRequestRecord() throws IOException {
    EvaluateRequest request = new EvaluateRequest(
        "What is your refund policy?",
        "Our refund policy allows returns within 30 days of purchase for a full refund.",
        "Should accurately describe the refund policy",
        List.of("Refund Policy Doc: Returns accepted within 30 days of purchase for full refund. Excludes sale items."),
        "Returns are accepted within 30 days of purchase for a full refund.",
        List.of("answer_relevancy", "faithfulness", "contextual_relevancy", "bias", "toxicity"),
        0.8);
    assertProducedExactly(request, "evaluate.request.json");
  }

  @Test
  void agentsCreateRequest_isProducedByTheRequestRecord() throws IOException {
    CreateAgentRequest request = new CreateAgentRequest(
        "Customer Support Agent",
        "openai",
        Map.of("OPENAI_API_KEY", "sk-xxx..."),
        null,
        "You are a helpful customer support agent...",
        List.of("relevance", "faithfulness", "safety"));
    assertProducedExactly(request, "agents-create.request.json");
  }

  @Test
  void agentsCreateResponse_roundTrips() throws IOException {
    Agent agent = assertRoundTrips("agents-create.response.json", Agent.class);
    assertThat(agent.apiKey()).isEqualTo("pk_live_xxx...");
    assertThat(agent.toString()).doesNotContain("pk_live_xxx...");
  }

  @Test
  void successAgentExample_roundTrips() throws IOException {
    Agent agent = assertRoundTrips("success-agent.json", Agent.class);
    assertThat(agent.name()).isEqualTo("My Agent");
    assertThat(agent.provider()).isNull();
  }

  @Test
  void testCasesCreateRequest_isProducedByTheRequestRecord() throws IOException {
    TestCaseTurn turn = new TestCaseTurn(
        new TextInput("I want a refund for order #1234"),
        "Agent should ask for order details and reason",
        List.of("relevance", "completeness"),
        "Order #1234 was placed on Dec 1, 2024 for $99.99",
        List.of("Order #1234: Status=Delivered, Amount=$99.99"));
    CreateTestCaseRequest request = new CreateTestCaseRequest(
        "Refund Request Flow", "agent_abc123", "multi", List.of(turn),
        List.of("customer-support", "refunds", "critical-path"));
    assertProducedExactly(request, "test-cases-create.request.json");
  }

  static Path examplesDir() {
    String value = System.getProperty(EXAMPLES_PROPERTY);
    if (value == null || value.isBlank()) {
      fail("system property " + EXAMPLES_PROPERTY + " is not set: run the tests through Maven (client/pom.xml "
          + "passes <repo root>/docs/api/examples), or pass -D" + EXAMPLES_PROPERTY + "=<dir>");
    }
    Path dir = Paths.get(value).normalize();
    if (!Files.isDirectory(dir)) {
      fail("the documented examples are missing: no directory " + dir.toAbsolutePath() + ". The golden tests read "
          + "the examples kept in the repository at <repo root>/docs/api/examples (see docs/api/README.md); "
          + "restore that folder from git, or pass -D" + EXAMPLES_PROPERTY + "=<dir>");
    }
    return dir;
  }

  static JsonNode example(String file) throws IOException {
    Path path = examplesDir().resolve(file);
    if (!Files.isRegularFile(path)) {
      fail("documented example " + path.toAbsolutePath() + " is missing");
    }
    return MAPPER.readTree(Files.readAllBytes(path));
  }

  /** Parses the example through the client's own reader and checks the model writes it back unchanged. */
  static <T> T assertRoundTrips(String file, Class<T> type) throws IOException {
    JsonNode documented = example(file);
    T parsed = Json.read(MAPPER.writeValueAsBytes(documented), type, "golden " + file);
    JsonNode written = MAPPER.readTree(Json.write(parsed));
    assertSameTree(file, documented, written);
    return parsed;
  }

  static void assertProducedExactly(Object request, String file) throws IOException {
    JsonNode documented = example(file);
    JsonNode written = MAPPER.readTree(Json.write(request));
    assertSameTree(file, documented, written);
  }

  static void assertSameTree(String file, JsonNode documented, JsonNode written) {
    if (!documented.equals(BY_VALUE, written)) {
      fail(file + ": the client's JSON differs from the documented example.%nDocumented:%n%s%nClient:%n%s",
          documented.toPrettyString(), written.toPrettyString());
    }
  }
}
