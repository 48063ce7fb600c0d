package com.example.support;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/** Test cases selected by tag: one run covers every test case tagged "smoke". */
@PlaygentTest
class SmokeSuiteTest {

  @PlaygentCase(tags = "smoke", thresholds = "faithfulness >= 0.85")
  Stream<DynamicNode> smoke(PlaygentRuns runs) {
    return runs.stream();
  }
}
