package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.testNames;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Record once against the service, replay with no network and no key; recordings are checked, not trusted. */
class RecordReplayTest {
  @PlaygentTest
  static class RefundFixture {
    @PlaygentCase("tc_refund")
    PlaygentRuns refund(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void a_recorded_run_replays_with_no_service_and_the_same_tests(@TempDir Path recordings) throws IOException {
    List<String> live;
    try (EmulatorFixture emulator = EmulatorFixture.start()) {
      live = testNames(emulator.run(RefundFixture.class,
          PlaygentConfig.MODE, "record", PlaygentConfig.RECORDINGS_DIR, recordings.toString()));
    }
    assertThat(recordings.resolve("tc_refund.json")).exists();
    assertThat(Files.readString(recordings.resolve("tc_refund.json.sha256"))).matches("[0-9a-f]{64}  tc_refund.json\\n");

    try (EmulatorFixture offline = EmulatorFixture.start()) {
      String deadUrl = "http://127.0.0.1:" + RunOutcomesTest.freePort() + "/v1";
      EngineExecutionResults replayed = offline.run(RefundFixture.class, PlaygentConfig.MODE, "replay",
          PlaygentConfig.RECORDINGS_DIR, recordings.toString(), PlaygentConfig.BASE_URL, deadUrl);

      assertThat(testNames(replayed)).isEqualTo(live);
      assertThat(status(replayed, "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
      assertThat(status(replayed, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
      assertThat(offline.emulator.stats().totalRequests()).isZero();
    }
  }

  @Test
  void a_missing_recording_fails_naming_the_file_and_how_to_record(@TempDir Path recordings) {
    try (EmulatorFixture emulator = EmulatorFixture.start()) {
      EngineExecutionResults results = emulator.run(RefundFixture.class, PlaygentConfig.MODE, "replay",
          PlaygentConfig.RECORDINGS_DIR, recordings.toString());

      assertThat(throwable(results, "tc_refund › run"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(recordings.resolve("tc_refund.json").toAbsolutePath().toString())
          .hasMessageContaining("-Dplaygent.mode=record");
      assertThat(emulator.emulator.stats().totalRequests()).isZero();
    }
  }

  @Test
  void a_recording_changed_by_hand_is_refused(@TempDir Path recordings) throws IOException {
    record(recordings);
    Path file = recordings.resolve("tc_refund.json");
    Files.writeString(file, Files.readString(file).replace("0.31", "0.99"));

    assertRefusedAsEdited(replay(recordings));
  }

  @Test
  void a_recording_checked_out_with_crlf_line_endings_replays(@TempDir Path recordings) throws IOException {
    record(recordings);
    // What git does on Windows with core.autocrlf=true: every text file, the checksum file too.
    withLineEndings(recordings.resolve("tc_refund.json"), "\r\n");
    withLineEndings(recordings.resolve("tc_refund.json.sha256"), "\r\n");
    assertThat(Files.readString(recordings.resolve("tc_refund.json"))).contains("\r\n");

    EngineExecutionResults replayed = replay(recordings);

    assertThat(status(replayed, "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(replayed, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
  }

  @Test
  void a_crlf_recording_changed_by_hand_is_still_refused(@TempDir Path recordings) throws IOException {
    record(recordings);
    Path file = recordings.resolve("tc_refund.json");
    withLineEndings(file, "\r\n");
    Files.writeString(file, Files.readString(file).replace("0.31", "0.99"));

    assertRefusedAsEdited(replay(recordings));
  }

  @Test
  void a_checksum_of_the_exact_bytes_of_an_lf_recording_still_verifies(@TempDir Path recordings) throws Exception {
    record(recordings);
    Path file = recordings.resolve("tc_refund.json");
    withLineEndings(file, "\n");
    // As sha256sum, and every version before line endings were ignored, writes it.
    String exact = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    Files.writeString(recordings.resolve("tc_refund.json.sha256"), exact + "  tc_refund.json\n");

    assertThat(status(replay(recordings), "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
  }

  private static void record(Path recordings) {
    try (EmulatorFixture emulator = EmulatorFixture.start()) {
      emulator.run(RefundFixture.class, PlaygentConfig.MODE, "record", PlaygentConfig.RECORDINGS_DIR, recordings.toString());
    }
  }

  private static EngineExecutionResults replay(Path recordings) {
    try (EmulatorFixture emulator = EmulatorFixture.start()) {
      return emulator.run(RefundFixture.class, PlaygentConfig.MODE, "replay",
          PlaygentConfig.RECORDINGS_DIR, recordings.toString());
    }
  }

  private static void withLineEndings(Path file, String lineEnding) throws IOException {
    Files.writeString(file, Files.readString(file).replace("\r\n", "\n").replace("\n", lineEnding));
  }

  private static void assertRefusedAsEdited(EngineExecutionResults results) {
    assertThat(throwable(results, "tc_refund › run"))
        .hasMessageContaining("does not match its SHA-256")
        .hasMessageContaining("Record it again with -Dplaygent.mode=record");
  }

  @Test
  void reuse_runs_reports_the_last_finished_run_instead_of_paying_for_a_new_one() {
    try (EmulatorFixture emulator = EmulatorFixture.start()) {
      emulator.run(RefundFixture.class);
      long created = emulator.emulator.stats().runsCreated();
      assertThat(created).isEqualTo(1);

      // A new coordinator (as in a new JVM) on the same output directory.
      EngineExecutionResults again = emulator.run(RefundFixture.class, PlaygentConfig.REUSE_RUNS, "PT15M",
          PlaygentConfig.MAX_CONCURRENT_RUNS, "63");

      assertThat(status(again, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
      assertThat(emulator.emulator.stats().runsCreated()).isEqualTo(created);
    }
  }
}
