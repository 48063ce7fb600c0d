package com.playgent.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.junit.PlaygentConfig;
import java.util.HashMap;
import java.util.Map;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * B6's measured JVM: one launch of one unique id through {@code LauncherFactory.create()}, as
 * IntelliJ launches a re-run, timed from creating the launcher to the end of the plan, and one
 * {@code RESULT {json}} line.
 */
public final class RerunChild {
  private RerunChild() {}

  /** {@code UNIQUE_ID [BASE_URL OUTPUT_DIR [key=value ...]]}: without a base URL, a launch with no Playgent settings. */
  public static void main(String[] args) {
    Map<String, String> params = new HashMap<>();
    if (args.length > 1) {
      // as BenchMain.parameters, without loading BenchMain (whose loggers would be charged to the launch)
      params.put(PlaygentConfig.BASE_URL, args[1]);
      params.put(PlaygentConfig.OUTPUT_DIR, args[2]);
      params.put(PlaygentConfig.PROGRESS_INTERVAL, "0");
      for (int i = 3; i < args.length; i++) {
        String[] kv = args[i].split("=", 2);
        params.put(kv[0], kv[1]);
      }
    }
    var request = LauncherDiscoveryRequestBuilder.request().selectors(selectUniqueId(args[0]))
        .configurationParameters(params).build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    long started = System.nanoTime();
    LauncherFactory.create().execute(request, summary);
    long wall = System.nanoTime() - started;
    ObjectNode result = Results.JSON.createObjectNode();
    result.put("mode", args.length > 1 ? "rerun" + (params.containsKey(PlaygentConfig.REUSE_RUNS) ? "-"
        + params.get(PlaygentConfig.REUSE_RUNS) : "") : "bare");
    result.put("wall_ms", wall / 1_000_000.0);
    result.put("process_cpu_ms", ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000.0);
    result.put("tests_found", summary.getSummary().getTestsFoundCount());
    result.put("tests_succeeded", summary.getSummary().getTestsSucceededCount());
    System.out.println("RESULT " + result.toString().replace('\n', ' '));
    System.exit(0);
  }
}
