package com.playgent.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inject the base URL of the class's emulator, for example {@code http://127.0.0.1:41234/v1},
 * into a {@code String} parameter of a test class annotated {@link EmulatedPlaygent}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EmulatorBaseUrl {}
