package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.internal.Json;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.core.pipeline.RunHandle;
import com.playgent.core.pipeline.RunPipeline;
import com.playgent.core.pipeline.RunTotals;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JUnit session's pipeline reports a fetched run at once and writes its run file in the
 * background: the file is the same run, readable by {@link RunFiles}; a write that fails is told with
 * the run id and the file, in the journal and when the pipeline is awaited or closed.
 */
class BackgroundRunFilesTest {
  private EmulatorFixture fixture;
  private final List<String> console = new ArrayList<>();

  @BeforeEach
  void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private RunPipeline pipeline(Path outputDir) {
    PlaygentSettings settings = new SettingsReader(List.of(SettingSource.of(Map.of(
        SettingKeys.BASE_URL, fixture.baseUrl(), SettingKeys.API_KEY, "test",
        SettingKeys.OUTPUT_DIR, outputDir.toString()))), Map.<String, String>of()::get).read();
    return new RunPipeline(settings, "playgent-junit", new RunTotals(), console::add).writeRunFilesInBackground();
  }

  private static Run await(RunHandle handle) throws Throwable {
    return handle.await(Duration.ZERO, ignored -> { });
  }

  @Test
  void the_run_file_written_in_the_background_is_the_fetched_run() throws Throwable {
    Path out = fixture.outputDir;
    Run run;
    try (RunPipeline pipeline = pipeline(out)) {
      run = await(pipeline.start(RunUnit.testCase("tc_refund", null, null)));
      assertThat(pipeline.awaitRunFiles()).isEmpty();
    }

    Path file = new RunFiles(out).fileOf(run.runId());
    Run read = new RunFiles(out).read(file);
    assertThat(read).isEqualTo(run);
    // The typed model's fields as the indented writer wrote them before: only the layout changed.
    assertThat(Json.mapper().readTree(file.toFile()))
        .isEqualTo(Json.mapper().readTree(Json.mapper().writeValueAsString(run)));
    assertThat(Files.readAllLines(file)).hasSize(1);
    assertThat(String.join("\n", fixture.journal())).contains("\"event\":\"finished\"").contains(run.runId());
  }

  @Test
  void a_failed_background_write_names_the_run_and_its_file_and_is_journaled() throws Throwable {
    Path out = fixture.outputDir;
    Files.writeString(out.resolve(RunFiles.DIR_NAME), "not a directory"); // the runs directory cannot be made
    RunPipeline pipeline = pipeline(out);
    Run run = await(pipeline.start(RunUnit.testCase("tc_refund", null, null))); // reported all the same

    List<RunPipeline.RunFileFailure> failed = pipeline.awaitRunFiles();

    Path file = new RunFiles(out).fileOf(run.runId());
    assertThat(failed).singleElement().satisfies(f -> {
      assertThat(f.runId()).isEqualTo(run.runId());
      assertThat(f.file()).isEqualTo(file);
      assertThat(f.message()).contains(run.runId()).contains(file.toString()).contains("could not be written");
    });
    assertThat(fixture.journal()).anySatisfy(line -> assertThat(line).contains("\"event\":\"unfinished\"")
        .contains(run.runId()).contains(file.toString()));
    pipeline.close(); // the failure was handed over once: closing does not tell it again
  }

  @Test
  void closing_waits_for_the_writes_and_fails_naming_each_file_not_written() throws Throwable {
    Path out = fixture.outputDir;
    Files.writeString(out.resolve(RunFiles.DIR_NAME), "not a directory");
    RunPipeline pipeline = pipeline(out);
    Run run = await(pipeline.start(RunUnit.testCase("tc_refund", null, null)));

    assertThatThrownBy(pipeline::close).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(run.runId()).hasMessageContaining(new RunFiles(out).fileOf(run.runId()).toString());
  }

  @PlaygentTest
  static class TwoRunsFixture {
    @PlaygentCase({"tc_pass", "tc_refund"})
    PlaygentRuns both(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void the_session_has_every_run_file_on_disk_when_the_plan_ends() throws Exception {
    var results = fixture.run(TwoRunsFixture.class);

    assertThat(results.testEvents().started().count()).isPositive();
    List<String> finished = fixture.journal().stream().filter(l -> l.contains("\"event\":\"finished\"")).toList();
    assertThat(finished).isNotEmpty();
    for (Run run : new RunFiles(fixture.outputDir).readAll()) {
      assertThat(finished).anySatisfy(line -> assertThat(line).contains(run.runId()));
    }
    assertThat(new RunFiles(fixture.outputDir).list()).hasSize(finished.size());
  }
}
