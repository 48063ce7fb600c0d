package com.playgent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.store.RunFiles;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.maven.surefire.Xml;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** {@code playgent:run} against a real emulator on a real socket, through the core pipeline. */
class RunMojoTest {
  static PlaygentEmulator emulator;

  @TempDir
  Path dir;

  final Mojos.Captured log = new Mojos.Captured();

  @BeforeAll
  static void start() {
    emulator = PlaygentEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private RunMojo mojo(Map<String, String> settings) {
    RunMojo mojo = Mojos.configure(new RunMojo(), "run", settings);
    Mojos.set(mojo, "outputDir", dir.resolve("playgent").toFile());
    Mojos.set(mojo, "reportsDir", dir.resolve("surefire-reports").toFile());
    if (!settings.containsKey("playgent.recordings-dir")) {
      Mojos.set(mojo, "recordingsDir", dir.resolve("recordings").toFile());
    }
    mojo.setLog(log);
    return mojo;
  }

  private SessionRecord onlySession() {
    List<SessionRecord> sessions = new SessionFiles(dir.resolve("playgent")).readAll();
    assertThat(sessions).hasSize(1);
    return sessions.get(0);
  }

  @Test
  void should_run_every_unit_and_write_one_session_record_listing_them() throws Exception {
    RunMojo mojo = mojo(Map.of("playgent.base-url", emulator.baseUrl(), "playgent.test-cases", "tc_xyz789,tc_def123",
        "playgent.timeout", "60s", "playgent.progress-interval", "0"));

    // The default world's Refund Request Flow fails turn 3 on purpose.
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("✗ Refund Request Flow › turn 3: Can you also refund the shipping fee?: turn 3 failed");

    SessionRecord session = onlySession();
    assertThat(session.producer()).isEqualTo("playgent-maven-plugin:run");
    assertThat(session.endedAt()).isNotNull();
    assertThat(session.mode()).isEqualTo("live");
    assertThat(session.baseUrlHost()).isEqualTo("127.0.0.1:" + emulator.port());
    SelectionRecord selection = session.selections().get(0);
    assertThat(selection.testClass()).isNull();
    assertThat(selection.origin()).isEqualTo("playgent:run");
    assertThat(selection.testCaseIds()).containsExactly("tc_xyz789", "tc_def123");
    assertThat(selection.units()).extracting(UnitRecord::label).containsExactly("tc_xyz789", "tc_def123");
    assertThat(selection.units()).allSatisfy(u -> {
      assertThat(u.outcome()).isEqualTo(UnitOutcome.REPORTED);
      assertThat(u.obtained()).isEqualTo(Obtained.LIVE);
      assertThat(new RunFiles(dir.resolve("playgent")).fileOf(u.runId())).exists();
    });
    UnitRecord refund = selection.units().get(0);
    assertThat(List.of(refund.turns(), refund.passed(), refund.failed(), refund.knownFailing()))
        .containsExactly(3, 2, 1, 0);

    List<String> journal = Files.readAllLines(dir.resolve("playgent/runs.jsonl"), StandardCharsets.UTF_8);
    assertThat(journal).filteredOn(l -> l.contains("\"event\":\"created\"")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"origin\":\"playgent-maven-plugin:run\""));
    File xml = dir.resolve("surefire-reports/TEST-playgent.tc_xyz789." + refund.runId() + ".xml").toFile();
    Element suite = Xml.parse(Files.readString(xml.toPath())).getDocumentElement();
    assertThat(suite.getAttribute("tests")).as("3 turns, no run verdict").isEqualTo("3");
    assertThat(suite.getAttribute("failures")).as("one failing turn is one failure").isEqualTo("1");
    assertThat(log.infos).contains("Starting 2 Playgent runs on " + emulator.baseUrl()
        + " (mode live, timeout 1m per run)");
  }

  @Test
  void should_replay_a_recording_without_the_service() throws Exception {
    mojo(Map.of("playgent.base-url", emulator.baseUrl(), "playgent.test-cases", "tc_def123", "playgent.mode",
        "record")).execute();
    assertThat(dir.resolve("recordings/tc_def123.json")).exists();
    assertThat(dir.resolve("recordings/tc_def123.json.sha256")).exists();
    Files.delete(new SessionFiles(dir.resolve("playgent")).fileOf(onlySession().sessionId()));

    mojo(Map.of("playgent.base-url", "http://127.0.0.1:" + closedPort() + "/v1", "playgent.test-cases", "tc_def123",
        "playgent.mode", "replay")).execute();

    UnitRecord unit = onlySession().units().get(0);
    assertThat(unit.obtained()).isEqualTo(Obtained.REPLAYED);
    assertThat(unit.outcome()).isEqualTo(UnitOutcome.REPORTED);
    assertThat(onlySession().mode()).isEqualTo("replay");
  }

  @Test
  void should_skip_visibly_when_the_service_is_unavailable_and_skip_was_chosen() throws Exception {
    mojo(Map.of("playgent.base-url", "http://127.0.0.1:" + closedPort() + "/v1", "playgent.test-cases", "tc_a",
        "playgent.on-unavailable", "skip")).execute();

    SessionRecord session = onlySession();
    assertThat(session.onUnavailable()).isEqualTo("skip");
    UnitRecord unit = session.units().get(0);
    assertThat(unit.outcome()).isEqualTo(UnitOutcome.SKIPPED_UNAVAILABLE);
    assertThat(unit.obtained()).isEqualTo(Obtained.NONE);
    assertThat(unit.runId()).isNull();
    assertThat(unit.message()).startsWith("Playgent is unavailable for test case tc_a at http://127.0.0.1:")
        .endsWith("(skipped: playgent.on-unavailable=skip)");
    Element suite = Xml.parse(Files.readString(dir.resolve("surefire-reports/TEST-playgent.tc_a.xml")))
        .getDocumentElement();
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(log.warnings).contains(unit.message());
  }

  @Test
  void should_fail_before_any_side_effect_when_nothing_is_selected() {
    RunMojo mojo = mojo(Map.of("playgent.base-url", "http://127.0.0.1:9/v1"));
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("playgent:run names no Playgent test case: set test case ids (<testCases><testCase>tc_refund"
            + "</testCase></testCases> or -Dplaygent.test-cases=tc_refund,tc_cancel) or tags (<tags><tag>critical-path"
            + "</tag></tags> or -Dplaygent.tags=critical-path).");
    assertThat(dir.resolve("playgent")).doesNotExist();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
