package com.playgent.client;

import static com.playgent.client.TestSupport.errorJson;
import static com.playgent.client.TestSupport.json;
import static com.playgent.client.TestSupport.jsonBuilder;
import static com.playgent.client.TestSupport.runJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.playgent.client.TestSupport.TimedDispatcher;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries: which failures are retried, for GET and for the non-idempotent POST /v1/runs, and how long they wait. */
class HttpRetryTest {
  private static final String CREATED =
      "{\"run_id\":\"run_1\",\"status\":\"queued\",\"test_case_count\":1,\"estimated_duration_s\":0}";

  private final TimedDispatcher dispatcher = new TimedDispatcher();
  private MockWebServer server;
  private PlaygentClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start();
    client = TestSupport.clientFor(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void status429_withRetryAfterSeconds_isRetriedAfterThatWait() {
    server.enqueue(jsonBuilder(429, errorJson("rate_limit_exceeded", "slow down")).setHeader("Retry-After", "1").build());
    server.enqueue(json(200, runJson("run_1", "completed")));

    Run run = client.getRun("run_1");

    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
    // The policy's own backoff is at most 50 ms: only Retry-After explains a wait near a second.
    assertThat(dispatcher.millisBetween(0, 1)).isGreaterThanOrEqualTo(900);
  }

  @Test
  void status429_withRetryAfterHttpDate_isRetriedNotBeforeThatDate() {
    Instant until = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(until, ZoneOffset.UTC));
    server.enqueue(jsonBuilder(429, errorJson("rate_limit_exceeded", "slow down")).setHeader("Retry-After", httpDate).build());
    server.enqueue(json(200, runJson("run_1", "completed")));

    client.getRun("run_1");

    assertThat(server.getRequestCount()).isEqualTo(2);
    long firstArrivalEpochMs = Instant.now().toEpochMilli() - elapsedSinceArrivalMs(0);
    long expectedWait = until.toEpochMilli() - firstArrivalEpochMs;
    assertThat(expectedWait).isGreaterThan(900);
    assertThat(dispatcher.millisBetween(0, 1)).isGreaterThanOrEqualTo(expectedWait - 100);
  }

  @Test
  void status429_withoutRetryAfter_waitsForRateLimitReset() {
    long reset = Instant.now().getEpochSecond() + 2;
    server.enqueue(jsonBuilder(429, errorJson("rate_limit_exceeded", "slow down"))
        .setHeader("X-RateLimit-Limit", "100")
        .setHeader("X-RateLimit-Remaining", "0")
        .setHeader("X-RateLimit-Reset", Long.toString(reset))
        .build());
    server.enqueue(jsonBuilder(200, runJson("run_1", "completed"))
        .setHeader("X-RateLimit-Limit", "100")
        .setHeader("X-RateLimit-Remaining", "99")
        .setHeader("X-RateLimit-Reset", Long.toString(reset + 60))
        .build());

    client.getRun("run_1");

    assertThat(server.getRequestCount()).isEqualTo(2);
    long secondArrivalEpochMs = Instant.now().toEpochMilli() - elapsedSinceArrivalMs(1);
    assertThat(secondArrivalEpochMs).isGreaterThanOrEqualTo(reset * 1000 - 50);
    assertThat(dispatcher.millisBetween(0, 1)).isGreaterThanOrEqualTo(900);
  }

  @Test
  void status429_pastMaxAttempts_isOneApiException_withStatusCodeMessageRequestAndRateLimit() {
    long reset = Instant.now().getEpochSecond() - 1; // already past: the test does not wait for it
    for (int i = 0; i < 4; i++) {
      server.enqueue(jsonBuilder(429, errorJson("rate_limit_exceeded", "Too many requests"))
          .setHeader("Retry-After", "0")
          .setHeader("X-RateLimit-Limit", "100")
          .setHeader("X-RateLimit-Remaining", "0")
          .setHeader("X-RateLimit-Reset", Long.toString(reset))
          .build());
    }

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class, () -> client.getRun("x"));

