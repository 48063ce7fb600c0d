package com.playgent.junit.internal;

import com.playgent.client.model.Run;
import com.playgent.core.outcome.Problems;
import com.playgent.core.outcome.Problems.Problem;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.RunVerdict;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.outcome.TurnVerdict;
import com.playgent.core.pipeline.Repeats;
import com.playgent.core.pipeline.RunHandle;
import com.playgent.core.pipeline.RunPipeline;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionRecorder;
import com.playgent.core.session.UnitRecord;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.internal.Narrowing.Narrowed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs to nodes: starts every unit of a spec through the session's pipeline before awaiting any,
 * then, as JUnit pulls the nodes, waits for each run in turn and gives one container per run and
 * test case: a test per turn, in turn order, and a {@code › run verdict} test only when the run says
 * something no turn says (it failed, erred or judged nothing). Each run's summary goes to the
 * session's console and, when the run has no test of its own, to the factory's report entries.
 * Records each unit in the session record as it is reported, with the run that answered it, so that
 * a later re-run of some of its nodes can report the same runs ({@link NarrowedRuns}).
 */
public final class RunNodes {
  static final String HOW_TO_SELECT = "give @PlaygentCase a test case id (@PlaygentCase(\"tc_...\")), tags or a run"
      + " id, or call testCases(...), tags(...) or run(...) on the PlaygentRuns parameter";
  /** Characters a URI holds as they are (RFC 3986 unreserved and reserved, without brackets). */
  private static final String URI_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?@!$&'()*+,;=";

  private RunNodes() {}

  public static Stream<DynamicNode> stream(RunSpec spec, RunsContext ctx) {
    PlaygentSettings settings = ctx.settings();
    ctx.session().baseline(settings); // a named baseline that cannot be read fails before any run starts
    List<RunUnit> units = ownUnits(spec, settings, ctx);
    if (units.isEmpty()) {
      return Stream.empty(); // every unit belongs to another shard: nothing started, nothing reported
    }
    List<ScorerThreshold> thresholds = ScorerThreshold.merge(settings.thresholds(), spec.thresholds());
    SessionRecorder recorder = ctx.session().recorder(settings);
    String key = ctx.uniqueId() != null ? ctx.uniqueId() : ctx.testClass() + "|" + ctx.origin();
    SelectionRecord declared = declaration(spec, ctx, thresholds);
    recorder.select(key, declared);
    RunPipeline pipeline = ctx.session().pipeline(settings);
    Repeats repeats = spec.selection().repeats(settings, ctx.origin());
    Optional<Narrowed> narrowed = repeats.repeated() ? Optional.empty() : ctx.narrowed(); // repeats: every run anew
    if (narrowed.isPresent()) {
      return narrowedRuns(narrowed.get(), units, declared, ctx).nodes(spec, thresholds, ctx, pipeline, recorder, key);
    }
    List<RunHandle> handles = new ArrayList<>();
    for (RunUnit unit : units) {
      handles.add(pipeline.start(unit));
    }
    if (repeats.repeated()) {
      return RepeatNodes.stream(handles, repeats, spec, thresholds, ctx, pipeline, recorder, key);
    }
    return handles.stream().flatMap(h -> nodes(h, spec, thresholds, ctx, pipeline, recorder, key));
  }

  /**
   * Starts a spec's runs without building nodes: the test plan's pre-start. A factory the launcher
   * selected only in part starts what its plan needs ({@link NarrowedRuns}).
   */
  public static void start(RunSpec spec, RunsContext ctx) {
    PlaygentSettings settings = ctx.settings();
    ctx.session().baseline(settings);
    List<RunUnit> units = ownUnits(spec, settings, ctx);
    if (units.isEmpty()) {
      return;
    }
    Optional<Narrowed> narrowed = spec.selection().repeats(settings, ctx.origin()).repeated() ? Optional.empty()
        : ctx.narrowed();
    if (narrowed.isPresent()) {
      narrowedRuns(narrowed.get(), units, declaration(spec, ctx,
          ScorerThreshold.merge(settings.thresholds(), spec.thresholds())), ctx);
      return;
    }
    RunPipeline pipeline = ctx.session().pipeline(settings);
    for (RunUnit unit : units) {
      pipeline.start(unit);
    }
  }

