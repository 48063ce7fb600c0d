package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.emulator.world.TestCase;
import com.playgent.emulator.world.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorldTest {
  @TempDir
  Path dir;

  @Test
  void default_world_holds_the_documented_ids_and_summary() {
    World w = World.defaultWorld();
    assertThat(w.agents()).extracting(a -> a.id()).contains("agent_abc123");
    TestCase tc = w.testCases().stream().filter(t -> t.id().equals("tc_xyz789")).findFirst().orElseThrow();
    assertThat(tc.name()).isEqualTo("Refund Request Flow");
    assertThat(tc.turns()).hasSize(3);
    assertThat(tc.turns()).filteredOn(Turn::success).hasSize(2);
    assertThat(tc.turns().stream().mapToLong(t -> t.metrics().latencyMs()).sum()).isEqualTo(4350);
  }

  @Test
  void malformed_json_file_is_refused_with_file_line_and_column() throws IOException {
    Path f = dir.resolve("broken.json");
    Files.writeString(f, "{\n  \"agents\": [\n    {\"id\": \"a\" \"name\": \"x\"}\n  ]\n}\n");
    assertThatThrownBy(() -> World.fromFile(f))
        .isInstanceOf(WorldException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("line 3, column");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"test_cases\": [{\"name\": \"x\", \"agent_id\": \"agent_a\", \"turns\": [{\"input\": \"i\"}]}]} | at test_cases[0].agent_id: Unknown agent: agent_a",
      "{\"agents\": [{\"id\": \"agent_a\"}]} | at agents[0].name: Missing required field: agents[0].name",
      "{\"agents\": [{\"id\": \"agent_a\", \"name\": \"A\"}], \"test_cases\": [{\"name\": \"x\", \"agent_id\": \"agent_a\", \"turns\": [{\"input\": 5}]}]} | test_cases[0].turns[0].input must be a string or an object",
      "{\"agents\": [{\"id\": \"agent_a\", \"name\": \"A\"}], \"test_cases\": [{\"name\": \"x\", \"agent_id\": \"agent_a\", \"outcome\": \"failed\", \"turns\": [{\"input\": \"i\"}]}]} | test_cases[0].error (required when outcome is 'failed')",
      "{\"agents\": [{\"id\": \"agent_a\", \"name\": \"A\", \"default_scorers\": [\"vibes\"]}]} | Unknown scorer: vibes",
      "{\"agents\": [{\"id\": \"agent_a\", \"name\": \"A\"}], \"test_cases\": [{\"name\": \"x\", \"agent_id\": \"agent_a\", \"turns\": {}}]} | test_cases[0].turns must be a non-empty array",
      "{\"agent\": []} | Unknown field agent",
      "{\"agents\": [{\"id\": \"agent_a\", \"name\": \"A\"}, {\"id\": \"agent_a\", \"name\": \"B\"}]} | Duplicate agent id: agent_a",
      "{\"faults\": [\"GET /v1/runs/{run_id}:status=x\"]} | at faults[0]: Fault spec"})
  void semantic_errors_name_the_json_path_and_problem(String json, String message) throws IOException {
    Path f = dir.resolve("w.json");
    Files.writeString(f, json);
    assertThatThrownBy(() -> World.fromFile(f))
        .isInstanceOf(WorldException.class)
        .hasMessageContaining("Malformed world file " + f)
        .hasMessageContaining(message);
  }

  @Test
  void yaml_world_with_generated_fields_and_unknown_cost() throws IOException {
    Path f = dir.resolve("w.yaml");
    Files.writeString(f, """
        agents:
          - id: agent_y
            name: Yaml Agent
            default_scorers: [relevance, toxicity]
        test_cases:
          - id: tc_y
            name: Yaml Case
            agent_id: agent_y
            tags: [y]
            duration_ms: 200
            turns:
              - input: Hello there
                metrics: {latency_ms: 10, cost_usd: null}
              - input: {text: Second}
                scores: {relevance: {score: 0.2, reasoning: bad}}
        """);
    World w = World.fromFile(f);
    TestCase tc = w.testCases().get(0);
    Turn first = tc.turns().get(0);
    assertThat(first.metrics().costUsd()).isNull();
    assertThat(first.metrics().latencyMs()).isEqualTo(10);
    assertThat(first.scores()).containsOnlyKeys("relevance", "toxicity");
    assertThat(first.success()).isTrue();
    assertThat(first.traceId()).matches("trace_[a-z0-9]{6}");
    assertThat(tc.turns().get(1).input()).isEqualTo("Second");
    assertThat(tc.turns().get(1).success()).isFalse();
    assertThat(World.fromFile(f).testCases().get(0)).isEqualTo(tc);
  }

  @Test
  void unsupported_extension_and_missing_file_are_refused() {
    assertThatThrownBy(() -> World.fromFile(dir.resolve("w.txt"))).hasMessageContaining("unsupported extension");
    assertThatThrownBy(() -> World.fromFile(dir.resolve("none.json"))).hasMessageContaining("does not exist");
  }

  @Test
  void synthetic_world_is_deterministic_for_a_seed() {
    World a = World.synthetic(50, 3, 7, 100);
    World b = World.synthetic(50, 3, 7, 100);
    assertThat(a.testCases()).hasSize(50).isEqualTo(b.testCases());
    assertThat(a.testCases().get(0).turns()).hasSize(3);
    long failing = a.testCases().stream().flatMap(t -> t.turns().stream()).filter(t -> !t.success()).count();
    assertThat(failing).isBetween(1L, 40L);
    assertThat(World.synthetic(50, 3, 8, 100).testCases()).isNotEqualTo(a.testCases());
  }
}
