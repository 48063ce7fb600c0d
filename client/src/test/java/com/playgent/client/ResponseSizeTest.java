package com.playgent.client;

import static com.playgent.client.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.playgent.client.model.Run;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers are read up to maxResponseSize and no further; within it, strings of any length are read. */
class ResponseSizeTest {
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anAnswerOverTheLimit_failsNamingTheRequestTheSizeReadAndTheSetting_withoutARetry() {
    server.enqueue(json(200, padded(4096)));

    PlaygentResponseException e;
    try (PlaygentClient client = TestSupport.builderFor(server).maxResponseSize(1024).build()) {
      e = catchThrowableOfType(PlaygentResponseException.class, () -> client.getRun("run_1"));
    }

    assertThat(e.getMessage()).isEqualTo("the answer to GET /v1/runs/run_1 is larger than playgent.max-response-size"
        + " (1 KB): the client stopped reading it after 1,025 bytes, of 4,096 announced. Raise"
        + " playgent.max-response-size (maxResponseSize on the client builder) if answers this large are expected.");
    assertThat(e.request()).isEqualTo("GET /v1/runs/run_1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aChunkedAnswerOverTheLimit_isStoppedWhileReading() {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(padded(3_000_000), 64 * 1024).build());

    PlaygentResponseException e;
    try (PlaygentClient client = TestSupport.builderFor(server).maxResponseSize(1_000_000).build()) {
      e = catchThrowableOfType(PlaygentResponseException.class, () -> client.getRun("run_1"));
    }

    assertThat(e.getMessage()).isEqualTo("the answer to GET /v1/runs/run_1 is larger than playgent.max-response-size"
        + " (1,000,000 bytes): the client stopped reading it after 1,000,001 bytes. Raise playgent.max-response-size"
        + " (maxResponseSize on the client builder) if answers this large are expected.");
  }

  @Test
  void anAnswerOfExactlyTheLimit_isRead() {
    server.enqueue(json(200, padded(2048)));

    try (PlaygentClient client = TestSupport.builderFor(server).maxResponseSize(2048).build()) {
      assertThat(client.getRun("run_1").runId()).isEqualTo("run_1");
    }
  }

  @Test
  void aStringLongerThanJacksonsDefaultCap_isRead_notCalledMalformed() {
    int length = 20_000_001; // Jackson's StreamReadConstraints default is 20,000,000
    String output = "a".repeat(length);
    server.enqueue(json(200, "{\"run_id\":\"run_1\",\"status\":\"completed\",\"success\":true,\"turns\":[{"
        + "\"turn_index\":0,\"output\":[{\"role\":\"assistant\",\"content\":\"" + output + "\"}]}]}"));

    Run run;
    try (PlaygentClient client = TestSupport.clientFor(server)) {
      run = client.getRun("run_1");
    }

    assertThat(run.turns().get(0).outputText()).hasSize(length);
  }

  @Test
  void anIdIsSentAsOnePathSegment_whateverItHolds() throws InterruptedException {
    server.enqueue(json(200, TestSupport.runJson("run_1", "completed")));

    try (PlaygentClient client = TestSupport.clientFor(server)) {
      client.getRun("run_a/../admin?x=1#y");
    }

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/v1/runs/run_a%2F..%2Fadmin%3Fx=1%23y");
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> PlaygentClient.builder().maxResponseSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxResponseSize must be positive, was 0");
  }

  /** A run body of exactly {@code bytes} bytes. */
  private static String padded(int bytes) {
    String head = "{\"run_id\":\"run_1\",\"status\":\"completed\",\"success\":true,\"turns\":[],\"padding\":\"";
    return head + "x".repeat(bytes - head.length() - 2) + "\"}";
  }
}
