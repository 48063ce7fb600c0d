package com.playgent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code results.json} (the headline metrics under their fixed keys, plus {@code details}) and
 * {@code results.md} (metric, measured, target, met?). Metrics of scenarios not run this time are
 * kept from the previous file, so a subset can be re-run.
 */
final class Results {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The headline metrics, in table order: key, what it is, target, and whether lower is better. */
  enum Metric {
    B1_OVERHEAD("b1_overhead_s", "B1 fan-out: suite wall time over its slowest run (60 runs of 4 s)", 3.0, true, "s"),
    B1_RATIO("b1_ratio_vs_naive", "B1 fan-out: naive sequential baseline ÷ suite wall time", 40.0, false, "×"),
    B2_REQUESTS("b2_requests_per_run", "B2 request economy: HTTP requests per run (floor 2)", 2.2, true, ""),
    B2_LAG("b2_median_lag_ms", "B2 request economy: median lag from run completed to first terminal fetch", 1000.0, true,
        "ms"),
    B3_429("b3_user_visible_429", "B3 rate limit: tests failed or skipped because of a 429", 0.0, true, ""),
    B3_WALL("b3_wall_over_floor", "B3 rate limit: wall time ÷ floor (requests needed ÷ rate)", 1.15, true, "×"),
    B4_TIME("b4_time_ratio", "B4 large run: time to report ÷ same number of plain DynamicTests", 2.0, true, "×"),
    B4_HEAP("b4_peak_heap_mb", "B4 large run: peak heap used", 256.0, true, "MB"),
    B5_WALL("b5_wall_over_floor", "B5 at scale: wall time ÷ floor (1,000 runs of 10 s at 1,000 requests/min)", 1.15,
        true, "×"),
    B5_REQUESTS("b5_requests_per_run", "B5 at scale: HTTP requests per run, counted at the service (floor 2)", 2.05,
        true, ""),
    B5_HEAP("b5_peak_heap_mb", "B5 at scale: peak heap of the suite's JVM", 512.0, true, "MB"),
    B5_429("b5_user_visible_429", "B5 at scale: tests failed or skipped because of a 429", 0.0, true, ""),
    B3_FORKS_429("b3_forks_user_visible_429", "B3 with forkCount=2: tests failed or skipped because of a 429", 0.0,
        true, ""),
    B3_FORKS_WALL("b3_forks_wall_over_floor", "B3 with forkCount=2: wall time ÷ floor", 1.15, true, "×"),
    B6_OVER("b6_rerun_over_bare_s", "B6 IDE re-run: launcher time of a single-turn re-run over a bare launch of one"
        + " trivial test", 0.3, true, "s"),
    B6_REQUESTS("b6_requests", "B6 IDE re-run: API requests made by the single-turn re-runs", 0.0, true, "");

    final String key;
    final String label;
    final double target;
    final boolean atMost;
    final String unit;

    Metric(String key, String label, double target, boolean atMost, String unit) {
      this.key = key;
      this.label = label;
      this.target = target;
      this.atMost = atMost;
      this.unit = unit;
    }

    boolean met(double value) {
      return atMost ? value <= target : value >= target;
    }

    /** A count, written without decimals. */
    boolean integral() {
      return this == B3_429 || this == B6_REQUESTS || this == B5_429 || this == B3_FORKS_429;
    }
  }

  private final Path dir;
  private final Map<String, Double> values = new LinkedHashMap<>();
  private final ObjectNode details;

  Results(Path dir) {
    this.dir = dir;
    ObjectNode previous = null;
    Path file = dir.resolve("results.json");
    if (Files.exists(file)) {
      try {
        previous = (ObjectNode) JSON.readTree(file.toFile());
      } catch (IOException | ClassCastException e) {
        previous = null;
      }
    }
    for (Metric m : Metric.values()) {
      JsonNode v = previous == null ? null : previous.get(m.key);
      if (v != null && v.isNumber()) {
        values.put(m.key, v.asDouble());
      }
    }
    details = previous != null && previous.get("details") instanceof ObjectNode d ? d : JSON.createObjectNode();
  }

  void put(Metric metric, double value) {
    values.put(metric.key, value);
  }

  /** The free-form details of one scenario ({@code b1} ...), replaced on each run of it. */
  ObjectNode details(String scenario) {
    return details.putObject(scenario);
  }

  void write() {
    ObjectNode root = JSON.createObjectNode();
    for (Metric m : Metric.values()) {
      Double v = values.get(m.key);
      if (v == null) {
        root.putNull(m.key);
      } else if (m.integral()) {
        root.put(m.key, v.longValue());
      } else {
        root.put(m.key, round(v));
      }
    }
    root.set("details", details);
    try {
      Files.createDirectories(dir);
      JSON.writeValue(dir.resolve("results.json").toFile(), root);
      Files.writeString(dir.resolve("results.md"), markdown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| metric | measured | target | met? |\n|---|---|---|---|\n");
    for (Metric m : Metric.values()) {
      Double v = values.get(m.key);
      md.append("| `").append(m.key).append("` ").append(m.label).append(" | ")
          .append(v == null ? "not run" : format(m, v)).append(" | ")
          .append(m.atMost ? "≤ " : "≥ ").append(format(m, m.target)).append(" | ")
          .append(v == null ? "–" : m.met(v) ? "yes" : "**no**").append(" |\n");
    }
    JsonNode notes = details.path("notes");
    if (notes.isObject()) {
      md.append('\n');
      notes.properties().forEach(e -> md.append("- ").append(e.getValue().asText()).append('\n'));
    }
    return md.toString();
  }

  ObjectNode notes() {
    return details.get("notes") instanceof ObjectNode n ? n : details.putObject("notes");
  }

  private static String format(Metric m, double v) {
    String number = m.integral() ? String.valueOf((long) v)
        : Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    return m.unit.isEmpty() ? number : m.unit.equals("×") ? number + "×" : number + " " + m.unit;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
