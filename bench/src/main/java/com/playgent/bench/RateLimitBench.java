package com.playgent.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.EmulatorStats;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * B3 rate limit: 120 test cases (runs of 1 s) against a service allowing 100 requests a minute.
 * The user should see no 429, and the suite should take little more than the floor: the
 * requests it needs (a create and a fetch per run) divided by the rate.
 */
final class RateLimitBench {
  static final int CASES = 120;
  static final int PER_MINUTE = 100;

  private RateLimitBench() {}

  static void run(Path out, Results results) {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(World.synthetic(CASES, 2, 3, 1_000)).rateLimitPerMinute(PER_MINUTE).build())) {
      Suite.Outcome o = Suite.run(out.resolve("b3.log"), BenchMain.parameters(emulator.baseUrl(), out.resolve("b3")),
          FanOut01.class, FanOut02.class, FanOut03.class, FanOut04.class, FanOut05.class, FanOut06.class);
      List<Suite.Problem> by429 = o.problems().stream()
          .filter(Suite.Problem::isRateLimit).toList();
      List<Suite.Problem> other = o.problems().stream().filter(p -> !p.isTurnVerdict() && !by429.contains(p)).toList();
      if (!other.isEmpty()) {
        throw new IllegalStateException("B3 suite failed for another reason than a 429 or a turn verdict: "
            + other.get(0) + "; see " + o.log());
      }
      EmulatorStats stats = emulator.stats();
      int needed = 2 * CASES;
      double floorS = needed * 60.0 / PER_MINUTE;
      results.put(Results.Metric.B3_429, by429.size());
      results.put(Results.Metric.B3_WALL, o.seconds() / floorS);
      ObjectNode d = results.details("b3");
      d.put("test_cases", CASES);
      d.put("rate_per_minute", PER_MINUTE);
      d.put("tests_found", o.summary().getTestsFoundCount());
      d.put("tests_failed_by_429", by429.size());
      d.put("runs_created", stats.runsCreated());
      d.put("requests", stats.totalRequests());
      d.put("requests_needed", needed);
      d.put("http_429_sent_by_service", stats.rateLimited());
      d.put("floor_s", floorS);
      d.put("suite_wall_s", Results.round(o.seconds()));
      results.notes().put("b3", String.format(Locale.ROOT,
          "B3: %d runs needed %d requests, %d were sent (%d answered 429 and retried by the client); the"
              + " suite took %.1f s against a floor of %.0f s. The emulator's window is a fixed 60 s one, so the"
              + " third window opens at 120 s: a suite can beat the smooth-rate floor.",
          CASES, needed, stats.totalRequests(), stats.rateLimited(), o.seconds(), floorS));
      BenchMain.log("%d tests, %d failed by 429, %d requests (%d answered 429), %.1f s vs floor %.0f s",
          o.summary().getTestsFoundCount(), by429.size(), stats.totalRequests(), stats.rateLimited(), o.seconds(),
          floorS);
    }
  }
}
