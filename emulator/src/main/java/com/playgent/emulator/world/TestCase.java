package com.playgent.emulator.world;

import java.util.List;
import java.util.Objects;

/**
 * Describe a test case and the scripted result of running it.
 *
 * @param id test case id, for example {@code tc_xyz789}
 * @param name display name
 * @param agentId the agent it tests
 * @param type {@code single} or {@code multi}, as sent by the client
 * @param tags tags used by tag selectors
 * @param durationMs wall time of a run of this case
 * @param error {@code null} when the case completes; otherwise the run ends {@code failed}
 * @param stuck whether a run of this case stays {@code running} forever
 * @param turns the resolved turns
 * @param acrossRuns how the n-th run of this case differs from the scripted one; {@link AcrossRuns#NONE} for none
 */
public record TestCase(
    String id,
    String name,
    String agentId,
    String type,
    List<String> tags,
    long durationMs,
    RunError error,
    boolean stuck,
    List<Turn> turns,
    AcrossRuns acrossRuns) {
  /** Validate and copy the components. */
  public TestCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(agentId, "agentId");
    type = type == null ? "single" : type;
    tags = List.copyOf(tags == null ? List.of() : tags);
    turns = List.copyOf(turns);
    acrossRuns = acrossRuns == null ? AcrossRuns.NONE : acrossRuns;
  }

  /** A case that runs the same every time. */
  public TestCase(String id, String name, String agentId, String type, List<String> tags, long durationMs,
      RunError error, boolean stuck, List<Turn> turns) {
    this(id, name, agentId, type, tags, durationMs, error, stuck, turns, AcrossRuns.NONE);
  }

  /** This case as its {@code n}-th run (1-based, in creation order) plays it: see {@link AcrossRuns}. */
  public TestCase forRun(int n) {
    if (acrossRuns.isNone()) {
      return this;
    }
    return new TestCase(id, name, agentId, type, tags, durationMs, acrossRuns.error(n, error), stuck,
        acrossRuns.turns(n, turns), AcrossRuns.NONE);
  }

  /** Return whether a run of this case ends {@code failed}. */
  public boolean fails() {
    return error != null;
  }

  /** Return whether this case carries the given tag. */
  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }
}
