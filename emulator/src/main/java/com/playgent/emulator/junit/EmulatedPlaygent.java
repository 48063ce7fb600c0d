package com.playgent.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Start one Playgent emulator for the annotated test class and close it after the class. Test
 * methods, constructors and lifecycle methods can declare a {@code PlaygentEmulator} parameter
 * or a {@code String} parameter annotated {@link EmulatorBaseUrl}.
 *
 * <pre>{@code
 * @EmulatedPlaygent(world = "worlds/refunds.yaml", apiKey = "test-key")
 * class RefundTest {
 *   @Test
 *   void runs(@EmulatorBaseUrl String baseUrl, PlaygentEmulator emulator) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EmulatorExtension.class)
public @interface EmulatedPlaygent {
  /** Class-path resource of the world file ({@code .json}, {@code .yaml}, {@code .yml}); empty = default world. */
  String world() default "";

  /** The only accepted API key; empty = any non-blank key. */
  String apiKey() default "";

  /** Requests allowed per minute; 0 = the default (1000). */
  int rateLimitPerMinute() default 0;
}
