package com.playgent.junit;

import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that only declares its Playgent test cases, with {@link PlaygentCase} on the class:
 *
 * <pre>{@code
 * @PlaygentCase({"tc_refund_policy", "tc_escalation"})
 * class RefundTest implements PlaygentSuite {}
 * }</pre>
 *
 * <p>This interface supplies the factory; its runs and turns are reported exactly as a
 * {@code @PlaygentCase} method's are, and start when the test plan starts. A class can also have
 * {@code @PlaygentCase} methods of its own beside it.
 */
@ExtendWith(PlaygentExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PlaygentSuite {
  /** The runs that the class's {@link PlaygentCase} declares. */
  @TestFactory
  default Stream<DynamicNode> playgent(PlaygentRuns runs) {
    return runs.stream();
  }
}
