package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

/**
 * Test cases tc_s00101 to tc_s00120, one factory each, as a user writes them. Six such classes
 * make up the benchmark suites (B1: the first three, B2: the first, B3: all six).
 */
@PlaygentTest
class FanOut06 {
  @PlaygentCase("tc_s00101")
  PlaygentRuns case101(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00102")
  PlaygentRuns case102(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00103")
  PlaygentRuns case103(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00104")
  PlaygentRuns case104(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00105")
  PlaygentRuns case105(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00106")
  PlaygentRuns case106(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00107")
  PlaygentRuns case107(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00108")
  PlaygentRuns case108(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00109")
  PlaygentRuns case109(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00110")
  PlaygentRuns case110(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00111")
  PlaygentRuns case111(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00112")
  PlaygentRuns case112(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00113")
  PlaygentRuns case113(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00114")
  PlaygentRuns case114(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00115")
  PlaygentRuns case115(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00116")
  PlaygentRuns case116(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00117")
  PlaygentRuns case117(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00118")
  PlaygentRuns case118(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00119")
  PlaygentRuns case119(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00120")
  PlaygentRuns case120(PlaygentRuns runs) {
    return runs;
  }
}
