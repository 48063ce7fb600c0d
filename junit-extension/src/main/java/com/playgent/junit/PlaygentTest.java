package com.playgent.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class whose {@link PlaygentCase} methods, or {@code @TestFactory} methods taking a
 * {@link PlaygentRuns}, report Playgent runs turn by turn. Attributes are class-wide defaults;
 * empty means "not set here" (see {@link PlaygentConfig} for the order of precedence).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PlaygentExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface PlaygentTest {
  /** Agent id every run of this class uses instead of the test case's own agent. */
  String agent() default "";

  /** Base URL of the API, e.g. {@code http://127.0.0.1:8787/v1} for a local emulator. */
  String baseUrl() default "";

  /** How long to wait for one run, e.g. {@code 90s} or {@code PT2M}. */
  String timeout() default "";

  /** Client-side scorer limits applied to every turn, e.g. {@code "faithfulness >= 0.8"} or {@code "toxicity <= 0.2"}. */
  String[] thresholds() default {};
}
