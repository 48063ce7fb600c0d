package com.playgent.junit.internal;

import com.playgent.client.model.Run;
import com.playgent.core.outcome.Problems;
import com.playgent.core.outcome.Problems.Problem;
import com.playgent.core.outcome.RepeatRun;
import com.playgent.core.outcome.RepeatedCase;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.RunVerdict;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.pipeline.Repeats;
import com.playgent.core.pipeline.RunHandle;
import com.playgent.core.pipeline.RunPipeline;
import com.playgent.core.session.SessionRecorder;
import com.playgent.core.session.UnitRecord;
import com.playgent.core.settings.PlaygentSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The repeats of one unit as nodes: waits for every repeat's run, then one container per test case
 * with one test per turn over the repeats ({@link RepeatedTurn}), and a test per repeat that has a
 * run-level problem of its own (it erred, failed on the service or judged nothing), named by its repeat.
 */
final class RepeatNodes {
  private RepeatNodes() {}

  /** Nodes for {@code handles} in unit order: repeats of one unit (same unit but for the repeat) become one group. */
  static Stream<DynamicNode> stream(List<RunHandle> handles, Repeats repeats, RunSpec spec,
      List<ScorerThreshold> thresholds, RunsContext ctx, RunPipeline pipeline, SessionRecorder recorder, String key) {
    Map<String, List<RunHandle>> groups = new LinkedHashMap<>();
    for (RunHandle h : handles) {
      groups.computeIfAbsent(h.unit().withoutRepeat().key(), k -> new ArrayList<>()).add(h);
    }
    return groups.entrySet().stream().flatMap(g -> g.getValue().get(0).unit().repeat() == 0
        ? g.getValue().stream().flatMap(h -> RunNodes.nodes(h, spec, thresholds, ctx, pipeline, recorder, key))
        : group(g.getKey(), g.getValue(), repeats, spec, thresholds, ctx, pipeline, recorder, key));
  }

  /** What one repeat came to: its run, or the problem that stands for it. */
  private record Outcome(RunHandle handle, Run run, Problem problem) {
    int repeat() {
      return handle.unit().repeat();
    }
  }

