package com.playgent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.BaselineFile;
import com.playgent.maven.surefire.Xml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code playgent:baseline} blesses the sessions' runs; {@code check} then gates on regressions against them. */
class BaselineMojoTest {
  static final String BLESSED = "20260101T000000.000Z-aaaaaa";
  static final String LATER = "20260102T000000.000Z-bbbbbb";

  @TempDir
  Path dir;

  final Mojos.Captured log = new Mojos.Captured();

  private <T extends AbstractReportingMojo> T configure(T mojo, String sessions) {
    Mojos.set(mojo, "outputDir", dir.resolve("playgent").toFile());
    Mojos.set(mojo, "sessions", sessions);
    Mojos.set(mojo, "baseline", dir.resolve("src/test/playgent/baseline.json").toFile());
    mojo.setLog(log);
    return mojo;
  }

  private CheckMojo check(String sessions) {
    CheckMojo mojo = configure(new CheckMojo(), sessions);
    Mojos.set(mojo, "haltOnFailure", true);
    Mojos.set(mojo, "gatesReport", dir.resolve("TEST-playgent-gates.xml").toFile());
    return mojo;
  }

  /** Session 1 reported tc_refund (turn 2 fails) and tc_cancel (both pass); blesses it. */
  private Baseline bless() throws Exception {
    Path out = Fixtures.runFiles(dir.resolve("playgent"), "run_a1", "run_b1");
    Fixtures.session(out, BLESSED, "2026-01-01T00:00:00Z", List.of(), List.of(Fixtures.reported(out, "run_a1"),
        Fixtures.reported(out, "run_b1")));
    configure(new BaselineMojo(), "all").execute();
    return BaselineFile.read(dir.resolve("src/test/playgent/baseline.json"));
  }

  @Test
  void blesses_the_runs_of_the_sessions_and_says_what_it_wrote() throws Exception {
    Baseline b = bless();

    assertThat(b.sessions()).containsExactly(BLESSED);
    assertThat(b.runIds()).containsExactly("run_a1", "run_b1");
    assertThat(b.failingTurns("tc_refund")).containsExactly(2);
    assertThat(b.suites()).extracting(Baseline.SuiteStats::name).containsExactly("com.example.FixtureTest");
    assertThat(log.infos).contains("Playgent baseline: wrote " + dir.resolve("src/test/playgent/baseline.json")
        .toAbsolutePath() + ": 2 test cases, 5 turns (1 failing), 2 runs of 1 session; total cost $0.0152, p95 "
        + "latency 2100 ms");
  }

  @Test
  void blessing_the_same_runs_again_gives_the_same_bytes() throws Exception {
    bless();
    Path file = dir.resolve("src/test/playgent/baseline.json");
    byte[] first = Files.readAllBytes(file);
    Files.delete(file);

    configure(new BaselineMojo(), BLESSED).execute();

    assertThat(Files.readAllBytes(file)).isEqualTo(first);
  }

  @Test
  void refuses_to_bless_nothing() {
    assertThatThrownBy(configure(new BaselineMojo(), "all")::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Nothing to bless: no Playgent session in " + dir.resolve("playgent/sessions") + ". Run the tests "
            + "(or playgent:run) in the same build, e.g. mvn verify playgent:baseline, or choose sessions with "
            + "-Dplaygent.sessions=latest.");
    assertThat(Files.exists(dir.resolve("src/test/playgent/baseline.json"))).isFalse();
  }

  @Test
  void check_passes_the_same_runs_with_a_baseline_and_no_other_gate() throws Exception {
    bless();

    check("all").execute();

    assertThat(gateNames()).containsExactly("baseline: no new failing turns", "baseline: scorer means within 0.05",
        "baseline: cost within +20%", "baseline: p95 latency within +20%");
    assertThat(log.infos).contains("Playgent quality gates passed (4 of 4) over 2 runs");
  }

