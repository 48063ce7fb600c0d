package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

/**
 * Test cases tc_s00061 to tc_s00080, one factory each, as a user writes them. Six such classes
 * make up the benchmark suites (B1: the first three, B2: the first, B3: all six).
 */
@PlaygentTest
class FanOut04 {
  @PlaygentCase("tc_s00061")
  PlaygentRuns case061(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00062")
  PlaygentRuns case062(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00063")
  PlaygentRuns case063(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00064")
  PlaygentRuns case064(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00065")
  PlaygentRuns case065(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00066")
  PlaygentRuns case066(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00067")
  PlaygentRuns case067(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00068")
  PlaygentRuns case068(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00069")
  PlaygentRuns case069(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00070")
  PlaygentRuns case070(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00071")
  PlaygentRuns case071(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00072")
  PlaygentRuns case072(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00073")
  PlaygentRuns case073(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00074")
  PlaygentRuns case074(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00075")
  PlaygentRuns case075(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00076")
  PlaygentRuns case076(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00077")
  PlaygentRuns case077(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00078")
  PlaygentRuns case078(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00079")
  PlaygentRuns case079(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00080")
  PlaygentRuns case080(PlaygentRuns runs) {
    return runs;
  }
}
