package com.playgent.maven;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.project.MavenProject;

/**
 * The emulators started by {@code emulator-start}, by project, so {@code emulator-stop} of the same
 * project closes the same one, also in a parallel reactor build. The plugin context holds it too;
 * this registry covers builds where the context is not shared between the two executions.
 */
final class EmulatorRegistry {
  /** The plugin-context key the running emulator is stored under. */
  static final String CONTEXT_KEY = "playgent.emulator";

  private static final Map<String, AutoCloseable> RUNNING = new ConcurrentHashMap<>();

  private EmulatorRegistry() {}

  static String key(MavenProject project) {
    return project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion() + "@"
        + project.getBasedir();
  }

  /** Registers {@code emulator} unless one is already running for the project; returns the running one. */
  static AutoCloseable putIfAbsent(MavenProject project, AutoCloseable emulator) {
    return RUNNING.putIfAbsent(key(project), emulator);
  }

  static AutoCloseable get(MavenProject project) {
    return RUNNING.get(key(project));
  }

  static AutoCloseable remove(MavenProject project) {
    return RUNNING.remove(key(project));
  }
}
