package com.playgent.junit;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's own emulator ({@code @EmulatedPlaygent}, the emulator's JUnit hook), found without
 * depending on the emulator: by the annotation's name, and by the base URL its hook publishes in the
 * class's store under namespace {@value #NAMESPACE}, key {@value #BASE_URL}. Such a class's runs go to
 * that emulator; they start when the class runs, not with the plan, as it does not exist before.
 */
final class ClassEmulator {
  static final String ANNOTATION = "com.playgent.emulator.junit.EmulatedPlaygent";
  static final String NAMESPACE = "com.playgent.emulator";
  static final String BASE_URL = "base-url";

  private ClassEmulator() {}

  static boolean declaredOn(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      for (Annotation a : c.getAnnotations()) {
        if (a.annotationType().getName().equals(ANNOTATION)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The base URL of the class's emulator, once its hook has started it; else null. */
  static String baseUrl(ExtensionContext context) {
    return context.getStore(ExtensionContext.Namespace.create(NAMESPACE)).get(BASE_URL, String.class);
  }
}
