package com.playgent.maven;

import com.playgent.emulator.PlaygentEmulator;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Stops the emulator {@code emulator-start} started for this project and withdraws the
 * {@code playgent.base-url} properties it set. Without a running emulator it says so and does nothing.
 */
@Mojo(name = "emulator-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class EmulatorStopMojo extends AbstractPlaygentMojo {
  @Override
  protected String goal() {
    return "emulator-stop";
  }

  @Override
  protected void executeGoal() throws MojoExecutionException {
    @SuppressWarnings("unchecked")
    Map<String, Object> context = getPluginContext();
    Object fromContext = context == null ? null : context.remove(EmulatorRegistry.CONTEXT_KEY);
    AutoCloseable registered = EmulatorRegistry.remove(project);
    Object emulator = registered != null ? registered : fromContext;
    if (!(emulator instanceof PlaygentEmulator e)) {
      getLog().info("No Playgent emulator is running for this project: nothing to stop");
      return;
    }
    String url = e.baseUrl();
    // What the service side saw: the requests of every test JVM (and fork) of this build, and how many it refused.
    String served = e.stats().totalRequests() + " requests, " + e.stats().runsCreated() + " runs, "
        + e.stats().rateLimited() + " answered 429";
    try {
      e.close();
    } catch (RuntimeException ex) {
      throw new MojoExecutionException("Cannot stop the Playgent emulator at " + url + ": " + ex.getMessage(), ex);
    }
    if (url.equals(project.getProperties().getProperty(EmulatorStartMojo.BASE_URL_PROPERTY))) {
      project.getProperties().remove(EmulatorStartMojo.BASE_URL_PROPERTY);
    }
    if (url.equals(System.getProperty(EmulatorStartMojo.BASE_URL_PROPERTY))) {
      System.clearProperty(EmulatorStartMojo.BASE_URL_PROPERTY);
    }
    getLog().info("Playgent emulator at " + url + " stopped (" + served + ")");
  }
}
