package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

/**
 * Test cases tc_s00081 to tc_s00100, one factory each, as a user writes them. Six such classes
 * make up the benchmark suites (B1: the first three, B2: the first, B3: all six).
 */
@PlaygentTest
class FanOut05 {
  @PlaygentCase("tc_s00081")
  PlaygentRuns case081(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00082")
  PlaygentRuns case082(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00083")
  PlaygentRuns case083(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00084")
  PlaygentRuns case084(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00085")
  PlaygentRuns case085(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00086")
  PlaygentRuns case086(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00087")
  PlaygentRuns case087(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00088")
  PlaygentRuns case088(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00089")
  PlaygentRuns case089(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00090")
  PlaygentRuns case090(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00091")
  PlaygentRuns case091(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00092")
  PlaygentRuns case092(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00093")
  PlaygentRuns case093(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00094")
  PlaygentRuns case094(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00095")
  PlaygentRuns case095(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00096")
  PlaygentRuns case096(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00097")
  PlaygentRuns case097(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00098")
  PlaygentRuns case098(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00099")
  PlaygentRuns case099(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00100")
  PlaygentRuns case100(PlaygentRuns runs) {
    return runs;
  }
}
