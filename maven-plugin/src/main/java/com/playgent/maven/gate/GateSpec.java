package com.playgent.maven.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The configured limits; a null limit is not checked.
 *
 * @param minPassRate turns passed / turns over every run, a fraction in [0, 1]
 * @param minPassRatePerTestCase the same per test case (one gate per test case)
 * @param scorers per-scorer limits: a minimum and minimum mean, or for a scorer where lower is better
 *     (toxicity, bias) a maximum and maximum mean
 * @param maxP95LatencyMs the 95th percentile of per-turn {@code metrics.latency_ms}
 * @param maxTotalCostUsd the summed cost of every run; an unknown cost fails this gate
 * @param maxFailedRuns runs that did not complete (failed, still running, or never fetched)
 */
public record GateSpec(
    Double minPassRate,
    Double minPassRatePerTestCase,
    List<ScorerGate> scorers,
    Long maxP95LatencyMs,
    Double maxTotalCostUsd,
    Integer maxFailedRuns) {

  public GateSpec {
    scorers = scorers == null ? List.of() : List.copyOf(scorers);
    fraction(minPassRate, "minPassRate");
    fraction(minPassRatePerTestCase, "minPassRatePerTestCase");
    if (maxP95LatencyMs != null && maxP95LatencyMs < 0) {
      throw new IllegalArgumentException("gates.maxP95LatencyMs must be >= 0 (milliseconds), was " + maxP95LatencyMs);
    }
    if (maxTotalCostUsd != null && (maxTotalCostUsd.isNaN() || maxTotalCostUsd < 0)) {
      throw new IllegalArgumentException("gates.maxTotalCostUsd must be >= 0 (US dollars), was " + maxTotalCostUsd);
    }
    if (maxFailedRuns != null && maxFailedRuns < 0) {
      throw new IllegalArgumentException("gates.maxFailedRuns must be >= 0, was " + maxFailedRuns);
    }
  }

  public static GateSpec none() {
    return new GateSpec(null, null, List.of(), null, null, null);
  }

  /** True when at least one limit is set. */
  public boolean isConfigured() {
    return minPassRate != null || minPassRatePerTestCase != null || !scorers.isEmpty() || maxP95LatencyMs != null
        || maxTotalCostUsd != null || maxFailedRuns != null;
  }

  /** The configured limits in one line, for log messages. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (minPassRate != null) {
      parts.add("minPassRate " + minPassRate);
    }
    if (minPassRatePerTestCase != null) {
      parts.add("minPassRatePerTestCase " + minPassRatePerTestCase);
    }
    for (ScorerGate s : scorers) {
      parts.add(s.toString());
    }
    if (maxP95LatencyMs != null) {
      parts.add("maxP95LatencyMs " + maxP95LatencyMs);
    }
    if (maxTotalCostUsd != null) {
      parts.add(String.format(Locale.ROOT, "maxTotalCostUsd %.2f", maxTotalCostUsd));
    }
    if (maxFailedRuns != null) {
      parts.add("maxFailedRuns " + maxFailedRuns);
    }
    return parts.isEmpty() ? "(no gates)" : String.join(", ", parts);
  }

  static void fraction(Double value, String name) {
    if (value == null) {
      return;
    }
    if (value.isNaN() || value < 0 || value > 1) {
      throw new IllegalArgumentException("gates." + name + " is a fraction in [0, 1] (write 0.95 for 95 %), was "
          + value);
    }
  }

  /**
   * Limits for one scorer.
   *
   * @param name the scorer name as the run files spell it, e.g. {@code faithfulness}
   * @param min every score must be at least this
   * @param minMean the mean score must be at least this
   * @param max every score must be at most this (a scorer where lower is better, e.g. {@code toxicity})
   * @param maxMean the mean score must be at most this
   */
  public record ScorerGate(String name, Double min, Double minMean, Double max, Double maxMean) {
    public ScorerGate {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("gates.scorers.scorer needs a <name>, e.g. <name>faithfulness</name>");
      }
      if (min == null && minMean == null && max == null && maxMean == null) {
        throw new IllegalArgumentException("gates scorer '" + name + "' sets no limit: give <min> or <minMean> (higher"
            + " is better, e.g. faithfulness), or <max> or <maxMean> (lower is better, e.g. toxicity)");
      }
      fraction(min, "scorers." + name + ".min");
      fraction(minMean, "scorers." + name + ".minMean");
      fraction(max, "scorers." + name + ".max");
      fraction(maxMean, "scorers." + name + ".maxMean");
    }

    /** Minimums only: a scorer where higher is better. */
    public ScorerGate(String name, Double min, Double minMean) {
      this(name, min, minMean, null, null);
    }

    @Override
    public String toString() {
      return name + (min == null ? "" : " min " + min) + (minMean == null ? "" : " minMean " + minMean)
          + (max == null ? "" : " max " + max) + (maxMean == null ? "" : " maxMean " + maxMean);
    }
  }
}