  private static Stream<DynamicNode> group(String groupKey, List<RunHandle> handles, Repeats repeats, RunSpec spec,
      List<ScorerThreshold> thresholds, RunsContext ctx, RunPipeline pipeline, SessionRecorder recorder, String key) {
    PlaygentSettings settings = ctx.settings();
    List<Outcome> outcomes = new ArrayList<>();
    for (RunHandle h : handles) {
      outcomes.add(await(h, spec, ctx, pipeline, recorder, key));
    }
    // Per test case, in the order the repeats first report it, each repeat's part.
    Map<String, Map<Integer, RunReport>> byCase = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o.run() == null) {
        continue;
      }
      for (RunReport report : RunReport.of(o.run(), thresholds, settings.baseUrl())) {
        byCase.computeIfAbsent(caseKey(report), k -> new LinkedHashMap<>()).put(o.repeat(), report);
      }
    }
    List<DynamicNode> containers = new ArrayList<>();
    if (byCase.isEmpty()) { // no repeat reported anything: each repeat's problem, as a single run's would be
      for (Outcome o : outcomes) {
        if (o.problem() != null) {
          containers.add(RunNodes.errorContainer(o.handle(), JUnitOutcomes.of(o.problem()), ctx));
        }
      }
      return containers.stream();
    }
    boolean first = true;
    for (Map<Integer, RunReport> parts : byCase.values()) {
      containers.add(container(groupKey, outcomes, parts, repeats, spec, ctx, recorder, key, first));
      first = false;
    }
    return containers.stream();
  }

  private static Outcome await(RunHandle h, RunSpec spec, RunsContext ctx, RunPipeline pipeline,
      SessionRecorder recorder, String key) {
    PlaygentSettings settings = ctx.settings();
    try {
      Run run = h.await(settings.progressInterval(), ignored -> ctx.session().console().println(pipeline.progressLine()));
      if (run.runId() != null) {
        recorder.unitRun(key, RunNodes.recordLabel(h.unit()), run.runId());
      }
      return new Outcome(h, run, null);
    } catch (Throwable e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      boolean allowEmpty = spec.allowEmpty() != null ? spec.allowEmpty() : settings.allowEmpty();
      Problem problem = Problems.of(h.unit(), h.runId(), e, settings, allowEmpty);
      recorder.unit(key, UnitRecord.problem(h.unit().label(), h.runId(), h.obtained(), problem.outcome(),
          problem.message()).withRepeat(h.unit().repeat()));
      return new Outcome(h, null, problem);
    }
  }

  private static String caseKey(RunReport report) {
    return report.testCase().id() != null ? report.testCase().id() : report.caseLabel();
  }

  private static DynamicNode container(String groupKey, List<Outcome> outcomes, Map<Integer, RunReport> parts,
      Repeats repeats, RunSpec spec, RunsContext ctx, SessionRecorder recorder, String key, boolean firstCase) {
    RunReport any = parts.values().iterator().next();
    String caseId = any.testCase().id();
    Set<Integer> known = RunNodes.knownFailing(spec, ctx, caseId); // the declaration's and the baseline's
    Set<Integer> declaredKnown = spec.knownFailingTurns().forCase(caseId);
    List<RepeatRun> runs = new ArrayList<>();
    List<DynamicNode> runTests = new ArrayList<>();
    for (Outcome o : outcomes) {
      RunReport part = parts.get(o.repeat());
      if (part != null) {
        runs.add(RepeatRun.reported(o.repeat(), part));
        List<TurnReport> turns = part.turns();
        ctx.session().totals().repeatReported(part);
        recordReported(part, turns, known, o, recorder, key);
        RunVerdict verdict = RunVerdict.of(part, turns, known);
        ctx.session().console().println(verdict.console().replaceFirst("^playgent: ",
            "playgent: repeat " + o.repeat() + " of "));
        if (verdict.ownTest()) {
          runTests.add(DynamicTest.dynamicTest("repeat " + o.repeat() + " › run verdict",
              RunNodes.uri(part.link() + "#verdict"), new RunVerdictExecutable(verdict)));
        }
      } else if (o.problem() != null) {
        runs.add(RepeatRun.missing(o.repeat(), o.handle().runId(), "its run did not finish: "
            + Text.oneLine(o.problem().message(), 300)));
        if (firstCase) { // a repeat's own problem is told once, not once per test case
          Throwable outcome = JUnitOutcomes.of(o.problem());
          String link = o.handle().runId() == null ? ctx.settings().baseUrl() + "/runs"
              : ctx.settings().baseUrl() + "/runs/" + o.handle().runId();
          runTests.add(DynamicTest.dynamicTest("repeat " + o.repeat() + " › run", RunNodes.uri(link + "#verdict"),
              () -> {
                throw outcome;
              }));
        }
      } else {
        runs.add(RepeatRun.missing(o.repeat(), o.run().runId(), "its run " + o.run().runId()
            + " has no part for this test case"));
      }
    }
    RepeatedCase repeated = new RepeatedCase(runs, repeats.minPasses());
    String label = ctx.session().labels().label(ctx.testClass(), ctx.uniqueId() + "|" + groupKey + "|" + caseId,
        Text.oneLine(any.testCase().ref().label(), 80), outcomes.get(0).handle().unit().agent());
    List<DynamicNode> children = new ArrayList<>();
    List<RepeatedTurn> turns = repeated.turns();
    ctx.session().totals().judgedOverRepeats(caseId, outcomes.stream().map(o -> String.valueOf(o.handle().runId()))
        .toList(), turns, known);
    for (RepeatedTurn turn : turns) {
      TurnReport shown = turn.first();
      boolean declared = declaredKnown.contains(turn.number());
      children.add(DynamicTest.dynamicTest(turn.displayName(label), shown == null ? null : RunNodes.uri(shown.link()),
          BaselineTurnExecutable.of(new RepeatedTurnExecutable(turn, declared, spec.turnChecks()), declared, caseId,
              turn.number(), ctx)));
    }
    for (DynamicNode n : runTests) { // named after the case label, like a single run's verdict test
      DynamicTest t = (DynamicTest) n;
      children.add(DynamicTest.dynamicTest(label + " › " + t.getDisplayName(), t.getTestSourceUri().orElse(null),
          t.getExecutable()));
    }
    String summary = summary(repeated, turns, repeats);
    ctx.session().console().println("playgent: " + any.caseLabel() + " · " + summary);
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("playgent.test_case", any.caseLabel());
    entries.put("playgent.repeats", summary);
    entries.put("playgent.flaky_turns", turns.stream().filter(RepeatedTurn::flaky)
        .map(t -> String.valueOf(t.number())).collect(Collectors.joining(", ")));
    entries.put("playgent.runs", runs.stream().map(r -> r.runId() == null ? "none" : r.runId())
        .collect(Collectors.joining(", ")));
    ctx.reportEntries().accept(entries);
    return DynamicContainer.dynamicContainer(any.caseLabel() + " × " + repeats.count(),
        RunNodes.source(ctx, any.link()), children.stream());
  }

  /** {@code 5 repeats, at least 4 must pass · 2 of 3 turns passed · flaky: turn 2}. */
  private static String summary(RepeatedCase repeated, List<RepeatedTurn> turns, Repeats repeats) {
    long passed = turns.stream().filter(RepeatedTurn::passed).count();
    List<String> flaky = turns.stream().filter(RepeatedTurn::flaky).map(t -> "turn " + t.number()).toList();
    return repeats.describe() + " · " + passed + " of " + turns.size() + (turns.size() == 1 ? " turn" : " turns")
        + " passed" + (flaky.isEmpty() ? "" : " · flaky: " + String.join(", ", flaky))
        + " · " + repeated.passingRepeats() + " of " + repeated.repeats() + " repeats passed every turn";
  }

  private static void recordReported(RunReport part, List<TurnReport> turns, Set<Integer> known, Outcome o,
      SessionRecorder recorder, String key) {
    int passed = 0;
    int failed = 0;
    int knownFailing = 0;
    for (TurnReport t : turns) {
      if (t.verdict().passed()) {
        passed++;
      } else if (known.contains(t.number())) {
        knownFailing++;
      } else {
        failed++;
      }
    }
    String caseId = part.testCase().id();
    recorder.unit(key, UnitRecord.reported(caseId == null ? o.handle().unit().label() : caseId, part.run().runId(),
        o.handle().obtained(), turns.size(), passed, failed, knownFailing).withRepeat(o.repeat()));
  }
}
