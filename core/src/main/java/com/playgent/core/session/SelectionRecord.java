package com.playgent.core.session;

import java.util.List;
import java.util.Objects;

/**
 * One declaration of runs in a session: a {@code @PlaygentCase} method, a factory's
 * {@code PlaygentRuns}, or a {@code playgent:run} goal; with the settings that shaped its verdicts
 * and its units.
 *
 * @param testClass the test class, or null for the Maven goal
 * @param uniqueId the JUnit unique id of the factory, or null for the Maven goal
 * @param origin how messages name it, e.g. {@code @PlaygentCase SmokeSuiteTest.smoke()}
 * @param thresholds client-side scorer limits in force, e.g. {@code faithfulness >= 0.85}, {@code toxicity <= 0.20}
 * @param knownFailingTurns the {@code knownFailingTurns} entries in force, e.g. {@code 2} or {@code tc_x:2}
 * @param unitRuns the run that answered each unit, in unit order; empty in records written before
 *     it existed
 * @param repeats runs per test case when the selection repeats them; null without repeats
 * @param minPasses repeats each turn must pass; null without repeats
 */
public record SelectionRecord(
    String testClass,
    String method,
    String uniqueId,
    String origin,
    List<String> testCaseIds,
    List<String> tags,
    List<String> pinnedRuns,
    String agent,
    List<String> thresholds,
    List<String> knownFailingTurns,
    List<UnitRecord> units,
    List<UnitRun> unitRuns,
    Integer repeats,
    Integer minPasses) {

  public SelectionRecord(String testClass, String method, String uniqueId, String origin, List<String> testCaseIds,
      List<String> tags, List<String> pinnedRuns, String agent, List<String> thresholds, List<String> knownFailingTurns,
      List<UnitRecord> units, List<UnitRun> unitRuns) {
    this(testClass, method, uniqueId, origin, testCaseIds, tags, pinnedRuns, agent, thresholds, knownFailingTurns,
        units, unitRuns, null, null);
  }

  /** This selection as one that repeats each unit {@code repeats} times, each turn needing {@code minPasses}. */
  public SelectionRecord withRepeats(Integer repeats, Integer minPasses) {
    return new SelectionRecord(testClass, method, uniqueId, origin, testCaseIds, tags, pinnedRuns, agent, thresholds,
        knownFailingTurns, units, unitRuns, repeats, minPasses);
  }

  public SelectionRecord {
    testCaseIds = List.copyOf(testCaseIds);
    tags = List.copyOf(tags);
    pinnedRuns = List.copyOf(pinnedRuns);
    thresholds = List.copyOf(thresholds);
    knownFailingTurns = List.copyOf(knownFailingTurns);
    units = List.copyOf(units);
    unitRuns = unitRuns == null ? List.of() : List.copyOf(unitRuns);
  }

  /** A selection without unit runs (the Maven goal's, or one still being declared). */
  public SelectionRecord(String testClass, String method, String uniqueId, String origin, List<String> testCaseIds,
      List<String> tags, List<String> pinnedRuns, String agent, List<String> thresholds, List<String> knownFailingTurns,
      List<UnitRecord> units) {
    this(testClass, method, uniqueId, origin, testCaseIds, tags, pinnedRuns, agent, thresholds, knownFailingTurns,
        units, List.of());
  }

  /** Whether {@code other} declares the same runs: test case ids, tags, pinned runs and agent. */
  public boolean declaresSameRunsAs(SelectionRecord other) {
    return testCaseIds.equals(other.testCaseIds) && tags.equals(other.tags) && pinnedRuns.equals(other.pinnedRuns)
        && Objects.equals(agent, other.agent);
  }
}
