package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.assertj.PlaygentAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Users who never call PlaygentAssertions need no AssertJ: the extension's classes never name an AssertJ type. */
class AssertjStaysOptionalTest {
  @Test
  void no_class_of_the_extension_refers_to_assertj() throws Exception {
    assertThat(classesReferringToAssertj(root(PlaygentExtension.class).resolve("com/playgent/junit"))).isEmpty();
  }

  @Test
  void the_check_would_see_a_reference() throws Exception {
    assertThat(classesReferringToAssertj(root(PlaygentAssertions.class).resolve("com/playgent/assertj")))
        .contains("com/playgent/assertj/AbstractTurnAssert.class");
  }

  /** The class's classes directory, or the root of its jar (the JUnit 6 compat leg tests the packaged jar). */
  private static Path root(Class<?> type) throws URISyntaxException, IOException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(location)) {
      return location;
    }
    try {
      return FileSystems.newFileSystem(location).getPath("/");
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(java.net.URI.create("jar:" + location.toUri())).getPath("/");
    }
  }

  /** Class files whose constant pool names {@code org/assertj} (any type, method or field of AssertJ). */
  private static List<String> classesReferringToAssertj(Path dir) {
    Path root = dir.getParent().getParent().getParent();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .filter(f -> new String(read(f), StandardCharsets.ISO_8859_1).contains("org/assertj"))
          .map(f -> root.relativize(f).toString().replace('\\', '/').replaceFirst("^/", ""))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
