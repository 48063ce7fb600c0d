package com.playgent.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.Faults;
import com.playgent.emulator.state.Lifecycle;
import com.playgent.emulator.state.Registry;
import com.playgent.emulator.state.Run;
import com.playgent.emulator.state.RunStatus;
import com.playgent.emulator.state.StatsRecorder;
import com.playgent.emulator.world.Agent;
import com.playgent.emulator.world.JsonFields;
import com.playgent.emulator.world.TestCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Serve {@code POST /v1/runs} and {@code GET /v1/runs/{run_id}}. */
final class RunsHandler {
  private static final String SELECTORS = "test_case_id, test_case_ids, tags";

  private final Registry registry;
  private final Faults faults;
  private final StatsRecorder stats;
  private final String streamBase;

  RunsHandler(Registry registry, Faults faults, StatsRecorder stats, String streamBase) {
    this.registry = registry;
    this.faults = faults;
    this.stats = stats;
    this.streamBase = streamBase;
  }

  ApiResponse create(JsonNode body, Instant now) {
    List<TestCase> selected = select(body);
    String agentId = JsonFields.optionalString(body, "agent_id", "");
    Agent agent;
    if (agentId != null) {
      agent = registry.agent(agentId).orElseThrow(() -> ApiException.notFound("Unknown agent: " + agentId));
    } else {
      String caseAgent = selected.get(0).agentId();
      agent = registry.agent(caseAgent).orElseThrow(() -> ApiException.notFound("Unknown agent: " + caseAgent));
    }
    boolean parallel = true;
    if (JsonFields.has(body, "config")) {
      JsonNode config = JsonFields.object(body.get("config"), "config");
      Boolean p = JsonFields.optionalBoolean(config, "parallel", "config");
      parallel = p == null || p;
      JsonFields.optionalLong(config, "max_retries", "config", 0);
      JsonFields.optionalLong(config, "timeout_ms", "config", 1);
    }
    Run run = registry.createRun(selected, agent, parallel, now);
    stats.runCreated(run.id());
    ObjectNode out = Json.object();
    out.put("run_id", run.id());
    out.put("status", Lifecycle.status(run, now, faults).wire());
    out.put("test_case_count", selected.size());
    out.put("estimated_duration_s", run.estimatedDurationSeconds());
    out.put("webhook_url", streamBase + "/v1/runs/" + run.id() + "/stream");
    return ApiResponse.of(202, out);
  }

  ApiResponse get(String runId, Instant now) {
    Run run = registry.run(runId).orElseThrow(() -> ApiException.notFound("Unknown run: " + runId));
    RunStatus status = Lifecycle.status(run, now, faults);
    if (status.terminal()) {
      stats.terminalFetch(runId, now);
    }
    return ApiResponse.of(200, RunRenderer.render(run, status));
  }

  private List<TestCase> select(JsonNode body) {
    List<String> given = new ArrayList<>();
    for (String s : new String[] {"test_case_id", "test_case_ids", "tags"}) {
      if (JsonFields.has(body, s)) {
        given.add(s);
      }
    }
    if (given.isEmpty()) {
      throw ApiException.invalid("Missing selector: one of " + SELECTORS);
    }
    if (given.size() > 1) {
      throw ApiException.invalid("Conflicting selectors: give exactly one of " + SELECTORS
          + ", but got " + String.join(", ", given));
    }
    switch (given.get(0)) {
      case "test_case_id" -> {
        String id = JsonFields.optionalString(body, "test_case_id", "");
        return List.of(lookup(id));
      }
      case "test_case_ids" -> {
        List<String> ids = nonEmpty(body, "test_case_ids");
        List<TestCase> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
          out.add(lookup(id));
        }
        return out;
      }
      default -> {
        List<String> tags = nonEmpty(body, "tags");
        List<TestCase> out = registry.withAnyTag(tags);
        if (out.isEmpty()) {
          throw ApiException.invalid("No test case matches tags: " + String.join(", ", tags));
        }
        return out;
      }
    }
  }

  private static List<String> nonEmpty(JsonNode body, String field) {
    List<String> values = JsonFields.optionalStrings(body, field, "");
    if (values.isEmpty()) {
      throw ApiException.invalid("Field " + field + " must not be empty");
    }
    return values;
  }

  private TestCase lookup(String id) {
    return registry.testCase(id).orElseThrow(() -> ApiException.notFound("Unknown test case: " + id));
  }
}
