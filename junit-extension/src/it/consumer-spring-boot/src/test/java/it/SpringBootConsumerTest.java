package it;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;

/** A tag selection with a client-side threshold: runs written, polled and read with Boot's Jackson. */
@PlaygentTest
class SpringBootConsumerTest {

  @PlaygentCase(tags = "smoke", thresholds = "faithfulness >= 0.85")
  Stream<DynamicNode> smoke(PlaygentRuns runs) {
    return runs.stream();
  }
}
