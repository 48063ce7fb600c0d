package it;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

@PlaygentTest
class AgentTurnsTest {
  @PlaygentCase("tc_refund")
  Stream<DynamicNode> refund(PlaygentRuns runs) {
    return runs.stream();
  }

  @PlaygentCase("tc_hostile")
  Stream<DynamicNode> hostile(PlaygentRuns runs) {
    return runs.stream();
  }

  @PlaygentCase("tc_broken")
  Stream<DynamicNode> broken(PlaygentRuns runs) {
    return runs.stream();
  }
}
