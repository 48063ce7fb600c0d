package com.playgent.emulator.fault;

import com.playgent.emulator.FaultRule;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parse the fault syntax shared by {@code --fault} and world files.
 *
 * <pre>
 *   ROUTE:ACTION[:TRIGGER]        e.g. GET /v1/runs/{run_id}:status=503:every=2
 *   stuck_running=TEST_CASE_ID    e.g. stuck_running=tc_xyz789
 * </pre>
 *
 * ACTION is one of {@code status=N[:retry_after=S]}, {@code throttle=S}, {@code delay=MS}, {@code truncate},
 * {@code malformed}, {@code drop}, {@code reset}, {@code hang}, {@code malformed_field=PATH},
 * {@code long_output=CHARS}, {@code pad=BYTES}, and, last because their values may hold colons,
 * {@code redirect=LOCATION} or {@code replace_field=PATH=VALUE};
 * TRIGGER is one of {@code always} (default), {@code first=N}, {@code nth=N}, {@code every=N},
 * {@code p=P[:seed=S]}.
 */
public final class FaultSpec {
  /** Actions whose value runs to the end of the spec. */
  private static final List<String> LAST_ACTIONS = List.of("redirect", "replace_field");
  private static final String ACTIONS = "status=N, throttle=S, delay=MS, truncate, malformed, drop, reset, hang, "
      + "malformed_field=PATH, long_output=CHARS, pad=BYTES, redirect=LOCATION, replace_field=PATH=VALUE";

  private FaultSpec() {}

  /** Parse one rule in the command-line syntax. */
  public static FaultRule parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("Empty fault spec");
    }
    String s = spec.strip();
    if (s.startsWith("stuck_running=")) {
      return FaultRule.stuckRunning(value(s, s.substring("stuck_running=".length()), "stuck_running"));
    }
    // Everything after redirect= or replace_field= is its value, colons included (a URL has some).
    String last = null;
    int cut = -1;
    for (String action : LAST_ACTIONS) {
      int at = s.indexOf(":" + action + "=");
      if (at >= 0 && (cut < 0 || at < cut)) {
        cut = at;
        last = action;
      }
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (last != null) {
      options.put(last, s.substring(cut + last.length() + 2));
      s = s.substring(0, cut);
    }
    String[] parts = s.split(":");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].strip();
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq).strip();
      String val = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (options.put(key, val) != null) {
        throw new IllegalArgumentException("Fault spec '" + spec + "' repeats option '" + key + "'");
      }
    }
    return build(spec, parts[0].strip(), options);
  }

  /**
   * Parse one rule given as a map (a world file's {@code faults} entry), for example
   * {@code {"route": "POST /v1/runs", "status": 503, "every": 2}}. Boolean actions take
   * {@code true}; {@code {"stuck_running": "tc_x"}} needs no route.
   */
  public static FaultRule fromMap(Map<String, Object> map) {
    Map<String, String> options = new LinkedHashMap<>();
    String route = null;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      Object v = e.getValue();
      if (e.getKey().equals("route")) {
        route = String.valueOf(v);
      } else if (e.getKey().equals("stuck_running")) {
        return FaultRule.stuckRunning(String.valueOf(v));
      } else if (Boolean.TRUE.equals(v)) {
        options.put(e.getKey(), "");
      } else if (Boolean.FALSE.equals(v)) {
        continue;
      } else {
        options.put(e.getKey(), String.valueOf(v));
      }
    }
    if (route == null) {
      throw new IllegalArgumentException("Fault " + map + " needs a 'route' (or 'stuck_running')");
    }
    return build(map.toString(), route, options);
  }

  private static FaultRule build(String spec, String route, Map<String, String> options) {
    FaultRule.Builder b = FaultRule.on(route);
    String seed = options.remove("seed");
    if (options.containsKey("first")) {
      b.firstN(intValue(spec, options.remove("first"), "first"));
    } else if (options.containsKey("nth")) {
      b.nth(intValue(spec, options.remove("nth"), "nth"));
    } else if (options.containsKey("every")) {
      b.everyNth(intValue(spec, options.remove("every"), "every"));
    } else if (options.containsKey("p")) {
      b.probability(Double.parseDouble(value(spec, options.remove("p"), "p")),
          seed == null ? 0L : Long.parseLong(seed));
    } else {
      options.remove("always");
    }
    String retryAfter = options.remove("retry_after");
    if (options.size() != 1) {
      throw new IllegalArgumentException("Fault spec '" + spec + "' needs exactly one action"
          + " (" + ACTIONS + "), but has " + (options.isEmpty() ? "none" : String.join(", ", options.keySet())));
    }
    Map.Entry<String, String> action = options.entrySet().iterator().next();
    String key = action.getKey();
    return switch (key) {
      case "status" -> b.respond(intValue(spec, action.getValue(), key),
          retryAfter == null ? null : Duration.ofSeconds(intValue(spec, retryAfter, "retry_after")));
      case "throttle" -> b.throttle(Duration.ofSeconds(intValue(spec, action.getValue(), key)));
      case "delay" -> b.delay(Duration.ofMillis(intValue(spec, action.getValue(), key)));
      case "truncate" -> b.truncateBody();
      case "malformed" -> b.malformedBody();
      case "drop" -> b.dropConnection();
      case "reset" -> b.resetMidBody();
      case "hang" -> b.hang();
      case "malformed_field" -> b.malformedField(value(spec, action.getValue(), key));
      case "long_output" -> b.longOutput(longValue(spec, action.getValue(), key));
      case "pad" -> b.padBody(longValue(spec, action.getValue(), key));
      case "redirect" -> b.redirect(value(spec, action.getValue(), key));
      case "replace_field" -> replaceField(b, spec, value(spec, action.getValue(), key));
      default -> throw new IllegalArgumentException("Fault spec '" + spec + "' has unknown option '"
          + key + "'");
    };
  }

  /** {@code PATH=VALUE}: the value may be empty or hold further {@code =} signs. */
  private static FaultRule replaceField(FaultRule.Builder b, String spec, String pathAndValue) {
    int eq = pathAndValue.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("Fault spec '" + spec + "': replace_field needs PATH=VALUE, such as "
          + "replace_field=run_id=../../pwned_run, but was '" + pathAndValue + "'");
    }
    return b.replaceField(pathAndValue.substring(0, eq).strip(), pathAndValue.substring(eq + 1));
  }

  private static long longValue(String spec, String v, String key) {
    try {
      return Long.parseLong(value(spec, v, key).replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Fault spec '" + spec + "': " + key
          + " needs a whole number, but was '" + v + "'", e);
    }
  }

  private static int intValue(String spec, String v, String key) {
    try {
      return Integer.parseInt(value(spec, v, key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Fault spec '" + spec + "': " + key
          + " needs an integer, but was '" + v + "'", e);
    }
  }

  private static String value(String spec, String v, String key) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("Fault spec '" + spec + "': " + key + " needs a value");
    }
    return v.strip();
  }
}
