package com.playgent.junit;

import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

/**
 * A real emulator on a real socket with the extension tests' world, plus a way to run a fixture
 * class through the Jupiter engine with a fresh output directory each time.
 */
public final class EmulatorFixture implements AutoCloseable {
  public final PlaygentEmulator emulator;
  public final Path outputDir;

  private EmulatorFixture(PlaygentEmulator emulator, Path outputDir) {
    this.emulator = emulator;
    this.outputDir = outputDir;
  }

  public static EmulatorFixture start() {
    return start(EmulatorConfig.builder().world(world()).build());
  }

  public static EmulatorFixture start(EmulatorConfig config) {
    try {
      return new EmulatorFixture(PlaygentEmulator.start(config), Files.createTempDirectory("playgent-out"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static World world() {
    return World.fromResource("worlds/extension-world.json", EmulatorFixture.class.getClassLoader());
  }

  public String baseUrl() {
    return emulator.baseUrl();
  }

  /** Runs a fixture class against this emulator; {@code extra} entries override the defaults. */
  public EngineExecutionResults run(Class<?> fixture, String... extra) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameters(parameters(extra))
        .execute();
  }

  EngineExecutionResults runMethod(Class<?> fixture, String method, String... extra) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(fixture, method, "com.playgent.junit.PlaygentRuns"))
        .configurationParameters(parameters(extra))
        .execute();
  }

  public Map<String, String> parameters(String... extra) {
    Map<String, String> params = new HashMap<>();
    params.put(PlaygentConfig.BASE_URL, baseUrl());
    params.put(PlaygentConfig.OUTPUT_DIR, outputDir.toString());
    params.put(PlaygentConfig.PROGRESS_INTERVAL, "0");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      params.put(extra[i], extra[i + 1]);
    }
    return params;
  }

  List<String> journal() {
    try {
      Path file = outputDir.resolve("runs.jsonl");
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    emulator.close();
  }
}
