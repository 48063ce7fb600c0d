package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import com.playgent.emulator.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunsTest {
  private final TestClock clock = new TestClock();
  private PlaygentEmulator emulator;
  private Http http;

  @BeforeEach
  void start() {
    emulator = PlaygentEmulator.start(EmulatorConfig.builder().clock(clock).build());
    http = new Http(emulator.baseUrl());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void multi_case_run_aggregates_turns_and_lists_cases() {
    JsonNode created = http.post("/runs", "{\"test_case_ids\": [\"tc_xyz789\", \"tc_abc456\"]}").json();
    assertThat(created.get("test_case_count").asInt()).isEqualTo(2);
    assertThat(created.get("estimated_duration_s").asInt()).isEqualTo(2); // max(1.5 s, 1 s)
    clock.advance(Duration.ofSeconds(2));

    JsonNode run = http.get("/runs/" + created.get("run_id").asText()).json();
    assertThat(run.get("status").asText()).isEqualTo("completed");
    assertThat(run.at("/test_case/id").asText()).isEqualTo("tc_xyz789");
    assertThat(run.get("turns")).hasSize(5);
    assertThat(run.at("/turns/4/turn_index").asInt()).isEqualTo(4);
    assertThat(run.at("/summary/turns_passed").asInt()).isEqualTo(4);
    assertThat(run.at("/summary/turns_failed").asInt()).isEqualTo(1);
    assertThat(run.get("test_cases")).hasSize(2);
    assertThat(run.at("/test_cases/0/success").asBoolean()).isFalse();
    assertThat(run.at("/test_cases/1/success").asBoolean()).isTrue();
    assertThat(run.at("/test_cases/1/turns")).hasSize(2);
    assertThat(run.at("/test_cases/1/summary/turns_passed").asInt()).isEqualTo(2);
  }

  @Test
  void stats_list_created_run_ids_in_creation_order() {
    String first = http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}").json().get("run_id").asText();
    http.post("/runs", "{\"test_case_id\": \"tc_nope\"}");
    String second = http.post("/runs", "{\"tags\": [\"smoke\"]}").json().get("run_id").asText();

    assertThat(emulator.stats().createdRunIds()).containsExactly(first, second);
    assertThat(emulator.stats().runsCreated()).isEqualTo(2);
  }

  @Test
  void sequential_run_lasts_the_sum_of_its_cases() {
    JsonNode created = http.post("/runs",
        "{\"test_case_ids\": [\"tc_xyz789\", \"tc_abc456\"], \"config\": {\"parallel\": false}}").json();
    assertThat(created.get("estimated_duration_s").asInt()).isEqualTo(3); // 1.5 s + 1 s
    clock.advance(Duration.ofMillis(2000));
    assertThat(LifecycleTest.status(http, created.get("run_id").asText())).isEqualTo("running");
    clock.advance(Duration.ofMillis(500));
    assertThat(LifecycleTest.status(http, created.get("run_id").asText())).isEqualTo("completed");
  }

  @Test
  void tags_select_every_case_with_any_tag() {
    JsonNode created = http.post("/runs", "{\"tags\": [\"smoke\", \"billing\"]}").json();
    assertThat(created.get("test_case_count").asInt()).isEqualTo(3);
  }

  @Test
  void agent_override_changes_the_runs_agent() {
    String id = http.post("/runs", "{\"test_case_id\": \"tc_xyz789\", \"agent_id\": \"agent_def456\"}")
        .json().get("run_id").asText();
    clock.advance(Duration.ofSeconds(2));
    assertThat(http.get("/runs/" + id).json().at("/agent/name").asText()).isEqualTo("Billing Agent");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "{}                                                   | 400 | Missing selector: one of test_case_id, test_case_ids, tags",
      "{\"test_case_id\": \"tc_nope\"}                      | 404 | Unknown test case: tc_nope",
      "{\"test_case_ids\": [\"tc_xyz789\", \"tc_nope\"]}    | 404 | Unknown test case: tc_nope",
      "{\"test_case_id\": \"tc_xyz789\", \"tags\": [\"x\"]} | 400 | Conflicting selectors",
      "{\"tags\": [\"no-such-tag\"]}                        | 400 | No test case matches tags: no-such-tag",
      "{\"tags\": []}                                       | 400 | Field tags must not be empty",
      "{\"test_case_id\": 42}                               | 400 | Field test_case_id must be a string, but was a number",
      "{\"test_case_id\": \"tc_xyz789\", \"agent_id\": \"agent_nope\"} | 404 | Unknown agent: agent_nope",
      "{\"test_case_id\": \"tc_xyz789\", \"config\": {\"parallel\": \"yes\"}} | 400 | Field config.parallel must be a boolean",
      "{\"test_case_id\": \"tc_xyz789\",                     | 400 | Malformed JSON body",
      "[1, 2]                                               | 400 | Request body must be a JSON object"})
  void bad_run_requests_name_the_problem(String body, int status, String message) {
    Http.Response r = http.post("/runs", body);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.json().at("/error/code").asText()).isEqualTo(status == 404 ? "not_found" : "invalid_request");
    assertThat(r.json().at("/error/message").asText()).contains(message);
  }

  @Test
  void unknown_run_is_404_naming_it() {
    Http.Response r = http.get("/runs/run_nope00");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().at("/error/message").asText()).isEqualTo("Unknown run: run_nope00");
  }

  @Test
  void created_test_case_is_runnable_and_readable() {
    JsonNode agent = http.post("/agents", "{\"name\": \"Mine\", \"provider\": \"custom\"}").json();
    JsonNode tc = http.post("/test-cases", "{\"name\": \"Mine\", \"agent_id\": \"" + agent.get("id").asText()
        + "\", \"turns\": [{\"input\": {\"text\": \"hello\"}, \"scorers\": [\"relevance\"]}], \"tags\": [\"mine\"]}").json();

    JsonNode created = http.post("/runs", "{\"tags\": [\"mine\"]}").json();
    assertThat(created.get("test_case_count").asInt()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    JsonNode run = http.get("/runs/" + created.get("run_id").asText()).json();
    assertThat(run.at("/test_case/id").asText()).isEqualTo(tc.get("id").asText());
    assertThat(run.at("/agent/name").asText()).isEqualTo("Mine");
    assertThat(run.at("/turns/0/input/0/content").asText()).isEqualTo("hello");
    assertThat(run.at("/turns/0/evaluation/scorer_outputs/relevance/score").isNumber()).isTrue();
    assertThat(http.get("/test-cases/" + tc.get("id").asText()).json().get("name").asText()).isEqualTo("Mine");
    assertThat(http.get("/test-cases?tag=mine").json().get("test_cases")).hasSize(1);
  }

  @Test
  void test_case_with_unknown_agent_or_scorer_is_rejected() {
    Http.Response noAgent = http.post("/test-cases", "{\"name\": \"x\", \"agent_id\": \"agent_zz\", \"turns\": [{\"input\": {\"text\": \"a\"}}]}");
    assertThat(noAgent.status()).isEqualTo(404);
    assertThat(noAgent.json().at("/error/message").asText()).isEqualTo("Unknown agent: agent_zz");
    Http.Response badScorer = http.post("/test-cases", "{\"name\": \"x\", \"agent_id\": \"agent_abc123\", \"turns\": [{\"input\": {\"text\": \"a\"}, \"scorers\": [\"vibes\"]}]}");
    assertThat(badScorer.status()).isEqualTo(400);
    assertThat(badScorer.json().at("/error/message").asText()).contains("Unknown scorer: vibes");
    Http.Response noTurns = http.post("/test-cases", "{\"name\": \"x\", \"agent_id\": \"agent_abc123\"}");
    assertThat(noTurns.json().at("/error/message").asText()).isEqualTo("Missing required field: turns");
    Http.Response emptyTurns = http.post("/test-cases", "{\"name\": \"x\", \"agent_id\": \"agent_abc123\", \"turns\": []}");
    assertThat(emptyTurns.status()).isEqualTo(400);
    assertThat(emptyTurns.json().at("/error/message").asText()).isEqualTo("Field turns must be a non-empty array, but was empty");
  }

  @Test
  void stats_count_routes_and_runs_in_java_and_over_http() {
    http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}");
    http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}");
    http.get("/runs/run_nope00");
    http.post("/evaluate", "{\"output\": \"x\", \"scorers\": [\"toxicity\"]}");

    assertThat(emulator.stats().requests("POST /v1/runs")).isEqualTo(2);
    assertThat(emulator.stats().requests("GET /v1/runs/{run_id}")).isEqualTo(1);
    assertThat(emulator.stats().requests("POST /v1/evaluate")).isEqualTo(1);
    assertThat(emulator.stats().runsCreated()).isEqualTo(2);
    assertThat(emulator.stats().totalRequests()).isEqualTo(4);
    JsonNode stats = http.get("/../_emulator/stats").json();
    assertThat(stats.get("runs_created").asInt()).isEqualTo(2);
    assertThat(stats.at("/requests_by_route/POST ~1v1~1runs").asInt()).isEqualTo(2);
    assertThat(emulator.stats().requestsByRoute()).containsEntry("GET /_emulator/stats", 1L);
  }

  @Test
  void serves_many_concurrent_run_creations() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        answers.add(pool.submit(() -> http.post("/runs", "{\"test_case_id\": \"tc_xyz789\"}").status()));
      }
      for (Future<Integer> f : answers) {
        assertThat(f.get()).isEqualTo(202);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emulator.stats().runsCreated()).isEqualTo(150);
  }
}