  @Test
  void check_fails_a_turn_that_passed_in_the_baseline_naming_it_and_the_way_out() throws Exception {
    bless();
    // Later, a stricter threshold fails tc_cancel turn 1 (faithfulness 0.93), which passed when blessed.
    Path out = dir.resolve("playgent");
    Fixtures.session(out, LATER, "2026-01-02T00:00:00Z", List.of("faithfulness>=0.95"),
        List.of(Fixtures.reported(out, "run_a1"), Fixtures.reported(out, "run_b1")));

    assertThatThrownBy(check(LATER)::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("Playgent quality gates failed (")
        .hasMessageContaining("new failing turn")
        .hasMessageContaining("Cancel Subscription (tc_cancel) turn 1: passed 1 of 1 in the baseline, now 0 of 1")
        .hasMessageContaining("re-bless with mvn playgent:baseline if the change is intended");
    Element failed = gate("baseline: no new failing turns");
    assertThat(failed.getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void a_flaky_repeated_turn_passing_by_its_count_is_blessed_passing_and_compares_as_unchanged() throws Exception {
    // Five repeats of tc_flaky, min passes 3: turn 2 passes 3 of 5 (flaky, green in JUnit).
    com.playgent.maven.report.RepeatsReportTest.write(dir.resolve("playgent"), 3);
    configure(new BaselineMojo(), "all").execute();
    Baseline b = BaselineFile.read(dir.resolve("src/test/playgent/baseline.json"));
    Baseline.CaseStats flaky = b.testCase("tc_flaky").orElseThrow();
    assertThat(flaky.repeats()).isEqualTo(5);
    assertThat(flaky.minPasses()).isEqualTo(3);
    assertThat(flaky.turn(2).orElseThrow().passed()).isEqualTo(3);
    assertThat(flaky.turn(2).orElseThrow().passRate()).isEqualTo(0.75); // 3 of the 4 runs that had it
    assertThat(b.failingTurns("tc_flaky")).as("judged as JUnit judged it").isEmpty();
    assertThat(Files.readString(dir.resolve("src/test/playgent/baseline.json")))
        .contains("\"repeats\" : 5,\n      \"min_passes\" : 3,");

    check("all").execute(); // the same runs, compared with their own baseline

    assertThat(log.infos).contains("Playgent quality gates passed (4 of 4) over 5 runs");
    assertThat(String.join("\n", log.infos) + String.join("\n", log.warnings))
        .contains("no new failing turns: 0 still failing as in the baseline, 0 fixed");
  }

  @Test
  void a_named_baseline_that_does_not_exist_is_a_configuration_error() throws Exception {
    Path out = Fixtures.runFiles(dir.resolve("playgent"), "run_b1");
    Fixtures.session(out, BLESSED, "2026-01-01T00:00:00Z", List.of(), List.of(Fixtures.reported(out, "run_b1")));

    assertThatThrownBy(check("all")::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("baseline.json does not exist: bless one with mvn playgent:baseline");
  }

  @Test
  void a_tolerance_given_as_a_percentage_is_refused_with_the_fix() throws Exception {
    bless();
    CheckMojo mojo = check("all");
    Mojos.set(mojo, "baselineCostTolerance", 20.0);

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("costIncrease must be a number >= 0 and <= 10 (a fraction, not a percentage), e.g. "
            + "0.20 for +20%, was 20.0").hasMessageContaining("playgent.baseline.cost-tolerance");
  }

  private List<String> gateNames() throws Exception {
    NodeList cases = Xml.parse(dir.resolve("TEST-playgent-gates.xml")).getDocumentElement()
        .getElementsByTagName("testcase");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      names.add(((Element) cases.item(i)).getAttribute("name"));
    }
    return names;
  }

  private Element gate(String name) throws Exception {
    NodeList cases = Xml.parse(dir.resolve("TEST-playgent-gates.xml")).getDocumentElement()
        .getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
        return (Element) cases.item(i);
      }
    }
    throw new AssertionError("no gate " + name);
  }
}
