package com.playgent.maven;

/**
 * One {@code <scorer>} of {@code <gates><scorers>}:
 * {@code <scorer><name>faithfulness</name><min>0.5</min><minMean>0.85</minMean></scorer>}, or for a
 * scorer where lower is better {@code <scorer><name>toxicity</name><max>0.5</max><maxMean>0.1</maxMean></scorer>}.
 */
public class Scorer {
  /** The scorer name as the run files spell it, e.g. {@code faithfulness}. */
  String name;
  /** Every score of this scorer must be at least this, e.g. {@code 0.5}. */
  Double min;
  /** The mean score must be at least this, e.g. {@code 0.85}. */
  Double minMean;
  /** Every score of this scorer must be at most this, e.g. {@code 0.5} for {@code toxicity}. */
  Double max;
  /** The mean score must be at most this, e.g. {@code 0.1} for {@code toxicity}. */
  Double maxMean;
}
