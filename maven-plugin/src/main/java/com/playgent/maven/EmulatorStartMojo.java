package com.playgent.maven;

import com.playgent.core.settings.SettingKeys;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.io.File;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the Playgent emulator inside the build, on {@code 127.0.0.1}, and publishes its URL as the
 * project property and the system property {@value #BASE_URL_PROPERTY}, so later goals
 * ({@code playgent:run}) and Surefire/Failsafe ({@code <systemPropertyVariables>}) use it: tests and
 * samples run with no account and no network. Stop it with {@code emulator-stop}.
 *
 * <pre>{@code
 * <execution>
 *   <id>emulator</id>
 *   <goals><goal>emulator-start</goal><goal>emulator-stop</goal></goals>
 * </execution>
 * }</pre>
 */
@Mojo(name = "emulator-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class EmulatorStartMojo extends AbstractPlaygentMojo {
  /** The property the emulator's base URL is published under. */
  public static final String BASE_URL_PROPERTY = SettingKeys.BASE_URL;

  /** The port; 0 picks a free one. Example: {@code -Dplaygent.emulator.port=8089}. */
  @Parameter(property = SettingKeys.EMULATOR_PORT, defaultValue = "0")
  private int port;

  /**
   * A world file (JSON or YAML: agents, test cases, canned turns) instead of the default world.
   * Example: {@code <world>${project.basedir}/src/test/playgent/world.json</world>}.
   */
  @Parameter(property = SettingKeys.EMULATOR_WORLD)
  private File world;

  /**
   * The one API key the emulator accepts; by default it accepts any non-empty key. Example:
   * {@code -Dplaygent.emulator.api-key=test-key}.
   */
  @Parameter(property = SettingKeys.EMULATOR_API_KEY)
  private String apiKey;

  /**
   * Requests per minute before the emulator answers 429; 0 keeps its default. Example:
   * {@code -Dplaygent.emulator.rate-limit-per-minute=60}.
   */
  @Parameter(property = SettingKeys.EMULATOR_RATE_LIMIT, defaultValue = "0")
  private int rateLimitPerMinute;

  /**
   * Skips only the emulator, e.g. in a profile that runs the same tests against the hosted service
   * when {@code PLAYGENT_API_KEY} is set. Example: {@code -Dplaygent.emulator.skip}.
   */
  @Parameter(property = SettingKeys.EMULATOR_SKIP, defaultValue = "false")
  private boolean skipEmulator;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Override
  protected String goal() {
    return "emulator-start";
  }

  @Override
  protected void executeGoal() throws MojoExecutionException {
    if (skipEmulator) {
      getLog().info("Skipping the Playgent emulator: " + SettingKeys.EMULATOR_SKIP + " is true; tests use "
          + "PLAYGENT_BASE_URL / playgent.base-url or the hosted service");
      return;
    }
    AutoCloseable running = EmulatorRegistry.get(project);
    if (running instanceof PlaygentEmulator e) {
      getLog().info("Playgent emulator already running for this project at " + e.baseUrl() + "; reusing it");
      publish(e.baseUrl());
      return;
    }
    if (port < 0 || port > 65535) {
      throw new MojoExecutionException(SettingKeys.EMULATOR_PORT + " must be within 0..65535 (0 picks a free port), "
          + "was " + port);
    }
    EmulatorConfig.Builder config = EmulatorConfig.builder().port(port);
    try {
      if (world != null) {
        if (!world.isFile()) {
          throw new MojoExecutionException(SettingKeys.EMULATOR_WORLD + " " + world + " is not a file: point it at a "
              + "JSON "
              + "or YAML world file, or leave it unset for the default world");
        }
        config.world(World.fromFile(world.toPath()));
      } else {
        config.world(World.defaultWorld());
      }
      if (apiKey != null && !apiKey.isBlank()) {
        config.apiKey(apiKey);
      }
      if (rateLimitPerMinute > 0) {
        config.rateLimitPerMinute(rateLimitPerMinute);
      }
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Cannot configure the Playgent emulator: " + e.getMessage(), e);
    }
    PlaygentEmulator emulator;
    try {
      emulator = PlaygentEmulator.start(config.build());
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Cannot start the Playgent emulator on port " + port + ": " + e.getMessage(), e);
    }
    AutoCloseable raced = EmulatorRegistry.putIfAbsent(project, emulator);
    if (raced != null) {
      emulator.close();
      throw new MojoExecutionException("Another emulator-start of this project started an emulator at the same time");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> context = getPluginContext();
    if (context != null) {
      context.put(EmulatorRegistry.CONTEXT_KEY, emulator);
    }
    getLog().info("Playgent emulator started at " + emulator.baseUrl() + " (" + (world == null ? "default world"
        : "world " + world) + ")");
    publish(emulator.baseUrl());
  }

  private void publish(String url) {
    project.getProperties().setProperty(BASE_URL_PROPERTY, url);
    System.setProperty(BASE_URL_PROPERTY, url);
    // Surefire and Failsafe hand the session's user properties to their forked test JVMs.
    if (session != null) {
      session.getUserProperties().setProperty(BASE_URL_PROPERTY, url);
    }
    getLog().info(BASE_URL_PROPERTY + " = " + url + " (project, user and system property: Surefire and Failsafe pass "
        + "it to the tests)");
  }
}
