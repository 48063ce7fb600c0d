package com.playgent.junit;

import static com.playgent.junit.IdeRerunTest.factory;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.emulator.EmulatorStats;
import com.playgent.junit.IdeRerunTest.Billing;
import com.playgent.junit.IdeRerunTest.Refund;
import com.playgent.junit.IdeRerunTest.TwoCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IDE loop through the real Console Launcher from Maven Central, in its own JVM, given unique
 * ids the way IntelliJ hands them to its launcher: after one full run, re-running a turn, a
 * container, a turn of a tag selection and a turn of a two-case factory creates no run and sends no
 * request (counted by the emulator); a stale id fails the launch. And a sample class runs with no
 * environment at all, on the embedded emulator its {@code junit-platform.properties} names. The
 * factories are {@link IdeRerunTest}'s, which checks the same in process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdeLoopIT {
  /** One Console Launcher JVM: its exit code and everything it printed. */
  record Launch(int exit, String output) {}

  static EmulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  @Order(1)
  void a_full_run_of_the_three_factories_starts_their_runs() {
    Launch full = launch(fixture.outputDir, classPath(), List.of(
        "--select-class", Refund.class.getName(), "--select-class", Billing.class.getName(),
        "--select-class", TwoCases.class.getName(),
        "--config", PlaygentConfig.BASE_URL + "=" + fixture.baseUrl(),
        "--config", PlaygentConfig.OUTPUT_DIR + "=" + fixture.outputDir,
        "--config", PlaygentConfig.PROGRESS_INTERVAL + "=0"));

    assertThat(fixture.emulator.stats().runsCreated()).as(full.output()).isEqualTo(4);
    assertThat(full.exit()).as("tc_refund's turn 2 fails by design").isEqualTo(1);
    assertThat(full.output()).contains("tests successful", "tests failed");
  }

  @Test
  @Order(2)
  void re_running_a_turn_a_container_a_turn_of_a_tag_selection_and_of_a_two_case_factory_costs_nothing() {
    EmulatorStats stats = fixture.emulator.stats();
    long runs = stats.runsCreated();
    long requests = stats.totalRequests();
    assertThat(runs).as("the full run came first").isEqualTo(4);

    Launch turn = rerun(factory(Refund.class, "refund") + "/[dynamic-container:#1]/[dynamic-test:#1]");
    Launch container = rerun(factory(Refund.class, "refund") + "/[dynamic-container:#1]");
    Launch tagTurn = rerun(factory(Billing.class, "playgent") + "/[dynamic-container:#2]/[dynamic-test:#1]");
    Launch caseTurn = rerun(factory(TwoCases.class, "two") + "/[dynamic-container:#2]/[dynamic-test:#1]");

    assertThat(stats.runsCreated()).as("runs created").isEqualTo(runs);
    assertThat(stats.totalRequests()).as("requests").isEqualTo(requests);
    assertThat(turn.exit()).as(turn.output()).isZero();
    assertThat(turn.output()).contains("[         1 tests successful      ]", "reporting run ", " again",
        "-Dplaygent.reuse-runs=off starts a fresh run").containsPattern("finished \\d+ s ago");
    assertThat(container.output()).as("three turns; turn 2 fails by design and says all, so no run verdict")
        .contains("[         3 tests found           ]", "[         1 tests failed          ]");
    assertThat(tagTurn.exit()).as(tagTurn.output()).isZero();
    assertThat(tagTurn.output()).contains("[         1 tests successful      ]");
    assertThat(caseTurn.exit()).as(caseTurn.output()).isZero();
    assertThat(caseTurn.output()).contains("[         1 tests successful      ]", "Invoice");
  }

  @Test
  @Order(3)
  void a_stale_id_fails_the_launch_instead_of_passing_with_nothing_run() {
    long requests = fixture.emulator.stats().totalRequests();

    Launch stale = rerun(factory(Refund.class, "refund") + "/[dynamic-container:#3]");

    assertThat(stale.exit()).as(stale.output()).isEqualTo(1);
    assertThat(stale.output()).contains("[         1 tests failed          ]",
        "[dynamic-container:#3] was selected, but the runs reported here");
    assertThat(fixture.emulator.stats().totalRequests()).isEqualTo(requests);
  }

  @Test
  void a_sample_class_runs_from_the_launcher_with_no_environment_on_the_embedded_emulator(@TempDir Path project)
      throws IOException {
    Path sample = Path.of(System.getProperty("playgent.it.sample"));
    Path classes = project.resolve("test-classes");
    compile(sample, classes);
    Files.copy(sample.resolve("src/test/resources/junit-platform.properties"),
        classes.resolve("junit-platform.properties"));
    Files.createDirectories(project.resolve("src/test/playgent"));
    Files.copy(sample.resolve("src/test/playgent/world.json"), project.resolve("src/test/playgent/world.json"));
    // junit-platform.properties names the committed baseline (playgent.baseline), relative to the project.
    Files.copy(sample.resolve("src/test/playgent/baseline.json"), project.resolve("src/test/playgent/baseline.json"));
    List<String> classPath = new ArrayList<>(classPath());
    classPath.set(0, classes.toString());

    Launch launch = launch(project, classPath, List.of("--select-package", "com.example.support"));

    assertThat(launch.exit()).as(launch.output()).isZero();
    assertThat(launch.output()).contains("playgent: embedded emulator at http://127.0.0.1:",
        "with world src/test/playgent/world.json", "[         0 tests failed          ]",
        "playgent: baseline src/test/playgent/baseline.json", "known failing turn (failed in the baseline")
        .containsPattern("\\[ +[1-9][0-9]* tests successful +]");
    assertThat(project.resolve("target/playgent/sessions")).isDirectory();
  }

  private static Launch rerun(String uniqueId) {
    return launch(fixture.outputDir, classPath(), List.of("--select-unique-id", uniqueId,
        "--config", PlaygentConfig.BASE_URL + "=" + fixture.baseUrl(),
        "--config", PlaygentConfig.OUTPUT_DIR + "=" + fixture.outputDir,
        "--config", PlaygentConfig.PROGRESS_INTERVAL + "=0"));
  }

  /** Test classes first, then the extension's jar and every dependency but JUnit's own (the launcher brings those). */
  private static List<String> classPath() {
    try {
      List<String> entries = new ArrayList<>();
      entries.add(System.getProperty("playgent.it.test-classes"));
      entries.add(System.getProperty("playgent.it.extension-jar"));
      String deps = Files.readString(Path.of(System.getProperty("playgent.it.class-path"))).trim();
      for (String e : deps.split(java.io.File.pathSeparator)) {
        if (!e.isBlank()) {
          entries.add(e);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code java -jar junit-platform-console-standalone.jar execute ...} in {@code dir}, with an empty
   * environment: no key, no base URL, nothing the developer's shell might hold.
   */
  private static Launch launch(Path dir, List<String> classPath, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("playgent.it.console-launcher"), "execute", "--disable-banner",
        "--disable-ansi-colors", "--details=tree", "--class-path", String.join(java.io.File.pathSeparator, classPath)));
    command.addAll(arguments);
    try {
      Path log = Files.createTempFile("console-launcher", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().clear();
      Process p = builder.start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("the Console Launcher did not finish in 3 minutes: " + Files.readString(log));
      }
      return new Launch(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The sample's main and test sources, compiled as its build would (JUnit's API from the launcher's jar). */
  private static void compile(Path sample, Path classes) throws IOException {
    List<String> sources;
    try (Stream<Path> files = Stream.concat(Files.walk(sample.resolve("src/main/java")),
        Files.walk(sample.resolve("src/test/java")))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    List<String> classPath = new ArrayList<>(classPath().subList(1, classPath().size()));
    classPath.add(System.getProperty("playgent.it.console-launcher"));
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-classpath",
        String.join(java.io.File.pathSeparator, classPath)));
    args.addAll(sources);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac of the sample").isZero();
  }
}
