package com.playgent.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import com.playgent.client.store.RunFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReusableRunsTest {
  @TempDir
  Path dir;

  @Test
  void a_run_file_holding_an_id_that_is_not_an_id_is_not_reused() {
    RunFiles files = new RunFiles(dir);
    RunFiles.writeFile(files.fileOf("run_2"), run("run_2", "../../trace"));
    RunUnit unit = RunUnit.testCase("tc_a", null, null);

    assertThat(new ReusableRuns(files).find(unit, Duration.ofHours(1))).isEmpty();

    files.write(run("run_1", "trace_1"));
    assertThat(new ReusableRuns(files).find(unit, Duration.ofHours(1))).map(Run::runId).contains("run_1");
  }

  private static Run run(String id, String traceId) {
    TurnResult turn = new TurnResult(0, List.of(), List.of(), null, true, null, null, traceId);
    return new Run(id, RunStatus.COMPLETED, true, new EntityRef("tc_a", "A"), null, List.of(turn), null, null, null);
  }
}
