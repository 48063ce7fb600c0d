package com.playgent.client.model;

import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v1/runs}. Exactly one selector is set: one test case id, several ids,
 * or tags. Make one with {@link #forTestCase}, {@link #forTestCases} or {@link #forTags}.
 */
public record CreateRunRequest(
    String testCaseId, List<String> testCaseIds, List<String> tags, String agentId, RunConfig config) {

  public CreateRunRequest {
    testCaseIds = Immutables.list(testCaseIds);
    tags = Immutables.list(tags);
    int selectors = (testCaseId != null ? 1 : 0) + (testCaseIds != null ? 1 : 0) + (tags != null ? 1 : 0);
    if (selectors != 1) {
      throw new IllegalArgumentException(
          "a run needs exactly one selector (test_case_id, test_case_ids or tags), got " + selectors);
    }
    requireNotBlank(testCaseId, "test_case_id");
    requireNoneBlank(testCaseIds, "test_case_ids");
    requireNoneBlank(tags, "tags");
    if (agentId != null) {
      requireNotBlank(agentId, "agent_id");
    }
    if (config != null && config.isEmpty()) {
      config = null;
    }
  }

  public static CreateRunRequest forTestCase(String testCaseId) {
    return new CreateRunRequest(Objects.requireNonNull(testCaseId, "testCaseId == null"), null, null, null, null);
  }

  public static CreateRunRequest forTestCases(List<String> testCaseIds) {
    return new CreateRunRequest(null, Objects.requireNonNull(testCaseIds, "testCaseIds == null"), null, null, null);
  }

  public static CreateRunRequest forTags(List<String> tags) {
    return new CreateRunRequest(null, null, Objects.requireNonNull(tags, "tags == null"), null, null);
  }

  public CreateRunRequest withAgent(String agentId) {
    return new CreateRunRequest(testCaseId, testCaseIds, tags, agentId, config);
  }

  public CreateRunRequest withConfig(RunConfig config) {
    return new CreateRunRequest(testCaseId, testCaseIds, tags, agentId, config);
  }

  /** A short human description of what this request selects, e.g. {@code test case tc_xyz789}. */
  public String describeSelection() {
    String what;
    if (testCaseId != null) {
      what = "test case " + testCaseId;
    } else if (testCaseIds != null) {
      what = "test cases " + String.join(", ", testCaseIds);
    } else {
      what = "tags " + String.join(", ", tags);
    }
    return agentId == null ? what : what + " on agent " + agentId;
  }

  private static void requireNotBlank(String value, String field) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  private static void requireNoneBlank(List<String> values, String field) {
    if (values == null) {
      return;
    }
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain a blank value: " + values);
      }
    }
  }
}
