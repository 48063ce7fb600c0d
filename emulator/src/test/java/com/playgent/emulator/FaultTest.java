package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import com.playgent.emulator.support.TestClock;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {
  private static final String GET_RUN = "GET /v1/runs/{run_id}";
  private final TestClock clock = new TestClock();
  private PlaygentEmulator emulator;
  private Http http;
  private String runId;

  @BeforeEach
  void start() {
    emulator = PlaygentEmulator.start(EmulatorConfig.builder().clock(clock).build());
    http = new Http(emulator.baseUrl());
    runId = LifecycleTest.create(http, "tc_xyz789");
    clock.advance(Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void status_every_third_request_with_retry_after() {
    emulator.faults().add(FaultRule.on(GET_RUN).everyNth(3).respond(503, Duration.ofSeconds(2)));
    List<Integer> statuses = new ArrayList<>();
    Http.Response faulted = null;
    for (int i = 0; i < 6; i++) {
      Http.Response r = http.get("/runs/" + runId);
      statuses.add(r.status());
      if (r.status() == 503) {
        faulted = r;
      }
    }
    assertThat(statuses).containsExactly(200, 200, 503, 200, 200, 503);
    assertThat(faulted.json().at("/error/code").asText()).isEqualTo("internal_error");
    assertThat(faulted.header("Retry-After")).isEqualTo("2");
    assertThat(faulted.header("X-RateLimit-Limit")).isNotNull();
    assertThat(emulator.stats().faultsInjected()).isEqualTo(2);
  }

  @Test
  void first_n_then_clear() {
    emulator.faults().add(FaultRule.on("POST /v1/runs").firstN(2).respond(500));
    assertThat(http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}").status()).isEqualTo(500);
    assertThat(http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}").status()).isEqualTo(500);
    assertThat(http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}").status()).isEqualTo(202);
    emulator.faults().add(FaultRule.on(FaultRule.ANY_ROUTE).respond(502));
    assertThat(http.get("/runs/" + runId).status()).isEqualTo(502);
    emulator.faults().clear();
    assertThat(http.get("/runs/" + runId).status()).isEqualTo(200);
  }

  @Test
  void probability_is_reproducible_for_a_seed() {
    List<Integer> first = probabilityRun();
    List<Integer> second = probabilityRun();
    assertThat(first).isEqualTo(second).contains(200, 503);
  }

  private List<Integer> probabilityRun() {
    emulator.faults().clear();
    emulator.faults().add(FaultRule.on(GET_RUN).probability(0.5, 42).respond(503));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(http.get("/runs/" + runId).status());
    }
    return out;
  }

  @Test
  void nth_fires_on_that_request_only() {
    emulator.faults().add(FaultRule.on(GET_RUN).nth(2).respond(503));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(http.get("/runs/" + runId).status());
    }
    assertThat(statuses).containsExactly(200, 503, 200, 200);
  }

  @Test
  void throttle_is_a_token_bucket_429_whose_retry_after_date_and_reset_are_the_pause_ahead() {
    emulator.faults().add(FaultRule.parse("GET /v1/runs/{run_id}:throttle=2:nth=2"));
    Http.Response before = http.get("/runs/" + runId);
    Http.Response limited = http.get("/runs/" + runId);

    assertThat(before.status()).isEqualTo(200);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
    // The test clock stands on a whole second, so the answer is not held back.
    Instant retryAt = clock.instant().plusSeconds(2);
    assertThat(limited.header("Retry-After")).isEqualTo("Mon, 16 Dec 2024 10:00:04 GMT");
    assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(limited.header("X-RateLimit-Reset")).isEqualTo(Long.toString(retryAt.getEpochSecond()));
    assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("1000");
    assertThat(http.get("/runs/" + runId).status()).isEqualTo(200);
    ServedRequest served = emulator.stats().served().get(2);
    assertThat(served.status()).isEqualTo(429);
    assertThat(served.path()).isEqualTo("/v1/runs/" + runId);
    assertThat(served.answerAt()).isEqualTo(served.receivedAt()).isEqualTo(clock.instant());
    assertThat(served.fault()).hasToString("GET /v1/runs/{run_id}:throttle=2:nth=2");
  }

  @Test
  void throttle_on_a_real_clock_answers_on_a_whole_second_so_the_date_is_exactly_the_pause_ahead() {
    try (PlaygentEmulator real = PlaygentEmulator.start(EmulatorConfig.builder()
        .fault(FaultRule.on(GET_RUN).throttle(Duration.ofSeconds(2))).build())) {
      Http.Response limited = new Http(real.baseUrl()).get("/runs/run_x");
      Instant received = Instant.now();

      ServedRequest served = real.stats().served().get(0);
      assertThat(served.answerAt().getNano()).isZero();
      assertThat(served.answerAt()).isBetween(served.receivedAt(), served.receivedAt().plusSeconds(1));
      assertThat(received).isAfterOrEqualTo(served.answerAt());
      String twoSecondsAfterTheAnswer =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(served.answerAt().plusSeconds(2).atZone(ZoneOffset.UTC));
      assertThat(limited.header("Retry-After")).isEqualTo(twoSecondsAfterTheAnswer);
    }
  }

  @Test
  void delay_holds_the_answer_back() {
    emulator.faults().add(FaultRule.on(GET_RUN).delay(Duration.ofMillis(300)));
    long start = System.nanoTime();
    assertThat(http.get("/runs/" + runId).status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void truncated_body_fails_the_read() {
    emulator.faults().add(FaultRule.on(GET_RUN).truncateBody());
    assertThatThrownBy(() -> http.sendRaw(http.request("/runs/" + runId).GET().build()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void malformed_body_is_cut_json_with_matching_length() {
    emulator.faults().add(FaultRule.on(GET_RUN).firstN(1).malformedBody());
    Http.Response r = http.get("/runs/" + runId);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(r.body().length()));
    assertThatThrownBy(r::json).hasMessageContaining("Not JSON");
    assertThat(http.get("/runs/" + runId).json().get("run_id").asText()).isEqualTo(runId);
  }

  @Test
  void dropped_connection_gives_no_answer_but_the_run_is_created() {
    emulator.faults().add(FaultRule.on("POST /v1/runs").dropConnection());
    assertThatThrownBy(() -> http.sendRaw(http.request("/runs")
        .POST(HttpRequest.BodyPublishers.ofString("{\"test_case_id\": \"tc_xyz789\"}")).build()))
        .isInstanceOf(IOException.class);
    assertThat(emulator.stats().runsCreated()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void reset_mid_body_fails_the_read() {
    emulator.faults().add(FaultRule.on(GET_RUN).resetMidBody());
    assertThatThrownBy(() -> http.sendRaw(http.request("/runs/" + runId).GET().build()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void hang_never_answers() {
    emulator.faults().add(FaultRule.on(GET_RUN).hang());
    assertThatThrownBy(() -> http.sendRaw(http.request("/runs/" + runId).timeout(Duration.ofMillis(500)).GET().build()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void malformed_field_changes_its_json_type() {
    emulator.faults().add(FaultRule.on(GET_RUN).malformedField("metrics.latency_ms"));
    JsonNode run = http.get("/runs/" + runId).json();
    assertThat(run.at("/turns/0/metrics/latency_ms").isTextual()).isTrue();
    assertThat(run.at("/turns/0/metrics/latency_ms").asText()).isEqualTo("1240");
    emulator.faults().clear();
    emulator.faults().add(FaultRule.parse("GET /v1/runs/{run_id}:malformed_field=status"));
    assertThat(http.get("/runs/" + runId).json().get("status").isNumber()).isTrue();
  }

  @Test
  void replace_field_puts_a_hostile_id_where_the_client_reads_one() {
    emulator.faults().add(FaultRule.on("POST /v1/runs").replaceField("run_id", "run_a/../../admin?x=1#y"));
    emulator.faults().add(FaultRule.parse("GET /v1/runs/{run_id}:replace_field=turns.0.trace_id=../../../../pwned_run"));

    Http.Response created = http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}");
    JsonNode run = http.get("/runs/" + runId).json();

    assertThat(created.status()).isEqualTo(202);
    assertThat(created.json().get("run_id").asText()).isEqualTo("run_a/../../admin?x=1#y");
    assertThat(run.get("run_id").asText()).isEqualTo(runId);
    assertThat(run.at("/turns/0/trace_id").asText()).isEqualTo("../../../../pwned_run");
    assertThat(emulator.faults().list()).extracting(FaultRule::toString).containsExactly(
        "POST /v1/runs:always:replace_field=run_id=run_a/../../admin?x=1#y",
        "GET /v1/runs/{run_id}:always:replace_field=turns.0.trace_id=../../../../pwned_run");
  }

  @Test
  void redirect_answers_307_with_the_location_instead_of_the_route() {
    String elsewhere = "http://localhost:4011/v1/runs/" + runId;
    emulator.faults().add(FaultRule.parse("GET /v1/runs/{run_id}:first=1:redirect=" + elsewhere));

    Http.Response redirected = http.get("/runs/" + runId);

    assertThat(redirected.status()).isEqualTo(307);
    assertThat(redirected.header("Location")).isEqualTo(elsewhere);
    assertThat(redirected.json().isEmpty()).isTrue();
    assertThat(http.get("/runs/" + runId).status()).isEqualTo(200);
    assertThat(emulator.faults().list().get(0))
        .hasToString("GET /v1/runs/{run_id}:first=1:redirect=http://localhost:4011/v1/runs/" + runId);
    assertThat(emulator.stats().served().get(1).fault().kind()).isEqualTo(FaultRule.Kind.REDIRECT);
  }

  @Test
  void long_output_makes_every_output_that_many_characters() {
    emulator.faults().add(FaultRule.parse("GET /v1/runs/{run_id}:long_output=100_000"));

    JsonNode run = http.get("/runs/" + runId).json();

    for (JsonNode turn : run.get("turns")) {
      String content = turn.at("/output/0/content").asText();
      assertThat(content).hasSize(100_000).startsWith("The agent kept on talking and did not stop. The agent");
    }
    assertThat(run.get("turns")).hasSizeGreaterThan(1);
  }

  @Test
  void pad_makes_the_body_exactly_that_many_bytes() {
    emulator.faults().add(FaultRule.on(GET_RUN).padBody(2_000_000));

    Http.Response padded = http.get("/runs/" + runId);

    assertThat(padded.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(2_000_000);
    assertThat(padded.header("Content-Length")).isEqualTo("2000000");
    assertThat(padded.json().get("run_id").asText()).isEqualTo(runId);
    assertThat(padded.json().get("padding").asText()).matches("x+");
  }

  @Test
  void stuck_running_holds_runs_of_a_case_until_cleared() {
    FaultRule stuck = FaultRule.stuckRunning("tc_xyz789");
    emulator.faults().add(stuck);
    assertThat(LifecycleTest.status(http, runId)).isEqualTo("running");
    assertThat(emulator.stats().completedAt(runId)).isEmpty();
    emulator.faults().remove(stuck);
    assertThat(LifecycleTest.status(http, runId)).isEqualTo("completed");
  }

  @Test
  void faults_from_the_world_file_and_the_command_line_syntax() {
    World world = World.fromJson("""
        {"agents": [{"id": "agent_a", "name": "A"}],
         "test_cases": [{"id": "tc_a", "name": "A", "agent_id": "agent_a", "turns": [{"input": "x"}]}],
         "faults": ["POST /v1/runs:status=503:every=2",
                    {"route": "GET /v1/runs/{run_id}", "status": 429, "retry_after": 3, "first": 1}]}""");
    assertThat(world.faults()).extracting(FaultRule::toString).containsExactly(
        "POST /v1/runs:status=503:every=2", "GET /v1/runs/{run_id}:status=429:retry_after=3:first=1");
    try (PlaygentEmulator e = PlaygentEmulator.start(EmulatorConfig.builder().world(world).build())) {
      Http h = new Http(e.baseUrl());
      assertThat(h.post("/runs", "{\"test_case_id\": \"tc_a\"}").status()).isEqualTo(202);
      assertThat(h.post("/runs", "{\"test_case_id\": \"tc_a\"}").status()).isEqualTo(503);
      Http.Response limited = h.get("/runs/run_x");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("3");
    }
  }

  @Test
  void fault_syntax_errors_name_the_problem() {
    assertThatThrownBy(() -> FaultRule.parse("GET /v1/nope:status=503"))
        .hasMessageContaining("Unknown fault route 'GET /v1/nope'");
    assertThatThrownBy(() -> FaultRule.parse("GET /v1/runs/{run_id}:every=2"))
        .hasMessageContaining("needs exactly one action");
    assertThatThrownBy(() -> FaultRule.parse("GET /v1/runs/{run_id}:status=abc"))
        .hasMessageContaining("status needs an integer");
    assertThatThrownBy(() -> FaultRule.parse("POST /v1/runs:replace_field=run_id"))
        .hasMessage("Fault spec 'POST /v1/runs:replace_field=run_id': replace_field needs PATH=VALUE, such as "
            + "replace_field=run_id=../../pwned_run, but was 'run_id'");
    assertThatThrownBy(() -> FaultRule.parse("GET /v1/runs/{run_id}:pad=big"))
        .hasMessage("Fault spec 'GET /v1/runs/{run_id}:pad=big': pad needs a whole number, but was 'big'");
    assertThat(FaultRule.parse("* : delay=50 : p=0.25 : seed=7").toString()).isEqualTo("*:delay=50:p=0.25:seed=7");
    assertThat(FaultRule.parse("stuck_running=tc_xyz789").kind()).isEqualTo(FaultRule.Kind.STUCK_RUNNING);
    assertThatThrownBy(() -> FaultRule.parse("GET /v1/runs/{run_id}:throttle=0"))
        .hasMessageStartingWith("throttle requires a whole number of seconds >= 1 (an HTTP date has no fractions)");
    assertThatThrownBy(() -> FaultRule.on(GET_RUN).throttle(Duration.ofMillis(1500)))
        .hasMessage("throttle requires a whole number of seconds >= 1 (an HTTP date has no fractions), but was"
            + " PT1.5S. Use for example Duration.ofSeconds(2).");
  }
}
