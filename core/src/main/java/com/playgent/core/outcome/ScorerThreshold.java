package com.playgent.core.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client-side minimum for one scorer, e.g. {@code faithfulness >= 0.8}: it can fail a turn the
 * service passed, never pass a turn the service failed.
 */
public record ScorerThreshold(String scorer, double minimum) {
  private static final Pattern SYNTAX = Pattern.compile("\\s*([A-Za-z0-9_.\\-]+)\\s*(>=|=|:)\\s*([0-9]*\\.?[0-9]+)\\s*");

  public ScorerThreshold {
    Objects.requireNonNull(scorer, "scorer == null");
    if (Double.isNaN(minimum) || minimum < 0 || minimum > 1) {
      throw new IllegalArgumentException("threshold for " + scorer + " must be within [0, 1], was " + minimum);
    }
  }

  /** Parses {@code name >= 0.8} (also {@code name=0.8}, {@code name:0.8}). */
  public static ScorerThreshold parse(String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("scorer threshold '" + text + "' is not of the form 'faithfulness >= 0.8'");
    }
    return new ScorerThreshold(m.group(1), Double.parseDouble(m.group(3)));
  }

  /**
   * The thresholds of {@code general} with those of {@code specific} put over them per scorer: a
   * method's {@code faithfulness} minimum replaces the class's, the class's other scorers stay.
   */
  public static List<ScorerThreshold> merge(Collection<ScorerThreshold> general, Collection<ScorerThreshold> specific) {
    Map<String, ScorerThreshold> byScorer = new LinkedHashMap<>();
    for (ScorerThreshold t : general) {
      byScorer.put(t.scorer(), t);
    }
    for (ScorerThreshold t : specific) {
      byScorer.remove(t.scorer());
      byScorer.put(t.scorer(), t);
    }
    return new ArrayList<>(byScorer.values());
  }

  public boolean admits(double score) {
    return score >= minimum;
  }

  @Override
  public String toString() {
    return scorer + " >= " + String.format(Locale.ROOT, "%.2f", minimum);
  }
}
