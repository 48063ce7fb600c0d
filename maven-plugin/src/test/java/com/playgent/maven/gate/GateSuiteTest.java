package com.playgent.maven.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.maven.Permissions;
import com.playgent.maven.surefire.SurefireXmlWriter;
import com.playgent.maven.surefire.Xml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GateSuiteTest {
  @Test
  void should_write_one_testcase_per_gate_and_a_failure_for_each_failed_gate() {
    GateResults results = new GateResults(List.of(
        new GateResult("pass rate", "66.7%", ">= 95.0%", false, "pass rate 66.7% < 95.0%"),
        new GateResult("total cost", "$0.01", "<= $2.00", true, "total cost $0.01 <= $2.00")));
    Document doc = Xml.parse(SurefireXmlWriter.toXml(GateSuite.of(results)));
    Element suite = doc.getDocumentElement();
    assertThat(suite.getAttribute("name")).isEqualTo("playgent-gates");
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("classname")).isEqualTo("playgent.gates");
    assertThat(first.getAttribute("name")).isEqualTo("pass rate");
    assertThat(((Element) first.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("pass rate 66.7% < 95.0%");
    assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void should_write_the_gates_xml_readable_by_a_report_publisher_running_as_another_user(@TempDir Path dir)
      throws IOException {
    GateResults results = new GateResults(List.of(
        new GateResult("total cost", "$0.01", "<= $2.00", true, "total cost $0.01 <= $2.00")));
    Path xml = SurefireXmlWriter.write(GateSuite.of(results), dir.resolve("TEST-" + GateSuite.NAME + ".xml"));

    assertThat(Xml.parse(xml).getDocumentElement().getAttribute("tests")).isEqualTo("1");
    Permissions.assertUmaskDefault(xml);
  }
}
