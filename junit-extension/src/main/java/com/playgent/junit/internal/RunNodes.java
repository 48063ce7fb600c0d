package com.playgent.junit.internal;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunConfig;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs to nodes: starts every unit of a spec before awaiting any, then, as JUnit pulls the nodes,
 * waits for each run in turn and gives one container per run and test case: a test per turn, in
 * turn order, and the run's verdict last.
 */
public final class RunNodes {
  private RunNodes() {}

  public static Stream<DynamicNode> stream(RunSpec spec, RunsContext ctx) {
    List<RunUnit> units = units(spec, ctx.settings(), ctx.origin());
    List<RunHandle> handles = new ArrayList<>();
    for (RunUnit unit : units) {
      handles.add(ctx.coordinator().start(unit));
    }
    return handles.stream().flatMap(h -> nodes(h, spec, ctx));
  }

  /** Starts the spec's runs without building nodes: the test plan's pre-start. */
  public static void start(RunSpec spec, Settings settings, String origin) {
    RunCoordinator coordinator = Coordinators.of(settings);
    for (RunUnit unit : units(spec, settings, origin)) {
      coordinator.start(unit);
    }
  }

  static List<RunUnit> units(RunSpec spec, Settings settings, String origin) {
    if (spec.isEmpty()) {
      throw new PlaygentConfigurationException(origin + " names no Playgent test case: give @PlaygentCase a test case"
          + " id (@PlaygentCase(\"tc_...\")), tags or a run id, or call testCases(...), tags(...) or run(...) on the"
          + " PlaygentRuns parameter");
    }
    knownFailing(spec, null); // validate the syntax before anything starts
    String agent = spec.agent() != null ? spec.agent() : settings.agent();
    RunConfig base = settings.runConfig();
    RunConfig config = new RunConfig(
        spec.parallel() != null ? spec.parallel() : base.parallel(),
        spec.maxRetries() != null ? spec.maxRetries() : base.maxRetries(),
        spec.turnTimeoutMs() != null ? spec.turnTimeoutMs() : base.timeoutMs());
    Set<RunUnit> units = new LinkedHashSet<>();
    for (String id : spec.testCaseIds()) {
      requireId(id, "test case id", origin);
      units.add(RunUnit.testCase(id.trim(), agent, config));
    }
    if (!spec.tags().isEmpty()) {
      for (String tag : spec.tags()) {
        requireId(tag, "tag", origin);
      }
      units.add(RunUnit.tags(spec.tags().stream().map(String::trim).toList(), agent, config));
    }
    for (String runId : spec.pinnedRuns()) {
      requireId(runId, "run id", origin);
      units.add(RunUnit.pinned(runId.trim()));
    }
    return new ArrayList<>(units);
  }

  private static Stream<DynamicNode> nodes(RunHandle handle, RunSpec spec, RunsContext ctx) {
    Settings settings = ctx.settings();
    Run run;
    try {
      run = handle.await(settings.progressInterval(), ignored -> System.out.println(ctx.coordinator().progressLine()));
    } catch (Throwable e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      boolean allowEmpty = spec.allowEmpty() != null ? spec.allowEmpty() : settings.allowEmpty();
      return Stream.of(errorContainer(handle, Failures.outcome(handle.unit, handle.runId, e, settings, allowEmpty), ctx));
    }
    List<ScorerThreshold> thresholds = thresholds(spec, settings);
    List<DynamicNode> containers = new ArrayList<>();
    for (RunReport report : RunReport.of(run, thresholds, settings.baseUrl())) {
      Coordinators.stats().reported(report);
      containers.add(container(report, handle, spec, ctx));
    }
    return containers.stream();
  }

  private static DynamicNode container(RunReport report, RunHandle handle, RunSpec spec, RunsContext ctx) {
    String caseId = report.testCase().id();
    String label = CaseLabels.label(ctx.testClass(), ctx.slot() + "|" + handle.unit.key() + "|" + caseId,
        Text.oneLine(report.testCase().ref().label(), 80), handle.unit.agent());
    Set<Integer> known = knownFailing(spec, caseId);
    List<DynamicNode> children = new ArrayList<>();
    for (TurnReport turn : report.turns()) {
      TurnExecutable test = new TurnExecutable(turn, known.contains(turn.number()), spec.turnChecks());
      children.add(DynamicTest.dynamicTest(turn.displayName(label), uri(turn.link()), test));
    }
    children.add(DynamicTest.dynamicTest(label + " › run verdict", uri(report.link() + "#verdict"),
        new RunVerdictExecutable(report, known)));
    return DynamicContainer.dynamicContainer(report.caseLabel(), uri(report.link()), children.stream());
  }

  private static DynamicNode errorContainer(RunHandle handle, Throwable outcome, RunsContext ctx) {
    String label = CaseLabels.label(ctx.testClass(), ctx.slot() + "|" + handle.unit.key(), handle.unit.label(),
        handle.unit.agent());
    String link = handle.runId == null ? ctx.settings().baseUrl() + "/runs" : ctx.settings().baseUrl() + "/runs/" + handle.runId;
    DynamicTest test = DynamicTest.dynamicTest(label + " › run", uri(link + "#verdict"), () -> {
      throw outcome;
    });
    return DynamicContainer.dynamicContainer(handle.unit.label(), uri(link), Stream.of(test));
  }

  private static List<ScorerThreshold> thresholds(RunSpec spec, Settings settings) {
    Map<String, ScorerThreshold> byScorer = new LinkedHashMap<>();
    for (ScorerThreshold t : settings.thresholds()) {
      byScorer.put(t.scorer(), t);
    }
    for (ScorerThreshold t : spec.thresholds()) {
      byScorer.put(t.scorer(), t); // the method's own threshold wins over the class-wide one
    }
    return new ArrayList<>(byScorer.values());
  }

  /** Turn numbers known to fail for a test case: {@code "2"} applies to every case, {@code "tc_x:2"} to one. */
  static Set<Integer> knownFailing(RunSpec spec, String caseId) {
    Set<Integer> numbers = new HashSet<>();
    for (String entry : spec.knownFailingTurns()) {
      String e = entry.trim();
      int colon = e.lastIndexOf(':');
      String forCase = colon < 0 ? null : e.substring(0, colon).trim();
      String number = colon < 0 ? e : e.substring(colon + 1).trim();
      int n;
      try {
        n = Integer.parseInt(number);
      } catch (NumberFormatException ex) {
        n = 0;
      }
      if (n < 1) {
        throw new PlaygentConfigurationException("knownFailingTurns entry '" + entry + "' is not a turn: use the 1-based"
            + " turn number, e.g. \"2\", or \"tc_xyz789:2\" for one test case");
      }
      if (forCase == null || forCase.equals(caseId)) {
        numbers.add(n);
      }
    }
    return numbers;
  }

  private static void requireId(String value, String what, String origin) {
    if (value == null || value.isBlank()) {
      throw new PlaygentConfigurationException(origin + ": a blank " + what + " was given");
    }
  }

  /** An {@code http(s):} test source, so Surefire names the testcase by its display name. */
  static URI uri(String link) {
    try {
      return URI.create(link);
    } catch (IllegalArgumentException e) {
      return URI.create(link.replaceAll("[^A-Za-z0-9:/._#?=&%-]", "_"));
    }
  }
}
