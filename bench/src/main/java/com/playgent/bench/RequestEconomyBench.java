package com.playgent.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.EmulatorStats;
import com.playgent.emulator.PlaygentEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * B2 request economy: 20 runs of 2, 10 and 30 s through the extension; the emulator counts the
 * HTTP requests per run (the floor is 2: the create and one fetch) and, per run, the lag from
 * the moment it completed to the first fetch that saw it terminal.
 */
final class RequestEconomyBench {
  static final int CASES = 20;

  private RequestEconomyBench() {}

  /** Cases 1–7 last 2 s, 8–14 last 10 s, 15–20 last 30 s. */
  static long durationMs(int i) {
    return i <= 7 ? 2_000 : i <= 14 ? 10_000 : 30_000;
  }

  static void run(Path out, Results results) {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(Worlds.mixedDurations(CASES, RequestEconomyBench::durationMs)).build())) {
      Suite.Outcome o = Suite.run(out.resolve("b2.log"), BenchMain.parameters(emulator.baseUrl(), out.resolve("b2")),
          FanOut01.class);
      // two passing turns per case; a run whose turns say it all has no run verdict test
      if (!o.problems().isEmpty() || o.succeeded() != CASES * 2L) {
        throw new IllegalStateException("B2 suite: " + o.succeeded() + " passed, problems " + o.problems()
            + "; see " + o.log());
      }
      EmulatorStats stats = emulator.stats();
      List<String> runs = stats.createdRunIds();
      long requests = stats.requests("POST /v1/runs") + stats.requests("GET /v1/runs/{run_id}");
      double perRun = (double) requests / runs.size();
      List<Long> lags = new ArrayList<>();
      ObjectNode d = results.details("b2");
      ObjectNode byDuration = d.putObject("lag_ms_by_run");
      for (String id : runs) {
        var done = stats.completedAt(id).orElseThrow(() -> new IllegalStateException(id + " never completed"));
        var fetched = stats.firstTerminalFetchAt(id).orElseThrow(() -> new IllegalStateException(id + " never fetched"));
        long lag = Duration.between(done, fetched).toMillis();
        lags.add(lag);
        byDuration.put(id, lag);
      }
      Collections.sort(lags);
      double median = lags.size() % 2 == 1 ? lags.get(lags.size() / 2)
          : (lags.get(lags.size() / 2 - 1) + lags.get(lags.size() / 2)) / 2.0;
      results.put(Results.Metric.B2_REQUESTS, perRun);
      results.put(Results.Metric.B2_LAG, median);
      d.put("runs", runs.size());
      d.put("requests", requests);
      d.set("requests_by_route", Results.JSON.valueToTree(stats.requestsByRoute()));
      d.put("lag_ms_min", lags.get(0));
      d.put("lag_ms_max", lags.get(lags.size() - 1));
      d.put("suite_wall_s", Results.round(o.seconds()));
      results.notes().put("b2", String.format(Locale.ROOT,
          "B2: %d runs (7 of 2 s, 7 of 10 s, 6 of 30 s) took %d requests; the lag from completion to first"
              + " terminal fetch ranged %d–%d ms.", runs.size(), requests, lags.get(0), lags.get(lags.size() - 1)));
      BenchMain.log("%d runs, %d requests (%.2f per run), lag median %.0f ms, min %d, max %d; suite %.1f s",
          runs.size(), requests, perRun, median, lags.get(0), lags.get(lags.size() - 1), o.seconds());
    }
  }
}
