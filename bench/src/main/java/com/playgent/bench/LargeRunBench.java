package com.playgent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentClient;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.Run;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B4 large run: one finished run of 5,000 turns with 2 KB outputs, reported through the extension,
 * against the same number of plain DynamicTests. Every measurement is a fresh JVM limited to
 * {@value #XMX}; the time is the test plan's execution (discovery, fetching the run, its run
 * file, every test), not the JVM's start.
 *
 * <p>Two measurements per side. <em>Warm</em> (the headline): the JVM first runs the same path once
 * on a small input ({@value #WARM_TURNS} turns), so the measured plan pays what reporting 5,000
 * turns costs and not the one-time start of the HTTP client, JSON mapper and JIT (a cost B1's
 * fixed overhead already counts, once per suite). <em>Cold</em>: the large input is the JVM's
 * first plan. Each runs {@value #REPEATS} times, alternating sides; medians are compared.
 */
final class LargeRunBench {
  static final int TURNS = 5_000;
  static final int WARM_TURNS = 10;
  static final int OUTPUT_CHARS = 2_048;
  static final String XMX = "-Xmx256m";
  static final int REPEATS = 3;

  private LargeRunBench() {}

  static void run(Path out, Results results) throws IOException, InterruptedException {
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(Worlds.largeRun(TURNS, WARM_TURNS, OUTPUT_CHARS)).build())) {
      String runId = finishedRun(emulator, "tc_large", TURNS);
      String warmRunId = finishedRun(emulator, "tc_warm", WARM_TURNS);
      String url = emulator.baseUrl();
      String turns = Integer.toString(TURNS);
      String chars = Integer.toString(OUTPUT_CHARS);
      List<JsonNode> coldPlaygent = new ArrayList<>();
      List<JsonNode> coldPlain = new ArrayList<>();
      List<JsonNode> warmPlaygent = new ArrayList<>();
      List<JsonNode> warmPlain = new ArrayList<>();
      // -Dplaygent.bench.b4.before=DIR: the warm report again with DIR's classes first on the class path
      // (an earlier build of some classes), measured in turn with the others, to compare a change under one load.
      String before = System.getProperty("playgent.bench.b4.before", "");
      List<JsonNode> warmBefore = new ArrayList<>();
      for (int i = 0; i < REPEATS; i++) {
        if (!before.isBlank()) {
          warmBefore.add(ChildJvm.run(out, "b4-warm-before-" + i, before, List.of(XMX), LargeRunChild.class,
              "playgent", url, runId, out.resolve("b4-warm-before-" + i).toString(), warmRunId));
        }
        warmPlain.add(child(out, "b4-warm-plain-" + i, "plain", turns, chars, Integer.toString(WARM_TURNS)));
        warmPlaygent.add(child(out, "b4-warm-playgent-" + i, "playgent", url, runId,
            out.resolve("b4-warm-playgent-" + i).toString(), warmRunId));
        coldPlain.add(child(out, "b4-cold-plain-" + i, "plain", turns, chars));
        coldPlaygent.add(child(out, "b4-cold-playgent-" + i, "playgent", url, runId,
            out.resolve("b4-cold-playgent-" + i).toString()));
      }
      List<JsonNode> playgent = new ArrayList<>(warmPlaygent);
      playgent.addAll(coldPlaygent);
      List<JsonNode> plain = new ArrayList<>(warmPlain);
      plain.addAll(coldPlain);
      playgent.forEach(r -> require(r, TURNS)); // a run whose turns say it all has no run verdict test
      plain.forEach(r -> require(r, TURNS));
      double warmRatio = median(warmPlaygent) / median(warmPlain);
      double coldRatio = median(coldPlaygent) / median(coldPlain);
      double peakHeap = max(playgent, "peak_heap_mb");
      double peakLive = max(playgent, "peak_live_heap_mb");
      ObjectNode d = results.details("b4");
      if (!warmBefore.isEmpty()) {
        warmBefore.forEach(r -> require(r, TURNS));
        d.put("warm_before_classes", before);
        d.put("warm_before_median_ms", Results.round(median(warmBefore)));
        d.put("warm_before_time_ratio", Results.round(median(warmBefore) / median(warmPlain)));
        d.put("warm_before_median_cpu_ms", Results.round(median(warmBefore, "cpu_ms")));
        BenchMain.log("before (%s first): warm report %.0f ms (×%.2f), CPU %.0f ms; now %.0f ms (×%.2f), CPU %.0f ms",
            before, median(warmBefore), median(warmBefore) / median(warmPlain), median(warmBefore, "cpu_ms"),
            median(warmPlaygent), warmRatio, median(warmPlaygent, "cpu_ms"));
      }
      results.put(Results.Metric.B4_TIME, warmRatio);
      results.put(Results.Metric.B4_HEAP, peakHeap);
      d.put("turns", TURNS);
      d.put("output_chars", OUTPUT_CHARS);
      d.put("jvm_heap_limit", XMX);
      d.put("warm_playgent_median_ms", Results.round(median(warmPlaygent)));
      d.put("warm_plain_median_ms", Results.round(median(warmPlain)));
      d.put("warm_time_ratio", Results.round(warmRatio));
      d.put("cold_playgent_median_ms", Results.round(median(coldPlaygent)));
      d.put("cold_plain_median_ms", Results.round(median(coldPlain)));
      d.put("cold_time_ratio", Results.round(coldRatio));
      // CPU time of the measured plan (all threads): a second view, steadier than wall time when the machine is shared
      d.put("warm_playgent_median_cpu_ms", Results.round(median(warmPlaygent, "cpu_ms")));
      d.put("warm_plain_median_cpu_ms", Results.round(median(warmPlain, "cpu_ms")));
      d.put("warm_cpu_ratio", Results.round(median(warmPlaygent, "cpu_ms") / median(warmPlain, "cpu_ms")));
      d.put("playgent_peak_live_heap_mb", Results.round(peakLive));
      ArrayNode runs = d.putArray("child_results");
      playgent.forEach(runs::add);
      plain.forEach(runs::add);
      results.notes().put("b4", String.format(Locale.ROOT,
          "B4: a finished run of %d turns with %d-character outputs, in fresh JVMs with %s (median of %d): warm,"
              + " reported in %.0f ms against %.0f ms for %d plain DynamicTests (×%.2f, the headline); cold, as the"
              + " JVM's first plan (HTTP client, JSON mapper and JIT start included), %.0f ms against %.0f ms (×%.2f)."
              + " Peak heap %.0f MB (largest occupancy, before a collection); live after a collection at most %.0f MB.",
          TURNS, OUTPUT_CHARS, XMX, REPEATS, median(warmPlaygent), median(warmPlain), TURNS, warmRatio,
          median(coldPlaygent), median(coldPlain), coldRatio, peakHeap, peakLive));
      BenchMain.log("warm CPU: report %.0f ms vs plain %.0f ms (×%.2f)", median(warmPlaygent, "cpu_ms"),
          median(warmPlain, "cpu_ms"), median(warmPlaygent, "cpu_ms") / median(warmPlain, "cpu_ms"));
      BenchMain.log("warm: report %.0f ms vs plain %.0f ms (×%.2f); cold: %.0f ms vs %.0f ms (×%.2f);"
          + " peak heap %.0f MB, live %.0f MB", median(warmPlaygent), median(warmPlain), warmRatio,
          median(coldPlaygent), median(coldPlain), coldRatio, peakHeap, peakLive);
    }
  }

  private static String finishedRun(PlaygentEmulator emulator, String testCase, int turns) {
    try (PlaygentClient client = PlaygentClient.builder().baseUrl(emulator.baseUrl()).apiKey("bench").build()) {
      Run run = client.awaitRun(client.createRun(CreateRunRequest.forTestCase(testCase)), AwaitOptions.defaults());
      if (run.turnsOrEmpty().size() != turns) {
        throw new IllegalStateException(testCase + " has " + run.turnsOrEmpty().size() + " turns");
      }
      return run.runId();
    }
  }

  private static JsonNode child(Path out, String name, String... args) throws IOException, InterruptedException {
    return ChildJvm.run(out, name, List.of(XMX), LargeRunChild.class, args);
  }

  private static void require(JsonNode r, long tests) {
    if (r.get("tests_found").asLong() != tests || r.get("tests_succeeded").asLong() != tests) {
      throw new IllegalStateException("B4 " + r.get("mode").asText() + " ran " + r + ", expected " + tests + " passing");
    }
  }

  private static double median(List<JsonNode> results) {
    return ChildJvm.medianWallMs(results);
  }

  private static double median(List<JsonNode> results, String field) {
    return ChildJvm.median(results, field);
  }

  private static double max(List<JsonNode> results, String field) {
    return results.stream().mapToDouble(r -> r.get(field).asDouble()).max().orElseThrow();
  }
}
