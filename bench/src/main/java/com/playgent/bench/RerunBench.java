package com.playgent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.EmulatorStats;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.junit.PlaygentConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * B6 IDE re-run: after a full run of a {@value #TURNS}-turn test case, re-running one of its turns
 * the way an IDE does (a unique id into the factory, through {@code LauncherFactory.create()}), beside
 * a bare JUnit launch of one trivial test. Every launch is a fresh JVM with the same options
 * ({@value #JVM}); the time is the launcher's, not the JVM's start. {@value #REPEATS} of each,
 * alternating; medians compared. The emulator counts the re-runs' requests. For scale, one more
 * re-run with {@code reuse-runs=off}: what the click cost before, a fresh run of the whole case.
 */
final class RerunBench {
  static final int TURNS = 5;
  static final long RUN_MS = 2_000;
  static final int REPEATS = 5;
  static final String JVM = "-Xmx512m";
  static final String TURN = "/[dynamic-container:#1]/[dynamic-test:#3]";

  private RerunBench() {}

  static void run(Path out, Results results) throws IOException, InterruptedException {
    Path outputDir = out.resolve("b6");
    delete(outputDir);
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(Worlds.rerun(TURNS, RUN_MS)).build())) {
      String url = emulator.baseUrl();
      JsonNode full = child(out, "b6-full", RerunFixture.FACTORY, url, outputDir.toString());
      require(full, TURNS); // a passing run has no run verdict test of its own
      EmulatorStats stats = emulator.stats();
      long runsBefore = stats.runsCreated();
      long requestsBefore = stats.totalRequests();
      List<JsonNode> rerun = new ArrayList<>();
      List<JsonNode> bare = new ArrayList<>();
      for (int i = 0; i < REPEATS; i++) {
        bare.add(child(out, "b6-bare-" + i, BareFixture.TEST));
        rerun.add(child(out, "b6-rerun-" + i, RerunFixture.FACTORY + TURN, url, outputDir.toString()));
      }
      long runs = stats.runsCreated() - runsBefore;
      long requests = stats.totalRequests() - requestsBefore;
      rerun.forEach(r -> require(r, 1));
      bare.forEach(r -> require(r, 1));
      JsonNode fresh = child(out, "b6-fresh", RerunFixture.FACTORY + TURN, url, outputDir.toString(),
          PlaygentConfig.REUSE_RUNS + "=off");
      require(fresh, 1);
      long freshRequests = stats.totalRequests() - requestsBefore - requests;

      double rerunMs = ChildJvm.medianWallMs(rerun);
      double bareMs = ChildJvm.medianWallMs(bare);
      double overS = (rerunMs - bareMs) / 1000;
      results.put(Results.Metric.B6_OVER, overS);
      results.put(Results.Metric.B6_REQUESTS, requests);
      ObjectNode d = results.details("b6");
      d.put("turns", TURNS);
      d.put("run_ms", RUN_MS);
      d.put("jvm_options", JVM);
      d.put("rerun_median_ms", Results.round(rerunMs));
      d.put("bare_median_ms", Results.round(bareMs));
      d.put("rerun_runs_created", runs);
      d.put("rerun_requests", requests);
      d.put("full_run_ms", Results.round(full.get("wall_ms").asDouble()));
      d.put("fresh_rerun_ms", Results.round(fresh.get("wall_ms").asDouble()));
      d.put("fresh_rerun_requests", freshRequests);
      ArrayNode samples = d.putArray("child_results");
      rerun.forEach(samples::add);
      bare.forEach(samples::add);
      samples.add(full);
      samples.add(fresh);
      results.notes().put("b6", String.format(Locale.ROOT,
          "B6: re-running turn 3 of a %d-turn test case after a full run, in fresh JVMs (%s, median of %d): the"
              + " launcher took %.0f ms against %.0f ms for one trivial test (+%.2f s), with %d runs created and %d"
              + " requests. The same click with reuse-runs=off (a fresh run of the whole case, %.0f s long): %.0f ms"
              + " and %d requests.",
          TURNS, JVM, REPEATS, rerunMs, bareMs, overS, runs, requests, RUN_MS / 1000.0,
          fresh.get("wall_ms").asDouble(), freshRequests));
      BenchMain.log("re-run of one turn %.0f ms vs bare launch %.0f ms (+%.2f s); %d runs, %d requests; with"
          + " reuse-runs=off %.0f ms, %d requests", rerunMs, bareMs, overS, runs, requests,
          fresh.get("wall_ms").asDouble(), freshRequests);
    }
  }

  private static JsonNode child(Path out, String name, String... args) throws IOException, InterruptedException {
    return ChildJvm.run(out, name, List.of(JVM), RerunChild.class, args);
  }

  private static void require(JsonNode r, long tests) {
    if (r.get("tests_found").asLong() != tests || r.get("tests_succeeded").asLong() != tests) {
      throw new IllegalStateException("B6 " + r.get("mode").asText() + " ran " + r + ", expected " + tests
          + " passing");
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
