package com.playgent.emulator;

import com.playgent.emulator.fault.FaultSpec;
import com.playgent.emulator.fault.Trigger;
import com.playgent.emulator.http.Routes;
import java.time.Duration;
import java.util.Objects;

/**
 * Describe one injected fault: which route it applies to, when it fires and what it does.
 *
 * <pre>{@code
 * emulator.faults().add(FaultRule.on("GET /v1/runs/{run_id}").everyNth(3).respond(503));
 * emulator.faults().add(FaultRule.on("POST /v1/runs").firstN(1).dropConnection());
 * emulator.faults().add(FaultRule.stuckRunning("tc_xyz789"));
 * emulator.faults().add(FaultRule.on("POST /v1/runs").replaceField("run_id", "run_a/../../admin?x=1#y"));
 * }</pre>
 *
 * <p>A {@link Kind#STATUS}, {@link Kind#THROTTLE} or {@link Kind#REDIRECT} fault answers instead of
 * the route (the request is not processed).
 * Every other kind lets the route process the request and then spoils or delays the answer.
 */
public final class FaultRule {
  /** Route value that matches every {@code /v1} route. */
  public static final String ANY_ROUTE = "*";

  /** What a fault does. */
  public enum Kind {
    /** Answer with a status code and the documented error body (optional {@code Retry-After}). */
    STATUS,
    /**
     * Answer 429 as a token-bucket service does: {@code Retry-After} an HTTP date, with
     * {@code X-RateLimit-Remaining: 0} and {@code X-RateLimit-Reset} at that same date.
     */
    THROTTLE,
    /** Wait before sending the response headers. */
    DELAY,
    /** Send the whole body but promise more bytes in {@code Content-Length}, then close. */
    TRUNCATE_BODY,
    /** Send JSON cut in the middle, with a matching {@code Content-Length}. */
    MALFORMED_BODY,
    /** Close the connection after reading the request, before any response byte. */
    DROP_CONNECTION,
    /** Send headers and half the body, then close the connection. */
    RESET_MID_BODY,
    /** Never answer; the connection stays open until the emulator closes. */
    HANG,
    /** Corrupt one field of the JSON body (change its JSON type). */
    MALFORMED_FIELD,
    /** Keep runs of one test case in {@code running} forever (not tied to a route). */
    STUCK_RUNNING,
    /** Answer {@code 307 Temporary Redirect} with a {@code Location}, e.g. on another host. */
    REDIRECT,
    /** Set one field of the JSON body to a string, e.g. an id with {@code / ? #} or {@code ..}. */
    REPLACE_FIELD,
    /** Make the content of every output message of every turn a text of a given length. */
    LONG_OUTPUT,
    /** Add a {@code padding} field to the JSON body so that it has a given number of bytes. */
    PAD_BODY
  }

  private final String route;
  private final Trigger trigger;
  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final Duration delay;
  private final String target;
  private final String value;
  private final long size;

  private FaultRule(String route, Trigger trigger, Kind kind, int status, Duration retryAfter,
      Duration delay, String target) {
    this(route, trigger, kind, status, retryAfter, delay, target, null, 0);
  }

  private FaultRule(String route, Trigger trigger, Kind kind, int status, Duration retryAfter,
      Duration delay, String target, String value, long size) {
    this.route = route;
    this.trigger = trigger;
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.target = target;
    this.value = value;
    this.size = size;
  }

  /**
   * Start a rule for {@code route}, written as {@code "METHOD /v1/path"} with the path's
   * parameters in braces (for example {@code "GET /v1/runs/{run_id}"}), or {@value #ANY_ROUTE}.
   */
  public static Builder on(String route) {
    Objects.requireNonNull(route, "route");
    String normalized = route.trim().replaceAll("\\s+", " ");
    if (!ANY_ROUTE.equals(normalized) && !Routes.KNOWN.contains(normalized)) {
      throw new IllegalArgumentException("Unknown fault route '" + route + "'. Use one of "
          + String.join(", ", Routes.KNOWN) + " or " + ANY_ROUTE);
    }
    return new Builder(normalized);
  }

  /** Keep every run that contains {@code testCaseId} in {@code running} while this rule is set. */
  public static FaultRule stuckRunning(String testCaseId) {
    Objects.requireNonNull(testCaseId, "testCaseId");
    return new FaultRule(ANY_ROUTE, Trigger.always(), Kind.STUCK_RUNNING, 0, null, null, testCaseId);
  }

