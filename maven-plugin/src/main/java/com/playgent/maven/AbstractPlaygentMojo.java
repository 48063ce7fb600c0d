package com.playgent.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Playgent goal shares: {@code skip} and the {@code target/playgent} directory the
 * JUnit extension and the {@code run} goal write and {@code report} and {@code check} read.
 */
public abstract class AbstractPlaygentMojo extends AbstractMojo {
  /**
   * Skips the goal. Example: {@code mvn verify -Dplaygent.skip}.
   */
  @Parameter(property = "playgent.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * The directory holding {@code runs.jsonl} and {@code runs/<run_id>.json}. Example:
   * {@code <playgentDirectory>${project.build.directory}/playgent</playgentDirectory>}.
   */
  @Parameter(property = "playgent.directory", defaultValue = "${project.build.directory}/playgent")
  protected File playgentDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Playgent " + goal() + ": playgent.skip is true");
      return;
    }
    executeGoal();
  }

  /** The goal's name for log lines, e.g. {@code check}. */
  protected abstract String goal();

  protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;
}
