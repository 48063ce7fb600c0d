package com.playgent.bench;

import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import org.junit.jupiter.api.TestFactory;

/** B4: reports the finished large run whose id {@link LargeRunChild} sets. */
@PlaygentTest
class LargeRunFixture {
  static volatile String runId;

  @TestFactory
  PlaygentRuns largeRun(PlaygentRuns runs) {
    return runs.run(runId);
  }
}