  /**
   * Parse the command-line syntax, for example {@code "GET /v1/runs/{run_id}:status=503:every=2"}
   * or {@code "stuck_running=tc_xyz789"}. The syntax is documented in the emulator README.
   */
  public static FaultRule parse(String spec) {
    return FaultSpec.parse(spec);
  }

  /** Return the route this rule applies to, or {@value #ANY_ROUTE}. */
  public String route() {
    return route;
  }

  /** Return what this rule does. */
  public Kind kind() {
    return kind;
  }

  /**
   * Return the status code of a {@link Kind#STATUS} rule, 429 for a {@link Kind#THROTTLE} rule, 307
   * for a {@link Kind#REDIRECT} rule, else 0.
   */
  public int status() {
    return status;
  }

  /**
   * Return the {@code Retry-After} of a {@link Kind#STATUS} rule or the pause of a {@link Kind#THROTTLE}
   * rule, else {@code null}.
   */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Return the delay of a {@link Kind#DELAY} rule, or {@code null}. */
  public Duration delay() {
    return delay;
  }

  /**
   * Return the field path of a {@link Kind#MALFORMED_FIELD} or {@link Kind#REPLACE_FIELD} rule, the
   * test case id of a {@link Kind#STUCK_RUNNING} rule or the {@code Location} of a
   * {@link Kind#REDIRECT} rule, else {@code null}.
   */
  public String target() {
    return target;
  }

  /** Return the string a {@link Kind#REPLACE_FIELD} rule puts in its field, else {@code null}. */
  public String value() {
    return value;
  }

  /**
   * Return the characters of each output of a {@link Kind#LONG_OUTPUT} rule or the bytes of the
   * body of a {@link Kind#PAD_BODY} rule, else 0.
   */
  public long size() {
    return size;
  }

  /** Return whether this rule applies to {@code routeKey}. */
  public boolean matches(String routeKey) {
    return kind != Kind.STUCK_RUNNING && (ANY_ROUTE.equals(route) || route.equals(routeKey));
  }

  /** Count one matching request and return whether the rule fires for it. */
  public boolean fire() {
    return trigger.fire();
  }

  /** Render the rule in the command-line syntax. */
  @Override
  public String toString() {
    if (kind == Kind.STUCK_RUNNING) {
      return "stuck_running=" + target;
    }
    // A Location or a field's value may hold colons, so these actions come last, after the trigger.
    if (kind == Kind.REDIRECT) {
      return route + ":" + trigger + ":redirect=" + target;
    }
    if (kind == Kind.REPLACE_FIELD) {
      return route + ":" + trigger + ":replace_field=" + target + "=" + value;
    }
    String action = switch (kind) {
      case STATUS -> "status=" + status + (retryAfter == null ? "" : ":retry_after=" + retryAfter.toSeconds());
      case THROTTLE -> "throttle=" + retryAfter.toSeconds();
      case DELAY -> "delay=" + delay.toMillis();
      case TRUNCATE_BODY -> "truncate";
      case MALFORMED_BODY -> "malformed";
      case DROP_CONNECTION -> "drop";
      case RESET_MID_BODY -> "reset";
      case HANG -> "hang";
      case MALFORMED_FIELD -> "malformed_field=" + target;
      case LONG_OUTPUT -> "long_output=" + size;
      case PAD_BODY -> "pad=" + size;
      case STUCK_RUNNING, REDIRECT, REPLACE_FIELD -> throw new AssertionError();
    };
    return route + ":" + action + ":" + trigger;
  }

  /** Choose when the fault fires, then what it does. */
  public static final class Builder {
    private final String route;
    private Trigger trigger = Trigger.always();

    private Builder(String route) {
      this.route = route;
    }

    /** Fire on every matching request (the default). */
    public Builder always() {
      trigger = Trigger.always();
      return this;
    }

    /** Fire on the first {@code n} matching requests. */
    public Builder firstN(int n) {
      trigger = Trigger.firstN(n);
      return this;
    }

    /** Fire on the {@code n}-th matching request only. */
    public Builder nth(int n) {
      trigger = Trigger.nth(n);
      return this;
    }

    /** Fire on every {@code n}-th matching request. */
    public Builder everyNth(int n) {
      trigger = Trigger.everyNth(n);
      return this;
    }

    /** Fire with probability {@code p}, reproducibly for a given {@code seed}. */
    public Builder probability(double p, long seed) {
      trigger = Trigger.probability(p, seed);
      return this;
    }

    /** Answer with {@code status} and the documented error body. */
    public FaultRule respond(int status) {
      return respond(status, null);
    }

    /** Answer with {@code status}, the documented error body and a {@code Retry-After} header. */
    public FaultRule respond(int status, Duration retryAfter) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("respond requires a status in 100..599, but was " + status);
      }
      return new FaultRule(route, trigger, Kind.STATUS, status, retryAfter, null, null);
    }

