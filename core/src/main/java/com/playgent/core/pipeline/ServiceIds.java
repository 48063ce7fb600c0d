package com.playgent.core.pipeline;

import com.playgent.client.PlaygentResponseException;
import com.playgent.client.model.CaseResult;
import com.playgent.client.model.Run;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for ids: run, test case, agent and trace ids that the service (or a recording of
 * it) hands out, and run ids a user pins. An id goes into URLs, file names and links, so it is 1 to
 * {@value #MAX_LENGTH} letters, digits, {@code _}, {@code -} and {@code .}, without {@code ..};
 * documented ids are a prefix and six letters and digits ({@code run_def456}). Ids are checked
 * where they come in, before any of them is used; an id that breaks the rule fails its unit with
 * the id, the reason and the request it came from.
 */
public final class ServiceIds {
  /** The longest id taken. */
  public static final int MAX_LENGTH = 128;
  private static final String RULE = "(ids are letters, digits, '_', '-' and '.', without '..')";

  private ServiceIds() {}

  /** Null when {@code id} is an id; otherwise why not, e.g. {@code it contains '/', '..' and '?'}. */
  public static String whyNot(String id) {
    if (id == null || id.isEmpty()) {
      return "it is empty";
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < id.length(); ) {
      int c = id.codePointAt(i);
      boolean dots = id.startsWith("..", i);
      String bad = dots ? "'..'" : allowed(c) ? null : shown(c);
      if (bad != null && !found.contains(bad)) {
        found.add(bad);
      }
      i += dots ? 2 : Character.charCount(c);
    }
    List<String> reasons = new ArrayList<>();
    if (!found.isEmpty()) {
      reasons.add("it contains " + enumeration(found));
    }
    if (id.length() > MAX_LENGTH) {
      reasons.add("it is " + id.length() + " characters long (at most " + MAX_LENGTH + ")");
    }
    return reasons.isEmpty() ? null : String.join(" and ", reasons);
  }

  public static boolean isId(String id) {
    return whyNot(id) == null;
  }

  /**
   * A run id given by the user (a pinned run), checked by the same rule.
   *
   * @return why it is not an id, with the rule, or null when it is one
   */
  public static String problemWithGiven(String what, String id) {
    String why = whyNot(id);
    return why == null ? null : what + " " + quoted(id) + " is not an id: " + why + " " + RULE;
  }

  /** The {@code run_id} a create answered with; the exception names it and why it is not an id. */
  static void checkCreated(String runId) {
    String why = whyNot(runId);
    if (why != null) {
      throw invalid("the service answered POST /v1/runs with", "run_id", runId, why,
          ". The run it started was not fetched.");
    }
  }

  /**
   * Every id of a fetched or recorded run: its run id (the one asked for, when one was), its test
   * cases', its agent's and its turns' traces.
   *
   * @param source how the message names where the run came from, e.g. {@code the service answered GET /v1/runs/run_x with}
   * @param asked the run id that was asked for, or null
   */
  static Run checkRun(Run run, String source, String asked) {
    if (run.runId() == null) {
      throw new PlaygentResponseException(source + " no run_id", null, "$.run_id", null);
    }
    check(source, "run_id", run.runId());
    if (asked != null && !asked.equals(run.runId())) {
      throw new PlaygentResponseException(source + " run_id " + quoted(run.runId()) + ": another run than "
          + asked + ", the one asked for", null, "$.run_id", null);
    }
    if (run.testCase() != null) {
      check(source, "test_case.id", run.testCase().id());
    }
    if (run.agent() != null) {
      check(source, "agent.id", run.agent().id());
    }
    traces(source, "turns", run.turns());
    List<CaseResult> cases = run.testCases() == null ? List.of() : run.testCases();
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i) != null) {
        check(source, "test_cases[" + i + "].id", cases.get(i).id());
        traces(source, "test_cases[" + i + "].turns", cases.get(i).turns());
      }
    }
    return run;
  }

  private static void traces(String source, String path, List<TurnResult> turns) {
    if (turns == null) {
      return;
    }
    for (int i = 0; i < turns.size(); i++) {
      if (turns.get(i) != null) {
        check(source, path + "[" + i + "].trace_id", turns.get(i).traceId());
      }
    }
  }

  /** An optional id: absent is fine, present must be an id. */
  private static void check(String source, String field, String id) {
    String why = id == null ? null : whyNot(id);
    if (why != null) {
      throw invalid(source, field, id, why, "");
    }
  }

  private static PlaygentResponseException invalid(String source, String field, String id, String why, String then) {
    return new PlaygentResponseException(source + " " + field + " " + quoted(id) + ", which is not an id: " + why
        + " " + RULE + then, null, "$." + field, null);
  }

  /** The id in quotes, control characters made visible, a long one cut. */
  private static String quoted(String id) {
    String shown = id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) + "…" : id;
    return "'" + Text.printable(shown) + "'";
  }

  /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b' and 'c'}. */
  private static String enumeration(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  private static boolean allowed(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.';
  }

  /** {@code '/'}, or {@code U+000A} for a character that does not show. */
  private static String shown(int c) {
    return Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
        ? String.format("U+%04X", c) : "'" + new String(Character.toChars(c)) + "'";
  }
}
