package com.playgent.core.session;

import java.util.List;

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
    List<UnitRecord> units) {

  public SelectionRecord {
    testCaseIds = List.copyOf(testCaseIds);
    tags = List.copyOf(tags);
    pinnedRuns = List.copyOf(pinnedRuns);
    thresholds = List.copyOf(thresholds);
    knownFailingTurns = List.copyOf(knownFailingTurns);
    units = List.copyOf(units);
  }
}