    assertThat(server.getRequestCount()).isEqualTo(TestSupport.FAST_RETRY.maxAttempts());
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.errorCode()).isEqualTo("rate_limit_exceeded");
    assertThat(e.apiMessage()).isEqualTo("Too many requests");
    assertThat(e.request()).isEqualTo("GET /v1/runs/x");
    assertThat(e.rateLimit()).hasValueSatisfying(info -> {
      assertThat(info.limit()).isEqualTo(100);
      assertThat(info.remaining()).isEqualTo(0);
      assertThat(info.reset()).isEqualTo(Instant.ofEpochSecond(reset));
    });
    assertThat(e.getMessage()).contains("429", "rate_limit_exceeded", "GET /v1/runs/x", "4 attempts");
  }

  @Test
  void after429WithoutRateLimitHeaders_laterRequestsStillGoOut() {
    server.enqueue(json(429, errorJson("rate_limit_exceeded", "slow down")).newBuilder().setHeader("Retry-After", "0").build());
    server.enqueue(json(200, runJson("run_1", "running")));
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRunAsync("run_1").orTimeout(3, java.util.concurrent.TimeUnit.SECONDS).join().status())
        .isEqualTo(RunStatus.RUNNING);
    // The next request must not wait for rate-limit headers this service never sends.
    assertThat(client.getRunAsync("run_1").orTimeout(3, java.util.concurrent.TimeUnit.SECONDS).join().status())
        .isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void status503_onGet_isRetried_thenSucceeds() {
    server.enqueue(json(503, errorJson("unavailable", "try again")));
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRun("run_1").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void status502_onGet_isRetried_thenSucceeds() {
    server.enqueue(json(502, "<html>bad gateway</html>"));
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRun("run_1").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void createRun_503_and_429_areRetried_becauseTheServiceRefusedBeforeActing() {
    server.enqueue(json(503, errorJson("unavailable", "try again")));
    server.enqueue(jsonBuilder(429, errorJson("rate_limit_exceeded", "slow down")).setHeader("Retry-After", "0").build());
    server.enqueue(json(202, CREATED));

    CreateRunResponse created = client.createRun(CreateRunRequest.forTestCase("tc_1"));

    assertThat(created.runId()).isEqualTo("run_1");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void createRun_500_isNotRetried() {
    server.enqueue(json(500, errorJson("internal_error", "boom")));
    server.enqueue(json(202, CREATED));

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class,
        () -> client.createRun(CreateRunRequest.forTestCase("tc_1")));

    assertThat(e.httpStatus()).isEqualTo(500);
    assertThat(e.request()).isEqualTo("POST /v1/runs");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void get_connectionDroppedMidBody_isRetried_andSucceeds() {
    server.enqueue(jsonBuilder(200, runJson("run_1", "completed"))
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRun("run_1").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_connectionResetBeforeResponse_isRetried_andSucceeds() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build());
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRun("run_1").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_bodyShorterThanContentLength_isRetried_andSucceeds() {
    server.enqueue(shortBody(runJson("run_1", "completed")));
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRun("run_1").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_bodyShorterThanContentLength_onEveryAttempt_isResponseException_namingEndpointAndJsonPath() {
    String body = "{\"run_id\":\"run_7\",\"status\":\"completed\",\"turns\":[{\"turn_index\":0,\"metrics\":{\"lat";
    for (int i = 0; i < 4; i++) {
      server.enqueue(shortBody(body));
    }

    PlaygentResponseException e = catchThrowableOfType(PlaygentResponseException.class, () -> client.getRun("run_7"));

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(e.request()).isEqualTo("GET /v1/runs/run_7");
    assertThat(e.jsonPath()).isEqualTo("$.turns[0].metrics");
    assertThat(e.getMessage()).contains("GET /v1/runs/run_7", "truncated", "$.turns[0].metrics");
  }

  @Test
  void get_truncatedJsonWithMatchingLength_isRetried_andSucceeds() {
    server.enqueue(json(200, "{\"run_id\":\"run_1\",\"status\":\"compl"));
    server.enqueue(json(200, runJson("run_1", "completed")));

    assertThat(client.getRun("run_1").status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void get_truncatedJsonOnEveryAttempt_isResponseException_namingEndpointAndJsonPath() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(200, "{\"run_id\":\"run_7\",\"status\":\"completed\",\"turns\":[{\"turn_index\":0,"
          + "\"metrics\":{\"latency_ms\":12"));
    }

    PlaygentResponseException e = catchThrowableOfType(PlaygentResponseException.class, () -> client.getRun("run_7"));

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(e.request()).isEqualTo("GET /v1/runs/run_7");
    assertThat(e.jsonPath()).startsWith("$.turns[0].metrics");
    assertThat(e.getMessage()).contains("truncated JSON", "GET /v1/runs/run_7", "$.turns[0].metrics");
  }

  @Test
  void createRun_connectionDroppedAfterTheRequestWasRead_isNotRetried_noDuplicateRun() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(202, CREATED));

    PlaygentTransportException e = catchThrowableOfType(PlaygentTransportException.class,
        () -> client.createRun(CreateRunRequest.forTestCase("tc_1")));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.request()).isEqualTo("POST /v1/runs");
    assertThat(e.mayHaveBeenProcessed()).isTrue();
    assertThat(e.getMessage()).isEqualTo("POST /v1/runs to " + server.getHostName() + ":" + server.getPort()
        + " failed after 1 attempt: " + e.getCause().getClass().getSimpleName() + " (" + e.getCause().getMessage()
        + "); not retried: a run may have been started on the service, but no answer arrived, so its id is unknown"
        + " (a retry could start a second run)");
  }

  @Test
  void createRun_connectionDroppedDuringTheResponseBody_isNotRetried_noDuplicateRun() {
    server.enqueue(jsonBuilder(202, CREATED).onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(json(202, CREATED));

    PlaygentTransportException e = catchThrowableOfType(PlaygentTransportException.class,
        () -> client.createRun(CreateRunRequest.forTestCase("tc_1")));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(e.request()).isEqualTo("POST /v1/runs");
    assertThat(e.mayHaveBeenProcessed()).isTrue();
    assertThat(e.getMessage()).endsWith("; not retried: the service started a run, but its answer broke off, so the"
        + " run's id is unknown (a retry would start a second run)");
  }

  @Test
  void createRun_connectionRefused_isRetried_becauseNothingWasSent() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    String deadUrl = closed.url("/v1").toString();
    closed.close();

    try (PlaygentClient refused = PlaygentClient.builder().baseUrl(deadUrl).apiKey(TestSupport.API_KEY)
        .retryPolicy(TestSupport.FAST_RETRY).build()) {
      PlaygentTransportException e = catchThrowableOfType(PlaygentTransportException.class,
          () -> refused.createRun(CreateRunRequest.forTestCase("tc_1")));

      assertThat(e.attempts()).isEqualTo(TestSupport.FAST_RETRY.maxAttempts());
      assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
      assertThat(e.getMessage()).contains("POST /v1/runs", "4 attempts").doesNotContain("not retried");
      assertThat(e.mayHaveBeenProcessed()).isFalse();
    }
  }

  /** A 200 that promises more bytes than it sends, then closes the connection. */
  private static MockResponse shortBody(String body) {
    return jsonBuilder(200, body)
        .setHeader("Content-Length", Integer.toString(body.length() + 200))
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  private long elapsedSinceArrivalMs(int index) {
    return (System.nanoTime() - dispatcher.arrivals.get(index)) / 1_000_000;
  }
}
