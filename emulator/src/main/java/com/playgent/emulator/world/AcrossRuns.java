package com.playgent.emulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the runs of one test case differ, so a world can script a stochastic agent deterministically:
 * the n-th run of the case in this emulator instance (1-based, counted when each run is created, so
 * five runs created at once still get each entry exactly as often) takes entry {@code (n - 1) mod size}
 * of each list.
 *
 * @param runs case-level entries: how many turns the run keeps and whether it fails; empty for none
 * @param turnVariants per turn index, the turn as each run plays it; a turn without variants is as scripted
 */
public record AcrossRuns(List<RunVariant> runs, Map<Integer, List<Turn>> turnVariants) {
  public static final AcrossRuns NONE = new AcrossRuns(List.of(), Map.of());

  /**
   * One case-level entry.
   *
   * @param turnCount the turns the run keeps (its conversation ends after them); null for all
   * @param error the run ends {@code failed} with this error; null for the case's own outcome
   */
  public record RunVariant(Integer turnCount, RunError error) {}

  public AcrossRuns {
    runs = List.copyOf(runs);
    turnVariants = Map.copyOf(turnVariants);
  }

  public boolean isNone() {
    return runs.isEmpty() && turnVariants.isEmpty();
  }

  RunError error(int n, RunError scripted) {
    RunVariant v = variant(n);
    return v != null && v.error() != null ? v.error() : scripted;
  }

  List<Turn> turns(int n, List<Turn> scripted) {
    List<Turn> out = new ArrayList<>();
    for (int i = 0; i < scripted.size(); i++) {
      List<Turn> variants = turnVariants.get(i);
      out.add(variants == null ? scripted.get(i) : variants.get((n - 1) % variants.size()));
    }
    RunVariant v = variant(n);
    if (v != null && v.turnCount() != null && v.turnCount() < out.size()) {
      return out.subList(0, v.turnCount());
    }
    return out;
  }

  private RunVariant variant(int n) {
    return runs.isEmpty() ? null : runs.get((n - 1) % runs.size());
  }
}
