package com.playgent.junit;

import org.apiguardian.api.API;
import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.SelectorResolutionResult;
import org.junit.platform.launcher.LauncherDiscoveryListener;

/**
 * Refuses a class-level {@link PlaygentCase} that nothing would report: without
 * {@link PlaygentSuite} the class has no factory, JUnit would find no test in it, and the
 * declaration would pass silently. Registered through {@code META-INF/services}; sees the classes
 * that Surefire, IDEs and the Console Launcher select.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlaygentDiscoveryListener implements LauncherDiscoveryListener {
  @Override
  public void selectorProcessed(UniqueId engineId, DiscoverySelector selector, SelectorResolutionResult result) {
    if (!(selector instanceof ClassSelector cs)) {
      return;
    }
    Class<?> type;
    try {
      type = cs.getJavaClass();
    } catch (RuntimeException | LinkageError notLoadable) {
      return; // the engine reports that itself
    }
    if (AnnotationSupport.isAnnotated(type, PlaygentCase.class) && !PlaygentSuite.class.isAssignableFrom(type)) {
      throw new PreconditionViolationException("@PlaygentCase on class " + type.getSimpleName() + " declares Playgent"
          + " test cases that nothing reports: write class " + type.getSimpleName() + " implements PlaygentSuite, or"
          + " put @PlaygentCase on a factory method of the class");
    }
  }
}
