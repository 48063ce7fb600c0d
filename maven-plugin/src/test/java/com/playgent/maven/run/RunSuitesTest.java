package com.playgent.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.PlaygentApiException;
import com.playgent.client.PlaygentTransportException;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.core.outcome.Problems;
import com.playgent.core.outcome.Problems.Problem;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import com.playgent.maven.Fixtures;
import com.playgent.maven.surefire.JUnitCase;
import com.playgent.maven.surefire.JUnitCase.Outcome;
import com.playgent.maven.surefire.SurefireXmlWriter;
import com.playgent.maven.surefire.Xml;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RunSuitesTest {
  static final String BASE = "https://api.playgent.com/v1";
  final RunFiles files = new RunFiles(Fixtures.mixedDir());

  private Run run(String id) {
    return files.read(files.fileOf(id));
  }

  private static PlaygentSettings settings(boolean skipWhenUnavailable) {
    return new SettingsReader(List.of(SettingSource.of(Map.of(SettingKeys.BASE_URL, BASE,
        SettingKeys.ON_UNAVAILABLE, skipWhenUnavailable ? "skip" : "fail"))), k -> null).read();
  }

  @Test
  void should_name_each_turn_and_word_each_failure_like_the_extension_writing_each_block_once() {
    List<RunSuites.NamedSuite> suites = RunSuites.ofRun(run("run_a1"), List.of(), BASE);
    assertThat(suites).singleElement().satisfies(s -> {
      assertThat(s.fileStem()).isEqualTo("playgent.tc_refund.run_a1");
      assertThat(s.suite().name()).isEqualTo("playgent.tc_refund");
    });
    List<TurnReport> turns = RunReport.of(run("run_a1"), List.of(), BASE).get(0).turns();
    List<JUnitCase> cases = suites.get(0).suite().cases();
    assertThat(cases).extracting(JUnitCase::name).as("one failing turn is one failure: no run verdict testcase")
        .containsExactly(turns.get(0).displayName(), turns.get(1).displayName(), turns.get(2).displayName());
    assertThat(cases).extracting(JUnitCase::outcome).containsExactly(Outcome.PASSED, Outcome.FAILURE, Outcome.PASSED);
    JUnitCase failed = cases.get(1);
    assertThat(failed.name()).isEqualTo("Refund Request Flow › turn 2: It's order 1234, bought 45 days ago");
    assertThat(failed.message()).isEqualTo(turns.get(1).headline())
        .isEqualTo("turn 2 failed (the service's verdict): faithfulness 0.31, relevance 0.71");
    assertThat(failed.details()).isEqualTo("com.playgent.junit.PlaygentTurnFailure: " + turns.get(1).block());
    assertThat(failed.type()).isEqualTo("com.playgent.junit.PlaygentTurnFailure");
    assertThat(failed.systemOut()).as("the block is in the failure body only").isNull();
    assertThat(cases.get(0).systemOut()).isEqualTo(turns.get(0).block());
    assertThat(failed.timeSeconds()).isEqualTo(2.1);
  }

  @Test
  void should_report_a_failed_run_as_an_error() {
    List<RunSuites.NamedSuite> suites = RunSuites.ofRun(run("run_d1"), List.of(), BASE);
    JUnitCase c = suites.get(0).suite().cases().get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(c.name()).isEqualTo("Slow Agent › run verdict");
    assertThat(c.type()).isEqualTo("com.playgent.junit.PlaygentRunError");
    assertThat(c.message()).isEqualTo("run run_d1 of Slow Agent (tc_timeout) failed: agent_timeout: the agent did "
        + "not answer within 30000 ms");
  }

  @Test
  void should_report_a_run_that_could_not_start_as_an_error_in_cores_words() {
    RunUnit unit = RunUnit.testCase("tc_gone", null, null);
    PlaygentApiException notFound = new PlaygentApiException("404 not_found: test case tc_gone does not exist",
        "POST /v1/runs", 404, "not_found", "test case tc_gone does not exist", null);
    Problem p = Problems.of(unit, null, notFound, settings(false), false);
    RunSuites.NamedSuite s = RunSuites.ofProblem(unit, null, p);
    assertThat(s.fileStem()).isEqualTo("playgent.tc_gone");
    JUnitCase c = s.suite().cases().get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(c.name()).isEqualTo("tc_gone › run");
    assertThat(c.type()).isEqualTo("com.playgent.junit.PlaygentRunError");
    assertThat(c.message()).isEqualTo(p.message()).startsWith("test case tc_gone was not found at " + BASE);
    assertThat(c.details()).isEqualTo(p.message() + "\n");
  }

  @Test
  void should_report_a_unit_skipped_as_unavailable_as_skipped() {
    RunUnit unit = RunUnit.tags(List.of("smoke", "billing"), null, null);
    Problem p = Problems.of(unit, null, new PlaygentTransportException("connection refused", "POST /v1/runs", 5, null),
        settings(true), false);
    RunSuites.NamedSuite s = RunSuites.ofProblem(unit, null, p);
    assertThat(s.fileStem()).isEqualTo("playgent.tags_smoke_billing");
    JUnitCase c = s.suite().cases().get(0);
    assertThat(c.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(c.name()).isEqualTo("tags smoke, billing › run");
    assertThat(c.classname()).isEqualTo("playgent.tags_smoke_billing");
    assertThat(c.message()).isEqualTo("Playgent is unavailable for tags smoke, billing at " + BASE
        + ": connection refused (skipped: playgent.on-unavailable=skip)");
    assertThat(Xml.parse(SurefireXmlWriter.toXml(s.suite())).getDocumentElement().getAttribute("skipped"))
        .isEqualTo("1");
  }

  @Test
  void should_write_hostile_turns_as_well_formed_xml() {
    RunSuites.NamedSuite s = RunSuites.ofRun(run("run_c1"), List.of(), BASE).get(0);
    Document doc = Xml.parse(SurefireXmlWriter.toXml(s.suite()));
    Element tc = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(tc.getAttribute("name")).isEqualTo("Hostile <Output> & \"Quotes\" › turn 1: Say <b>hi</b> & ]]> now");
    assertThat(tc.getElementsByTagName("failure").item(0).getTextContent())
        .contains("<script>alert('x')</script> & ]]> 🎉 bell:\\u0001 end");
  }
}
