package com.playgent.junit.internal;

import com.playgent.client.model.Run;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.pipeline.EarlierRuns;
import com.playgent.core.pipeline.RunHandle;
import com.playgent.core.pipeline.RunPipeline;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionRecorder;
import com.playgent.core.settings.Mode;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.junit.internal.Narrowing.Narrowed;
import com.playgent.junit.internal.Narrowing.Position;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A factory the launcher selected only in part, as an IDE does to re-run one turn or one container.
 * Its nodes are addressed by position ({@code [dynamic-container:#1]/[dynamic-test:#2]}), so the
 * re-run reports the runs that produced them, from the output directory, instead of starting new
 * ones; a unit with no such run is started only if the selection reaches it. A selected position the
 * runs do not have fails, naming the id, what the runs have and how to refresh the tree.
 */
final class NarrowedRuns {
  /** One unit: the run reported again or started for it, or none when nothing selected reaches it. */
  private record Part(RunUnit unit, RunHandle handle, EarlierRuns.Earlier earlier) {}

  private final Narrowed narrowed;
  private final List<Part> parts;
  private final String origin;
  private final Instant planned;

  private NarrowedRuns(Narrowed narrowed, List<Part> parts, String origin, Instant planned) {
    this.narrowed = narrowed;
    this.parts = parts;
    this.origin = origin;
    this.planned = planned;
  }

  /** Finds the earlier runs, starts what the selection reaches that has none, and says which it reports. */
  static NarrowedRuns plan(Narrowed narrowed, List<RunUnit> units, SelectionRecord declared,
      PlaygentSettings settings, PlaygentSession session, String origin) {
    RunPipeline pipeline = session.pipeline(settings);
    Instant now = Instant.now();
    Map<String, EarlierRuns.Earlier> earlier = Map.of();
    if (settings.mode() == Mode.LIVE && !settings.reuseRunsOff()) {
      earlier = new EarlierRuns(settings.outputDir()).find(declared, units.stream().map(RunUnit::label).toList(),
          settings.reuseRuns(), session.recorder(settings).sessionId(), now);
    }
    Set<Integer> asked = new TreeSet<>();
    boolean reachesAll = false;
    for (List<Position> path : narrowed.paths()) {
      if (path.get(0).type().equals(Narrowing.CONTAINER)) {
        asked.add(path.get(0).index());
      } else {
        reachesAll = true; // not a shape these factories make: start everything, then report what is there
      }
    }
    List<Part> parts = new ArrayList<>();
    int first = 1; // the lowest position the unit's first container can have
    boolean shifted = false; // an earlier unit gives an unknown number of containers
    for (RunUnit unit : units) {
      EarlierRuns.Earlier e = earlier.get(unit.label());
      RunHandle handle = e == null ? null : pipeline.reportEarlier(unit, e);
      Integer width = handle != null ? containers(handle) : unit.kind() == RunUnit.Kind.TEST_CASE ? 1 : null;
      int from = first;
      boolean unbounded = shifted || width == null;
      boolean reached = reachesAll || asked.stream().anyMatch(k -> k >= from && (unbounded || k < from + width));
      if (handle == null && reached) {
        handle = pipeline.start(unit);
      }
      parts.add(new Part(unit, handle, e));
      first += width == null ? 1 : width;
      shifted |= width == null;
    }
    NarrowedRuns plan = new NarrowedRuns(narrowed, parts, origin, now);
    plan.announce(session, settings);
    return plan;
  }

  /** The factory's nodes: every part's containers in unit order, then what the selection asks for beyond them. */
  Stream<DynamicNode> nodes(RunSpec spec, List<ScorerThreshold> thresholds, RunsContext ctx, RunPipeline pipeline,
      SessionRecorder recorder, String key) {
    return Stream.of(this).flatMap(plan -> plan.build(spec, thresholds, ctx, pipeline, recorder, key).stream());
  }

  private List<DynamicNode> build(RunSpec spec, List<ScorerThreshold> thresholds, RunsContext ctx,
      RunPipeline pipeline, SessionRecorder recorder, String key) {
    List<DynamicNode> nodes = new ArrayList<>();
    for (Part p : parts) {
      if (p.handle() == null) {
        nodes.add(notStarted(p.unit(), ctx));
      } else {
        RunNodes.nodes(p.handle(), spec, thresholds, ctx, pipeline, recorder, key).forEach(nodes::add);
      }
    }
    return complete(nodes, narrowed.paths(), List.of(), null, ctx);
  }

  /**
   * {@code existing} (one level of the tree) with a failing node at each selected position it does not
   * have, and stand-ins, never selected, for the positions between.
   */
  private List<DynamicNode> complete(List<DynamicNode> existing, List<List<Position>> paths, List<Position> above,
      DynamicContainer parent, RunsContext ctx) {
    Map<Position, List<List<Position>>> byPosition = byFirst(paths);
    List<DynamicNode> out = new ArrayList<>(existing);
    for (Map.Entry<Position, List<List<Position>>> e : byPosition.entrySet()) {
      Position here = e.getKey();
      int k = here.index();
      List<Position> at = new ArrayList<>(above);
      at.add(here);
      List<List<Position>> below = rest(e.getValue());
      boolean whole = below.size() < e.getValue().size();
      if (k <= existing.size()) {
        if (out.get(k - 1) instanceof DynamicContainer c && here.type().equals(Narrowing.CONTAINER)) {
          List<DynamicNode> children = c.getChildren().collect(Collectors.toList());
          List<DynamicNode> completed = whole || below.isEmpty() ? children : complete(children, below, at, c, ctx);
          out.set(k - 1, DynamicContainer.dynamicContainer(c.getDisplayName(), c.getTestSourceUri().orElse(null),
              completed.stream()));
        }
        continue; // a node of the other kind sits there: JUnit runs nothing for that id
      }
      if (out.size() >= k) {
        continue; // two kinds asked at one position: only the first can be there
      }
      while (out.size() < k - 1) {
        out.add(standIn());
      }
      out.add(missing(here, whole ? List.of() : below, stale(at, existing, parent, ctx), ctx));
    }
    return out;
  }

  /** A node of the kind asked for at a position the runs do not have: it fails with {@code message}. */
  private static DynamicNode missing(Position here, List<List<Position>> below, String message, RunsContext ctx) {
    if (here.type().equals(Narrowing.TEST)) {
      return DynamicTest.dynamicTest("stale selection " + here, ctx.source(), () -> {
        throw new AssertionFailedError(message);
      });
    }
    List<DynamicNode> children = new ArrayList<>();
    if (below.isEmpty()) {
      children.add(missing(new Position(Narrowing.TEST, 1), List.of(), message, ctx));
    } else {
      for (Map.Entry<Position, List<List<Position>>> e : byFirst(below).entrySet()) {
        if (children.size() >= e.getKey().index()) {
          continue;
        }
        while (children.size() < e.getKey().index() - 1) {
          children.add(standIn());
        }
        children.add(missing(e.getKey(), rest(e.getValue()), message, ctx));
      }
    }
    return DynamicContainer.dynamicContainer("stale selection " + here, ctx.source(), children.stream());
  }

  private String stale(List<Position> at, List<DynamicNode> existing, DynamicContainer parent, RunsContext ctx) {
    String what;
    if (parent == null) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < existing.size(); i++) {
        names.add("#" + (i + 1) + " " + existing.get(i).getDisplayName());
      }
      what = "the runs reported here (" + runs() + ") have " + existing.size() + " container"
          + (existing.size() == 1 ? "" : "s") + (names.isEmpty() ? "" : ": " + String.join(", ", names));
    } else {
      what = "in the runs reported here (" + runs() + ") container " + Narrowed.text(at.subList(0, at.size() - 1))
          + " '" + parent.getDisplayName() + "' has " + existing.size() + " node" + (existing.size() == 1 ? "" : "s")
          + (existing.stream().anyMatch(n -> n.getDisplayName().endsWith(" › run verdict"))
              ? " (its turns, then the run verdict)" : " (its turns)");
    }
    boolean reusedAny = parts.stream().anyMatch(p -> p.earlier() != null);
    return origin + ": " + Narrowed.text(at) + " was selected, but " + what + ". The id comes from a test tree these"
        + " runs did not produce (the test case or its declaration changed since): run the whole test method or class"
        + " to refresh the tree" + (reusedAny ? ", or -D" + SettingKeys.REUSE_RUNS + "=off for fresh runs" : "") + ".";
  }

  /** {@code run run_a, finished 5 min ago; run run_b, new}. */
  private String runs() {
    List<String> runs = new ArrayList<>();
    for (Part p : parts) {
      if (p.handle() == null) {
        continue;
      }
      if (p.handle().runId() == null) {
        runs.add(p.unit().label() + ", no run");
      } else {
        runs.add("run " + p.handle().runId() + (p.earlier() != null ? ", finished " + age(p.earlier().finishedAt())
            + " ago" : ", new"));
      }
    }
    return runs.isEmpty() ? "none" : String.join("; ", runs);
  }

  private void announce(PlaygentSession session, PlaygentSettings settings) {
    String asked = origin + " " + narrowed.describe();
    List<String> notStarted = new ArrayList<>();
    for (Part p : parts) {
      if (p.earlier() != null) {
        session.console().println("playgent: " + asked + ": reporting run " + p.earlier().runId() + " of "
            + p.unit().describe() + " again, the run these nodes came from (finished " + age(p.earlier().finishedAt())
            + " ago, " + p.earlier().runFile() + "); -D" + SettingKeys.REUSE_RUNS + "=off starts a fresh run");
      } else if (p.handle() != null) {
        session.console().println("playgent: " + asked + ": " + (settings.reuseRunsOff() ? SettingKeys.REUSE_RUNS
            + " is off" : settings.mode() != Mode.LIVE ? "mode " + settings.mode().value()
            : "no earlier run of this factory in " + settings.outputDir())
            + ": starting " + p.unit().describe() + " (only the units the selection reaches)");
      } else {
        notStarted.add(p.unit().label());
      }
    }
    if (!notStarted.isEmpty()) {
      session.console().println("playgent: " + asked + ": not started, as nothing selected is in them: "
          + String.join(", ", notStarted));
    }
  }

  private String age(Instant finished) {
    Duration d = Duration.between(finished, planned);
    if (d.isNegative() || d.toSeconds() < 90) {
      return Math.max(0, d.toSeconds()) + " s";
    }
    if (d.toMinutes() < 90) {
      return d.toMinutes() + " min";
    }
    if (d.toHours() < 48) {
      return d.toHours() + " h";
    }
    return d.toDays() + " days";
  }

  /** A unit nothing selected reaches: it keeps its place, and is skipped should it ever be run. */
  private static DynamicNode notStarted(RunUnit unit, RunsContext ctx) {
    return DynamicContainer.dynamicContainer(unit.label() + " (not started)", ctx.source(),
        Stream.of(DynamicTest.dynamicTest(unit.label() + " › not started", ctx.source(), () -> {
          throw new TestAbortedException(unit.describe() + " was not started: the launcher selected other nodes of "
              + ctx.origin());
        })));
  }

  /** Keeps a position below a selected one; JUnit never runs it. */
  private static DynamicNode standIn() {
    return DynamicTest.dynamicTest("(not selected)", () -> {});
  }

  private static int containers(RunHandle handle) {
    try {
      Run run = handle.await(Duration.ZERO, ignored -> {});
      return Math.max(1, run.cases().size());
    } catch (Throwable unreadable) {
      return 1; // reported as one error container
    }
  }

  private static Map<Position, List<List<Position>>> byFirst(List<List<Position>> paths) {
    Map<Position, List<List<Position>>> byPosition = new LinkedHashMap<>();
    paths.stream().sorted((a, b) -> Integer.compare(a.get(0).index(), b.get(0).index()))
        .forEach(p -> byPosition.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p));
    return byPosition;
  }

  private static List<List<Position>> rest(List<List<Position>> paths) {
    return paths.stream().filter(p -> p.size() > 1).map(p -> p.subList(1, p.size())).toList();
  }
}
