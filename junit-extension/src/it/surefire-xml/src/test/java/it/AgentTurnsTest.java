package it;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;

@PlaygentTest
class AgentTurnsTest {
  @PlaygentCase("tc_refund")
  PlaygentRuns refund(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_hostile")
  PlaygentRuns hostile(PlaygentRuns runs) {
    return runs;
  }

  @PlaygentCase("tc_broken")
  PlaygentRuns broken(PlaygentRuns runs) {
    return runs;
  }
}
