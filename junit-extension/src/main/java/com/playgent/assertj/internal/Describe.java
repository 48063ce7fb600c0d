package com.playgent.assertj.internal;

import com.playgent.client.model.CaseResult;
import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.Run;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.ScorerResult;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Scores;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of every failure message: turns, runs, scorers and evaluations, always with their
 * scores and reasoning. Numbers use {@link Scores}; whole turns use {@link TurnReport#block()}.
 * Not API.
 */
public final class Describe {
  /** How many characters of an input, output or reasoning a one-line listing shows. */
  private static final int LINE = 200;

  private Describe() {}

  public static String oneLine(String s) {
    return Text.oneLine(s, LINE);
  }

  /** {@code "It arrived broken."} in quotes, on one line. */
  public static String quoted(String s) {
    return "\"" + oneLine(s) + "\"";
  }

  /** Each line of {@code s} prefixed with {@code indent}; a trailing newline is dropped first. */
  public static String indent(String s, String indent) {
    String text = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    return Text.indent(text, indent);
  }

  /** Two numbers that differ, shown so that they differ: two decimals unless that makes them equal. */
  public static String[] scores(double actual, double bound) {
    String a = Scores.format(actual);
    String b = Scores.format(bound);
    if (a.equals(b) && actual != bound) {
      return new String[] {String.valueOf(actual), String.valueOf(bound)};
    }
    return new String[] {a, b};
  }

  // ---- turns -------------------------------------------------------------------------------

  /**
   * The turn's {@link TurnReport#block()} without what this assertion cannot know: no link (the
   * base URL is unknown here), and no test case line for a turn asserted on its own.
   */
  public static String turnBlock(TurnResult turn, TurnContext context) {
    int position = context.number() == null ? 0 : context.number() - 1;
    EntityRef testCase = context.testCase() == null ? new EntityRef(null, null) : context.testCase();
    String block = new TurnReport(context.runId(), testCase, context.agent(), turn, position, List.of(), null).block();
    List<String> kept = new ArrayList<>();
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("  link: ") || (context.testCase() == null && line.startsWith("  test case: "))) {
        continue;
      }
      if (line.startsWith("  trace: ") && turn.traceId() != null) {
        line = "  trace: " + turn.traceId();
      }
      kept.add(line);
    }
    return String.join("\n", kept);
  }

  /** Input, output and every score with its reasoning, two spaces in. */
  public static String turnSummary(TurnResult turn) {
    StringBuilder b = new StringBuilder();
    b.append("  input:  ").append(quoted(turn.inputText())).append('\n');
    b.append("  output: ").append(quoted(turn.outputText())).append('\n');
    b.append("  scores: ").append(scorerLines(turn.evaluationOrEmpty().scorers(), "          ").stripLeading());
    return b.toString();
  }

  /** {@code passed}, {@code failed} or {@code has no verdict}. */
  public static String verdict(TurnResult turn) {
    if (turn.passed()) {
      return "passed";
    }
    return turn.success() == null && (turn.evaluation() == null || turn.evaluation().overallPass() == null)
        ? "has no verdict" : "failed";
  }

  // ---- scorer outputs ----------------------------------------------------------------------

  /** {@code faithfulness 0.31 — Cited a policy that does not exist}. */
  public static String scorerLine(String name, ScorerOutput output) {
    ScorerOutput s = output == null ? new ScorerOutput(null, null) : output;
    return Text.printable(name) + " " + scoreAndReasoning(s);
  }

  /** {@code 0.31 — Cited a policy that does not exist}. */
  public static String scoreAndReasoning(ScorerOutput s) {
    return Scores.format(s.score()) + " — " + reasoning(s.reasoning());
  }

  /** One {@link #scorerLine} per scorer, each prefixed with {@code indent}, or "(none reported)". */
  public static String scorerLines(Map<String, ScorerOutput> scorers, String indent) {
    if (scorers.isEmpty()) {
      return indent + "(none reported)";
    }
    return scorers.entrySet().stream().map(e -> indent + scorerLine(e.getKey(), e.getValue()))
        .collect(Collectors.joining("\n"));
  }

  // ---- runs --------------------------------------------------------------------------------

  /** {@code run run_1 of Refund Flow}; several test cases are listed by name. */
  public static String runName(Run run) {
    String name = "run " + run.runId();
    List<CaseResult> cases = run.cases();
    if (cases.size() == 1) {
      EntityRef ref = cases.get(0).ref();
      return ref.id() == null && ref.name() == null ? name : name + " of " + oneLine(ref.label());
    }
    return name + " of " + cases.stream().map(c -> oneLine(c.ref().label())).collect(Collectors.joining(", "));
  }

  /** Every turn's verdict, latency, cost and scores with reasoning, two spaces in. */
  public static String runListing(Run run) {
    StringBuilder b = new StringBuilder();
    List<CaseResult> cases = run.cases();
    b.append("  status ").append(run.status() == null ? "unknown" : run.status());
    if (run.summary() != null && run.summary().totalCostUsd() != null) {
      b.append(" · total cost ").append(Scores.dollars(run.summary().totalCostUsd()));
    }
    int count = cases.stream().mapToInt(c -> c.turns() == null ? 0 : c.turns().size()).sum();
    if (count == 0) {
      return b.append(" · no turns").toString();
    }
    for (CaseResult c : cases) {
      List<TurnResult> turns = c.turns() == null ? List.of() : c.turns();
      for (int i = 0; i < turns.size(); i++) {
        TurnResult t = turns.get(i);
        b.append("\n  ");
        if (cases.size() > 1) {
          b.append(oneLine(c.ref().label())).append(" › ");
        }
        b.append("turn ").append(number(t, i)).append(' ').append(verdict(t))
            .append(" · ").append(metrics(t.metrics()))
            .append('\n').append(scorerLines(t.evaluationOrEmpty().scorers(), "    "));
      }
    }
    return b.toString();
  }

  /** The 1-based number a report shows: {@code turn_index + 1}, else the position + 1. */
  public static int number(TurnResult turn, int position) {
    return (turn.turnIndex() == null ? position : turn.turnIndex()) + 1;
  }

  static String metrics(TurnMetrics m) {
    if (m == null) {
      return "latency n/a · cost unknown";
    }
    return "latency " + (m.latencyMs() == null ? "n/a" : m.latencyMs() + " ms") + " · cost " + Scores.dollars(m.costUsd());
  }

  // ---- evaluations -------------------------------------------------------------------------

  /** {@code evaluation eval_1}. */
  public static String evaluationName(Evaluation evaluation) {
    return evaluation.evaluationId() == null ? "the evaluation" : "evaluation " + evaluation.evaluationId();
  }

  /** Every result with score, pass, reasoning and metadata, two spaces in. */
  public static String resultLines(Map<String, ScorerResult> results) {
    if (results.isEmpty()) {
      return "  (no results)";
    }
    return results.entrySet().stream().map(e -> resultLine(e.getKey(), e.getValue(), "  "))
        .collect(Collectors.joining("\n"));
  }

  /** Every result with score, pass and reasoning, one line each, two spaces in; no metadata. */
  public static String resultSummaryLines(Map<String, ScorerResult> results) {
    if (results.isEmpty()) {
      return "  (no results)";
    }
    return results.entrySet().stream().map(e -> {
      ScorerResult r = e.getValue() == null ? new ScorerResult(null, null, null, null) : e.getValue();
      return "  " + Text.printable(e.getKey()) + " " + Scores.format(r.score()) + " (" + pass(r.pass()) + ") — "
          + reasoning(r.reasoning());
    }).collect(Collectors.joining("\n"));
  }

  /**
   * {@code faithfulness 0.50 (failed) — 1 of 2 claims are supported} and, one level further in,
   * each metadata entry.
   */
  public static String resultLine(String name, ScorerResult result, String indent) {
    ScorerResult r = result == null ? new ScorerResult(null, null, null, null) : result;
    StringBuilder b = new StringBuilder(indent).append(name == null ? "" : Text.printable(name) + " ")
        .append(Scores.format(r.score())).append(" (").append(pass(r.pass())).append(") — ").append(reasoning(r.reasoning()));
    if (r.metadata() != null) {
      r.metadata().forEach((key, value) -> appendMetadata(b, indent + "  ", key, value));
    }
    return b.toString();
  }

  private static String pass(Boolean pass) {
    return pass == null ? "no verdict" : pass ? "passed" : "failed";
  }

  private static void appendMetadata(StringBuilder b, String indent, String key, Object value) {
    b.append('\n').append(indent).append(Text.printable(key)).append(':');
    if (value instanceof Collection<?> items) {
      if (items.isEmpty()) {
        b.append(" none");
      }
      for (Object item : items) {
        b.append('\n').append(indent).append("  - ").append(value(item));
      }
    } else {
      b.append(' ').append(value(value));
    }
  }

  private static String value(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue())).collect(Collectors.joining(", "));
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(Describe::value).collect(Collectors.joining(", ", "[", "]"));
    }
    return value == null ? "null" : oneLine(String.valueOf(value));
  }

  /** The claims a result's metadata lists under {@code unsupported_claims}; null when it has no such entry. */
  public static List<String> unsupportedClaims(ScorerResult result) {
    if (result == null || result.metadata() == null || !(result.metadata().get("unsupported_claims") instanceof Collection<?> c)) {
      return null;
    }
    return c.stream().map(Describe::value).collect(Collectors.toList());
  }

  private static String reasoning(String reasoning) {
    return reasoning == null || reasoning.isBlank() ? "(no reasoning)" : oneLine(reasoning);
  }
}
