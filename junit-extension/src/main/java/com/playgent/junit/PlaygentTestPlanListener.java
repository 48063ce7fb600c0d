package com.playgent.junit;

import com.playgent.junit.internal.PlanSummary;
import com.playgent.junit.internal.Settings;
import com.playgent.junit.internal.SettingsResolver;
import java.lang.reflect.Method;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts every declared Playgent run when the test plan starts, so the suite takes about as long
 * as its slowest run; prints one summary line when the plan ends. Registered through
 * {@code META-INF/services}; silent in plans without Playgent tests. Never fails a plan: a
 * problem found here is reported by the test method itself.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlaygentTestPlanListener implements TestExecutionListener {
  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
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

  private static void prestart(TestPlan plan, TestIdentifier id) {
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
    if (AnnotatedCases.of(method).isEmpty()) {
      return;
    }
    Class<?> testClass = ms.getJavaClass();
    try {
      Settings settings = SettingsResolver.of(key -> plan.getConfigurationParameters().get(key))
          .resolve(AnnotationSupport.findAnnotation(testClass, PlaygentTest.class).orElse(null));
      if (settings.prestart()) {
        AnnotatedCases.prestart(testClass, method, settings);
      }
    } catch (RuntimeException invalidSettingsAreReportedByTheTest) {
      // left to the factory
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    PlanSummary.print(System.out);
  }
}
