package com.playgent.core.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank
 * {@code ceil(p / 100 * n)}, so it is always one of the measured values (p95 of 20 latencies is
 * the 19th smallest, p95 of 3 is the largest).
 */
public final class Percentiles {
  private final List<Long> sorted;

  private Percentiles(List<Long> sorted) {
    this.sorted = sorted;
  }

  /** Sorts a copy of the values; nulls are left out. */
  public static Percentiles of(Collection<Long> values) {
    List<Long> list = new ArrayList<>();
    for (Long v : values) {
      if (v != null) {
        list.add(v);
      }
    }
    Collections.sort(list);
    return new Percentiles(list);
  }

  public int count() {
    return sorted.size();
  }

  /** The p-th percentile (0 &lt; p &lt;= 100), or null when there are no values. */
  public Long at(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be within (0, 100], was " + p);
    }
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(1, Math.min(rank, sorted.size())) - 1);
  }

  public Long max() {
    return sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
  }

  public Long min() {
    return sorted.isEmpty() ? null : sorted.get(0);
  }
}
