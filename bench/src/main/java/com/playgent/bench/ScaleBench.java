package com.playgent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.core.settings.SettingKeys;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.EmulatorStats;
import com.playgent.emulator.PlaygentEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B5 at scale: 1,000 test cases of 20 turns (2 KB outputs) in one plan ({@code Scale01}–{@code 10}),
 * runs of 10 s, against a service allowing the documented Pro limit of 1,000 requests a minute.
 * The suite runs in a JVM of its own limited to {@value #XMX}, as a Surefire fork would; the emulator
 * counts every HTTP request. The floor is the larger of the slowest run and the requests needed (a
 * create and one fetch per run) divided by the rate.
 */
final class ScaleBench {
  static final int CASES = 1_000;
  static final int TURNS = 20;
  static final int OUTPUT_CHARS = 2_048;
  static final long RUN_MS = 10_000;
  static final int PER_MINUTE = 1_000;
  static final String XMX = "-Xmx512m";
  static final List<String> CLASSES = List.of("Scale01", "Scale02", "Scale03", "Scale04", "Scale05", "Scale06",
      "Scale07", "Scale08", "Scale09", "Scale10");
  /** Every run in flight at once: the rate limit, not a local cap, is what should pace 1,000 runs. */
  static final String MAX_CONCURRENT = Integer.toString(CASES);

  private ScaleBench() {}

  static void run(Path out, Results results) throws IOException, InterruptedException {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(Worlds.scale(CASES, TURNS, OUTPUT_CHARS, RUN_MS)).rateLimitPerMinute(PER_MINUTE).build())) {
      List<String> args = new ArrayList<>(List.of(out.resolve("b5-suite.log").toString(), String.join(",", CLASSES)));
      BenchMain.parameters(emulator.baseUrl(), out.resolve("b5")).forEach((k, v) -> args.add(k + "=" + v));
      args.add(SettingKeys.MAX_CONCURRENT_RUNS + "=" + MAX_CONCURRENT);
      JsonNode r = ChildJvm.run(out, "b5", List.of(XMX), SuiteChild.class, args.toArray(String[]::new));
      if (r.get("other_problems").asLong() > 0 || r.get("tests_found").asLong() < (long) CASES * TURNS) {
        throw new IllegalStateException("B5 suite: " + r + "; see " + out.resolve("b5-suite.log"));
      }
      EmulatorStats stats = emulator.stats();
      long runs = stats.runsCreated();
      long requests = stats.totalRequests();
      double perRun = (double) requests / runs;
      long needed = 2L * CASES;
      double floorS = Math.max(RUN_MS / 1000.0, needed * 60.0 / PER_MINUTE);
      double wallS = r.get("wall_ms").asDouble() / 1000;
      results.put(Results.Metric.B5_WALL, wallS / floorS);
      results.put(Results.Metric.B5_REQUESTS, perRun);
      results.put(Results.Metric.B5_HEAP, r.get("peak_heap_mb").asDouble());
      results.put(Results.Metric.B5_429, r.get("failed_by_429").asDouble());
      ObjectNode d = results.details("b5");
      d.put("test_cases", CASES);
      d.put("turns_per_case", TURNS);
      d.put("output_chars", OUTPUT_CHARS);
      d.put("run_s", RUN_MS / 1000.0);
      d.put("rate_per_minute", PER_MINUTE);
      d.put("max_concurrent_runs", CASES);
      d.put("jvm_heap_limit", XMX);
      d.put("runs_created", runs);
      d.put("requests", requests);
      d.set("requests_by_route", Results.JSON.valueToTree(stats.requestsByRoute()));
      d.put("http_429_sent_by_service", stats.rateLimited());
      d.put("requests_needed", needed);
      d.put("floor_s", floorS);
      d.put("suite_wall_s", Results.round(wallS));
      d.set("suite", r);
      results.notes().put("b5", String.format(Locale.ROOT,
          "B5: %d test cases of %d turns (%d-character outputs), runs of %.0f s, at %d requests/min,"
              + " max-concurrent-runs=%d, in a JVM with %s: %d runs took %d requests (%.3f per run; %d answered 429),"
              + " %d tests, %d failed or skipped by a 429; the suite took %.1f s against a floor of %.0f s; peak heap"
              + " %.0f MB (live after a collection at most %.0f MB). The emulator's window is a fixed 60 s one, so a"
              + " suite can beat the smooth-rate floor.",
          CASES, TURNS, OUTPUT_CHARS, RUN_MS / 1000.0, PER_MINUTE, CASES, XMX, runs, requests, perRun,
          stats.rateLimited(), r.get("tests_found").asLong(), r.get("failed_by_429").asLong(), wallS, floorS,
          r.get("peak_heap_mb").asDouble(), r.get("peak_live_heap_mb").asDouble()));
      BenchMain.log("%d runs, %d requests (%.3f per run, %d answered 429), %d tests, %d by 429; %.1f s vs floor %.0f s"
              + " (×%.2f); peak heap %.0f MB", runs, requests, perRun, stats.rateLimited(),
          r.get("tests_found").asLong(), r.get("failed_by_429").asLong(), wallS, floorS, wallS / floorS,
          r.get("peak_heap_mb").asDouble());
    }
  }
}
