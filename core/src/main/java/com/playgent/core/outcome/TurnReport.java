package com.playgent.core.outcome;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Message;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One turn in words: its display name, the one-line headline and the full block shown in failure
 * messages, on the console, in Surefire's {@code <system-out>} and in the Maven plugin's reports.
 *
 * @param runId the run the turn belongs to
 * @param testCase the test case the turn belongs to
 * @param agent the agent that answered, may be null
 * @param turn the turn as the service returned it
 * @param position the 0-based position of the turn in its test case, used when turn_index is absent
 * @param thresholds client-side scorer limits, may be empty
 * @param baseUrl the API base URL, for links to the run and trace
 * @param turnCount the number of turns of its test case in the run; from 10 on, names carry zero-padded
 *     numbers ({@code turn 07 of 12}) so that they sort in turn order; 0 when unknown
 */
public record TurnReport(
    String runId,
    EntityRef testCase,
    EntityRef agent,
    TurnResult turn,
    int position,
    Collection<ScorerThreshold> thresholds,
    String baseUrl,
    int turnCount) {

  private static final int TITLE_LENGTH = 60;
  private static final int HEADLINE_REASON_LENGTH = 120;

  public TurnReport {
    thresholds = List.copyOf(thresholds);
  }

  /** A turn whose test case's turn count is unknown: its number is not padded. */
  public TurnReport(String runId, EntityRef testCase, EntityRef agent, TurnResult turn, int position,
      Collection<ScorerThreshold> thresholds, String baseUrl) {
    this(runId, testCase, agent, turn, position, thresholds, baseUrl, 0);
  }

  /** The 1-based turn number people read: {@code turn_index + 1}. */
  public int number() {
    return (turn.turnIndex() == null ? position : turn.turnIndex()) + 1;
  }

  /**
   * The number as names show it: {@code 2} in a run of fewer than 10 turns, else zero-padded to the
   * width of the count with the count after it ({@code 07 of 12}, {@code 007 of 250}), so that
   * viewers that sort names by text keep turn order.
   */
  public String numberLabel() {
    if (turnCount < 10) {
      return String.valueOf(number());
    }
    String count = String.valueOf(turnCount);
    if (number() < 0) {
      return String.format(Locale.ROOT, "%0" + count.length() + "d of %d", number(), turnCount);
    }
    String number = String.valueOf(number());
    // "%0<width>d of %d" without a format string: names are built for every turn of a run
    return "0".repeat(Math.max(0, count.length() - number.length())) + number + " of " + count;
  }

  public TurnVerdict verdict() {
    return TurnVerdict.of(turn, thresholds);
  }

  /** {@code Refund Request Flow › turn 2: I want a refund for order #1234}, input shortened. */
  public String displayName() {
    return displayName(Text.oneLine(testCase.label(), 80));
  }

  /** The display name with another test case label, e.g. one made unique within its test class. */
  public String displayName(String caseLabel) {
    String title = Text.oneLine(turn.inputText(), TITLE_LENGTH);
    return caseLabel + " › turn " + numberLabel() + (title.isEmpty() ? "" : ": " + title);
  }

  /** A link to this run and turn: {@code <base>/runs/<run_id>#turn-<n>}. */
  public String link() {
    return baseUrl + "/runs/" + runId + "#turn-" + number();
  }

  /**
   * One line: the verdict, then the failing scorers marked {@code ✗} with how they missed and the
   * judge's reason, then the other scorers. For example
   * {@code turn 2 failed: ✗ faithfulness 0.31 < 0.85 — Cited a policy that does not exist; ✓ answer_relevancy 0.81}.
   * A turn the service failed without any scorer failing on its own lists its scores worst first
   * (a lower-is-better scorer's low score counts as good): {@code turn 2 failed (the service's verdict): ...}.
   */
  public String headline() {
    return headline(verdict());
  }

  /** {@link #headline()} with this turn's {@link #verdict()}, judged once by a caller that needs it for more. */
  public String headline(TurnVerdict v) {
    String head = "turn " + number() + " ";
    if (v.passed()) {
      String scores = v.scorers().stream().filter(j -> j.score() != null)
          .map(j -> Text.oneLine(j.name(), 60) + " " + Scores.format(j.score())).collect(Collectors.joining(", "));
      return head + "passed" + (scores.isEmpty() ? "" : ": " + scores);
    }
    List<ScorerJudgement> failing = v.failingScorers();
    if (failing.isEmpty()) {
      List<ScorerJudgement> worstFirst = new ArrayList<>(v.scorers());
      worstFirst.removeIf(j -> j.score() == null);
      worstFirst.sort(Comparator.comparingDouble(TurnReport::goodness));
      String scores = worstFirst.stream().map(j -> Text.oneLine(j.name(), 60) + " " + Scores.format(j.score()))
          .collect(Collectors.joining(", "));
      return head + "failed (the service's verdict)" + (scores.isEmpty() ? ": no scores reported" : ": " + scores);
    }
    StringBuilder h = new StringBuilder(head).append(v.serverPassed() ? "failed a client-side threshold: " : "failed: ");
    String sep = "";
    for (ScorerJudgement j : failing) {
      h.append(sep).append("✗ ").append(Text.oneLine(j.name(), 60)).append(' ').append(j.scoreAndRule());
      String reason = Text.oneLine(j.reasoning(), HEADLINE_REASON_LENGTH);
      if (!reason.isEmpty()) {
        h.append(" — ").append(reason);
      }
      sep = "; ";
    }
    String others = v.scorers().stream().filter(j -> !j.failed() && j.score() != null)
        .map(j -> (j.mark() == ScorerJudgement.Mark.PASSED ? "✓ " : "") + Text.oneLine(j.name(), 60) + " "
            + Scores.format(j.score()))
        .collect(Collectors.joining(", "));
    return h.append(others.isEmpty() ? "" : "; " + others).toString();
  }

  /** How good a score is on a higher-is-better scale: a lower-is-better scorer's score turned around. */
  private static double goodness(ScorerJudgement j) {
    return ScorerThreshold.Direction.usual(j.name()) == ScorerThreshold.Direction.AT_MOST ? 1 - j.score() : j.score();
  }

  /**
   * The full block: headline, then test case and run, expected behaviour, input, output, every
   * scorer with its mark, score, rule and reasoning (with a legend of the marks once), metrics,
   * trace. No stack frames, no secrets.
   */
  public String block() {
    return block(verdict()); // judged once for both parts: a block is written for every turn
  }

  /** {@link #block()} with this turn's {@link #verdict()}, judged once by a caller that needs it for more. */
  public String block(TurnVerdict v) {
    return headline(v) + "\n" + details(v);
  }

  /** The block without its headline: what a failure's body adds to its one-line message. */
  public String details() {
    return details(verdict());
  }

  /** {@link #details()} with this turn's {@link #verdict()}, judged once by a caller that needs it for more. */
  public String details(TurnVerdict verdict) {
    StringBuilder b = new StringBuilder(512 + length(turn.input()) + length(turn.output()));
    b.append("  test case: ").append(Text.printable(testCase.label()));
    if (testCase.id() != null && !testCase.id().equals(testCase.label())) {
      b.append(" (").append(testCase.id()).append(')');
    }
    b.append(" · run ").append(runId);
    if (agent != null && (agent.id() != null || agent.name() != null)) {
      b.append(" · agent ").append(Text.printable(agent.label()));
    }
    b.append('\n');
    b.append("  expected: ").append(Text.printable(orNone(Text.cut(turn.expectedBehavior(), runId)))).append('\n');
    appendMessages(b, "input", turn.input(), runId);
    appendMessages(b, "output", turn.output(), runId);
    List<ScorerJudgement> scorers = verdict.scorers();
    if (scorers.isEmpty()) {
      b.append("  scorers: (none reported)\n");
    } else {
      b.append("  scorers (").append(legend(scorers)).append("):\n");
    }
    int nameWidth = scorers.stream().mapToInt(j -> Text.printable(j.name()).length()).max().orElse(0);
    int ruleWidth = scorers.stream().mapToInt(j -> j.scoreAndRule().length()).max().orElse(0);
    for (ScorerJudgement j : scorers) {
      b.append("    ").append(j.mark().symbol()).append(' ')
          .append(padded(Text.printable(j.name()), Math.max(1, nameWidth)))
          .append("  ").append(padded(j.scoreAndRule(), ruleWidth))
          .append("  ").append(Text.printable(orNone(Text.cut(j.reasoning(), runId))).replace("\n", "\n      "))
          .append('\n');
    }
    b.append("  metrics: ").append(metrics(turn.metrics())).append('\n');
    if (turn.traceId() != null) {
      b.append("  trace: ").append(turn.traceId()).append(" (").append(baseUrl).append("/traces/")
          .append(turn.traceId()).append(")\n");
    }
    b.append("  link: ").append(link()).append('\n');
    return b.toString();
  }

  /** {@code ✗ failed, ✓ passed, · no verdict of its own}: the marks these scorers use, in that order. */
  static String legend(List<ScorerJudgement> scorers) {
    List<String> parts = new ArrayList<>();
    for (ScorerJudgement.Mark m : ScorerJudgement.Mark.values()) {
      if (scorers.stream().anyMatch(j -> j.mark() == m)) {
        parts.add(m.symbol() + " " + m.meaning());
      }
    }
    return String.join(", ", parts);
  }

  /** Key/value pairs for JUnit report entries: one per scorer plus run, turn, metrics and trace. */
  public Map<String, String> reportEntries() {
    return reportEntries(verdict());
  }

  /** {@link #reportEntries()} with this turn's {@link #verdict()}, judged once by a caller that needs it for more. */
  public Map<String, String> reportEntries(TurnVerdict verdict) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("playgent.run", runId);
    entries.put("playgent.turn", String.valueOf(number()));
    entries.put("playgent.verdict", verdict.passed() ? "passed" : "failed");
    turn.evaluationOrEmpty().scorers().forEach((name, s) -> entries.put("scorer." + name,
        (s == null ? "n/a" : Scores.format(s.score()) + " — " + Text.oneLine(orNone(s.reasoning()), 500))));
    entries.put("metrics", metrics(turn.metrics()));
    if (turn.traceId() != null) {
      entries.put("trace", turn.traceId());
    }
    entries.put("link", link());
    return entries;
  }

  private static void appendMessages(StringBuilder b, String label, List<Message> messages, String runId) {
    b.append("  ").append(label).append(':');
    if (messages == null || messages.isEmpty()) {
      b.append(" (none)\n");
      return;
    }
    b.append('\n');
    for (Message m : messages) {
      if (m == null) {
        continue;
      }
      b.append("    ").append(m.role() == null ? "?" : Text.printable(m.role())).append(": ")
          .append(Text.printable(orNone(Text.cut(m.content(), runId))).replace("\n", "\n      ")).append('\n');
    }
  }

  /** {@code latency 1650 ms · tokens 170 in / 95 out · cost $0.0034}; what the service did not give is {@code unknown}. */
  public static String metrics(TurnMetrics m) {
    if (m == null) {
      return "none reported";
    }
    List<String> parts = new ArrayList<>();
    parts.add("latency " + (m.latencyMs() == null ? "unknown" : m.latencyMs() + " ms"));
    if (m.tokens() != null) {
      parts.add("tokens " + n(m.tokens().input()) + " in / " + n(m.tokens().output()) + " out");
    }
    parts.add("cost " + Scores.dollars(m.costUsd()));
    return String.join(" · ", parts);
  }

  /** {@code text} followed by spaces up to {@code width} characters, as {@code %-<width>s} does. */
  private static String padded(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static int length(List<Message> messages) {
    int n = 0;
    if (messages != null) {
      for (Message m : messages) {
        n += m == null || m.content() == null ? 0 : Math.min(m.content().length(), Text.MAX_LENGTH + 100) + 16;
      }
    }
    return n;
  }

  private static String n(Long v) {
    return v == null ? "unknown" : v.toString();
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? "(none)" : s;
  }
}
