package com.playgent.core.pipeline;

import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.RunConfig;
import java.util.List;

/**
 * One run to report: a test case id, a tag selection, or an existing run. Equal units in one JVM
 * share one run, so a plan-level pre-start, the factory and an IDE re-run all see the same run.
 * Repeats of a unit differ in {@code repeat} (1..n; 0 for a unit that is not repeated), so each is a
 * run of its own: its own key, recording and never a reused run.
 */
public record RunUnit(Kind kind, String testCaseId, List<String> tags, String runId, String agent, RunConfig config,
    int repeat) {
  public enum Kind { TEST_CASE, TAGS, PINNED }

  public RunUnit {
    tags = tags == null ? List.of() : List.copyOf(tags);
    config = config == null || config.isEmpty() ? null : config;
  }

  public RunUnit(Kind kind, String testCaseId, List<String> tags, String runId, String agent, RunConfig config) {
    this(kind, testCaseId, tags, runId, agent, config, 0);
  }

  /** This unit as repeat {@code repeat} (1-based) of its declaration. */
  public RunUnit withRepeat(int repeat) {
    return new RunUnit(kind, testCaseId, tags, runId, agent, config, repeat);
  }

  /** This unit without its repeat index: what its repeats have in common. */
  public RunUnit withoutRepeat() {
    return repeat == 0 ? this : withRepeat(0);
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
    return kind + ":" + label() + "@" + (agent == null ? "" : agent) + "|" + config + (repeat == 0 ? "" : "#" + repeat);
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
    what = agent == null ? what : what + " on agent " + agent;
    return repeat == 0 ? what : what + " (repeat " + repeat + ")";
  }

  public CreateRunRequest request() {
    CreateRunRequest r = kind == Kind.TAGS ? CreateRunRequest.forTags(tags) : CreateRunRequest.forTestCase(testCaseId);
    return r.withAgent(agent).withConfig(config);
  }

  /**
   * A file name for this unit's recording: {@code tc_xyz789.json}, {@code tags-refunds.json},
   * {@code tc_x@agent_y.json}, {@code tc_x.repeat-2.json}.
   */
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
    if (repeat != 0) {
      base += ".repeat-" + repeat; // one recording per repeat, never one replayed for all
    }
    return base.replaceAll("[^A-Za-z0-9_.@+-]", "_") + ".json";
  }
}
