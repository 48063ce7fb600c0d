package com.playgent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.EmulatorStats;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * B3 with forkCount=2: the B3 suite (120 test cases, runs of 1 s, 100 requests a minute) split over
 * two JVMs started together, as Surefire's forks are ({@code FanOut01}–{@code 03} in one,
 * {@code 04}–{@code 06} in the other), both writing to one output directory and sharing one API
 * key. The user should see no 429, and the two forks together should take little more than the
 * floor (B3's: the requests needed divided by the rate). The wall time runs from starting both
 * JVMs to the end of the later one, JVM start included, as a build waits for its forks.
 */
final class ForkedRateLimitBench {
  static final List<List<String>> FORKS = List.of(List.of("FanOut01", "FanOut02", "FanOut03"),
      List.of("FanOut04", "FanOut05", "FanOut06"));

  private ForkedRateLimitBench() {}

  static void run(Path out, Results results) {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(World.synthetic(RateLimitBench.CASES, 2, 3, 1_000)).rateLimitPerMinute(RateLimitBench.PER_MINUTE)
        .build())) {
      Path outputDir = out.resolve("b3forks");
      long started = System.nanoTime();
      List<CompletableFuture<JsonNode>> forks = new ArrayList<>();
      for (int i = 0; i < FORKS.size(); i++) {
        List<String> args = new ArrayList<>(List.of(out.resolve("b3forks-suite-" + (i + 1) + ".log").toString(),
            String.join(",", FORKS.get(i))));
        BenchMain.parameters(emulator.baseUrl(), outputDir).forEach((k, v) -> args.add(k + "=" + v));
        String name = "b3forks-fork-" + (i + 1);
        forks.add(CompletableFuture.supplyAsync(() -> {
          try {
            return ChildJvm.run(out, name, List.of(), SuiteChild.class, args.toArray(String[]::new));
          } catch (Exception e) {
            throw new CompletionException(e);
          }
        }));
      }
      List<JsonNode> outcomes = forks.stream().map(CompletableFuture::join).toList();
      double wallS = (System.nanoTime() - started) / 1e9;
      long by429 = 0;
      long tests = 0;
      for (JsonNode r : outcomes) {
        if (r.get("other_problems").asLong() > 0) {
          throw new IllegalStateException("B3 fork failed for another reason than a 429 or a turn verdict: " + r);
        }
        by429 += r.get("failed_by_429").asLong();
        tests += r.get("tests_found").asLong();
      }
      EmulatorStats stats = emulator.stats();
      int needed = 2 * RateLimitBench.CASES;
      double floorS = needed * 60.0 / RateLimitBench.PER_MINUTE;
      results.put(Results.Metric.B3_FORKS_429, by429);
      results.put(Results.Metric.B3_FORKS_WALL, wallS / floorS);
      ObjectNode d = results.details("b3forks");
      d.put("forks", FORKS.size());
      d.put("test_cases", RateLimitBench.CASES);
      d.put("rate_per_minute", RateLimitBench.PER_MINUTE);
      d.put("tests_found", tests);
      d.put("tests_failed_by_429", by429);
      d.put("runs_created", stats.runsCreated());
      d.put("requests", stats.totalRequests());
      d.put("requests_needed", needed);
      d.put("http_429_sent_by_service", stats.rateLimited());
      d.put("floor_s", floorS);
      d.put("wall_s", Results.round(wallS));
      ArrayNode each = d.putArray("fork_results");
      outcomes.forEach(each::add);
      results.notes().put("b3forks", String.format(Locale.ROOT,
          "B3 with forkCount=2: two JVMs of 60 test cases each, one output directory, one key: %d runs took %d"
              + " requests (%d answered 429), %d tests failed or skipped by a 429; %.1f s from starting both forks"
              + " to the end of the later, against a floor of %.0f s.",
          stats.runsCreated(), stats.totalRequests(), stats.rateLimited(), by429, wallS, floorS));
      BenchMain.log("2 forks, %d tests, %d failed by 429, %d requests (%d answered 429), %.1f s vs floor %.0f s",
          tests, by429, stats.totalRequests(), stats.rateLimited(), wallS, floorS);
    }
  }
}
