package com.playgent.bench;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

/**
 * Test cases tc_s00041 to tc_s00060, one factory each, as a user writes them. Six such classes
 * make up the benchmark suites (B1: the first three, B2: the first, B3: all six).
 */
@PlaygentTest
class FanOut03 {
  @PlaygentCase("tc_s00041")
  PlaygentRuns case041(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00042")
  PlaygentRuns case042(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00043")
  PlaygentRuns case043(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00044")
  PlaygentRuns case044(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00045")
  PlaygentRuns case045(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00046")
  PlaygentRuns case046(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00047")
  PlaygentRuns case047(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00048")
  PlaygentRuns case048(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00049")
  PlaygentRuns case049(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00050")
  PlaygentRuns case050(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00051")
  PlaygentRuns case051(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00052")
  PlaygentRuns case052(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00053")
  PlaygentRuns case053(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00054")
  PlaygentRuns case054(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00055")
  PlaygentRuns case055(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00056")
  PlaygentRuns case056(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00057")
  PlaygentRuns case057(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00058")
  PlaygentRuns case058(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00059")
  PlaygentRuns case059(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_s00060")
  PlaygentRuns case060(PlaygentRuns runs) {
    return runs;
  }
}
