package com.playgent.client.model;

import java.util.List;

/**
 * A run as {@code GET /v1/runs/{run_id}} returns it.
 *
 * <p>{@code success} is meaningful only once the status is {@code completed}. {@code testCases}
 * and {@code error} are not documented: {@code testCases} is the emulator's multi-case extension
 * and {@code error} the reason a {@code failed} run gives, when the service gives one.
 */
public record Run(
    String runId,
    RunStatus status,
    Boolean success,
    EntityRef testCase,
    EntityRef agent,
    List<TurnResult> turns,
    RunSummary summary,
    List<CaseResult> testCases,
    ApiError error) {

  public Run {
    turns = Immutables.list(turns);
    testCases = Immutables.list(testCases);
  }

  /** The turns, never null. */
  public List<TurnResult> turnsOrEmpty() {
    return turns == null ? List.of() : turns;
  }

  public boolean isTerminal() {
    return status != null && status.isTerminal();
  }

  /**
   * The run split by test case: the {@code test_cases} extension when present, else one part made
   * of the documented {@code test_case} and {@code turns}.
   */
  public List<CaseResult> cases() {
    if (testCases != null && !testCases.isEmpty()) {
      return testCases;
    }
    EntityRef ref = testCase == null ? new EntityRef(null, null) : testCase;
    return List.of(new CaseResult(ref.id(), ref.name(), success, turnsOrEmpty(), summary));
  }
}
