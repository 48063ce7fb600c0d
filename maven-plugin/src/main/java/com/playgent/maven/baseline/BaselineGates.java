package com.playgent.maven.baseline;

import com.playgent.core.baseline.BaselineComparison;
import com.playgent.core.baseline.BaselineComparison.ScoreDelta;
import com.playgent.core.baseline.BaselineComparison.SuiteChange;
import com.playgent.core.baseline.BaselineComparison.TurnChange;
import com.playgent.core.baseline.BaselineComparison.TurnScore;
import com.playgent.core.baseline.Tolerances;
import com.playgent.core.outcome.Scores;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.report.BaselineSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The regression gates against a blessed baseline, each its own testcase in
 * {@code TEST-playgent-gates.xml}: no new failing turns, scorer means within a tolerance, cost and
 * p95 latency within a percentage. A failure names what regressed (test case, turn, scorer, baseline
 * vs now) and the two ways out: fix the agent, or re-bless when the change is intended.
 */
public final class BaselineGates {
  /** At most this many turns or scores are named in one message; the report lists them all. */
  static final int MAX_NAMED = 10;
  static final String FIX = "fix the agent, or re-bless with mvn playgent:baseline if the change is intended";

  private BaselineGates() {}

  public static String newFailuresName() {
    return "baseline: no new failing turns";
  }

  public static String scoresName(Tolerances t) {
    return "baseline: scorer means within " + Scores.format(t.scoreDrop());
  }

  public static String costName(Tolerances t) {
    return "baseline: cost within +" + percent(t.costIncrease());
  }

  public static String latencyName(Tolerances t) {
    return "baseline: p95 latency within +" + percent(t.latencyIncrease());
  }

  /** @param file how messages name the baseline, e.g. {@code src/test/playgent/baseline.json} */
  public static List<GateResult> evaluate(BaselineComparison c, String file) {
    List<GateResult> out = new ArrayList<>();
    String against = " (baseline " + file + ", " + c.baseline().createdAt() + ")";
    List<TurnChange> news = c.newFailures();
    String name = newFailuresName();
    if (news.isEmpty()) {
      out.add(new GateResult(name, "0", "0", true, name.substring("baseline: ".length()) + ": "
          + c.stillFailing().size() + " still failing as in the baseline, " + c.fixed().size() + " fixed" + against));
    } else {
      String listed = news.stream().limit(MAX_NAMED).map(BaselineGates::describe).collect(Collectors.joining("; "))
          + (news.size() > MAX_NAMED ? "; and " + (news.size() - MAX_NAMED) + " more" : "");
      out.add(new GateResult(name, String.valueOf(news.size()), "0", false, plural(news.size(), "new failing turn")
          + " that passed in the baseline" + against + ": " + listed + ". To fix: " + FIX));
    }
    Tolerances t = c.tolerances();
    name = scoresName(t);
    List<ScoreDelta> worse = c.scoreRegressions();
    String limit = "drop <= " + Scores.format(t.scoreDrop());
    if (c.scoreDeltas().isEmpty()) {
      out.add(new GateResult(name, "n/a", limit, true, "no scorer mean to compare: this build and the baseline share"
          + " no scored turn" + against));
    } else if (worse.isEmpty()) {
      ScoreDelta largest = c.scoreDeltas().stream().max((a, b) -> Double.compare(a.worsening(), b.worsening()))
          .orElseThrow();
      out.add(new GateResult(name, "drop " + Scores.format(Math.max(0, largest.worsening())), limit, true,
          "scorer means within " + Scores.format(t.scoreDrop()) + " of the baseline (" + c.scoreDeltas().size()
              + " test case and scorer pairs" + (largest.worsening() > 0 ? "; largest drop " + Scores.format(
              largest.worsening()) + ", " + largest.scorer() + " of " + largest.caseKey() : ", none worse") + ")"));
    } else {
      String listed = worse.stream().limit(MAX_NAMED).map(BaselineGates::describe).collect(Collectors.joining("; "))
          + (worse.size() > MAX_NAMED ? "; and " + (worse.size() - MAX_NAMED) + " more" : "");
      out.add(new GateResult(name, "drop " + Scores.format(worse.get(0).worsening()), limit, false,
          plural(worse.size(), "scorer mean") + " worse than the baseline by more than " + Scores.format(t.scoreDrop())
              + against + ": " + listed + ". To fix: " + FIX));
    }
    SuiteChange total = c.total();
    out.add(change(costName(t), "cost", Scores.dollars(total.baseline().costUsd()), Scores.dollars(total.now()
        .costUsd()), total.costChange(), total.baseline().costUsd(), total.now().costUsd(), t.costIncrease(), against,
        "a run without metrics.cost_usd"));
    out.add(change(latencyName(t), "p95 latency", millis(total.baseline().p95LatencyMs()),
        millis(total.now().p95LatencyMs()), total.latencyChange(), total.baseline().p95LatencyMs(),
        total.now().p95LatencyMs(), t.latencyIncrease(), against, "no turn with metrics.latency_ms"));
    return out;
  }

