package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.junit.EmulatedPlaygent;
import com.playgent.junit.internal.ExtensionSettings;
import com.playgent.junit.internal.PlaygentSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A project that names a world file runs its tests on an emulator inside the test JVM, started for
 * the launcher session and stopped at its end; a base URL given anywhere wins; without either, the
 * missing key says what to set. A class's own {@code @EmulatedPlaygent} emulator serves its runs.
 */
@DisabledIfEnvironmentVariable(named = "PLAYGENT_BASE_URL", matches = ".+",
    disabledReason = "PLAYGENT_BASE_URL is an explicit base URL, which turns the embedded emulator off")
class EmbeddedEmulatorTest {
  @TempDir Path dir;

  @PlaygentTest
  static class Greeting {
    @PlaygentCase("tc_pass")
    Stream<DynamicNode> greeting(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  @EmulatedPlaygent(world = "worlds/extension-world.json")
  @PlaygentTest
  static class OwnEmulator {
    static volatile PlaygentEmulator emulator;

    @BeforeAll
    static void keep(PlaygentEmulator e) {
      emulator = e;
    }

    @PlaygentCase("tc_pass")
    Stream<DynamicNode> greeting(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  private Path world() throws IOException {
    Path file = dir.resolve("world.json");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("worlds/extension-world.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  private record Launch(TestExecutionSummary summary, String console) {}

  private static Launch launch(Class<?> fixture, Map<String, String> parameters) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
          .configurationParameters(parameters).build(), summary);
    } finally {
      System.setOut(original);
    }
    return new Launch(summary.getSummary(), console.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_world_file_and_no_base_url_run_the_tests_on_an_emulator_that_lives_as_long_as_the_launcher_session()
      throws IOException {
    Path out = dir.resolve("out");
    Launch launch = launch(Greeting.class, Map.of(PlaygentConfig.EMULATOR_WORLD, world().toString(),
        PlaygentConfig.OUTPUT_DIR, out.toString(), PlaygentConfig.PROGRESS_INTERVAL, "0"));

    assertThat(launch.summary().getFailures()).isEmpty();
    assertThat(launch.summary().getTestsSucceededCount()).as("two turns, no run verdict of its own").isEqualTo(2);
    // The session's lines go to the native standard error (IdeLoopIT reads them); the record says where it ran.
    String host = new SessionFiles(out).readAll().get(0).baseUrlHost();
    assertThat(host).startsWith("127.0.0.1:");
    int port = Integer.parseInt(host.substring(host.indexOf(':') + 1));
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("stopped with the launcher session")
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void a_base_url_given_by_the_build_wins_so_no_second_emulator_starts() throws IOException {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      Launch launch = launch(Greeting.class, fixture.parameters(PlaygentConfig.EMULATOR_WORLD, world().toString()));

      assertThat(launch.summary().getFailures()).isEmpty();
      assertThat(fixture.emulator.stats().runsCreated()).as("the build's emulator ran it").isEqualTo(1);
    }
  }

  @Test
  void a_class_with_its_own_emulator_reports_runs_of_that_emulator_even_beside_a_build_base_url() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      Launch launch = launch(OwnEmulator.class, fixture.parameters());

      assertThat(launch.summary().getFailures()).isEmpty();
      assertThat(launch.summary().getTestsSucceededCount()).as("two turns, no run verdict of its own").isEqualTo(2);
      assertThat(OwnEmulator.emulator.stats().runsCreated()).isEqualTo(1);
      assertThat(fixture.emulator.stats().totalRequests()).as("nothing pre-started elsewhere").isZero();
    }
  }

  @Test
  void a_world_file_that_is_not_there_fails_the_factory_naming_the_path_and_the_working_directory() {
    Launch launch = launch(Greeting.class, Map.of(PlaygentConfig.EMULATOR_WORLD, "src/test/playgent/nowhere.json",
        PlaygentConfig.OUTPUT_DIR, dir.resolve("out").toString()));

    assertThat(launch.summary().getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
        .hasMessageContaining("playgent.emulator.world 'src/test/playgent/nowhere.json' is not a file")
        .hasMessageContaining("resolved against the working directory (" + Path.of("").toAbsolutePath() + ")"));
  }

  @Test
  void without_a_key_a_world_or_a_base_url_the_message_says_exactly_what_to_set() {
    Map<String, String> params = Map.of(PlaygentConfig.EMULATOR_WORLD, "src/test/playgent/world.json",
        PlaygentConfig.EMULATOR_SKIP, "true");
    try (PlaygentSession session = new PlaygentSession(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8))) {
      PlaygentSettings skipped = ExtensionSettings.read(k -> Optional.ofNullable(params.get(k)), null,
          Map.<String, String>of()::get, null, session, getClass().getClassLoader());
      assertThat(skipped.baseUrl()).isEqualTo("https://api.playgent.com/v1");

      assertThatThrownBy(() -> session.pipeline(skipped).client())
          .isInstanceOf(PlaygentConfigurationException.class)
          .hasMessage("no Playgent API key for https://api.playgent.com/v1: set the PLAYGENT_API_KEY environment"
              + " variable. To run without an account, on the embedded emulator, add the test dependency"
              + " com.playgent:playgent-emulator and put playgent.emulator.world=src/test/playgent/world.json (your"
              + " world file) in src/test/resources/junit-platform.properties; or set playgent.base-url to a running"
              + " emulator, which takes any key");
    }
  }

  @Test
  void the_environments_base_url_counts_as_given() throws IOException {
    Map<String, String> params = Map.of(PlaygentConfig.EMULATOR_WORLD, world().toString());
    try (PlaygentSession session = new PlaygentSession(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8))) {
      PlaygentSettings s = ExtensionSettings.read(k -> Optional.ofNullable(params.get(k)), null,
          Map.of("PLAYGENT_BASE_URL", "http://127.0.0.1:9/v1")::get, null, session, getClass().getClassLoader());
      assertThat(URI.create(s.baseUrl()).getPort()).isEqualTo(9);
    }
  }
}
