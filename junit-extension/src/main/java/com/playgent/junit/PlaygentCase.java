package com.playgent.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares the Playgent test cases a test class or a factory method reports. On a class that
 * implements {@link PlaygentSuite}, nothing else is needed:
 *
 * <pre>{@code
 * @PlaygentCase({"tc_refund_policy", "tc_escalation"})
 * class RefundTest implements PlaygentSuite {}
 * }</pre>
 *
 * <p>On a method, the method is a {@code @TestFactory} that takes the pre-filled
 * {@link PlaygentRuns} and returns its {@link PlaygentRuns#stream()}, for classes that mix several
 * declarations or program their own:
 *
 * <pre>{@code
 * @PlaygentCase("tc_xyz789")
 * Stream<DynamicNode> refundFlow(PlaygentRuns runs) {
 *   return runs.stream();
 * }
 * }</pre>
 *
 * <p>Returning {@code runs} itself works too ({@link PlaygentRuns} is an {@code Iterable} of nodes),
 * but JUnit 5.13+ then logs that it cannot check the declared return type before running.
 *
 * <p>Give exactly one of {@link #value()} (test case ids, one run each), {@link #tags()} (one run
 * over every test case with any of the tags) or {@link #run()} (report an existing run).
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestFactory
@ExtendWith(PlaygentExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface PlaygentCase {
  /** Test case ids, e.g. {@code "tc_xyz789"}; each becomes its own run. */
  String[] value() default {};

  /** Tags; one run covers every test case that has any of them. */
  String[] tags() default {};

  /** An existing run id ({@code run_...}) to report instead of starting a run. */
  String run() default "";

  /** Agent id to run against instead of the test case's own agent. */
  String agent() default "";

  /** Client-side scorer limits for these turns, e.g. {@code "faithfulness >= 0.8"} or {@code "toxicity <= 0.2"}. */
  String[] thresholds() default {};

  /**
   * Turns known to fail, e.g. {@code "2"} or {@code "tc_xyz789:2"} (1-based). Such a turn that fails
   * is reported as skipped with its full failure text; one that passes fails, so the list stays true.
   */
  String[] knownFailingTurns() default {};

  /** {@code true}: a selection that matches no test case is skipped instead of failing. */
  boolean allowEmpty() default false;

  /**
   * Runs per test case (or tag selection), e.g. {@code 5}: each repeat is a run of its own, all started
   * together; each turn is reported once and passes when at least {@link #minPasses()} repeats passed
   * it. A turn whose repeats disagree is marked flaky. {@code 0} (the default) means not set here:
   * {@code playgent.repeats} applies, else 1.
   */
  int repeats() default 0;

  /**
   * Repeats a turn must pass, from 1 to {@link #repeats()}. {@code 0} (the default) means not set here:
   * {@code playgent.min-passes} applies, else every repeat must pass.
   */
  int minPasses() default 0;
}