  private static GateResult change(String name, String what, String before, String now, Double change, Number b,
      Number n, double tolerance, String against, String unknownBecause) {
    String limit = "<= +" + percent(tolerance);
    if (b == null || n == null) {
      String side = b == null && n == null ? "in the baseline and now" : b == null ? "in the baseline" : "now";
      return new GateResult(name, "unknown", limit, false, what + " unknown " + side + " (" + unknownBecause
          + "): baseline " + before + ", now " + now + against + "; unknown is never taken as no change. To fix: "
          + "report the " + what + " in every turn, or re-bless with mvn playgent:baseline");
    }
    if (change == null) { // the baseline's is 0
      boolean ok = n.doubleValue() <= 0;
      return new GateResult(name, ok ? "+0.0%" : "from 0", limit, ok, what + " " + before + " → " + now
          + (ok ? "" : against + ": any rise from 0 exceeds a percentage. To fix: " + FIX));
    }
    boolean ok = change <= tolerance + 1e-9;
    String shown = signed(change);
    return new GateResult(name, shown, limit, ok, what + " " + before + " → " + now + " (" + shown + ", limit +"
        + percent(tolerance) + ")" + (ok ? "" : against + ". To fix: " + FIX));
  }

  /** The configured gates' results, then the regression gates against the baseline when there is one. */
  public static GateResults append(GateResults gates, BaselineSection section) {
    if (section == null) {
      return gates;
    }
    List<GateResult> all = new ArrayList<>(gates == null ? List.of() : gates.results());
    all.addAll(evaluate(section.comparison(), section.file()));
    return new GateResults(all);
  }

  /** {@code , needs 4} for a turn judged over repeats; empty otherwise. */
  private static String needs(com.playgent.core.baseline.Baseline.TurnStats t) {
    return t.minPasses() == null ? "" : ", needs " + t.minPasses();
  }

  /** {@code Refund Flow (tc_refund) turn 2: passed 1 of 1 in the baseline, now 0 of 1; faithfulness 0.91 → 0.31}. */
  static String describe(TurnChange c) {
    StringBuilder s = new StringBuilder(c.label()).append(": passed ").append(c.baseline().passed()).append(" of ")
        .append(c.baseline().runs()).append(needs(c.baseline())).append(" in the baseline, now ")
        .append(c.now().passed()).append(" of ").append(c.now().runs()).append(needs(c.now()));
    for (Map.Entry<String, Double> e : c.now().scorerMeans().entrySet()) {
      Double before = c.baseline().scorerMeans().get(e.getKey());
      if (before != null && !Scores.format(before).equals(Scores.format(e.getValue()))) {
        s.append("; ").append(e.getKey()).append(' ').append(Scores.format(before)).append(" → ")
            .append(Scores.format(e.getValue()));
      }
    }
    return s.toString();
  }

  /** {@code faithfulness of tc_refund 0.90 → 0.78 (-0.12; worst turn 2: 0.91 → 0.31)}. */
  static String describe(ScoreDelta d) {
    TurnScore worst = d.worstTurn();
    return d.scorer() + " of " + d.caseKey() + " " + Scores.format(d.baseline()) + " → " + Scores.format(d.now()) + " ("
        + (d.delta() >= 0 ? "+" : "") + Scores.format(d.delta())
        + (worst == null ? "" : "; worst turn " + worst.turn() + ": " + Scores.format(worst.baseline()) + " → "
            + Scores.format(worst.now())) + ")";
  }

  /** {@code 20%}, {@code 12.5%}. */
  static String percent(double fraction) {
    java.math.BigDecimal p = java.math.BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
  }

  /** {@code +12.5%}, {@code -3.0%}. */
  public static String signed(double fraction) {
    return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
  }

  static String millis(Long ms) {
    return ms == null ? "unknown" : ms + " ms";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
