package com.playgent.core.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client-side limit for one scorer: a minimum such as {@code faithfulness >= 0.8}, or a maximum
 * for a scorer where lower is better, such as {@code toxicity <= 0.2}. It can fail a turn the
 * service passed, never pass a turn the service failed.
 *
 * @param scorer the scorer name as the service spells it
 * @param direction whether a score must be at least or at most the limit
 * @param limit the limit, within [0, 1]
 */
public record ScorerThreshold(String scorer, Direction direction, double limit) {
  private static final Pattern SYNTAX =
      Pattern.compile("\\s*([A-Za-z0-9_.\\-]+)\\s*(>=|<=|=|:)\\s*([0-9]*\\.?[0-9]+)\\s*");

  /**
   * Scorers where a lower score is the better one (the DeepEval convention the service's metric
   * names follow; the API documentation does not say). {@code name: 0.2} and {@code name = 0.2}
   * mean {@code <=} for these, {@code >=} for every other scorer.
   */
  public static final Set<String> LOWER_IS_BETTER = Set.of("toxicity", "bias", "hallucination", "hallucination_score");

  /** Which side of the limit a score must be on. */
  public enum Direction {
    /** Higher is better: the score must be at least the limit. */
    AT_LEAST(">=", "<"),
    /** Lower is better: the score must be at most the limit. */
    AT_MOST("<=", ">");

    private final String operator;
    private final String violated;

    Direction(String operator, String violated) {
      this.operator = operator;
      this.violated = violated;
    }

    /** {@code >=} or {@code <=}. */
    public String operator() {
      return operator;
    }

    /** The operator of a score on the wrong side: {@code <} for a minimum, {@code >} for a maximum. */
    public String violated() {
      return violated;
    }

    /** The usual direction of a scorer: {@link #AT_MOST} for {@link #LOWER_IS_BETTER} names, else {@link #AT_LEAST}. */
    public static Direction usual(String scorer) {
      return scorer != null && LOWER_IS_BETTER.contains(scorer.toLowerCase(Locale.ROOT)) ? AT_MOST : AT_LEAST;
    }
  }

  public ScorerThreshold {
    Objects.requireNonNull(scorer, "scorer == null");
    Objects.requireNonNull(direction, "direction == null");
    if (Double.isNaN(limit) || limit < 0 || limit > 1) {
      throw new IllegalArgumentException("threshold '" + scorer + " " + direction.operator() + " " + limit
          + "' is out of range: scores are within [0, 1], so write a limit such as 0.8");
    }
  }

  /** A minimum: {@code scorer >= minimum}. */
  public ScorerThreshold(String scorer, double minimum) {
    this(scorer, Direction.AT_LEAST, minimum);
  }

  /**
   * Parses {@code name >= 0.8} or {@code name <= 0.2}; {@code name = 0.8} and {@code name: 0.8}
   * take the scorer's {@link Direction#usual usual direction}.
   */
  public static ScorerThreshold parse(String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("scorer threshold '" + text + "' is not of the form 'faithfulness >= 0.8'"
          + " (a minimum) or 'toxicity <= 0.2' (a maximum, for a scorer where lower is better)");
    }
    String name = m.group(1);
    Direction direction = switch (m.group(2)) {
      case ">=" -> Direction.AT_LEAST;
      case "<=" -> Direction.AT_MOST;
      default -> Direction.usual(name);
    };
    return new ScorerThreshold(name, direction, Double.parseDouble(m.group(3)));
  }

  /**
   * The thresholds of {@code general} with those of {@code specific} put over them per scorer: a
   * method's {@code faithfulness} limit replaces the class's, the class's other scorers stay.
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
    return direction == Direction.AT_LEAST ? score >= limit : score <= limit;
  }

  /** {@code >= 0.80}: the rule without the scorer's name. */
  public String rule() {
    return direction.operator() + " " + Scores.format(limit);
  }

  /** {@code 0.31 < 0.85}: a score and how it misses the limit (or {@code >=}/{@code <=} when it meets it). */
  public String compare(double score) {
    String a = Scores.format(score);
    String l = Scores.format(limit);
    if (a.equals(l) && score != limit) {
      a = String.format(Locale.ROOT, "%.4f", score); // 0.845 is not 0.85
      l = String.format(Locale.ROOT, "%.4f", limit);
    }
    return a + " " + (admits(score) ? direction.operator() : direction.violated()) + " " + l;
  }

  @Override
  public String toString() {
    return scorer + " " + direction.operator() + " " + String.format(Locale.ROOT, "%.2f", limit);
  }
}
