package com.playgent.junit;

import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.internal.ExtensionSettings;
import com.playgent.junit.internal.PlaygentSession;
import java.lang.reflect.Method;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts, when the test plan starts, the runs of every {@code @PlaygentCase} factory that will
 * execute, so the suite takes about as long as its slowest run. A disabled factory starts nothing;
 * one behind a condition that cannot be judged before execution, or of a class with its own emulator
 * ({@code @EmulatedPlaygent}, which starts with the class), starts its runs itself when it executes.
 * A factory the launcher selected only in part starts only what that part needs. Never fails a plan:
 * a problem found here is reported by the factory itself.
 */
final class PlanStartListener implements TestExecutionListener {
  private final PlaygentSession session;

  PlanStartListener(PlaygentSession session) {
    this.session = session;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    session.awaitPrepared();
    try {
      for (TestIdentifier root : plan.getRoots()) {
        for (TestIdentifier id : plan.getDescendants(root)) {
          prestart(plan, id);
        }
      }
    } catch (RuntimeException | LinkageError ignored) {
      // Pre-starting is an optimisation; the factories start whatever is still missing.
    }
  }

  private void prestart(TestPlan plan, TestIdentifier id) {
    TestSource source = id.getSource().orElse(null);
    if (!(source instanceof MethodSource ms)) {
      return;
    }
    Method method;
    try {
      method = ms.getJavaMethod();
    } catch (RuntimeException e) {
      return;
    }
    Class<?> testClass = ms.getJavaClass();
    if (AnnotatedCases.of(testClass, method).isEmpty() || !FactoryConditions.willRun(testClass, method)
        || ClassEmulator.declaredOn(testClass)) {
      return;
    }
    try {
      PlaygentSettings settings = ExtensionSettings.read(key -> plan.getConfigurationParameters().get(key),
          AnnotationSupport.findAnnotation(testClass, PlaygentTest.class).orElse(null), System::getenv, null, session,
          testClass.getClassLoader());
      if (settings.prestart()) {
        AnnotatedCases.prestart(testClass, method, settings, session, id.getUniqueId());
      }
    } catch (RuntimeException invalidSettingsAreReportedByTheTest) {
      // left to the factory
    }
  }
}
