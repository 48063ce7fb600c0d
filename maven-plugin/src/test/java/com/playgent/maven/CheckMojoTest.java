package com.playgent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.core.session.Obtained;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.surefire.Xml;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The policy of {@code playgent:check} when there is nothing to judge. */
class CheckMojoTest {
  static final String SESSION = "20260101T000000.000Z-aaaaaa";

  @TempDir
  Path dir;

  final Mojos.Captured log = new Mojos.Captured();

  private CheckMojo mojo() {
    CheckMojo mojo = new CheckMojo();
    Gates gates = new Gates();
    gates.minPassRate = 0.95;
    gates.maxFailedRuns = 0;
    Mojos.set(mojo, "gates", gates);
    Mojos.set(mojo, "outputDir", dir.toFile());
    Mojos.set(mojo, "sessions", "all");
    Mojos.set(mojo, "haltOnFailure", true);
    Mojos.set(mojo, "gatesReport", dir.resolve("TEST-playgent-gates.xml").toFile());
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void should_pass_saying_why_when_every_unit_was_skipped_as_unavailable() throws Exception {
    Fixtures.session(dir, SESSION, "2026-01-01T00:00:00Z", List.of(), List.of(
        UnitRecord.problem("tc_a", null, Obtained.NONE, UnitOutcome.SKIPPED_UNAVAILABLE, "Playgent is unavailable for "
            + "test case tc_a at http://127.0.0.1:9/v1: refused (skipped: playgent.on-unavailable=skip)")));

    mojo().execute();

    assertThat(log.warnings).containsExactly("Playgent check judged nothing: 1 unit (tc_a) of session " + SESSION
        + " was skipped because the Playgent service was unavailable and playgent.on-unavailable=skip was set "
        + "(first: Playgent is unavailable for test case tc_a at http://127.0.0.1:9/v1: refused (skipped: "
        + "playgent.on-unavailable=skip)), and no run was judged. The quality gates (minPassRate 0.95, maxFailedRuns 0) "
        + "pass unjudged: a skip chosen with playgent.on-unavailable=skip never turns into a red build. Run the build "
        + "again when the service is reachable to judge the agent.");
    Element suite = Xml.parse(dir.resolve("TEST-playgent-gates.xml")).getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("skipped")).isEqualTo("2");
  }

  @Test
  void should_judge_the_runs_there_are_and_warn_about_the_skipped_units() throws Exception {
    Fixtures.runFiles(dir, "run_b1");
    Fixtures.session(dir, SESSION, "2026-01-01T00:00:00Z", List.of(), List.of(Fixtures.reported(dir, "run_b1"),
        UnitRecord.problem("tc_a", null, Obtained.NONE, UnitOutcome.SKIPPED_UNAVAILABLE, "down")));

    mojo().execute();

    assertThat(log.warnings).singleElement().asString().startsWith("Not judged: 1 unit (tc_a) of session " + SESSION);
    assertThat(log.infos).contains("Playgent quality gates passed (2 of 2) over 1 run");
  }

  @Test
  void should_fail_without_any_session_naming_the_way_out() {
    Fixtures.runFiles(dir, "run_b1"); // a loose run file is not a session

    assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("No Playgent session in " + dir.resolve("sessions") + ": the quality gates (minPassRate 0.95, "
            + "maxFailedRuns 0) have nothing to judge. Run the tests with the Playgent JUnit extension, or "
            + "playgent:run, before playgent:check; or set playgent.allow-no-runs=true to let a build without runs "
            + "pass.");
  }

  @Test
  void should_fail_when_the_sessions_hold_no_run_and_nothing_was_skipped_as_unavailable() {
    Fixtures.session(dir, SESSION, "2026-01-01T00:00:00Z", List.of(), List.of());

    assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("The Playgent session on disk (playgent.sessions=all): " + SESSION + " hold no run");
  }

  @Test
  void should_leave_the_gates_of_one_shard_to_the_merge_and_pass_unjudged_saying_how_to_judge_them() throws Exception {
    Fixtures.runFiles(dir, "run_b1");
    SessionRecord whole = Fixtures.session(dir, SESSION, "2026-01-01T00:00:00Z", List.of(), List.of(
        Fixtures.reported(dir, "run_b1")));
    SessionRecord shard = new SessionRecord(whole.schema(), whole.sessionId(), whole.producer(), whole.startedAt(),
        whole.endedAt(), whole.mode(), whole.baseUrlHost(), whole.agent(), whole.onUnavailable(), "2/3",
        whole.selections());
    new SessionFiles(dir).write(shard); // the same session, as shard 2 of 3

    mojo().execute();

    assertThat(log.warnings).singleElement().asString()
        .startsWith("Playgent check: the session on disk (playgent.sessions=all): " + SESSION + " ran as shard 2/3")
        .contains("ran as shard 2/3 (playgent.shard): the quality gates (minPassRate 0.95, maxFailedRuns 0) judge the"
            + " whole suite, so they pass unjudged here")
        .endsWith("mvn playgent:check -Dplaygent.inputs='shards/*' over every shard's output directory.");
    Element suite = Xml.parse(dir.resolve("TEST-playgent-gates.xml")).getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("skipped")).isEqualTo("2");
  }
}
