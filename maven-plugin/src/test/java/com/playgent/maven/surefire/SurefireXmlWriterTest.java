package com.playgent.maven.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SurefireXmlWriterTest {
  static final String HOSTILE = "a < b && c > d \"q\" 'a' ]]> <![CDATA[x]]> 🎉 bell\u0001 nul\u0000 esc\u001b "
      + "lone\ud800 tab\tend\r\nline2";

  @TempDir
  Path dir;

  @Test
  void should_write_counts_names_failures_and_output() {
    JUnitSuite suite = new JUnitSuite("playgent.tc_x", List.of(
        JUnitCase.passed("Flow › turn 1: hi", "playgent.tc_x", 1.24, "turn 1 passed\n"),
        JUnitCase.failure("Flow › turn 2: refund", "playgent.tc_x", 2.1, "turn 2 failed: faithfulness 0.31",
            "playgent.TurnFailed", "block\n  scorers", "block\n  scorers"),
        JUnitCase.error("Flow › run r1", "playgent.tc_x", 0, "run r1 failed", "playgent.RunError", "why", null)));
    Document doc = Xml.parse(SurefireXmlWriter.write(suite, dir.resolve("TEST-x.xml")));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuite");
    assertThat(root.getAttribute("name")).isEqualTo("playgent.tc_x");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("0");
    assertThat(root.getAttribute("time")).isEqualTo("3.340");
    NodeList cases = root.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element second = (Element) cases.item(1);
    assertThat(second.getAttribute("name")).isEqualTo("Flow › turn 2: refund");
    Element failure = (Element) second.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("turn 2 failed: faithfulness 0.31");
    assertThat(failure.getAttribute("type")).isEqualTo("playgent.TurnFailed");
    assertThat(failure.getTextContent()).isEqualTo("block\n  scorers");
    assertThat(second.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("block\n  scorers");
    assertThat(((Element) cases.item(2)).getElementsByTagName("error").item(0).getAttributes()
        .getNamedItem("message").getNodeValue()).isEqualTo("run r1 failed");
  }

  @Test
  void should_stay_well_formed_with_hostile_text_everywhere() {
    JUnitSuite suite = new JUnitSuite(HOSTILE, List.of(
        JUnitCase.failure(HOSTILE, HOSTILE, 0, HOSTILE, HOSTILE, HOSTILE, HOSTILE)));
    String xml = SurefireXmlWriter.toXml(suite);
    Document doc = Xml.parse(xml);
    Element tc = (Element) doc.getElementsByTagName("testcase").item(0);
    String expected = "a < b && c > d \"q\" 'a' ]]> <![CDATA[x]]> 🎉 bell\\u0001 nul\\u0000 esc\\u001b lone\\ud800"
        + " tab\tend\nline2";
    assertThat(tc.getAttribute("name")).isEqualTo(expected);
    Element failure = (Element) tc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo(expected);
    // Element content keeps line breaks (CRLF as LF, as the one escaper writes every line break).
    assertThat(failure.getTextContent()).isEqualTo(expected);
    assertThat(tc.getElementsByTagName("system-out").item(0).getTextContent()).contains("🎉", "]]>", "<![CDATA[x]]>");
  }

  @Test
  void should_make_safe_file_names() {
    assertThat(SurefireXmlWriter.safeFileName("tc_xyz-789.a")).isEqualTo("tc_xyz-789.a");
    assertThat(SurefireXmlWriter.safeFileName("../../etc/passwd")).isEqualTo("etc_passwd");
    assertThat(SurefireXmlWriter.safeFileName("tags critical, 🎉")).isEqualTo("tags_critical_");
    assertThat(SurefireXmlWriter.safeFileName("")).isEqualTo("unnamed");
  }
}
