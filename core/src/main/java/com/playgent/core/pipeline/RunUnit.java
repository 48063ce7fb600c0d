package com.playgent.core.pipeline;

import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.RunConfig;
import java.util.List;

/**
 * One run to report: a test case id, a tag selection, or an existing run. Equal units in one JVM
 * share one run, so a plan-level pre-start, the factory and an IDE re-run all see the same run.
 */
public record RunUnit(Kind kind, String testCaseId, List<String> tags, String runId, String agent, RunConfig config) {
  public enum Kind { TEST_CASE, TAGS, PINNED }

  public RunUnit {
    tags = tags == null ? List.of() : List.copyOf(tags);
    config = config == null || config.isEmpty() ? null : config;
  }

  public static RunUnit testCase(String id, String agent, RunConfig config) {
    return new RunUnit(Kind.TEST_CASE, id, null, null, agent, config);
  }

  public static RunUnit tags(List<String> tags, String agent, RunConfig config) {
    return new RunUnit(Kind.TAGS, null, tags, null, agent, config);
  }

  public static RunUnit pinned(String runId) {
    return new RunUnit(Kind.PINNED, null, null, runId, null, null);
  }

  public String key() {
    return kind + ":" + label() + "@" + (agent == null ? "" : agent) + "|" + config;
  }

  /**
   * What decides a unit's shard ({@code playgent.shard}): kind, label and agent, e.g.
   * {@code TEST_CASE:tc_xyz789@agent_x}. Never a repeat index or run config, so every repeat of a
   * unit lands on the same shard; see {@link Shard}.
   */
  public String shardKey() {
    return kind + ":" + label() + "@" + (agent == null ? "" : agent);
  }

  /** {@code tc_xyz789}, {@code tags refunds, billing} or {@code run run_def456}. */
  public String label() {
    switch (kind) {
      case TEST_CASE: return testCaseId;
      case TAGS: return "tags " + String.join(", ", tags);
      default: return "run " + runId;
    }
  }

  /** Readable selection for messages, e.g. {@code test case tc_xyz789 on agent agent_x}. */
  public String describe() {
    String what = kind == Kind.TEST_CASE ? "test case " + testCaseId : label();
    return agent == null ? what : what + " on agent " + agent;
  }

  public CreateRunRequest request() {
    CreateRunRequest r = kind == Kind.TAGS ? CreateRunRequest.forTags(tags) : CreateRunRequest.forTestCase(testCaseId);
    return r.withAgent(agent).withConfig(config);
  }

  /** A file name for this unit's recording: {@code tc_xyz789.json}, {@code tags-refunds.json}, {@code tc_x@agent_y.json}. */
  public String recordingName() {
    String base;
    switch (kind) {
      case TEST_CASE: base = testCaseId; break;
      case TAGS: base = "tags-" + String.join("+", tags); break;
      default: base = runId;
    }
    if (agent != null) {
      base += "@" + agent;
    }
    return base.replaceAll("[^A-Za-z0-9_.@+-]", "_") + ".json";
  }
}