  /** The spec's units this shard owns ({@code playgent.shard}); all of them when unsharded. */
  private static List<RunUnit> ownUnits(RunSpec spec, PlaygentSettings settings, RunsContext ctx) {
    List<RunUnit> units = spec.selection().units(settings, ctx.origin(), HOW_TO_SELECT);
    return settings.shard() == null ? units : settings.shard().filter(units);
  }

  private static NarrowedRuns narrowedRuns(Narrowed narrowed, List<RunUnit> units, SelectionRecord declared,
      RunsContext ctx) {
    return ctx.session().narrowedRuns(narrowed.factoryId(),
        () -> NarrowedRuns.plan(narrowed, units, declared, ctx.settings(), ctx.session(), ctx.origin()));
  }

  /** The selection as the session record keeps it (its units are added as they are reported). */
  private static SelectionRecord declaration(RunSpec spec, RunsContext ctx, List<ScorerThreshold> thresholds) {
    PlaygentSettings settings = ctx.settings();
    SelectionRecord record = new SelectionRecord(ctx.testClass(), ctx.method(), ctx.uniqueId(), ctx.origin(),
        spec.selection().testCaseIds(), spec.selection().tags(), spec.selection().pinnedRuns(),
        spec.selection().agent() != null ? spec.selection().agent() : settings.agent(),
        thresholds.stream().map(ScorerThreshold::toString).toList(), knownFailingEntries(spec, ctx), List.of());
    Repeats repeats = spec.selection().repeats(settings, ctx.origin());
    return repeats.repeated() ? record.withRepeats(repeats.count(), repeats.minPasses()) : record;
  }

  /** The declaration's known failing turns, and those that failed in the baseline ({@code playgent.baseline}). */
  private static List<String> knownFailingEntries(RunSpec spec, RunsContext ctx) {
    BaselineTurns baseline = ctx.session().baseline(ctx.settings());
    List<String> declared = spec.knownFailingTurns().entries();
    return baseline == null ? declared : baseline.knownFailingEntries(declared, spec.selection().testCaseIds(),
        spec.selection().tags().isEmpty() && spec.selection().pinnedRuns().isEmpty());
  }

  /**
   * The turns of a test case reported as known failing: the declaration's, and the baseline's failing
   * ones. Single runs and repeats ({@link RepeatNodes}) both count by it.
   */
  static Set<Integer> knownFailing(RunSpec spec, RunsContext ctx, String caseId) {
    BaselineTurns baseline = ctx.session().baseline(ctx.settings());
    return baseline == null ? spec.knownFailingTurns().forCase(caseId)
        : baseline.knownFailing(spec.knownFailingTurns(), caseId);
  }

  static Stream<DynamicNode> nodes(RunHandle handle, RunSpec spec, List<ScorerThreshold> thresholds,
      RunsContext ctx, RunPipeline pipeline, SessionRecorder recorder, String key) {
    PlaygentSettings settings = ctx.settings();
    Run run;
    try {
      run = handle.await(settings.progressInterval(), ignored -> ctx.session().console().println(pipeline.progressLine()));
    } catch (Throwable e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      boolean allowEmpty = spec.allowEmpty() != null ? spec.allowEmpty() : settings.allowEmpty();
      Problem problem = Problems.of(handle.unit(), handle.runId(), e, settings, allowEmpty);
      recorder.unit(key, UnitRecord.problem(handle.unit().label(), handle.runId(), handle.obtained(), problem.outcome(),
          problem.message()));
      return Stream.of(errorContainer(handle, JUnitOutcomes.of(problem), ctx));
    }
    if (run.runId() != null) {
      recorder.unitRun(key, recordLabel(handle.unit()), run.runId());
    }
    List<DynamicNode> containers = new ArrayList<>();
    for (RunReport report : RunReport.of(run, thresholds, settings.baseUrl())) {
      ctx.session().totals().reported(report, knownFailing(spec, ctx, report.testCase().id()));
      containers.add(container(report, handle, spec, ctx, recorder, key));
    }
    return containers.stream();
  }

