package com.playgent.client;

import static com.playgent.client.TestSupport.API_KEY;
import static com.playgent.client.TestSupport.errorJson;
import static com.playgent.client.TestSupport.json;
import static com.playgent.client.TestSupport.runJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.playgent.client.model.CreateAgentRequest;
import com.playgent.client.model.CreateRunRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key goes to the configured host as a Bearer token and nowhere else: not to other hosts, not into text. */
class SecurityTest {
  private MockWebServer server;
  private MockWebServer otherHost;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    otherHost = new MockWebServer();
    otherHost.start();
  }

  @AfterEach
  void stop() {
    server.close();
    otherHost.close();
  }

  @Test
  void sendsBearerKey_userAgent_andJsonAccept() throws InterruptedException {
    server.enqueue(json(200, runJson("run_1", "completed")));

    try (PlaygentClient client = TestSupport.clientFor(server)) {
      client.getRun("run_1");
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("playgent-java/" + PlaygentClient.version());
    assertThat(PlaygentClient.version()).matches("\\d+\\.\\d+.*");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/runs/run_1");
  }

  @Test
  void customUserAgent_keepsThePlaygentToken() throws InterruptedException {
    server.enqueue(json(200, runJson("run_1", "completed")));

    try (PlaygentClient client = TestSupport.builderFor(server).userAgent("my-ci/2").build()) {
      client.getRun("run_1");
    }

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("User-Agent"))
        .isEqualTo("my-ci/2 playgent-java/" + PlaygentClient.version());
  }

  @Test
  void redirectToAnotherPort_isRefused_namingBothHosts_andNothingReachesTheOtherHost() {
    // Another port on the same address is another origin: the key is for the configured one only.
    String elsewhere = "http://127.0.0.1:" + otherHost.getPort() + "/v1/runs/run_1";
    server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", elsewhere).build());
    otherHost.enqueue(json(200, runJson("run_1", "completed")));

    PlaygentApiException e;
    try (PlaygentClient client = TestSupport.clientFor(server)) {
      e = catchThrowableOfType(PlaygentApiException.class, () -> client.getRun("run_1"));
    }

    assertThat(e.getMessage()).isEqualTo("refused the redirect (HTTP 302) of GET /v1/runs/run_1 from http://"
        + server.url("/").host() + ":" + server.getPort() + " to http://127.0.0.1:" + otherHost.getPort()
        + ": the client follows redirects only within the configured service, so that the API key stays with it."
        + " If the service has moved, set playgent.base-url to its new address.");
    assertThat(e.httpStatus()).isEqualTo(302);
    assertThat(server.getRequestCount()).as("a refused redirect is not retried").isEqualTo(1);
    assertThat(otherHost.getRequestCount()).isZero();
  }

  @Test
  void redirectWithinTheService_isFollowed_withTheKey() throws InterruptedException {
    server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/v1/runs/run_2").build());
    server.enqueue(json(200, runJson("run_2", "completed")));

    try (PlaygentClient client = TestSupport.clientFor(server)) {
      assertThat(client.getRun("run_1").runId()).isEqualTo("run_2");
    }

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/v1/runs/run_1");
    RecordedRequest followed = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(followed.getUrl().encodedPath()).isEqualTo("/v1/runs/run_2");
    assertThat(followed.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @Test
  void redirectFollowedByTheCallersOwnInterceptor_isRefusedToo() {
    // A caller-supplied client may follow redirects in an interceptor of its own: the 3xx reaches it
    // without its Location, so it cannot.
    OkHttpClient callers = new OkHttpClient.Builder()
        .followRedirects(false)
        .addInterceptor(chain -> {
          Request request = chain.request();
          Response response = chain.proceed(request);
          String location = response.header("Location");
          if (response.code() == 307 && location != null) {
            response.close();
            return chain.proceed(request.newBuilder().url(location).build());
          }
          return response;
        })
        .build();
    String elsewhere = "http://127.0.0.1:" + otherHost.getPort() + "/v1/runs/run_1";
    server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", elsewhere).build());

    try (PlaygentClient client = TestSupport.builderFor(server).httpClient(callers).build()) {
      assertThat(catchThrowableOfType(PlaygentApiException.class, () -> client.getRun("run_1")).getMessage())
          .startsWith("refused the redirect (HTTP 307) of GET /v1/runs/run_1 from http://");
    }

    assertThat(otherHost.getRequestCount()).isZero();
    callers.dispatcher().executorService().shutdown();
  }

  @Test
  void aRequestTheCallersInterceptorSendsToAnotherHost_doesNotCarryAuthorization() throws InterruptedException {
    OkHttpClient callers = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .url(chain.request().url().newBuilder().port(otherHost.getPort()).build()).build()))
        .build();
    otherHost.enqueue(json(200, runJson("run_1", "completed")));

    try (PlaygentClient client = TestSupport.builderFor(server).httpClient(callers).build()) {
      assertThat(client.getRun("run_1").runId()).isEqualTo("run_1");
    }

    RecordedRequest elsewhere = otherHost.takeRequest(5, TimeUnit.SECONDS);
    assertThat(elsewhere).isNotNull();
    assertThat(elsewhere.getHeaders().get("Authorization")).isNull();
    callers.dispatcher().executorService().shutdown();
  }

  @Test
  void apiKey_neverAppearsInToString_exceptionMessages_orLogOutput() throws IOException {
    Logger logger = Logger.getLogger("com.playgent.client");
    Level previous = logger.getLevel();
    List<String> logged = new ArrayList<>();
    SimpleFormatter formatter = new SimpleFormatter();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        synchronized (logged) {
          logged.add(formatter.format(record));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    capture.setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
    List<Throwable> failures = new ArrayList<>();
    PlaygentClient.Builder builder = TestSupport.builderFor(server);
    try (PlaygentClient client = builder.build()) {
      // A retry (logged), an echoed key in an error, an echoed key in a body the parser rejects,
      // a transport failure: every path that builds text.
      server.enqueue(json(503, errorJson("unavailable", "key " + API_KEY + " is fine, we are not")));
      server.enqueue(json(200, runJson("run_1", "completed")));
      client.getRun("run_1");
      server.enqueue(json(401, errorJson("unauthorized", "bad key " + API_KEY)));
      failures.add(catchThrowable(() -> client.getRun("run_1")));
      server.enqueue(json(200, "{\"run_id\": " + API_KEY + "}"));
      failures.add(catchThrowable(() -> client.getRun("run_1")));
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE).build());
      failures.add(catchThrowable(() -> client.createRun(CreateRunRequest.forTestCase("tc_1"))));
      server.enqueue(json(400, errorJson("invalid_request", "credentials rejected: " + API_KEY)));
      failures.add(catchThrowable(() -> client.createAgent(new CreateAgentRequest("a", "openai",
          Map.of("OPENAI_API_KEY", API_KEY), null, null, null))));

      assertThat(client.toString()).doesNotContain(API_KEY);
      assertThat(builder.toString()).doesNotContain(API_KEY).contains("(hidden)");
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(previous);
    }

    assertThat(failures).hasSize(4).allSatisfy(f -> {
      assertThat(f).isInstanceOf(PlaygentException.class);
      for (Throwable t = f; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(API_KEY);
        assertThat(t.toString()).doesNotContain(API_KEY);
      }
    });
    synchronized (logged) {
      assertThat(logged).as("the client logged something at FINE and above").isNotEmpty();
      assertThat(logged).noneMatch(line -> line.contains(API_KEY));
    }
    assertThat(new CreateAgentRequest("a", "openai", Map.of("OPENAI_API_KEY", API_KEY), null, null, null).toString())
        .doesNotContain(API_KEY);
  }
}
