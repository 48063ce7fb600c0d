package com.playgent.maven.merge;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.settings.SettingKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code playgent.inputs}: output directories to merge, comma separated, each a directory or a glob
 * ({@code shards/*}{@code /playgent}, {@code **}{@code /target/playgent}) relative to the project's base
 * directory. A glob matches directories that hold a {@code sessions} directory; a glob that matches
 * none, or a named directory without sessions, is an error naming it.
 */
public final class InputDirs {
  private InputDirs() {}

  public static List<Path> resolve(String spec, Path baseDir) {
    Set<Path> dirs = new LinkedHashSet<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      if (isGlob(p)) {
        List<Path> hits = glob(p, baseDir);
        if (hits.isEmpty()) {
          throw new PlaygentConfigurationException(SettingKeys.INPUTS + " pattern '" + p + "' matches no directory "
              + "with a " + SessionFiles.DIR_NAME + "/ directory under " + baseDir + ". Check the path the shard "
              + "outputs were downloaded to (each input is a playgent output directory holding sessions/).");
        }
        dirs.addAll(hits);
      } else {
        Path dir = baseDir.resolve(p).normalize();
        if (!Files.isDirectory(dir.resolve(SessionFiles.DIR_NAME))) {
          throw new PlaygentConfigurationException(SettingKeys.INPUTS + " '" + p + "': " + dir + " has no "
              + SessionFiles.DIR_NAME + "/ directory, so it is not a Playgent output directory. Name the directory "
              + "the tests wrote (by default target/playgent), or the folder a CI job's artefact was downloaded to.");
        }
        dirs.add(dir);
      }
    }
    if (dirs.isEmpty()) {
      throw new PlaygentConfigurationException(SettingKeys.INPUTS + " '" + spec + "' names no directory");
    }
    return new ArrayList<>(dirs);
  }

  private static boolean isGlob(String p) {
    return p.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Directories matching {@code pattern} that hold sessions, sorted by path. */
  private static List<Path> glob(String pattern, Path baseDir) {
    Path absolute = baseDir.resolve(pattern).normalize();
    Path root = absolute.getRoot();
    Path start = root;
    int depth = 0;
    boolean fixed = true;
    for (Path segment : root.relativize(absolute)) {
      fixed = fixed && !isGlob(segment.toString());
      if (fixed) {
        start = start.resolve(segment);
      } else {
        depth++;
      }
    }
    int maxDepth = pattern.contains("**") ? Integer.MAX_VALUE : depth; // walk no deeper than the pattern reaches
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    String glob = absolute.toString().replace("\\", "\\\\");
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> walk = Files.walk(start, maxDepth)) {
      return walk.filter(Files::isDirectory).filter(matcher::matches)
          .filter(d -> Files.isDirectory(d.resolve(SessionFiles.DIR_NAME))).map(Path::normalize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + start + " for " + SettingKeys.INPUTS + " '" + pattern + "'", e);
    }
  }
}
