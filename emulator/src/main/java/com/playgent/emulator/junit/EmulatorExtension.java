package com.playgent.emulator.junit;

import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContextException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Start the emulator of an {@link EmulatedPlaygent} class once, keep it in the class's store
 * (JUnit closes it after the class) and resolve {@link PlaygentEmulator} and
 * {@link EmulatorBaseUrl} parameters. Registered by the annotation; not for direct use.
 *
 * <p>Its base URL is also published in the class's store under namespace {@value #SHARED_NAMESPACE},
 * key {@value #BASE_URL_KEY}: the Playgent JUnit extension reads it there, so a class with both
 * {@code @EmulatedPlaygent} and {@code @PlaygentTest} reports runs of its own emulator.
 */
final class EmulatorExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(EmulatorExtension.class);
  private static final String KEY = "emulator";
  static final String SHARED_NAMESPACE = "com.playgent.emulator";
  static final String BASE_URL_KEY = "base-url";

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PlaygentEmulator.class
        || (type == String.class && parameter.isAnnotated(EmulatorBaseUrl.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    PlaygentEmulator emulator = emulator(context);
    return parameter.getParameter().getType() == PlaygentEmulator.class ? emulator : emulator.baseUrl();
  }

  private static PlaygentEmulator emulator(ExtensionContext context) {
    ExtensionContext owner = owner(context);
    EmulatedPlaygent settings = AnnotationSupport
        .findAnnotation(owner.getRequiredTestClass(), EmulatedPlaygent.class).orElseThrow();
    PlaygentEmulator emulator = owner.getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, k -> start(settings, owner.getRequiredTestClass()), PlaygentEmulator.class);
    owner.getStore(ExtensionContext.Namespace.create(SHARED_NAMESPACE)).put(BASE_URL_KEY, emulator.baseUrl());
    return emulator;
  }

  /** Find the class-level context of the nearest class carrying the annotation. */
  private static ExtensionContext owner(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      ExtensionContext c = current.get();
      boolean classLevel = c.getTestMethod().isEmpty() && c.getTestClass().isPresent();
      if (classLevel && AnnotationSupport.isAnnotated(c.getRequiredTestClass(), EmulatedPlaygent.class)) {
        return c;
      }
      current = c.getParent();
    }
    throw new ParameterResolutionException("@EmulatedPlaygent requires that the test class (or an"
        + " enclosing class) be annotated with @EmulatedPlaygent. Add it to the class.");
  }

  private static PlaygentEmulator start(EmulatedPlaygent settings, Class<?> testClass) {
    if (settings.rateLimitPerMinute() < 0) {
      throw new ExtensionContextException("@EmulatedPlaygent requires that rateLimitPerMinute be"
          + " >= 0, but was " + settings.rateLimitPerMinute() + ". Use 0 for the default (1000).");
    }
    EmulatorConfig.Builder b = EmulatorConfig.builder();
    if (!settings.world().isEmpty()) {
      b.world(World.fromResource(settings.world(), testClass.getClassLoader()));
    }
    if (!settings.apiKey().isEmpty()) {
      b.apiKey(settings.apiKey());
    }
    if (settings.rateLimitPerMinute() > 0) {
      b.rateLimitPerMinute(settings.rateLimitPerMinute());
    }
    return PlaygentEmulator.start(b.build());
  }
}
