package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

/**
 * Test cases tc_s00001 to tc_s00020, one factory each, as a user writes them. Six such classes
 * make up the benchmark suites (B1: the first three, B2: the first, B3: all six).
 */
@PlaygentTest
class FanOut01 {
  @PlaygentCase("tc_s00001")
  PlaygentRuns case001(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00002")
  PlaygentRuns case002(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00003")
  PlaygentRuns case003(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00004")
  PlaygentRuns case004(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00005")
  PlaygentRuns case005(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00006")
  PlaygentRuns case006(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00007")
  PlaygentRuns case007(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00008")
  PlaygentRuns case008(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00009")
  PlaygentRuns case009(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00010")
  PlaygentRuns case010(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00011")
  PlaygentRuns case011(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00012")
  PlaygentRuns case012(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00013")
  PlaygentRuns case013(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00014")
  PlaygentRuns case014(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00015")
  PlaygentRuns case015(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00016")
  PlaygentRuns case016(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00017")
  PlaygentRuns case017(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00018")
  PlaygentRuns case018(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00019")
  PlaygentRuns case019(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00020")
  PlaygentRuns case020(PlaygentRuns runs) {
    return runs;
  }
}
