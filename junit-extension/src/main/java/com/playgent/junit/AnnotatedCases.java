package com.playgent.junit;

import com.playgent.junit.internal.RunNodes;
import com.playgent.junit.internal.RunsContext;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.internal.PlaygentSession;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Reads {@link PlaygentCase} into a {@link PlaygentRuns}, from a factory method or, for the
 * {@link PlaygentSuite} factory, from the test class; and starts a declaration's runs ahead of time.
 */
final class AnnotatedCases {
  private AnnotatedCases() {}

  /** The declaration a factory of {@code testClass} reports, if it has one. */
  static Optional<PlaygentCase> of(Class<?> testClass, Method method) {
    Optional<PlaygentCase> own = AnnotationSupport.findAnnotation(method, PlaygentCase.class);
    if (own.isPresent() || !isSuiteFactory(method)) {
      return own;
    }
    return AnnotationSupport.findAnnotation(testClass, PlaygentCase.class);
  }

  /** The factory {@link PlaygentSuite} supplies. */
  static boolean isSuiteFactory(Method method) {
    return method.getDeclaringClass() == PlaygentSuite.class;
  }

  static PlaygentRuns apply(PlaygentCase annotation, PlaygentRuns runs) {
    if (annotation.value().length > 0) {
      runs.testCases(annotation.value());
    }
    if (annotation.tags().length > 0) {
      runs.tags(annotation.tags());
    }
    if (!annotation.run().isBlank()) {
      runs.run(annotation.run());
    }
    if (!annotation.agent().isBlank()) {
      runs.agent(annotation.agent());
    }
    for (String t : annotation.thresholds()) {
      runs.threshold(t);
    }
    if (annotation.knownFailingTurns().length > 0) {
      runs.knownFailingTurns(annotation.knownFailingTurns());
    }
    if (annotation.allowEmpty()) {
      runs.allowEmpty();
    }
    if (annotation.repeats() != 0) {
      runs.repeats(annotation.repeats());
    }
    if (annotation.minPasses() != 0) {
      runs.minPasses(annotation.minPasses());
    }
    return runs;
  }

  /** {@code @PlaygentCase RefundTest.refund()}, or {@code @PlaygentCase RefundTest} for the class form. */
  static String origin(Class<?> testClass, Method method) {
    return "@PlaygentCase " + (isSuiteFactory(method) ? testClass.getSimpleName()
        : method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()");
  }

  /**
   * Where an IDE jumps from a run's container: the factory method ({@code method:}), or for the
   * {@link PlaygentSuite} factory the test class ({@code class:}), which declares the cases.
   */
  static URI source(Class<?> testClass, Method method) {
    try {
      if (isSuiteFactory(method)) {
        return new URI("class", testClass.getName(), null);
      }
      String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
          .collect(Collectors.joining(","));
      return new URI("method", testClass.getName(), method.getName() + "(" + parameters + ")");
    } catch (URISyntaxException e) {
      return null; // the run's own link stands in
    }
  }

  /** Starts the runs an annotated method declares; anything wrong is left for the method itself to report. */
  static void prestart(Class<?> testClass, Method method, PlaygentSettings settings, PlaygentSession session,
      String uniqueId) {
    Optional<PlaygentCase> annotation = of(testClass, method);
    if (annotation.isEmpty()) {
      return;
    }
    try {
      RunsContext context = new RunsContext(settings, session, testClass.getName(), method.getName(),
          origin(testClass, method), uniqueId, source(testClass, method));
      PlaygentRuns runs = apply(annotation.get(), new PlaygentRuns(context));
      RunNodes.start(runs.spec(), context);
    } catch (RuntimeException reportedLaterByTheMethod) {
      // The factory validates again and reports the problem on its own node.
    }
  }
}
