package com.playgent.core.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One turn of a test case over its repeats: it passes when at least {@code minPasses} of them passed
 * it; a repeat without this turn (its run failed, or its conversation ended earlier) counts as not
 * passed. A turn whose repeats disagree is flaky. The extension and the plugin judge and word it here.
 *
 * @param number the 1-based turn number
 * @param attempts one per repeat, in repeat order
 * @param minPasses repeats that must pass the turn
 * @param turnCount the most turns any repeat reported, for names that sort ({@code turn 07 of 12})
 */
public record RepeatedTurn(int number, List<Attempt> attempts, int minPasses, int turnCount) {

  /**
   * One repeat's try at the turn.
   *
   * @param turn the turn as that repeat reported it, null when it has none
   * @param missing why {@code turn} is null, e.g. {@code ended after 2 turns}; else null
   */
  public record Attempt(int repeat, String runId, TurnReport turn, String missing) {
    public boolean passed() {
      return turn != null && turn.verdict().passed();
    }

    String name() {
      return "repeat " + repeat;
    }
  }

  /** Mean, lowest and highest score of one scorer over the repeats that scored it. */
  public record ScorerStats(String name, int scored, double mean, double min, double max) {}

  public RepeatedTurn {
    attempts = List.copyOf(attempts);
  }

  public int repeats() {
    return attempts.size();
  }

  public int passes() {
    return (int) attempts.stream().filter(Attempt::passed).count();
  }

  public boolean passed() {
    return passes(passes(), minPasses);
  }

  /**
   * The rule a turn over repeats is judged by: it passes when at least {@code minPasses} repeats passed
   * it. The baseline ({@code com.playgent.core.baseline}) judges repeated test cases by it too.
   */
  public static boolean passes(int passes, int minPasses) {
    return passes >= minPasses;
  }

  /** The repeats disagree: some passed the turn and some did not. */
  public boolean flaky() {
    int p = passes();
    return p > 0 && p < repeats();
  }

  /** The first repeat's report of this turn (for its input, expected behaviour and name); null when none has it. */
  public TurnReport first() {
    return attempts.stream().map(Attempt::turn).filter(t -> t != null).findFirst().orElse(null);
  }

  /** {@code Refund Flow › turn 2: It arrived broken...}; {@code turn 2} alone when no repeat has it. */
  public String displayName(String caseLabel) {
    TurnReport t = first();
    if (t == null) {
      return caseLabel + " › turn " + number;
    }
    return new TurnReport(t.runId(), t.testCase(), t.agent(), t.turn(), t.position(), t.thresholds(), t.baseUrl(),
        turnCount).displayName(caseLabel);
  }

  /** {@code 4 of 5 repeats passed, needs 4}. */
  public String count() {
    return passes() + " of " + repeats() + " repeats passed, needs " + minPasses;
  }

  /**
   * One line: {@code turn 2: 3 of 5 repeats passed, needs 4; repeat 2 failed: ✗ faithfulness 0.31 < 0.85 — ...}
   * (the first failing repeat's own headline follows), or {@code turn 2 passed: 4 of 5 repeats passed,
   * needs 4 · flaky: repeat 5 failed}.
   */
  public String headline() {
    if (passed()) {
      StringBuilder h = new StringBuilder("turn " + number + " passed: " + count());
      if (flaky()) {
        h.append(" · flaky: ").append(String.join(", ", notPassedNames())).append(" did not pass");
      }
      return h.toString();
    }
    StringBuilder h = new StringBuilder("turn " + number + ": " + count());
    Attempt firstFailure = attempts.stream().filter(a -> !a.passed()).findFirst().orElse(null);
    if (firstFailure != null) {
      h.append("; ").append(firstFailure.name()).append(' ').append(why(firstFailure));
    }
    return h.toString();
  }

  private List<String> notPassedNames() {
    return attempts.stream().filter(a -> !a.passed()).map(Attempt::name).toList();
  }

  /** {@code failed: ✗ faithfulness 0.31 < 0.85 — reason} or {@code has no turn 3: ended after 2 turns}. */
  private String why(Attempt a) {
    if (a.turn() == null) {
      return "has no turn " + number + ": " + a.missing();
    }
    String own = a.turn().headline(); // "turn 2 failed: ..." or "turn 2 passed..."
    String prefix = "turn " + a.turn().number() + " ";
    own = own.startsWith(prefix) ? own.substring(prefix.length()) : own;
    TurnVerdict v = a.turn().verdict();
    if (!v.passed() && v.failingScorers().isEmpty()) { // the service's verdict: the lowest score's reason says why
      String reason = v.scorers().stream().filter(j -> j.score() != null)
          .min(java.util.Comparator.comparingDouble(RepeatedTurn::goodness))
          .map(j -> Text.oneLine(j.reasoning(), 120)).orElse("");
      own += reason.isEmpty() ? "" : " — " + reason;
    }
    return own;
  }

