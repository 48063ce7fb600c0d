package com.playgent.client;

import static com.playgent.client.TestSupport.API_KEY;
import static com.playgent.client.TestSupport.errorJson;
import static com.playgent.client.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.playgent.client.model.CreateRunRequest;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error statuses and bad bodies become one clear exception naming the request, the cause and the fix. */
class ErrorMappingTest {
  private MockWebServer server;
  private PlaygentClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = TestSupport.clientFor(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void malformedFieldType_isResponseException_namingJsonPathAndRequest() {
    server.enqueue(json(200, "{\"run_id\":\"run_9\",\"status\":\"completed\",\"turns\":[{\"turn_index\":0,"
        + "\"metrics\":{\"latency_ms\":\"abc\"}}]}"));

    PlaygentResponseException e = catchThrowableOfType(PlaygentResponseException.class, () -> client.getRun("run_9"));

    assertThat(e.jsonPath()).isEqualTo("$.turns[0].metrics.latency_ms");
    assertThat(e.request()).isEqualTo("GET /v1/runs/run_9");
    assertThat(e.getMessage()).contains("$.turns[0].metrics.latency_ms", "GET /v1/runs/run_9");
    assertThat(server.getRequestCount()).as("a malformed (not truncated) body is not retried").isEqualTo(1);
  }

  @Test
  void unauthorized_saysTheKeyWasRejected_andPointsToTheEnvironmentVariable_withoutTheKey() {
    // A service that echoes the rejected key back must not make the client print it.
    server.enqueue(json(401, errorJson("unauthorized", "Invalid API key " + API_KEY)));

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class, () -> client.getRun("run_1"));

    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.isUnauthorized()).isTrue();
    assertThat(e.getMessage()).contains("key was rejected", "PLAYGENT_API_KEY", "GET /v1/runs/run_1");
    assertThat(e.getMessage()).doesNotContain(API_KEY);
    assertThat(e.apiMessage()).doesNotContain(API_KEY);
    assertThat(e.toString()).doesNotContain(API_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notFound_namesTheMissingRunId() {
    server.enqueue(json(404, errorJson("not_found", "no such run")));

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class, () -> client.getRun("run_missing42"));

    assertThat(e.isNotFound()).isTrue();
    assertThat(e.getMessage()).contains("run_missing42", "404");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void badRequest_carriesTheDocumentedErrorCodeAndMessage() {
    server.enqueue(json(400, errorJson("invalid_request", "Missing required field: name")));

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class,
        () -> client.createRun(CreateRunRequest.forTestCase("tc_1")));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("invalid_request");
    assertThat(e.apiMessage()).isEqualTo("Missing required field: name");
    assertThat(e.getMessage()).contains("invalid_request", "Missing required field: name", "POST /v1/runs");
  }

  @Test
  void errorWithoutTheDocumentedBody_stillGivesTheStatus() {
    server.enqueue(json(418, "<html>teapot</html>"));

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class, () -> client.getRun("run_1"));

    assertThat(e.httpStatus()).isEqualTo(418);
    assertThat(e.errorCode()).isNull();
    assertThat(e.getMessage()).contains("418", "GET /v1/runs/run_1");
  }

  @Test
  void anyTwoHundredStatus_isSuccess() {
    server.enqueue(json(202, "{\"run_id\":\"run_1\",\"status\":\"queued\"}"));

    assertThat(client.createRun(CreateRunRequest.forTestCase("tc_1")).runId()).isEqualTo("run_1");
  }
}
