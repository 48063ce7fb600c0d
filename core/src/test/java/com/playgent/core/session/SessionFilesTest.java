package com.playgent.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFilesTest {
  @TempDir Path dir;

  private static PlaygentSettings settings() {
    return new SettingsReader(List.of(SettingSource.of(Map.of(SettingKeys.BASE_URL, "http://127.0.0.1:8787/v1",
        SettingKeys.API_KEY, "pk-secret-1"))), k -> null).read();
  }

  private static SelectionRecord selection(String method) {
    return new SelectionRecord("com.example.SmokeTest", method, "[engine:junit-jupiter]/[method:" + method + "()]",
        "@PlaygentCase SmokeTest." + method + "()", List.of("tc_a"), List.of(), List.of(), null,
        List.of("faithfulness >= 0.85"), List.of("2"), List.of());
  }

  @Test
  void a_session_is_written_when_it_starts_and_again_with_its_units_when_it_ends() throws Exception {
    SessionFiles files = new SessionFiles(dir);
    SessionRecorder recorder = new SessionRecorder(files, "playgent-junit", settings(), null);
    recorder.start();
    assertThat(files.readAll()).singleElement().satisfies(s -> {
      assertThat(s.endedAt()).isNull();
      assertThat(s.selections()).isEmpty();
    });

    recorder.select("m1", selection("smoke"));
    recorder.unit("m1", UnitRecord.reported("tc_a", "run_1", Obtained.LIVE, 3, 2, 0, 1));
    recorder.unit("m1", UnitRecord.problem("tc_b", null, Obtained.NONE, UnitOutcome.SKIPPED_UNAVAILABLE, "down"));
    recorder.end();

    SessionRecord read = files.readAll().get(0);
    assertThat(read.sessionId()).isEqualTo(recorder.sessionId());
    assertThat(read.endedAt()).isNotNull();
    assertThat(read.baseUrlHost()).isEqualTo("127.0.0.1:8787");
    assertThat(read.mode()).isEqualTo("live");
    assertThat(read.units()).extracting(UnitRecord::runId).containsExactly("run_1", null);
    assertThat(read.selections().get(0).knownFailingTurns()).containsExactly("2");
    String json = Files.readString(files.fileOf(recorder.sessionId()));
    assertThat(json).contains("\"schema\" : 1", "\"obtained\" : \"live\"", "\"outcome\" : \"skipped_unavailable\"")
        .doesNotContain("pk-secret-1");
  }

  @Test
  void each_unit_keeps_the_run_that_answered_it_and_records_from_before_read_with_none() throws Exception {
    SessionFiles files = new SessionFiles(dir);
    SessionRecorder recorder = new SessionRecorder(files, "playgent-junit", settings(), null);
    recorder.select("m1", selection("smoke"));
    recorder.unitRun("m1", "tags smoke", "run_7");
    recorder.unitRun("m1", "tags smoke", "run_8");
    recorder.unitRun("m1", "tc_a", "run_9");
    recorder.end();

    Path file = files.fileOf(recorder.sessionId());
    assertThat(files.read(file).selections().get(0).unitRuns())
        .containsExactly(new UnitRun("tags smoke", "run_7"), new UnitRun("tc_a", "run_9"));
    assertThat(Files.readString(file)).contains("\"unit_runs\"", "\"unit\" : \"tags smoke\"");

    Files.writeString(file, Files.readString(file).replaceAll("(?s),\\s*\"unit_runs\" : \\[.*?\\]", ""));
    assertThat(Files.readString(file)).doesNotContain("unit_runs");
    assertThat(files.read(file).selections().get(0).unitRuns()).isEmpty();
  }

  private static SessionRecord session(String id, String start, String end) {
    return new SessionRecord(1, id, "playgent-junit", start, end, "live", "h", null, "fail", null,
        List.of(new SelectionRecord(null, null, null, "o", List.of(), List.of(), List.of(), null, List.of(), List.of(),
            List.of(UnitRecord.reported("tc", "run_" + id, Obtained.LIVE, 1, 1, 0, 0)))));
  }

  @Test
  void latest_takes_every_fork_of_a_build_even_forks_that_followed_each_other_in_one_slot() {
    SessionRecord earlierBuild = session("a", "2026-11-30T10:00:00Z", "2026-11-30T10:01:00Z");
    SessionRecord killedLongAgo = session("k", "2026-11-30T09:00:00Z", null);
    // forkCount=2, reuseForks=false: slot 1 runs b then d, slot 2 runs c then e.
    SessionRecord b = session("b", "2026-11-30T11:00:00Z", "2026-11-30T11:00:10Z");
    SessionRecord c = session("c", "2026-11-30T11:00:01Z", "2026-11-30T11:00:20Z");
    SessionRecord d = session("d", "2026-11-30T11:00:11Z", "2026-11-30T11:00:30Z");
    SessionRecord e = session("e", "2026-11-30T11:00:21Z", "2026-11-30T11:00:35Z");
    List<SessionRecord> all = List.of(killedLongAgo, earlierBuild, b, c, d, e);

    SessionSet latest = SessionSet.select(all, "latest", Instant.EPOCH);
    assertThat(latest.sessions()).extracting(SessionRecord::sessionId).containsExactly("k", "b", "c", "d", "e");
  }

  @Test
  void current_means_the_sessions_this_build_started_else_the_latest_group() {
    SessionRecord old = session("a", "2026-11-30T10:00:00Z", "2026-11-30T10:01:00Z");
    SessionRecord forkA = session("b", "2026-11-30T11:00:00Z", "2026-11-30T11:02:00Z");
    SessionRecord forkB = session("c", "2026-11-30T11:00:01Z", "2026-11-30T11:01:00Z");
    List<SessionRecord> all = List.of(old, forkA, forkB);

    SessionSet current = SessionSet.select(all, "current", Instant.parse("2026-11-30T10:30:00Z"));
    assertThat(current.runIds()).containsExactly("run_b", "run_c");
    assertThat(current.description()).isEqualTo("2 sessions of this build: b, c");

    SessionSet later = SessionSet.select(all, null, Instant.parse("2026-11-30T12:00:00Z"));
    assertThat(later.runIds()).containsExactly("run_b", "run_c");
    assertThat(later.description()).isEqualTo("no session of this build; 2 sessions latest: b, c");

    assertThat(SessionSet.select(all, "all", Instant.EPOCH).runIds()).containsExactly("run_a", "run_b", "run_c");
    assertThat(SessionSet.select(all, "a, c.json", Instant.EPOCH).runIds()).containsExactly("run_a", "run_c");
    assertThatThrownBy(() -> SessionSet.select(all, "zz*", Instant.EPOCH))
        .hasMessage("playgent.sessions 'zz*' matches no session: the newest is c. Give session ids (the file names "
            + "under sessions/, without .json), globs, current, latest or all.");
  }

  @Test
  void repeats_min_passes_and_each_units_repeat_survive_a_round_trip_and_older_records_read_as_none() {
    SessionFiles files = new SessionFiles(dir);
    SessionRecorder recorder = new SessionRecorder(files, "playgent-junit", settings(), null);
    recorder.select("k", selection("repeated").withRepeats(5, 4));
    recorder.unit("k", UnitRecord.reported("tc_a", "run_1", Obtained.LIVE, 3, 3, 0, 0).withRepeat(1));
    recorder.unit("k", UnitRecord.reported("tc_a", "run_2", Obtained.LIVE, 3, 2, 1, 0).withRepeat(2));
    recorder.select("plain", selection("plain"));
    recorder.unit("plain", UnitRecord.reported("tc_a", "run_3", Obtained.LIVE, 3, 3, 0, 0));
    recorder.end();

    SessionRecord read = files.readAll().get(0);
    SelectionRecord repeated = read.selections().get(0);
    assertThat(repeated.repeats()).isEqualTo(5);
    assertThat(repeated.minPasses()).isEqualTo(4);
    assertThat(repeated.units()).extracting(UnitRecord::repeat).containsExactly(1, 2);
    SelectionRecord plain = read.selections().get(1);
    assertThat(plain.repeats()).isNull();
    assertThat(plain.minPasses()).isNull();
    assertThat(plain.units()).extracting(UnitRecord::repeat).containsExactly((Integer) null);
  }
}
