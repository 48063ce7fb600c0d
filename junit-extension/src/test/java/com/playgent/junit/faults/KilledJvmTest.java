package com.playgent.junit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F12: the test JVM is killed ({@code kill -9}) in the middle of the suite, while its six runs of
 * 20 s are still running on the service; every run the service created is still named in
 * {@code target/playgent/runs.jsonl}, as whole lines, so none is lost.
 */
class KilledJvmTest {
  private static final int RUNS = KilledSuiteMain.CLASS_A.length + KilledSuiteMain.CLASS_B.length;

  @Test
  void f12_every_created_run_id_is_in_the_journal_after_the_test_jvm_is_killed_mid_suite(@TempDir Path project)
      throws Exception {
    World slow = World.synthetic(RUNS, 2, 7, 20_000);
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder().world(slow).build())) {
      Path log = project.resolve("child.log");
      Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
          KilledSuiteMain.class.getName(), emulator.baseUrl())
          .directory(project.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      Path journal = project.resolve("target/playgent/runs.jsonl");
      try {
        // The kill comes once the service has created every run and the child has told us so on
        // disk: 20 s before any run can finish, so the suite is killed in its middle.
        awaitOrFail(Duration.ofSeconds(30), () -> emulator.stats().runsCreated() == RUNS
            && FaultFixture.journal(journal).size() >= RUNS, child, log);
        assertThat(child.isAlive()).as("the child is still running its suite: %s", read(log)).isTrue();
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      }

      assertThat(child.exitValue()).as("killed, not finished: %s", read(log)).isNotZero();
      assertThat(read(log)).doesNotContain("suite finished");
      List<String> created = emulator.stats().createdRunIds();
      assertThat(created).hasSize(RUNS);
      List<JsonNode> lines = FaultFixture.journal(journal); // every line parses: no half-written line
      assertThat(lines).extracting(l -> l.path("run_id").asText()).containsExactlyInAnyOrderElementsOf(created);
      assertThat(lines).allSatisfy(l -> {
        assertThat(l.path("event").asText()).isEqualTo("created");
        assertThat(l.path("base_url").asText()).isEqualTo(emulator.baseUrl());
      });
      for (String id : created) {
        assertThat(emulator.stats().completedAt(id)).as("run %s still running when the JVM died", id).isEmpty();
      }
    }
  }

  private static void awaitOrFail(Duration limit, BooleanSupplier condition, Process child, Path log)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (!child.isAlive()) {
        throw new AssertionError("the child JVM exited with " + child.exitValue() + " before creating its runs:\n"
            + read(log));
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the child JVM did not create " + RUNS + " runs within " + limit + ":\n" + read(log));
      }
      Thread.sleep(50);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "(no output)";
    } catch (java.io.IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
