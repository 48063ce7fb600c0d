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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** awaitRun polls until completed or failed: first near the estimate, then backing off, within a timeout. */
class AwaitRunTest {
  private static final AwaitOptions QUICK = AwaitOptions.defaults()
      .withTimeout(Duration.ofSeconds(5))
      .withIntervals(Duration.ofMillis(10), Duration.ofMillis(50));

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
  void pollsUntilCompleted_andReportsEveryPollWithItsStatus() {
    server.enqueue(json(200, runJson("run_1", "queued")));
    server.enqueue(json(200, runJson("run_1", "running")));
    server.enqueue(json(200, runJson("run_1", "completed")));
    List<RunProgress> seen = new CopyOnWriteArrayList<>();

    Run run = client.awaitRun("run_1", QUICK.withProgress(seen::add));

    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(seen).extracting(RunProgress::status)
        .containsExactly(RunStatus.QUEUED, RunStatus.RUNNING, RunStatus.COMPLETED);
    assertThat(seen).extracting(RunProgress::polls).containsExactly(1, 2, 3);
    assertThat(seen).allSatisfy(p -> assertThat(p.runId()).isEqualTo("run_1"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void firstPoll_goesOutNoEarlierThanTheEstimatedDuration() throws InterruptedException {
    server.enqueue(json(202, "{\"run_id\":\"run_1\",\"status\":\"queued\",\"test_case_count\":1,"
        + "\"estimated_duration_s\":1}"));
    server.enqueue(json(200, runJson("run_1", "completed")));

    CreateRunResponse created = client.createRun(CreateRunRequest.forTestCase("tc_1"));
    Run run = client.awaitRun(created, QUICK);

    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    // With a 10 ms minimum interval, only the estimate explains a first poll a second later.
    assertThat(dispatcher.millisBetween(0, 1)).isGreaterThanOrEqualTo(950);
  }

  @Test
  void withoutAnEstimate_theFirstPollGoesOutRightAway_notAfterTheMinimumInterval() {
    server.enqueue(json(200, runJson("run_1", "completed")));
    long started = System.nanoTime();

    Run run = client.awaitRun("run_1", QUICK.withIntervals(Duration.ofSeconds(2), Duration.ofSeconds(2)));

    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void timeout_isRunTimeoutException_namingRunLastStatusAndElapsed() {
    server.setDispatcher(always(runJson("run_slow", "running")));
    AwaitOptions options = QUICK.withTimeout(Duration.ofMillis(300));

    PlaygentRunTimeoutException e = catchThrowableOfType(PlaygentRunTimeoutException.class,
        () -> client.awaitRun("run_slow", options));

    assertThat(e.runId()).isEqualTo("run_slow");
    assertThat(e.lastStatus()).isEqualTo(RunStatus.RUNNING);
    assertThat(e.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(e.getMessage()).contains("run_slow", "running", "timeout 0.3 s")
        .containsPattern("after \\d+\\.\\d s");
  }

  @Test
  void timeout_holdsWhileA429PausesEveryPoll_insteadOfWaitingOutTheRetryAfter() {
    AtomicInteger requests = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (requests.incrementAndGet() == 2) {
          return jsonBuilder(429, errorJson("rate_limit_exceeded", "slow down")).setHeader("Retry-After", "30").build();
        }
        return json(200, runJson("run_1", "running"));
      }
    });
    long started = System.nanoTime();

    PlaygentRunTimeoutException e = catchThrowableOfType(PlaygentRunTimeoutException.class,
        () -> client.awaitRun("run_1", QUICK.withTimeout(Duration.ofSeconds(1))));

    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    assertThat(waited).as("the 1 s timeout plus the last poll's grace, not the 30 s pause")
        .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5));
    assertThat(e.lastStatus()).isEqualTo(RunStatus.RUNNING);
    assertThat(e.getMessage()).matches("run run_1 is still running after 2\\.\\d s \\(timeout 1\\.0 s\\); raise "
        + "playgent.timeout, or look the run up later: it was not cancelled");
    assertThat(server.getRequestCount()).as("nothing is sent during the pause").isEqualTo(2);
  }

  @Test
  void timeout_holdsWhileTheFirstPollHangs_beforeTheReadTimeoutEndsIt() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
      }
    });
    long started = System.nanoTime();

    PlaygentRunTimeoutException e = catchThrowableOfType(PlaygentRunTimeoutException.class,
        () -> client.awaitRun("run_1", QUICK.withTimeout(Duration.ofMillis(500))));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well before the 5 s read timeout")
        .isBetween(Duration.ofMillis(500), Duration.ofMillis(4000));
    assertThat(e.lastStatus()).isNull();
    assertThat(e.getMessage()).startsWith("the status of run run_1 is still unknown after 1.");
  }

  @Test
  void unknownStatus_keepsPolling_untilTerminal() {
    server.enqueue(json(200, runJson("run_1", "paused")));
    server.enqueue(json(200, runJson("run_1", "warming_up")));
    server.enqueue(json(200, runJson("run_1", "completed")));
    List<RunProgress> seen = new CopyOnWriteArrayList<>();

    Run run = client.awaitRun("run_1", QUICK.withProgress(seen::add));

    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(seen).extracting(p -> p.status().value()).containsExactly("paused", "warming_up", "completed");
  }

  @Test
  void unknownStatus_untilTheTimeout_isRunTimeoutException_keepingThatStatus() {
    server.setDispatcher(always(runJson("run_1", "paused")));

    PlaygentRunTimeoutException e = catchThrowableOfType(PlaygentRunTimeoutException.class,
        () -> client.awaitRun("run_1", QUICK.withTimeout(Duration.ofMillis(200))));

    assertThat(e.lastStatus().value()).isEqualTo("paused");
    assertThat(server.getRequestCount()).isGreaterThan(1);
  }

  @Test
  void failedRun_isReturned_notThrown() {
    server.enqueue(json(200, runJson("run_1", "running")));
    server.enqueue(json(200, runJson("run_1", "failed")));

    Run run = client.awaitRun("run_1", QUICK);

    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.isTerminal()).isTrue();
  }

  @Test
  void progressCallbackThatThrows_doesNotStopTheWait() {
    server.enqueue(json(200, runJson("run_1", "running")));
    server.enqueue(json(200, runJson("run_1", "completed")));

    Run run = client.awaitRun("run_1", QUICK.withProgress(p -> {
      throw new IllegalStateException("printer broke");
    }));

    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
  }

  @Test
  void runThatDisappears_endsTheWait_withTheApiException() {
    server.enqueue(json(404, errorJson("not_found", "no such run")));

    PlaygentApiException e = catchThrowableOfType(PlaygentApiException.class,
        () -> client.awaitRun("run_gone", QUICK));

    assertThat(e.isNotFound()).isTrue();
    assertThat(e.getMessage()).contains("run_gone");
  }

  private static Dispatcher always(String body) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return json(200, body);
      }
    };
  }
}
