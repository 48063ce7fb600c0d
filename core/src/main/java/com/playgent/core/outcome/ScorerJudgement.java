package com.playgent.core.outcome;

/**
 * One scorer of a turn and whether it passed on its own: by the client-side threshold for it when
 * there is one, else by the service's per-scorer {@code pass} when the service sent one, else not
 * at all (the service judged the turn as a whole).
 *
 * @param name the scorer name
 * @param score the score, null when the service gave none
 * @param reasoning the judge's reasoning, may be null
 * @param mark passed, failed, or no verdict of its own
 * @param threshold the client-side threshold that judged it, or null
 */
public record ScorerJudgement(String name, Double score, String reasoning, Mark mark, ScorerThreshold threshold) {

  /** A scorer's own verdict, as the block, the headline and the reports mark it. */
  public enum Mark {
    FAILED("✗", "failed"),
    PASSED("✓", "passed"),
    NONE("·", "no verdict of its own");

    private final String symbol;
    private final String meaning;

    Mark(String symbol, String meaning) {
      this.symbol = symbol;
      this.meaning = meaning;
    }

    public String symbol() {
      return symbol;
    }

    /** What the symbol means, for legends: {@code failed}, {@code passed}, {@code no verdict of its own}. */
    public String meaning() {
      return meaning;
    }
  }

  public boolean failed() {
    return mark == Mark.FAILED;
  }

  /**
   * How it was judged, e.g. {@code 0.31 < 0.85}, {@code failed on the service}, or just the score
   * ({@code 0.71}) when it has no verdict of its own; {@code n/a} for a missing score.
   */
  public String scoreAndRule() {
    if (score == null) {
      return "n/a" + (threshold == null ? "" : " (the threshold " + threshold + " needs a score)");
    }
    if (threshold != null) {
      return threshold.compare(score);
    }
    return Scores.format(score) + (mark == Mark.NONE ? "" : " (" + mark.meaning() + " on the service)");
  }
}