  private static DynamicNode container(RunReport report, RunHandle handle, RunSpec spec, RunsContext ctx,
      SessionRecorder recorder, String key) {
    String caseId = report.testCase().id();
    String label = ctx.session().labels().label(ctx.testClass(), ctx.uniqueId() + "|" + handle.unit().key() + "|" + caseId,
        Text.oneLine(report.testCase().ref().label(), 80), handle.unit().agent());
    Set<Integer> known = knownFailing(spec, ctx, caseId);
    Set<Integer> declaredKnown = spec.knownFailingTurns().forCase(caseId);
    List<TurnReport> turns = report.turns();
    List<DynamicNode> children = new ArrayList<>();
    int passed = 0;
    int failed = 0;
    int knownFailing = 0;
    for (TurnReport turn : turns) {
      boolean isKnown = known.contains(turn.number());
      TurnVerdict verdict = turn.verdict(); // judged once: the node's test reports the same verdict
      boolean turnPassed = verdict.passed();
      if (turnPassed) {
        passed++;
      } else if (isKnown) {
        knownFailing++;
      } else {
        failed++;
      }
      boolean declared = declaredKnown.contains(turn.number());
      Executable executable = BaselineTurnExecutable.of(new TurnExecutable(turn, verdict, declared, spec.turnChecks()),
          declared, caseId, turn.number(), ctx);
      children.add(DynamicTest.dynamicTest(turn.displayName(label), uri(turn.link()), executable));
    }
    recorder.unit(key, UnitRecord.reported(caseId == null ? handle.unit().label() : caseId, report.run().runId(),
        handle.obtained(), turns.size(), passed, failed, knownFailing));
    RunVerdict verdict = RunVerdict.of(report, turns, known);
    ctx.session().console().println(verdict.console());
    if (verdict.ownTest()) {
      children.add(DynamicTest.dynamicTest(label + " › run verdict", uri(report.link() + "#verdict"),
          new RunVerdictExecutable(verdict)));
    } else {
      ctx.reportEntries().accept(summaryEntries(report, verdict));
    }
    return DynamicContainer.dynamicContainer(report.caseLabel(), source(ctx, report.link()), children.stream());
  }

  /** The run's summary as report entries: a run whose turns say everything has no test of its own to carry it. */
  private static Map<String, String> summaryEntries(RunReport report, RunVerdict verdict) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("playgent.run", report.run().runId());
    entries.put("playgent.test_case", report.caseLabel());
    entries.put("playgent.summary", verdict.summary());
    entries.put("link", report.link());
    return entries;
  }

  /** The unit as the session record's unit runs name it: its label, with {@code #2} for repeat 2. */
  static String recordLabel(RunUnit unit) {
    return unit.repeat() == 0 ? unit.label() : unit.label() + " #" + unit.repeat();
  }

  static DynamicNode errorContainer(RunHandle handle, Throwable outcome, RunsContext ctx) {
    RunUnit unit = handle.unit();
    String label = ctx.session().labels().label(ctx.testClass(), ctx.uniqueId() + "|" + unit.key(), unit.label(),
        unit.agent());
    String link = handle.runId() == null ? ctx.settings().baseUrl() + "/runs"
        : ctx.settings().baseUrl() + "/runs/" + handle.runId();
    DynamicTest test = DynamicTest.dynamicTest(label + " › run", uri(link + "#verdict"), () -> {
      throw outcome;
    });
    return DynamicContainer.dynamicContainer(unit.label(), source(ctx, link), Stream.of(test));
  }

  /** A run's container opens its factory in the IDE; without one (a pre-start), the run's link. */
  static URI source(RunsContext ctx, String link) {
    return ctx.source() != null ? ctx.source() : uri(link);
  }

  /**
   * An {@code http(s):} test source, so Surefire names the testcase by its display name. Never
   * throws: a character a URI cannot hold is percent-encoded (all but the first {@code #}).
   */
  static URI uri(String link) {
    try {
      return URI.create(link);
    } catch (IllegalArgumentException e) {
      try {
        return URI.create(encoded(link));
      } catch (IllegalArgumentException stillNot) {
        return null; // no test source rather than no test
      }
    }
  }

  private static String encoded(String link) {
    StringBuilder b = new StringBuilder(link.length() + 16);
    boolean fragment = false;
    byte[] bytes = link.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean hex = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (c == '#' && !fragment) {
        fragment = true;
        b.append('#');
      } else if (hex || URI_CHARS.indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  private static boolean isHex(byte c) {
    return Character.digit(c, 16) >= 0;
  }
}