    /**
     * Answer 429 {@code rate_limit_exceeded} as a token-bucket service does, asking for a
     * {@code pause}: {@code Retry-After} is an HTTP date {@code pause} after the answer,
     * {@code X-RateLimit-Remaining} is 0 and {@code X-RateLimit-Reset} is that same date. An HTTP
     * date has whole seconds only, so the answer waits for the next whole second (up to 1 s), which
     * makes the date exactly {@code pause} after it.
     */
    public FaultRule throttle(Duration pause) {
      Objects.requireNonNull(pause, "pause");
      if (pause.getNano() != 0 || pause.getSeconds() < 1) {
        throw new IllegalArgumentException("throttle requires a whole number of seconds >= 1 (an HTTP date has"
            + " no fractions), but was " + pause + ". Use for example Duration.ofSeconds(2).");
      }
      return new FaultRule(route, trigger, Kind.THROTTLE, 429, pause, null, null);
    }

    /** Wait {@code delay} before answering. */
    public FaultRule delay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      return new FaultRule(route, trigger, Kind.DELAY, 0, null, delay, null);
    }

    /** Promise more body bytes than are sent, then close the connection. */
    public FaultRule truncateBody() {
      return new FaultRule(route, trigger, Kind.TRUNCATE_BODY, 0, null, null, null);
    }

    /** Send the JSON body cut in the middle, with a matching {@code Content-Length}. */
    public FaultRule malformedBody() {
      return new FaultRule(route, trigger, Kind.MALFORMED_BODY, 0, null, null, null);
    }

    /** Close the connection without answering. */
    public FaultRule dropConnection() {
      return new FaultRule(route, trigger, Kind.DROP_CONNECTION, 0, null, null, null);
    }

    /** Send half the body, then close the connection. */
    public FaultRule resetMidBody() {
      return new FaultRule(route, trigger, Kind.RESET_MID_BODY, 0, null, null, null);
    }

    /** Never answer until the emulator closes. */
    public FaultRule hang() {
      return new FaultRule(route, trigger, Kind.HANG, 0, null, null, null);
    }

    /**
     * Corrupt the field at {@code path} (dot-separated, for example {@code metrics.latency_ms}):
     * a number or boolean becomes a string, a string becomes a number, an object or array becomes
     * a string. The path is looked up from the body root and, failing that, in every element of
     * {@code turns}.
     */
    public FaultRule malformedField(String path) {
      Objects.requireNonNull(path, "path");
      return new FaultRule(route, trigger, Kind.MALFORMED_FIELD, 0, null, null, path);
    }

    /**
     * Answer {@code 307 Temporary Redirect} to {@code location} instead of handling the request,
     * for example {@code http://localhost:4011/v1/runs/run_x} (another host) or a path on this one.
     */
    public FaultRule redirect(String location) {
      Objects.requireNonNull(location, "location");
      if (location.isBlank()) {
        throw new IllegalArgumentException("redirect requires a Location, such as http://localhost:4011/v1/runs/run_x");
      }
      return new FaultRule(route, trigger, Kind.REDIRECT, 307, null, null, location.strip());
    }

    /**
     * Set the field at {@code path} (looked up as for {@link #malformedField(String)}) to the string
     * {@code value}, for example {@code replaceField("run_id", "../../../../pwned_run")}.
     */
    public FaultRule replaceField(String path, String value) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
      return new FaultRule(route, trigger, Kind.REPLACE_FIELD, 0, null, null, path, value, 0);
    }

    /**
     * Make the content of every output message of every turn in the body (in {@code turns} and in
     * each of {@code test_cases}) a readable text of exactly {@code characters} characters.
     */
    public FaultRule longOutput(long characters) {
      if (characters < 1 || characters > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("longOutput requires 1.." + (Integer.MAX_VALUE - 16)
            + " characters, but was " + characters);
      }
      return new FaultRule(route, trigger, Kind.LONG_OUTPUT, 0, null, null, null, null, characters);
    }

    /**
     * Add a {@code padding} string field to the JSON body so that the body has exactly
     * {@code bytes} bytes (or stays as it is when it is already longer).
     */
    public FaultRule padBody(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("padBody requires 1.." + (Integer.MAX_VALUE - 16) + " bytes, but was "
            + bytes);
      }
      return new FaultRule(route, trigger, Kind.PAD_BODY, 0, null, null, null, null, bytes);
    }
  }
}
