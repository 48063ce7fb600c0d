package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import com.playgent.emulator.support.TestClock;
import com.playgent.emulator.world.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** World files script how the runs of one test case differ: the n-th run plays entry (n - 1) mod size. */
class AcrossRunsTest {
  static final String WORLD = """
      agents:
        - {id: agent_a, name: Agent A}
      test_cases:
        - id: tc_flaky
          name: Flaky Flow
          agent_id: agent_a
          duration_ms: 1000
          across_runs: [{}, {}, {turn_count: 1}]
          turns:
            - input: "Hello"
              scores: {faithfulness: {score: 0.9}}
            - input: "What is your refund policy?"
              scores: {faithfulness: {score: 0.9, reasoning: "Cites the policy"}}
              across_runs:
                - {}
                - {}
                - {}
                - {}
                - {scores: {faithfulness: {score: 0.3, reasoning: "Invented a policy"}}}
      """;

  private final TestClock clock = new TestClock();
  private PlaygentEmulator emulator;
  private Http http;

  @BeforeEach
  void start() {
    emulator = PlaygentEmulator.start(EmulatorConfig.builder().clock(clock).world(World.fromYaml(WORLD)).build());
    http = new Http(emulator.baseUrl());
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void runs_created_at_once_still_play_each_entry_exactly_as_often_as_the_lists_say() throws Exception {
    int runs = 15;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    List<Future<String>> ids = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        ids.add(pool.submit((Callable<String>) () -> {
          go.await();
          return http.post("/runs", "{\"test_case_id\": \"tc_flaky\"}").json().get("run_id").asText();
        }));
      }
      go.countDown();
      List<String> created = new ArrayList<>();
      for (Future<String> f : ids) {
        created.add(f.get());
      }
      clock.advance(Duration.ofSeconds(2));

      int turn2Failed = 0;
      int turn2Missing = 0;
      for (String id : created) {
        JsonNode turns = http.get("/runs/" + id).json().get("turns");
        if (turns.size() < 2) {
          turn2Missing++;
        } else if (!turns.get(1).get("success").asBoolean()) {
          turn2Failed++;
          assertThat(turns.at("/1/evaluation/scorer_outputs/faithfulness/reasoning").asText()).isEqualTo("Invented a policy");
        }
      }
      // Runs 3, 6, 9, 12, 15 end after one turn; runs 5, 10, 15 fail turn 2 (15 is one of the short ones).
      assertThat(turn2Missing).isEqualTo(5);
      assertThat(turn2Failed).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_nth_run_in_creation_order_plays_the_nth_entry() {
    List<Boolean> turn2Passed = new ArrayList<>();
    List<Integer> turnCounts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(http.post("/runs", "{\"test_case_id\": \"tc_flaky\"}").json().get("run_id").asText());
    }
    clock.advance(Duration.ofSeconds(2));
    for (String id : ids) {
      JsonNode run = http.get("/runs/" + id).json();
      turnCounts.add(run.get("turns").size());
      turn2Passed.add(run.get("turns").size() > 1 && run.at("/turns/1/success").asBoolean());
    }
    assertThat(turnCounts).containsExactly(2, 2, 1, 2, 2);
    assertThat(turn2Passed).containsExactly(true, true, false, true, false);
    assertThat(emulator.stats().createdAt(ids.get(0))).isPresent();
    assertThat(emulator.stats().createdAt("run_nope")).isEmpty();
  }

  @Test
  void a_run_entry_can_fail_the_run() {
    World world = World.fromYaml(WORLD.replace("[{}, {}, {turn_count: 1}]",
        "[{}, {outcome: failed, error: {code: agent_unreachable, message: Timed out}}]"));
    try (PlaygentEmulator e = PlaygentEmulator.start(EmulatorConfig.builder().clock(clock).world(world).build())) {
      Http h = new Http(e.baseUrl());
      String first = h.post("/runs", "{\"test_case_id\": \"tc_flaky\"}").json().get("run_id").asText();
      String second = h.post("/runs", "{\"test_case_id\": \"tc_flaky\"}").json().get("run_id").asText();
      clock.advance(Duration.ofSeconds(2));
      assertThat(h.get("/runs/" + first).json().get("status").asText()).isEqualTo("completed");
      JsonNode failed = h.get("/runs/" + second).json();
      assertThat(failed.get("status").asText()).isEqualTo("failed");
      assertThat(failed.at("/error/code").asText()).isEqualTo("agent_unreachable");
    }
  }

  @Test
  void a_bad_entry_is_refused_with_its_path() {
    assertThatThrownBy(() -> World.fromYaml(WORLD.replace("{turn_count: 1}", "{turn_count: 3}")))
        .hasMessageContaining("test_cases[0].across_runs[2].turn_count").hasMessageContaining("at most the case's 2 turns");
    assertThatThrownBy(() -> World.fromYaml(WORLD.replace("{turn_count: 1}", "{turns: 1}")))
        .hasMessageContaining("test_cases[0].across_runs[2]");
    assertThatThrownBy(() -> World.fromYaml(WORLD.replaceFirst("across_runs:\n(\\s+)- \\{\\}",
        "across_runs:\n$1- {input: other}")))
        .hasMessageContaining("across_runs[0].input").hasMessageContaining("cannot change across runs");
    assertThatThrownBy(() -> World.fromYaml(WORLD.replace("across_runs: [{}, {}, {turn_count: 1}]", "across_runs: []")))
        .hasMessageContaining("non-empty array");
  }
}
