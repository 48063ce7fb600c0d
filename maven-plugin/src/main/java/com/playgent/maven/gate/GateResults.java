package com.playgent.maven.gate;

import java.util.List;
import java.util.stream.Collectors;

/** Every gate's outcome, in the order they were configured. */
public record GateResults(List<GateResult> results) {
  public GateResults {
    results = List.copyOf(results);
  }

  public List<GateResult> failed() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  public boolean passed() {
    return failed().isEmpty();
  }

  /**
   * {@code Playgent quality gates failed (2 of 5): pass rate 66.7% < 95.0%; faithfulness mean 0.71 < 0.85},
   * or a line saying all passed.
   */
  public String message() {
    List<GateResult> failed = failed();
    if (failed.isEmpty()) {
      return "Playgent quality gates passed (" + results.size() + " of " + results.size() + ")";
    }
    return "Playgent quality gates failed (" + failed.size() + " of " + results.size() + "): "
        + failed.stream().map(GateResult::message).collect(Collectors.joining("; "));
  }
}
