package com.playgent.emulator.fault;

import com.playgent.emulator.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hold the faults that fired for one request: at most one answer in place of the route's, at most
 * one connection-level fault, any number of body edits, and the summed delay.
 *
 * @param status the fired {@link FaultRule.Kind#STATUS}, {@link FaultRule.Kind#THROTTLE} or
 *     {@link FaultRule.Kind#REDIRECT} rule, or {@code null}
 * @param connection the fired connection/body fault (truncate, malformed, drop, reset, hang), or {@code null}
 * @param bodyEdits the fired rules that change the JSON body (malformed or replaced fields, long
 *     outputs, padding), in the order they were added
 * @param delay total added delay
 */
public record FaultPlan(FaultRule status, FaultRule connection, List<FaultRule> bodyEdits, Duration delay) {
  /** The plan for a request no fault fired on. */
  public static final FaultPlan NONE = new FaultPlan(null, null, List.of(), Duration.ZERO);

  /**
   * Check {@code rules} in order for a request to {@code route}; every matching rule counts the
   * request, whether or not an earlier rule fired.
   *
   * @param onFire called once per fired rule
   */
  public static FaultPlan evaluate(List<FaultRule> rules, String route, Runnable onFire) {
    FaultRule status = null;
    FaultRule connection = null;
    List<FaultRule> edits = new ArrayList<>();
    Duration delay = Duration.ZERO;
    for (FaultRule r : rules) {
      if (!r.matches(route) || !r.fire()) {
        continue;
      }
      onFire.run();
      switch (r.kind()) {
        case STATUS, THROTTLE, REDIRECT -> status = status == null ? r : status;
        case DELAY -> delay = delay.plus(r.delay());
        case MALFORMED_FIELD, REPLACE_FIELD, LONG_OUTPUT, PAD_BODY -> edits.add(r);
        case STUCK_RUNNING -> { }
        default -> connection = connection == null ? r : connection;
      }
    }
    if (status == null && connection == null && edits.isEmpty() && delay.isZero()) {
      return NONE;
    }
    return new FaultPlan(status, connection, List.copyOf(edits), delay);
  }

  /** Return this plan with {@code more} added to its delay. */
  public FaultPlan delayedBy(Duration more) {
    return more.isZero() ? this : new FaultPlan(status, connection, bodyEdits, delay.plus(more));
  }

  /** Return the rule that replaced or spoiled the answer (status first, then connection), or {@code null}. */
  public FaultRule shaping() {
    return status != null ? status : connection;
  }
}
