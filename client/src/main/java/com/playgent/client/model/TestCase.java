package com.playgent.client.model;

import java.util.List;

/** The answer of {@code POST /v1/test-cases}. Only id, name, agent_id and created_at are documented as required. */
public record TestCase(
    String id, String name, String agentId, String type, List<TestCaseTurn> turns, List<String> tags, String createdAt) {

  public TestCase {
    turns = Immutables.list(turns);
    tags = Immutables.list(tags);
  }
}
