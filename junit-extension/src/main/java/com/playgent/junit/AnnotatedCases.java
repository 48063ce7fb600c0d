package com.playgent.junit;

import com.playgent.junit.internal.RunNodes;
import com.playgent.junit.internal.RunsContext;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.internal.PlaygentSession;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@link PlaygentCase} into a {@link PlaygentRuns}, and starts a method's runs ahead of time. */
final class AnnotatedCases {
  private AnnotatedCases() {}

  static Optional<PlaygentCase> of(Method method) {
    return AnnotationSupport.findAnnotation(method, PlaygentCase.class);
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
    return runs;
  }

  static String origin(Method method) {
    return "@PlaygentCase " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
  }

  /** Starts the runs an annotated method declares; anything wrong is left for the method itself to report. */
  static void prestart(Method method, PlaygentSettings settings, PlaygentSession session) {
    Optional<PlaygentCase> annotation = of(method);
    if (annotation.isEmpty()) {
      return;
    }
    try {
      RunsContext context = new RunsContext(settings, session, method.getDeclaringClass().getName(), method.getName(),
          origin(method), null);
      PlaygentRuns runs = apply(annotation.get(), new PlaygentRuns(context));
      RunNodes.start(runs.spec(), settings, session, origin(method));
    } catch (RuntimeException reportedLaterByTheMethod) {
      // The factory validates again and reports the problem on its own node.
    }
  }
}
