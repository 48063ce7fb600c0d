package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import com.playgent.emulator.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  private static final String WORLD = """
      {"agents": [{"id": "agent_a", "name": "A"}],
       "test_cases": [
         {"id": "tc_ok", "name": "Ok", "agent_id": "agent_a", "duration_ms": 1000,
          "turns": [{"input": "hi", "scores": {"playval": {"score": 0.9}}}]},
         {"id": "tc_broken", "name": "Broken", "agent_id": "agent_a", "duration_ms": 1000,
          "outcome": "failed", "error": {"code": "agent_unreachable", "message": "down"},
          "turns": [{"input": "hi"}]},
         {"id": "tc_stuck", "name": "Stuck", "agent_id": "agent_a", "duration_ms": 100, "stuck": true,
          "turns": [{"input": "hi"}]},
         {"id": "tc_fast", "name": "Fast", "agent_id": "agent_a", "duration_ms": 400,
          "turns": [{"input": "hi"}]}
       ]}""";

  private final TestClock clock = new TestClock();

  @Test
  void run_moves_queued_running_completed_on_the_clock() {
    try (PlaygentEmulator emulator = start()) {
      Http http = new Http(emulator.baseUrl());
      String id = create(http, "tc_ok");

      assertThat(status(http, id)).isEqualTo("queued");
      clock.advance(Duration.ofMillis(99));
      assertThat(status(http, id)).isEqualTo("queued");
      clock.advance(Duration.ofMillis(1));
      JsonNode running = http.get("/runs/" + id).json();
      assertThat(running.get("status").asText()).isEqualTo("running");
      assertThat(running.get("success").asBoolean()).isFalse();
      assertThat(running.get("turns")).isEmpty();
      assertThat(running.get("summary").get("turns_passed").asInt()).isZero();
      assertThat(running.get("summary").get("total_cost_usd").asDouble()).isZero();
      assertThat(emulator.stats().completedAt(id)).isEmpty();
      clock.advance(Duration.ofMillis(900));
      JsonNode done = http.get("/runs/" + id).json();
      assertThat(done.get("status").asText()).isEqualTo("completed");
      assertThat(done.get("success").asBoolean()).isTrue();
      assertThat(done.get("turns")).hasSize(1);
      assertThat(emulator.stats().completedAt(id)).contains(Instant.parse("2024-12-16T10:00:01Z"));
      assertThat(emulator.stats().firstTerminalFetchAt(id)).contains(clock.instant());
    }
  }

  @Test
  void failing_case_ends_failed_with_error() {
    try (PlaygentEmulator emulator = start()) {
      Http http = new Http(emulator.baseUrl());
      String id = create(http, "tc_broken");
      clock.advance(Duration.ofSeconds(1));

      JsonNode run = http.get("/runs/" + id).json();
      assertThat(run.get("status").asText()).isEqualTo("failed");
      assertThat(run.get("success").asBoolean()).isFalse();
      assertThat(run.at("/error/code").asText()).isEqualTo("agent_unreachable");
      assertThat(run.at("/error/message").asText()).isEqualTo("down");
    }
  }

  @Test
  void stuck_case_stays_running() {
    try (PlaygentEmulator emulator = start()) {
      Http http = new Http(emulator.baseUrl());
      String id = create(http, "tc_stuck");
      clock.advance(Duration.ofHours(1));

      assertThat(status(http, id)).isEqualTo("running");
      assertThat(emulator.stats().completedAt(id)).isEmpty();
    }
  }

  @Test
  void polling_in_real_time_sees_every_status_in_order() throws InterruptedException {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(World.fromJson(WORLD)).build())) {
      Http http = new Http(emulator.baseUrl());
      String id = create(http, "tc_fast");
      List<String> seen = new ArrayList<>(List.of("queued"));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline) {
        String s = status(http, id);
        if (!s.equals(seen.get(seen.size() - 1))) {
          seen.add(s);
        }
        if (s.equals("completed")) {
          break;
        }
        Thread.sleep(20);
      }
      assertThat(seen).containsExactly("queued", "running", "completed");
    }
  }

  private PlaygentEmulator start() {
    return PlaygentEmulator.start(EmulatorConfig.builder().world(World.fromJson(WORLD)).clock(clock).build());
  }

  static String create(Http http, String testCase) {
    Http.Response r = http.post("/runs", "{\"test_case_id\": \"" + testCase + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    return r.json().get("run_id").asText();
  }

  static String status(Http http, String id) {
    return http.get("/runs/" + id).json().get("status").asText();
  }
}
