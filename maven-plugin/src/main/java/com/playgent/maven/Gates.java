package com.playgent.maven;

import com.playgent.maven.gate.GateSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <gates>} configuration of {@code check} (and of {@code report}, which shows them).
 * Every limit is optional; rates and scores are fractions in [0, 1].
 *
 * <pre>{@code
 * <gates>
 *   <minPassRate>0.95</minPassRate>
 *   <minPassRatePerTestCase>0.5</minPassRatePerTestCase>
 *   <scorers>
 *     <scorer><name>faithfulness</name><min>0.5</min><minMean>0.85</minMean></scorer>
 *     <scorer><name>toxicity</name><maxMean>0.1</maxMean></scorer>
 *   </scorers>
 *   <maxP95LatencyMs>3000</maxP95LatencyMs>
 *   <maxTotalCostUsd>2.00</maxTotalCostUsd>
 *   <maxFailedRuns>0</maxFailedRuns>
 * </gates>
 * }</pre>
 */
public class Gates {
  /** Turns passed / turns over every run of the sessions read, e.g. {@code 0.95}. */
  Double minPassRate;
  /** The same for each test case, one gate per test case, e.g. {@code 0.5}. */
  Double minPassRatePerTestCase;
  /** Per-scorer limits. */
  List<Scorer> scorers = new ArrayList<>();
  /** The 95th percentile of the turns' {@code latency_ms}, e.g. {@code 3000}. */
  Long maxP95LatencyMs;
  /** The summed cost of every run in US dollars, e.g. {@code 2.00}; an unknown cost fails the gate. */
  Double maxTotalCostUsd;
  /** Runs that did not complete (failed, timed out, never fetched, could not start), e.g. {@code 0}. */
  Integer maxFailedRuns;

  GateSpec toSpec() {
    List<GateSpec.ScorerGate> s = new ArrayList<>();
    if (scorers != null) {
      for (Scorer sc : scorers) {
        s.add(new GateSpec.ScorerGate(sc.name, sc.min, sc.minMean, sc.max, sc.maxMean));
      }
    }
    return new GateSpec(minPassRate, minPassRatePerTestCase, s, maxP95LatencyMs, maxTotalCostUsd, maxFailedRuns);
  }
}