  /** How good a score is on a higher-is-better scale: a lower-is-better scorer's score turned around. */
  private static double goodness(ScorerJudgement j) {
    return ScorerThreshold.Direction.usual(j.name()) == ScorerThreshold.Direction.AT_MOST ? 1 - j.score() : j.score();
  }

  /** The full block: headline, then every repeat, the scorers over the repeats and the turn itself. */
  public String block() {
    return headline() + "\n" + details();
  }

  /** The block without its headline. */
  public String details() {
    StringBuilder b = new StringBuilder(1024);
    TurnReport first = first();
    b.append("  repeats: ").append(repeats()).append(", at least ").append(minPasses).append(" must pass; ")
        .append(passes()).append(" passed").append(flaky() ? " · flaky (the repeats disagree)" : "").append('\n');
    for (Attempt a : attempts) {
      b.append("    ").append(a.passed() ? "✓" : "✗").append(' ').append(a.name()).append("  ")
          .append(a.runId() == null ? "(no run)" : a.runId()).append("  ")
          .append(a.passed() ? "passed" : Text.oneLine(why(a), 300)).append('\n');
    }
    List<ScorerStats> stats = scorerStats();
    if (!stats.isEmpty()) {
      b.append("  scorers over the repeats (mean / min / max):\n");
      int width = stats.stream().mapToInt(s -> Text.printable(s.name()).length()).max().orElse(1);
      for (ScorerStats s : stats) {
        String name = Text.printable(s.name());
        b.append("    ").append(name).append(" ".repeat(width - name.length())).append("  ")
            .append(String.format(Locale.ROOT, "%s / %s / %s", Scores.format(s.mean()), Scores.format(s.min()),
                Scores.format(s.max())))
            .append(s.scored() < repeats() ? "  (" + s.scored() + " of " + repeats() + " repeats scored it)" : "")
            .append('\n');
      }
    }
    Attempt shown = attempts.stream().filter(a -> a.turn() != null && !a.passed()).findFirst()
        .orElse(attempts.stream().filter(a -> a.turn() != null).findFirst().orElse(null));
    if (shown != null) {
      b.append("  ").append(shown.name()).append(shown.passed() ? "" : ", the first that failed").append(":\n");
      b.append(shown.turn().details().replaceAll("(?m)^", "  "));
    } else if (first == null) {
      b.append("  no repeat reported this turn\n");
    }
    return b.toString();
  }

  /** Per scorer, over the repeats that scored it, in the order the scorers first appear. */
  public List<ScorerStats> scorerStats() {
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    for (Attempt a : attempts) {
      if (a.turn() == null) {
        continue;
      }
      for (ScorerJudgement j : a.turn().verdict().scorers()) {
        List<Double> list = scores.computeIfAbsent(j.name(), k -> new ArrayList<>());
        if (j.score() != null) {
          list.add(j.score());
        }
      }
    }
    List<ScorerStats> out = new ArrayList<>();
    scores.forEach((name, list) -> {
      if (!list.isEmpty()) {
        out.add(new ScorerStats(name, list.size(), list.stream().mapToDouble(Double::doubleValue).average().orElse(0),
            list.stream().mapToDouble(Double::doubleValue).min().orElse(0),
            list.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
      }
    });
    return out;
  }

  /** Report entries: the count, flakiness, each repeat's run and verdict, and the scorers' means. */
  public Map<String, String> reportEntries() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("playgent.turn", String.valueOf(number));
    entries.put("playgent.verdict", passed() ? "passed" : "failed");
    entries.put("playgent.repeats", count());
    entries.put("playgent.flaky", String.valueOf(flaky()));
    for (Attempt a : attempts) {
      entries.put("playgent.repeat." + a.repeat(), (a.runId() == null ? "no run" : a.runId()) + " — "
          + (a.passed() ? "passed" : Text.oneLine(why(a), 300)));
    }
    for (ScorerStats s : scorerStats()) {
      entries.put("scorer." + s.name(), "mean " + Scores.format(s.mean()) + " · min " + Scores.format(s.min())
          + " · max " + Scores.format(s.max()));
    }
    TurnReport t = first();
    if (t != null) {
      entries.put("link", t.link());
    }
    return entries;
  }
}
