package com.playgent.maven;

import com.playgent.core.session.SessionFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * The report over every module of the reactor, in the manner of {@code jacoco:report-aggregate}:
 * reads {@code target/playgent} of each module that has sessions (and {@code playgent.inputs}, when
 * given) and writes one merged report into this project's report directory. Run it from the
 * aggregator (parent) POM after the modules' tests, e.g. {@code mvn verify playgent:report-aggregate},
 * or bind it in a module that depends on the others so that it runs last. The checks of a merge
 * apply: a unit in two modules' sessions or a missing shard is said loudly.
 */
@Mojo(name = "report-aggregate", defaultPhase = LifecyclePhase.VERIFY, aggregator = true, threadSafe = true)
public class ReportAggregateMojo extends ReportMojo {

  @Override
  protected String goal() {
    return "report-aggregate";
  }

  @Override
  protected List<Path> inputDirs() throws MojoExecutionException {
    List<Path> dirs = new ArrayList<>();
    List<String> without = new ArrayList<>();
    List<MavenProject> projects = session != null && session.getProjects() != null ? session.getProjects()
        : List.of(project);
    for (MavenProject p : projects) {
      Path dir = Path.of(p.getBuild().getDirectory()).resolve("playgent");
      if (Files.isDirectory(dir.resolve(SessionFiles.DIR_NAME))) {
        dirs.add(dir);
      } else {
        without.add(p.getArtifactId());
      }
    }
    List<Path> given = super.inputDirs();
    if (given != null) {
      given.stream().filter(d -> !dirs.contains(d)).forEach(dirs::add);
    }
    if (!without.isEmpty()) {
      getLog().info("Playgent report-aggregate: no sessions in " + String.join(", ", without)
          + " (modules without Playgent tests, or not tested yet)");
    }
    if (dirs.isEmpty()) {
      throw new MojoExecutionException("Playgent report-aggregate found no module with Playgent sessions among "
          + projects.size() + " reactor projects (looked for target/playgent/sessions in each). Run it after the "
          + "modules' tests, e.g. mvn verify playgent:report-aggregate from the aggregator POM.");
    }
    return dirs;
  }
}
