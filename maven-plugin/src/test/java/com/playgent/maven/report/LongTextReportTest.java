package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.maven.Fixtures;
import com.playgent.maven.gate.GateSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing turn's long texts are cut in the HTML report, as everywhere else; the run file keeps them. */
class LongTextReportTest {
  @TempDir
  Path dir;

  @Test
  void html_should_cut_a_long_output_expected_behaviour_and_reasoning_naming_the_run_file() throws Exception {
    Fixtures.all(dir);
    Path file = dir.resolve("runs/run_a1.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode run = (ObjectNode) json.readTree(file.toFile());
    ObjectNode turn = (ObjectNode) run.withArray("turns").get(1);
    ((ObjectNode) turn.withArray("output").get(0)).put("content", "o".repeat(10_000));
    turn.put("expected_behavior", "e".repeat(4_001));
    ((ObjectNode) turn.at("/evaluation/scorer_outputs/faithfulness")).put("reasoning", "r".repeat(4_500));
    json.writeValue(file.toFile(), run);

    String html = HtmlReport.render(Analysis.of(Fixtures.runs(dir), "https://x/v1"), GateSpec.none(), null,
        Instant.EPOCH);

    assertThat(html).contains("<div class=\"text\">" + "o".repeat(4_000)
            + "… (6,000 more characters, full text in runs/run_a1.json)</div>")
        .contains("<div class=\"text\">" + "e".repeat(4_000)
            + "… (1 more character, full text in runs/run_a1.json)</div>")
        .contains("<td class=\"reason\">" + "r".repeat(4_000)
            + "… (500 more characters, full text in runs/run_a1.json)</td>")
        .doesNotContain("o".repeat(4_001));
    assertThat(Files.readString(file)).contains("o".repeat(10_000));
  }
}
