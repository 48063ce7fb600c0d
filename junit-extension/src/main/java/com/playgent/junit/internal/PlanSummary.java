package com.playgent.junit.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The end-of-plan lines: totals, where the files are, and any created run that was never reported. */
public final class PlanSummary {
  private PlanSummary() {}

  public static void print(PrintStream out) {
    SuiteStats stats = Coordinators.stats();
    if (stats.isEmpty()) {
      return;
    }
    out.println(stats.summaryLine());
    Set<String> unreported = new TreeSet<>(stats.createdRunIds());
    unreported.removeAll(stats.reportedRunIds());
    List<String> dirs = new ArrayList<>();
    for (RunCoordinator c : Coordinators.all()) {
      String dir = c.outputDir().toAbsolutePath().normalize().toString();
      if (!dirs.contains(dir)) {
        dirs.add(dir);
      }
    }
    out.println("playgent: run files and journal in " + String.join(", ", dirs));
    if (!unreported.isEmpty()) {
      out.println("playgent: " + unreported.size() + " created run(s) were not reported as tests (not awaited,"
          + " timed out or failed to fetch): " + String.join(", ", unreported) + "; see runs.jsonl");
    }
  }
}
