package com.playgent.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite in a JVM of its own, as a Surefire fork runs it (B5, and each fork of B3 with
 * forkCount=2): runs the given test classes through a Launcher ({@link Suite}) with the given
 * configuration parameters and prints one {@code RESULT {json}} line with the wall time, JUnit's
 * counts, the tests failed or skipped by a 429, any other problem, and the peak heap.
 */
public final class SuiteChild {
  private SuiteChild() {}

  /** {@code LOG_FILE CLASS[,CLASS...] [KEY=VALUE...]}: the classes by simple name, in this package. */
  public static void main(String[] args) throws ClassNotFoundException {
    LargeRunChild.HeapPeak heap = LargeRunChild.HeapPeak.install();
    Path log = Path.of(args[0]);
    String[] names = args[1].split(",");
    Class<?>[] classes = new Class<?>[names.length];
    for (int i = 0; i < names.length; i++) {
      classes[i] = Class.forName(SuiteChild.class.getPackageName() + "." + names[i].trim());
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      params.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    Suite.Outcome o = Suite.run(log, params, classes);
    heap.sampleNow();
    List<Suite.Problem> by429 = o.problems().stream().filter(Suite.Problem::isRateLimit).toList();
    List<Suite.Problem> other = o.problems().stream().filter(p -> !p.isTurnVerdict() && !p.isRateLimit()).toList();
    ObjectNode result = Results.JSON.createObjectNode();
    result.put("wall_ms", o.wall().toNanos() / 1_000_000.0);
    result.put("tests_found", o.summary().getTestsFoundCount());
    result.put("tests_succeeded", o.summary().getTestsSucceededCount());
    result.put("tests_failed", o.summary().getTotalFailureCount());
    result.put("turn_verdicts_failed", o.problems().stream().filter(Suite.Problem::isTurnVerdict).count());
    result.put("failed_by_429", by429.size());
    result.put("other_problems", other.size());
    result.put("first_other_problem", other.isEmpty() ? null : other.get(0).toString());
    result.put("peak_heap_mb", heap.peak.get() / 1048576.0);
    result.put("peak_live_heap_mb", heap.peakLive.get() / 1048576.0);
    result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    System.out.println("RESULT " + result.toString().replace('\n', ' '));
    System.exit(0);
  }
}
