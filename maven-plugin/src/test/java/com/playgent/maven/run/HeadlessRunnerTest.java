package com.playgent.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentClient;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.RunStatus;
import com.playgent.maven.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessRunnerTest {
  static final AwaitOptions QUICK = AwaitOptions.defaults().withTimeout(Duration.ofSeconds(10))
      .withIntervals(Duration.ofMillis(10), Duration.ofMillis(50));

  @TempDir
  Path dir;

  MockWebServer server;
  PlaygentClient client;
  /** Both POSTs must arrive before either is answered: proves the runs are created concurrently. */
  final CountDownLatch bothCreated = new CountDownLatch(2);
  final Map<String, String> runOfCase = new ConcurrentHashMap<>(Map.of("tc_refund", "run_a1", "tc_cancel", "run_b1"));
  final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        List<String> path = request.getUrl().pathSegments();
        if (request.getMethod().equals("POST") && path.equals(List.of("v1", "runs"))) {
          String body = request.getBody() == null ? "" : request.getBody().utf8();
          String tc = body.replaceAll("(?s).*\"test_case_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
          bothCreated.countDown();
          bothCreated.await(5, TimeUnit.SECONDS);
          String runId = runOfCase.get(tc);
          if (runId == null) {
            return json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"test case " + tc + " not found\"}}");
          }
          return json(201, "{\"run_id\":\"" + runId + "\",\"status\":\"queued\",\"test_case_count\":1,"
              + "\"estimated_duration_s\":0}");
        }
        if (request.getMethod().equals("GET") && path.size() == 3 && path.get(1).equals("runs")) {
          try {
            return json(200, Files.readString(Fixtures.mixedDir().resolve("runs/" + path.get(2) + ".json")));
          } catch (java.io.IOException e) {
            return json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no run\"}}");
          }
        }
        return json(400, "{\"error\":{\"code\":\"invalid_request\",\"message\":\"unexpected\"}}");
      }
    });
    server.start();
    client = PlaygentClient.builder().baseUrl(server.url("/v1").toString()).apiKey("test-key").build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void should_start_runs_concurrently_journal_them_and_write_run_files() throws Exception {
    List<RunOutcome> outcomes = new HeadlessRunner(client, dir, QUICK, log::add)
        .run(List.of(CreateRunRequest.forTestCase("tc_refund"), CreateRunRequest.forTestCase("tc_cancel")));

    assertThat(outcomes).extracting(RunOutcome::runId).containsExactly("run_a1", "run_b1");
    assertThat(outcomes).allSatisfy(o -> {
      assertThat(o.fetched()).isTrue();
      assertThat(o.run().status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(o.file()).exists();
    });
    assertThat(dir.resolve("runs/run_a1.json")).exists();
    List<String> journal = Files.readAllLines(dir.resolve("runs.jsonl"), StandardCharsets.UTF_8);
    assertThat(journal).hasSize(4);
    assertThat(journal).filteredOn(l -> l.contains("\"event\":\"created\"")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"origin\":\"playgent-maven-plugin:run\"", "\"base_url\":\"http://"));
    assertThat(journal).filteredOn(l -> l.contains("\"event\":\"finished\"")).hasSize(2);
    assertThat(log).anySatisfy(l -> assertThat(l).startsWith("Started run run_a1 for test case tc_refund"));
  }

  @Test
  void should_turn_a_run_that_cannot_start_into_an_outcome_not_an_exception() throws Exception {
    List<RunOutcome> outcomes = new HeadlessRunner(client, dir, QUICK, log::add)
        .run(List.of(CreateRunRequest.forTestCase("tc_gone"), CreateRunRequest.forTestCase("tc_cancel")));

    assertThat(outcomes.get(0).fetched()).isFalse();
    assertThat(outcomes.get(0).runId()).isNull();
    assertThat(outcomes.get(0).errorMessage()).contains("tc_gone");
    assertThat(outcomes.get(1).fetched()).isTrue();
  }
}
