package it;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

@PlaygentTest
class HugeOutputTest {
  @PlaygentCase("tc_long")
  Stream<DynamicNode> longAnswer(PlaygentRuns runs) {
    return runs.stream();
  }
}
