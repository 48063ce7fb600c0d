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
 * @param thresholds client-side scorer minimums, may be empty
 * @param baseUrl the API base URL, for links to the run and trace
 */
public record TurnReport(
    String runId,
    EntityRef testCase,
    EntityRef agent,
    TurnResult turn,
    int position,
    Collection<ScorerThreshold> thresholds,
    String baseUrl) {

  private static final int TITLE_LENGTH = 60;

  public TurnReport {
    thresholds = List.copyOf(thresholds);
  }

  /** The 1-based turn number people read: {@code turn_index + 1}. */
  public int number() {
    return (turn.turnIndex() == null ? position : turn.turnIndex()) + 1;
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
    return caseLabel + " › turn " + number() + (title.isEmpty() ? "" : ": " + title);
  }

  /** A link to this run and turn: {@code <base>/runs/<run_id>#turn-<n>}. */
  public String link() {
    return baseUrl + "/runs/" + runId + "#turn-" + number();
  }

  /** {@code turn 2 failed: faithfulness 0.31, answer_relevancy 0.71} (scores low to high). */
  public String headline() {
    TurnVerdict v = verdict();
    String scores = scorersLowFirst().stream()
        .map(e -> e.getKey() + " " + Scores.format(e.getValue().score()))
        .collect(Collectors.joining(", "));
    String state = v.passed() ? "passed" : v.serverPassed() ? "failed a client-side threshold" : "failed";
    return "turn " + number() + " " + state + (scores.isEmpty() ? "" : ": " + scores);
  }

  /**
   * The full block: headline, then test case and run, expected behaviour, input, output, every
   * scorer with score and reasoning, metrics, trace. No stack frames, no secrets.
   */
  public String block() {
    StringBuilder b = new StringBuilder(512 + length(turn.input()) + length(turn.output()));
    b.append(headline()).append('\n');
    for (String violation : verdict().thresholdViolations()) {
      b.append("  ! ").append(Text.printable(violation)).append('\n');
    }
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
    b.append("  scorers:\n");
    Map<String, ScorerOutput> scorers = turn.evaluationOrEmpty().scorers();
    if (scorers.isEmpty()) {
      b.append("    (none reported)\n");
    }
    int width = scorers.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, ScorerOutput> e : scorers.entrySet()) {
      ScorerOutput s = e.getValue() == null ? new ScorerOutput(null, null) : e.getValue();
      b.append("    ").append(mark(e.getKey(), s)).append(' ')
          .append(padded(Text.printable(e.getKey()), Math.max(1, width)))
          .append("  ").append(Scores.format(s.score()))
          .append("  ").append(Text.printable(orNone(Text.cut(s.reasoning(), runId))).replace("\n", "\n      "))
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

  /** Key/value pairs for JUnit report entries: one per scorer plus run, turn, metrics and trace. */
  public Map<String, String> reportEntries() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("playgent.run", runId);
    entries.put("playgent.turn", String.valueOf(number()));
    entries.put("playgent.verdict", verdict().passed() ? "passed" : "failed");
    turn.evaluationOrEmpty().scorers().forEach((name, s) -> entries.put("scorer." + name,
        (s == null ? "n/a" : Scores.format(s.score()) + " — " + Text.oneLine(orNone(s.reasoning()), 500))));
    entries.put("metrics", metrics(turn.metrics()));
    if (turn.traceId() != null) {
      entries.put("trace", turn.traceId());
    }
    entries.put("link", link());
    return entries;
  }

  private String mark(String name, ScorerOutput s) {
    for (ScorerThreshold t : thresholds) {
      if (t.scorer().equals(name)) {
        return s.score() != null && t.admits(s.score()) ? "✓" : "✗";
      }
    }
    if (s.pass() != null) {
      return s.pass() ? "✓" : "✗";
    }
    return "·";
  }

  private List<Map.Entry<String, ScorerOutput>> scorersLowFirst() {
    List<Map.Entry<String, ScorerOutput>> list = new ArrayList<>(turn.evaluationOrEmpty().scorers().entrySet());
    list.removeIf(e -> e.getValue() == null);
    list.sort(Comparator.comparing(e -> e.getValue().score() == null ? -1 : e.getValue().score()));
    return list;
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

  static String metrics(TurnMetrics m) {
    if (m == null) {
      return "none reported";
    }
    List<String> parts = new ArrayList<>();
    parts.add("latency " + (m.latencyMs() == null ? "n/a" : m.latencyMs() + " ms"));
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
    return v == null ? "n/a" : v.toString();
  }

  private static String orNone(String s) {
    return s == null || s.isBlank() ? "(none)" : s;
  }
}
