package com.playgent.client.model;

import java.util.List;

/** The body of {@code POST /v1/test-cases}. {@code type} is {@code single} or {@code multi}. */
public record CreateTestCaseRequest(
    String name, String agentId, String type, List<TestCaseTurn> turns, List<String> tags) {

  public CreateTestCaseRequest {
    turns = Immutables.list(turns);
    tags = Immutables.list(tags);
  }
}
