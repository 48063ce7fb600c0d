package com.playgent.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.store.RunFiles;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs that last answered a factory's units: from its newest session record whose run files are still there. */
class EarlierRunsTest {
  static final String FACTORY = "[engine:junit-jupiter]/[class:x.RefundTest]/[test-factory:refund()]";
  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  @TempDir Path dir;

  private static SelectionRecord selection(String uniqueId, List<String> cases, List<UnitRun> runs) {
    return new SelectionRecord("x.RefundTest", "refund", uniqueId, "@PlaygentCase RefundTest.refund()", cases,
        List.of(), List.of(), null, List.of(), List.of(), List.of(), runs);
  }

  private void session(String id, SelectionRecord... selections) {
    new SessionFiles(dir).write(new SessionRecord(1, id, "playgent-junit", "2026-11-30T11:00:00Z",
        "2026-11-30T11:01:00Z", "live", "h", null, "fail", null, List.of(selections)));
  }

  private void runFile(String runId, Instant finished) throws Exception {
    Path file = new RunFiles(dir).write(new Run(runId, RunStatus.COMPLETED, true, new EntityRef("tc_a", "A"), null,
        List.of(), null, null, null));
    Files.setLastModifiedTime(file, FileTime.from(finished));
  }

  private Map<String, EarlierRuns.Earlier> find(List<String> cases, Duration maxAge, String skip) {
    return new EarlierRuns(dir).find(selection(FACTORY, cases, List.of()), cases, maxAge, skip, NOW);
  }

  @Test
  void the_newest_session_of_the_same_factory_and_declaration_answers_each_unit() throws Exception {
    runFile("run_old", NOW.minusSeconds(600));
    runFile("run_new", NOW.minusSeconds(60));
    runFile("run_b", NOW.minusSeconds(600));
    session("20261130T110000.000Z-aaaaaa", selection(FACTORY, List.of("tc_a", "tc_b"),
        List.of(new UnitRun("tc_a", "run_old"), new UnitRun("tc_b", "run_b"))));
    session("20261130T113000.000Z-bbbbbb", selection(FACTORY, List.of("tc_a", "tc_b"),
        List.of(new UnitRun("tc_a", "run_new"))));
    session("20261130T114000.000Z-cccccc", selection(FACTORY + "x", List.of("tc_a", "tc_b"),
        List.of(new UnitRun("tc_a", "run_other_factory"))),
        selection(FACTORY, List.of("tc_a"), List.of(new UnitRun("tc_a", "run_other_declaration"))));

    Map<String, EarlierRuns.Earlier> found = find(List.of("tc_a", "tc_b"), null, null);

    assertThat(found).containsOnlyKeys("tc_a", "tc_b");
    assertThat(found.get("tc_a").runId()).isEqualTo("run_new");
    assertThat(found.get("tc_a").sessionId()).isEqualTo("20261130T113000.000Z-bbbbbb");
    assertThat(found.get("tc_a").finishedAt()).isEqualTo(NOW.minusSeconds(60));
    assertThat(found.get("tc_b").runId()).as("from the older session, the newer lacks it").isEqualTo("run_b");
  }

  @Test
  void runs_whose_file_is_gone_or_older_than_the_window_and_the_asking_session_answer_nothing() throws Exception {
    runFile("run_a", NOW.minusSeconds(3600));
    session("20261130T110000.000Z-aaaaaa", selection(FACTORY, List.of("tc_a"), List.of(new UnitRun("tc_a", "run_a"))));
    session("20261130T113000.000Z-bbbbbb", selection(FACTORY, List.of("tc_a"), List.of(new UnitRun("tc_a", "run_gone"))));

    assertThat(find(List.of("tc_a"), null, null).get("tc_a").runId()).isEqualTo("run_a");
    assertThat(find(List.of("tc_a"), Duration.ofMinutes(15), null)).isEmpty();
    assertThat(find(List.of("tc_a"), null, "20261130T110000.000Z-aaaaaa")).isEmpty();
    assertThat(new EarlierRuns(dir.resolve("nothing-here")).find(selection(FACTORY, List.of("tc_a"), List.of()),
        List.of("tc_a"), null, null, NOW)).isEmpty();
  }

  @Test
  void a_run_id_that_is_not_a_plain_id_names_no_file() throws Exception {
    Files.createDirectories(dir.resolve("elsewhere"));
    runFile("run_a", NOW);
    session("20261130T110000.000Z-aaaaaa", selection(FACTORY, List.of("tc_a"),
        List.of(new UnitRun("tc_a", "../runs/run_a"))));

    assertThat(find(List.of("tc_a"), null, null)).isEmpty();
  }
}
