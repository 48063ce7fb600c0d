package com.playgent.junit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.FaultRule;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import com.playgent.junit.EmulatorFixture;
import com.playgent.junit.PlaygentConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * One emulator with faults, a fresh output directory, a way to run a fixture class through the
 * Jupiter engine against both, and the "nothing is lost" check over the output directory.
 */
final class FaultFixture implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Outlasts the fault cases' slowest retries, far below the extension's default of 10 minutes. */
  private static final String[] DEFAULTS = {PlaygentConfig.TIMEOUT, "20s"};

  private final EmulatorFixture base;
  final PlaygentEmulator emulator;
  final Path outputDir;

  private FaultFixture(EmulatorFixture base) {
    this.base = base;
    this.emulator = base.emulator;
    this.outputDir = base.outputDir;
  }

  /** The extension tests' world with {@code faults} active from the first request. */
  static FaultFixture start(FaultRule... faults) {
    EmulatorConfig.Builder config = EmulatorConfig.builder().world(world());
    for (FaultRule f : faults) {
      config.fault(f);
    }
    return start(config);
  }

  static FaultFixture start(EmulatorConfig.Builder config) {
    return new FaultFixture(EmulatorFixture.start(config.build()));
  }

  static World world() {
    return EmulatorFixture.world();
  }

  String baseUrl() {
    return base.baseUrl();
  }

  /** Runs {@code fixture} against this emulator; {@code extra} key/value pairs override the defaults. */
  EngineExecutionResults run(Class<?> fixture, String... extra) {
    return base.run(fixture, withDefaults(extra));
  }

  Map<String, String> parameters(String... extra) {
    return base.parameters(withDefaults(extra));
  }

  private static String[] withDefaults(String... extra) {
    String[] all = Arrays.copyOf(DEFAULTS, DEFAULTS.length + extra.length);
    System.arraycopy(extra, 0, all, DEFAULTS.length, extra.length);
    return all;
  }

  /** Every line of {@code runs.jsonl}, parsed; each must be one whole JSON object. */
  List<JsonNode> journal() {
    return journal(outputDir.resolve("runs.jsonl"));
  }

  static List<JsonNode> journal(Path file) {
    try {
      List<JsonNode> lines = new ArrayList<>();
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file)) {
          lines.add(JSON.readTree(line));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("runs.jsonl has a line that is not JSON", e);
    }
  }

  /** Run ids of the journal's lines with this {@code event}, in order. */
  Set<String> journaled(String event) {
    return journal().stream().filter(l -> event.equals(l.path("event").asText()))
        .map(l -> l.path("run_id").asText()).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Nothing is lost: every run the emulator created is in the journal as {@code created}, and is
   * either {@code finished} with its run file, or {@code unfinished} with a reason.
   */
  void assertNothingLost() {
    List<String> created = emulator.stats().createdRunIds();
    assertThat(journaled("created")).as("run ids in runs.jsonl").containsAll(created);
    Set<String> finished = journaled("finished");
    Set<String> unfinished = journaled("unfinished");
    for (String id : created) {
      assertThat(finished.contains(id) || unfinished.contains(id))
          .as("run %s has a finished or unfinished line in %s", id, journal()).isTrue();
      if (finished.contains(id)) {
        Path file = new RunFiles(outputDir).fileOf(id);
        assertThat(file).exists();
        Run run = new RunFiles(outputDir).read(file);
        assertThat(run.runId()).isEqualTo(id);
        assertThat(run.isTerminal()).isTrue();
      }
    }
    journal().stream().filter(l -> l.path("event").asText().equals("unfinished"))
        .forEach(l -> assertThat(l.path("reason").asText()).isNotBlank());
  }

  /** The finished result of the test or container whose display name starts with {@code prefix}. */
  static TestExecutionResult result(EngineExecutionResults results, String prefix) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.FINISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(prefix))
        .findFirst()
        .map(e -> e.getRequiredPayload(TestExecutionResult.class))
        .orElseThrow(() -> new AssertionError("no finished event for '" + prefix + "' among "
            + results.allEvents().stream().map(FaultFixture::describe).collect(Collectors.joining("\n  ", "\n  ", ""))));
  }

  static Throwable throwable(EngineExecutionResults results, String prefix) {
    return result(results, prefix).getThrowable().orElseThrow(() -> new AssertionError(prefix + " has no throwable"));
  }

  /** Display names of the tests that finished with {@code status}. */
  static List<String> tests(EngineExecutionResults results, TestExecutionResult.Status status) {
    return results.testEvents().finished().stream()
        .filter(e -> e.getRequiredPayload(TestExecutionResult.class).getStatus() == status)
        .map(e -> e.getTestDescriptor().getDisplayName()).toList();
  }

  private static String describe(Event e) {
    return e.getType() + " " + e.getTestDescriptor().getDisplayName();
  }

  @Override
  public void close() {
    base.close();
  }
}
