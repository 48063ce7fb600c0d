package com.playgent.maven.report;

import com.playgent.core.outcome.RepeatRun;
import com.playgent.core.outcome.RepeatedCase;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test cases the sessions ran with repeats, judged turn by turn over their repeats exactly as the
 * JUnit extension judged them (core's {@link RepeatedCase}): from each selection's {@code repeats} and
 * {@code min_passes} and each unit's {@code repeat} in the session records.
 */
public record RepeatedRuns(List<Group> groups) {

  /**
   * One test case of one repeated selection.
   *
   * @param origin the selection, e.g. {@code @PlaygentCase RefundTest.refund()}
   * @param caseKey the test case id (its label when it has none)
   * @param runIds each repeat's run, in repeat order; null for a repeat without one
   * @param runKeys each repeat's run key ({@link SessionRuns#keyOf}: the run id, qualified by its input when
   *     inputs are merged), in repeat order; null for a repeat without a run
   */
  public record Group(String sessionId, String origin, String caseKey, String caseLabel, int repeats, int minPasses,
      List<String> runIds, List<String> runKeys, RepeatedCase repeated) {
    public Group {
      runIds = java.util.Collections.unmodifiableList(new ArrayList<>(runIds));
      runKeys = java.util.Collections.unmodifiableList(new ArrayList<>(runKeys));
    }

    /** The run key of repeat {@code repeat} (1-based); null when it has no run. */
    public String runKeyOf(int repeat) {
      return repeat >= 1 && repeat <= runKeys.size() ? runKeys.get(repeat - 1) : null;
    }

    public List<RepeatedTurn> turns() {
      return repeated.turns();
    }

    public List<Integer> flakyTurns() {
      return turns().stream().filter(RepeatedTurn::flaky).map(RepeatedTurn::number).toList();
    }
  }

  public static final RepeatedRuns NONE = new RepeatedRuns(List.of());

  public RepeatedRuns {
    groups = List.copyOf(groups);
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /** The run keys ({@link SessionRuns#keyOf}) of every repeat of every group. */
  public java.util.Set<String> runKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    groups.forEach(g -> g.runKeys().stream().filter(java.util.Objects::nonNull).forEach(keys::add));
    return keys;
  }

  /** Every turn over its repeats, for a report's flaky marks. */
  public List<RepeatedTurn> flakyTurns() {
    return groups.stream().flatMap(g -> g.turns().stream()).filter(RepeatedTurn::flaky).toList();
  }

  /**
   * The verdict over the repeats that {@code turn} (one repeat's) belongs to; empty for a turn of a run without
   * repeats. Found by the turn itself, not by its run id, which merged inputs reuse.
   */
  public Optional<RepeatedTurn> of(com.playgent.core.outcome.TurnReport turn) {
    for (Group g : groups) {
      for (RepeatedTurn t : g.turns()) {
        if (t.number() == turn.number() && t.attempts().stream().anyMatch(a -> turn.equals(a.turn()))) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code flaky: 4 of 5 repeats passed, needs 4, so the turn passes} for a failing turn of one repeat;
   * null for a turn of a run without repeats.
   */
  public String mark(com.playgent.core.outcome.TurnReport turn) {
    return of(turn).map(r -> (r.flaky() ? "flaky: " : "") + r.count()
        + (r.passed() ? ", so the turn passes" : ", so the turn fails")).orElse(null);
  }

  /**
   * @param reports every judged run's parts, by run key ({@link SessionRuns#keyOf}, as {@link Analysis} made them)
   */
  static RepeatedRuns of(SessionRuns runs, Map<String, List<RunReport>> reports) {
    List<Group> groups = new ArrayList<>();
    for (SessionRecord session : runs.sessions().sessions()) {
      for (SelectionRecord selection : session.selections()) {
        if (selection.repeats() == null || selection.repeats() < 2) {
          continue;
        }
        int minPasses = selection.minPasses() == null ? selection.repeats() : selection.minPasses();
        Map<String, List<UnitRecord>> byCase = new LinkedHashMap<>();
        for (UnitRecord unit : selection.units()) {
          if (unit.repeat() != null) {
            byCase.computeIfAbsent(unit.label(), k -> new ArrayList<>()).add(unit);
          }
        }
        byCase.forEach((caseKey, units) -> groups.add(group(session, selection, caseKey, units, minPasses, runs,
            reports)));
      }
    }
    return new RepeatedRuns(groups);
  }

  private static Group group(SessionRecord session, SelectionRecord selection, String caseKey, List<UnitRecord> units,
      int minPasses, SessionRuns sessionRuns, Map<String, List<RunReport>> reports) {
    Map<Integer, UnitRecord> byRepeat = new HashMap<>();
    for (UnitRecord u : units) {
      byRepeat.putIfAbsent(u.repeat(), u);
    }
    int count = Math.max(selection.repeats(), units.stream().mapToInt(UnitRecord::repeat).max().orElse(0));
    List<RepeatRun> runs = new ArrayList<>();
    List<String> runIds = new ArrayList<>();
    List<String> runKeys = new ArrayList<>();
    String label = caseKey;
    for (int i = 1; i <= count; i++) {
      UnitRecord u = byRepeat.get(i);
      if (u == null) {
        runs.add(RepeatRun.missing(i, null, "the session " + session.sessionId() + " has no record of this repeat"
            + (session.endedAt() == null ? " (the session never ended)" : "")));
        runIds.add(null);
        runKeys.add(null);
        continue;
      }
      String key = sessionRuns.keyOf(session.sessionId(), u.runId());
      runIds.add(u.runId());
      runKeys.add(key);
      RunReport part = key == null ? null : reports.getOrDefault(key, List.of()).stream()
          .filter(r -> caseKey.equals(r.testCase().id() != null ? r.testCase().id() : r.caseLabel()))
          .findFirst().orElse(null);
      if (part != null) {
        runs.add(RepeatRun.reported(i, part));
        label = part.caseLabel();
      } else {
        String why = u.message() != null ? u.message()
            : u.runId() == null ? "no run was created" : "the run file of " + u.runId() + " is gone";
        runs.add(RepeatRun.missing(i, u.runId(), "its run did not finish: " + why));
      }
    }
    runs.sort(Comparator.comparingInt(RepeatRun::repeat));
    return new Group(session.sessionId(), selection.origin(), caseKey, label, count, minPasses, runIds, runKeys,
        new RepeatedCase(runs, minPasses));
  }
}
