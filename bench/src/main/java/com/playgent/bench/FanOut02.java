package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

/**
 * Test cases tc_s00021 to tc_s00040, one factory each, as a user writes them. Six such classes
 * make up the benchmark suites (B1: the first three, B2: the first, B3: all six).
 */
@PlaygentTest
class FanOut02 {
  @PlaygentCase("tc_s00021")
  PlaygentRuns case021(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00022")
  PlaygentRuns case022(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00023")
  PlaygentRuns case023(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00024")
  PlaygentRuns case024(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00025")
  PlaygentRuns case025(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00026")
  PlaygentRuns case026(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00027")
  PlaygentRuns case027(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00028")
  PlaygentRuns case028(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00029")
  PlaygentRuns case029(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00030")
  PlaygentRuns case030(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00031")
  PlaygentRuns case031(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00032")
  PlaygentRuns case032(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00033")
  PlaygentRuns case033(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00034")
  PlaygentRuns case034(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00035")
  PlaygentRuns case035(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00036")
  PlaygentRuns case036(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00037")
  PlaygentRuns case037(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00038")
  PlaygentRuns case038(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00039")
  PlaygentRuns case039(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00040")
  PlaygentRuns case040(PlaygentRuns runs) {
    return runs;
  }
}
