package com.playgent.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Whether a factory will execute, judged before the plan runs so that no run is paid for a test
 * that will not execute: {@code @Disabled} on the method or any enclosing class says no; any other
 * execution condition ({@code @EnabledIf...}, {@code @DisabledOn...}, a custom one) cannot be
 * judged here, so such a factory starts its runs itself, when it executes.
 */
final class FactoryConditions {
  private FactoryConditions() {}

  static boolean willRun(Class<?> testClass, Method method) {
    if (hasCondition(method)) {
      return false;
    }
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      if (hasCondition(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasCondition(AnnotatedElement element) {
    if (AnnotationSupport.isAnnotated(element, Disabled.class)) {
      return true;
    }
    return AnnotationSupport.findRepeatableAnnotations(element, ExtendWith.class).stream()
        .flatMap(e -> java.util.Arrays.stream(e.value()))
        .anyMatch(ExecutionCondition.class::isAssignableFrom);
  }
}
