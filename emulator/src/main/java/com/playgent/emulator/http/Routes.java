package com.playgent.emulator.http;

import java.util.List;

/**
 * Name the routes the emulator knows and match request paths to them. Route keys have the form
 * {@code "METHOD /path/{param}"}; they are what stats and fault rules use.
 */
public final class Routes {
  /** {@code POST /v1/runs}. */
  public static final String CREATE_RUN = "POST /v1/runs";
  /** {@code GET /v1/runs/{run_id}}. */
  public static final String GET_RUN = "GET /v1/runs/{run_id}";
  /** {@code POST /v1/evaluate}. */
  public static final String EVALUATE = "POST /v1/evaluate";
  /** {@code POST /v1/agents}. */
  public static final String CREATE_AGENT = "POST /v1/agents";
  /** {@code POST /v1/test-cases}. */
  public static final String CREATE_TEST_CASE = "POST /v1/test-cases";
  /** Emulator extension: {@code GET /v1/agents/{agent_id}}. */
  public static final String GET_AGENT = "GET /v1/agents/{agent_id}";
  /** Emulator extension: {@code GET /v1/test-cases/{test_case_id}}. */
  public static final String GET_TEST_CASE = "GET /v1/test-cases/{test_case_id}";
  /** Emulator extension: {@code GET /v1/test-cases?tag=...}. */
  public static final String LIST_TEST_CASES = "GET /v1/test-cases";
  /** Emulator extension: {@code GET /_emulator/stats} (no auth, no rate limit). */
  public static final String STATS = "GET /_emulator/stats";

  /** Every route served, in the order the README lists them. */
  public static final List<String> KNOWN = List.of(CREATE_RUN, GET_RUN, EVALUATE, CREATE_AGENT,
      CREATE_TEST_CASE, GET_AGENT, GET_TEST_CASE, LIST_TEST_CASES, STATS);

  /** Documented routes the emulator does not serve (answered 404 with a clear message). */
  static final List<String> NOT_EMULATED = List.of("POST /v1/test-cases/generate",
      "POST /v1/traces", "POST /v1/traces/{trace_id}/spans", "PATCH /v1/spans/{span_id}",
      "GET /v1/traces/{trace_id}", "POST /v1/scorers", "POST /v1/optimize/prompt");

  private Routes() {}

  /**
   * Match a request.
   *
   * @param route the route key, or {@code "METHOD (unmatched)"}
   * @param param the path parameter, or {@code null}
   * @param served whether the emulator serves the route
   */
  public record Match(String route, String param, boolean served) {}

  /** Match {@code method} and the encoded {@code path}. */
  public static Match match(String method, String path) {
    String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] seg = p.split("/");
    // seg[0] is "" for a leading slash
    if (seg.length == 3 && seg[1].equals("_emulator") && seg[2].equals("stats")) {
      return served(method, "/_emulator/stats", null);
    }
    if (seg.length < 3 || !seg[1].equals("v1")) {
      return new Match(method + " (unmatched)", null, false);
    }
    String base = "/v1/" + seg[2];
    if (seg.length == 3) {
      return served(method, base, null);
    }
    if (seg.length == 4) {
      String template = switch (seg[2]) {
        case "runs" -> "/v1/runs/{run_id}";
        case "agents" -> "/v1/agents/{agent_id}";
        case "test-cases" -> seg[3].equals("generate") ? "/v1/test-cases/generate" : "/v1/test-cases/{test_case_id}";
        case "traces" -> "/v1/traces/{trace_id}";
        case "spans" -> "/v1/spans/{span_id}";
        case "optimize" -> "/v1/optimize/" + seg[3];
        default -> null;
      };
      if (template != null) {
        return served(method, template, template.contains("{") ? seg[3] : null);
      }
    }
    if (seg.length == 5 && seg[2].equals("traces") && seg[4].equals("spans")) {
      return served(method, "/v1/traces/{trace_id}/spans", seg[3]);
    }
    return new Match(method + " (unmatched)", null, false);
  }

  private static Match served(String method, String template, String param) {
    String key = method + " " + template;
    if (KNOWN.contains(key)) {
      return new Match(key, param, true);
    }
    if (NOT_EMULATED.contains(key)) {
      return new Match(key, param, false);
    }
    return new Match(method + " (unmatched)", null, false);
  }
}
