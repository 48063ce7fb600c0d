package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/** B6: the factory whose turn the IDE re-runs. */
class RerunFixture {
  static final String FACTORY = "[engine:junit-jupiter]/[class:" + RerunFixture.class.getName()
      + "]/[test-factory:rerun(com.playgent.junit.PlaygentRuns)]";

  @PlaygentCase("tc_rerun")
  Stream<DynamicNode> rerun(PlaygentRuns runs) {
    return runs.stream();
  }
}
