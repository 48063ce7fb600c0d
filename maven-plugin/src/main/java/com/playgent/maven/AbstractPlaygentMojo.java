package com.playgent.maven;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Playgent goal shares: {@code skip}, the output directory the JUnit extension and the
 * {@code run} goal write and {@code report} and {@code check} read, and reading the shared
 * {@code playgent.*} settings through core's {@link SettingsReader}, as the extension reads them.
 */
public abstract class AbstractPlaygentMojo extends AbstractMojo {
  /**
   * Skips the goal. Example: {@code mvn verify -Dplaygent.skip}.
   */
  @Parameter(property = SettingKeys.SKIP, defaultValue = "false")
  protected boolean skip;

  /**
   * The directory holding {@code sessions/<session>.json}, {@code runs.jsonl} and
   * {@code runs/<run_id>.json}. Example: {@code -Dplaygent.output-dir=target/playgent-nightly}.
   */
  @Parameter(property = SettingKeys.OUTPUT_DIR, defaultValue = "${project.build.directory}/playgent")
  protected File outputDir;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Playgent " + goal() + ": " + SettingKeys.SKIP + " is true");
      return;
    }
    executeGoal();
  }

  /** The goal's name for log lines, e.g. {@code check}. */
  protected abstract String goal();

  protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

  /**
   * Puts this goal's values of shared settings under their keys; a goal with more shared
   * parameters adds them and calls this.
   */
  protected void settingValues(Map<String, String> values) {
    put(values, SettingKeys.OUTPUT_DIR, outputDir);
  }

  /**
   * The shared settings of this goal: its parameters (whatever {@code -D}, the POM or a project
   * property gave them), then the environment, then core's defaults, parsed by core as the JUnit
   * extension parses its configuration parameters.
   */
  protected PlaygentSettings settings() throws MojoExecutionException {
    Map<String, String> values = new HashMap<>();
    settingValues(values);
    try {
      return SettingsReader.of(SettingSource.of(values)).read();
    } catch (PlaygentConfigurationException e) {
      throw new MojoExecutionException("Invalid Playgent configuration of playgent:" + goal() + ": " + e.getMessage(),
          e);
    }
  }

  /** Puts a parameter's value, if it has one: a file as its path, a list joined with commas. */
  protected static void put(Map<String, String> values, String key, Object value) {
    if (value instanceof List<?> list) {
      List<String> parts = Params.split(list.stream().map(v -> v == null ? null : v.toString()).toList());
      if (!parts.isEmpty()) {
        values.put(key, String.join(",", parts));
      }
    } else if (value != null) {
      values.put(key, value.toString());
    }
  }
}
