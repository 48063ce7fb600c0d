package com.playgent.junit;

import com.playgent.core.settings.Mode;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.junit.internal.ExtensionSettings;
import com.playgent.junit.internal.JUnitOutcomes;
import com.playgent.junit.internal.PlaygentSession;
import com.playgent.junit.internal.RepeatedTurnExecutable;
import com.playgent.junit.internal.RunsContext;
import com.playgent.junit.internal.BaselineTurnExecutable;
import com.playgent.junit.internal.TurnExecutable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Registered by {@link PlaygentTest} and {@link PlaygentCase}: injects {@link PlaygentRuns} and
 * {@link PlaygentEvaluator}, checks that an annotated factory really returns its runs, and
 * publishes each turn's scores as report entries from the turn's own context (so IDEs show them
 * under the turn).
 */
final class PlaygentExtension implements ParameterResolver, InvocationInterceptor {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlaygentExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == PlaygentRuns.class || type == PlaygentEvaluator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == PlaygentEvaluator.class) {
      return evaluator(context);
    }
    Method method = context.getRequiredTestMethod();
    Class<?> testClass = context.getRequiredTestClass();
    try {
      PlaygentSettings settings = settings(context);
      Optional<PlaygentCase> declared = AnnotatedCases.of(testClass, method);
      String origin = declared.isPresent() ? AnnotatedCases.origin(testClass, method)
          : method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
      RunsContext runsContext = new RunsContext(settings, PlaygentSession.of(context),
          context.getRequiredTestClass().getName(), method.getName(), origin, context.getUniqueId(),
          AnnotatedCases.source(testClass, method), context::publishReportEntry);
      PlaygentRuns runs = new PlaygentRuns(runsContext);
      declared.ifPresent(a -> AnnotatedCases.apply(a, runs));
      return runs;
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  /** An evaluator with the class's base URL and key, sharing its runs' client. */
  private static PlaygentEvaluator evaluator(ExtensionContext context) {
    try {
      PlaygentSettings settings = settings(context);
      PlaygentSession session = PlaygentSession.of(context);
      return PlaygentEvaluator.of(() -> session.pipeline(settings).client());
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
  }

  /** A test that takes a {@link PlaygentEvaluator} honours {@code on-unavailable=skip} like the runs do. */
  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    boolean evaluates = invocationContext.getArguments().stream().anyMatch(a -> a instanceof PlaygentEvaluator);
    if (evaluates && settings(context).mode() == Mode.REPLAY) {
      // Replay has no service to ask, and an evaluation is not a recorded run: a visible skip, not a failure.
      invocation.skip();
      throw new TestAbortedException("skipped in " + SettingKeys.MODE + "=replay: a local evaluation asks the service"
          + " each time and has no recording; run it live or in record mode");
    }
    try {
      invocation.proceed();
    } catch (Throwable e) {
      throw evaluates ? JUnitOutcomes.forPlainTest(e, settings(context)) : e;
    }
  }

  @Override
  public <T> T interceptTestFactoryMethod(
      Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    Method method = invocationContext.getExecutable();
    Class<?> testClass = context.getRequiredTestClass();
    if (AnnotatedCases.isSuiteFactory(method) && AnnotatedCases.of(testClass, method).isEmpty()) {
      invocation.skip();
      throw new IllegalStateException(testClass.getSimpleName() + " implements PlaygentSuite but declares no Playgent"
          + " test case: annotate the class with @PlaygentCase(\"tc_...\") (or tags = ... or run = \"run_...\")");
    }
    if (AnnotatedCases.of(testClass, method).isEmpty()) {
      return invocation.proceed();
    }
    PlaygentRuns runs = (PlaygentRuns) invocationContext.getArguments().stream()
        .filter(a -> a instanceof PlaygentRuns).findFirst().orElse(null);
    if (runs == null) {
      invocation.skip();
      throw new IllegalStateException(AnnotatedCases.origin(testClass, method) + " must take a PlaygentRuns parameter and return"
          + " its stream(), e.g. Stream<DynamicNode> " + method.getName() + "(PlaygentRuns runs) { return runs.stream(); }");
    }
    T result = invocation.proceed();
    if (result != runs && !runs.streamed()) {
      throw new IllegalStateException(AnnotatedCases.origin(testClass, method) + " returned " + describe(result)
          + " instead of its PlaygentRuns parameter: return runs.stream() so its turns are reported");
    }
    return result;
  }

  @Override
  public void interceptDynamicTest(
      Invocation<Void> invocation, DynamicTestInvocationContext invocationContext, ExtensionContext context)
      throws Throwable {
    if (invocationContext.getExecutable() instanceof TurnExecutable turn) {
      context.publishReportEntry(turn.reportEntries());
    } else if (invocationContext.getExecutable() instanceof BaselineTurnExecutable turn) {
      context.publishReportEntry(turn.reportEntries());
    } else if (invocationContext.getExecutable() instanceof RepeatedTurnExecutable turn) {
      context.publishReportEntry(turn.reportEntries());
    }
    invocation.proceed();
  }

  /**
   * The class's settings, read once per class and kept with the class's context; with the base URL
   * of the class's own emulator ({@code @EmulatedPlaygent}) or of the session's embedded one.
   */
  static PlaygentSettings settings(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(testClass.getName(),
        k -> ExtensionSettings.read(context::getConfigurationParameter,
            AnnotationSupport.findAnnotation(testClass, PlaygentTest.class).orElse(null), System::getenv,
            ClassEmulator.baseUrl(context), PlaygentSession.of(context), testClass.getClassLoader()),
        PlaygentSettings.class);
  }

  private static String describe(Object result) {
    if (result == null) {
      return "null";
    }
    if (result instanceof Object[] array) {
      return "an array of " + array.length + " (" + Arrays.toString(array) + ")";
    }
    return "a " + result.getClass().getSimpleName();
  }
}
