package com.playgent.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.state.Registry;
import com.playgent.emulator.world.Agent;
import com.playgent.emulator.world.AgentParser;
import com.playgent.emulator.world.TestCase;
import com.playgent.emulator.world.TestCaseParser;
import com.playgent.emulator.world.Turn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Serve agent and test case creation ({@code POST /v1/agents}, {@code POST /v1/test-cases}) and
 * the read extensions ({@code GET /v1/agents/{id}}, {@code GET /v1/test-cases/{id}},
 * {@code GET /v1/test-cases?tag=...}). Created objects join the world and can be run.
 */
final class CatalogHandler {
  private final Registry registry;

  CatalogHandler(Registry registry) {
    this.registry = registry;
  }

  ApiResponse createAgent(JsonNode body, Instant now) {
    Agent agent = AgentParser.parse(body, "", false, registry::newAgentId);
    registry.addAgent(agent);
    ObjectNode out = Json.object();
    out.put("id", agent.id());
    out.put("name", agent.name());
    out.put("provider", agent.provider());
    out.put("created_at", timestamp(now));
    out.put("api_key", "pk_live_" + Integer.toUnsignedString(agent.id().hashCode(), 36)
        + Long.toString(Math.abs((long) agent.name().hashCode()), 36));
    return ApiResponse.of(201, out);
  }

  ApiResponse createTestCase(JsonNode body, Instant now) {
    TestCase tc = new TestCaseParser(registry::agent, false).parse(body, "", registry::newTestCaseId);
    registry.addTestCase(tc);
    ObjectNode out = Json.object();
    out.put("id", tc.id());
    out.put("name", tc.name());
    out.put("agent_id", tc.agentId());
    out.put("type", tc.type());
    out.set("turns", body.get("turns").deepCopy());
    ArrayNode tags = out.putArray("tags");
    tc.tags().forEach(tags::add);
    out.put("created_at", timestamp(now));
    return ApiResponse.of(201, out);
  }

  ApiResponse getAgent(String id) {
    Agent a = registry.agent(id).orElseThrow(() -> ApiException.notFound("Unknown agent: " + id));
    ObjectNode out = Json.object();
    out.put("id", a.id());
    out.put("name", a.name());
    out.put("provider", a.provider());
    ArrayNode scorers = out.putArray("default_scorers");
    a.defaultScorers().forEach(scorers::add);
    return ApiResponse.of(200, out);
  }

  ApiResponse getTestCase(String id) {
    TestCase tc = registry.testCase(id).orElseThrow(() -> ApiException.notFound("Unknown test case: " + id));
    ObjectNode out = summary(tc);
    ArrayNode turns = out.putArray("turns");
    for (Turn t : tc.turns()) {
      ObjectNode tn = turns.addObject();
      tn.putObject("input").put("text", t.input());
      tn.put("expected_behavior", t.expectedBehavior());
      ArrayNode scorers = tn.putArray("scorers");
      t.scores().keySet().forEach(scorers::add);
    }
    return ApiResponse.of(200, out);
  }

  ApiResponse listTestCases(List<String> tags) {
    ObjectNode out = Json.object();
    ArrayNode arr = out.putArray("test_cases");
    List<TestCase> cases = tags.isEmpty() ? registry.allTestCases() : registry.withAnyTag(tags);
    cases.forEach(tc -> arr.add(summary(tc)));
    return ApiResponse.of(200, out);
  }

  private static ObjectNode summary(TestCase tc) {
    ObjectNode out = Json.object();
    out.put("id", tc.id());
    out.put("name", tc.name());
    out.put("agent_id", tc.agentId());
    out.put("type", tc.type());
    ArrayNode tags = out.putArray("tags");
    tc.tags().forEach(tags::add);
    return out;
  }

  private static String timestamp(Instant now) {
    return now.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
