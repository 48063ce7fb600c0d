package com.playgent.emulator.fault;

import com.playgent.emulator.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Hold the faults that fired for one request: at most one status answer, at most one
 * connection-level fault, any number of corrupted fields, and the summed delay.
 *
 * @param status the fired {@link FaultRule.Kind#STATUS} or {@link FaultRule.Kind#THROTTLE} rule, or {@code null}
 * @param connection the fired connection/body fault (truncate, malformed, drop, reset, hang), or {@code null}
 * @param malformedFields field paths to corrupt
 * @param delay total added delay
 */
public record FaultPlan(FaultRule status, FaultRule connection, List<String> malformedFields, Duration delay) {
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
    List<String> fields = new ArrayList<>();
    Duration delay = Duration.ZERO;
    for (FaultRule r : rules) {
      if (!r.matches(route) || !r.fire()) {
        continue;
      }
      onFire.run();
      switch (r.kind()) {
        case STATUS, THROTTLE -> status = status == null ? r : status;
        case DELAY -> delay = delay.plus(r.delay());
        case MALFORMED_FIELD -> fields.add(r.target());
        case STUCK_RUNNING -> { }
        default -> connection = connection == null ? r : connection;
      }
    }
    if (status == null && connection == null && fields.isEmpty() && delay.isZero()) {
      return NONE;
    }
    return new FaultPlan(status, connection, List.copyOf(fields), delay);
  }

  /** Return this plan with {@code more} added to its delay. */
  public FaultPlan delayedBy(Duration more) {
    return more.isZero() ? this : new FaultPlan(status, connection, malformedFields, delay.plus(more));
  }

  /** Return the rule that replaced or spoiled the answer (status first, then connection), or {@code null}. */
  public FaultRule shaping() {
    return status != null ? status : connection;
  }
}
