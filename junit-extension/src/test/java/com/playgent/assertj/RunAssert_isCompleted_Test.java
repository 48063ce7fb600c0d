package com.playgent.assertj;

import static com.playgent.assertj.Fixtures.failureOf;
import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.ApiError;
import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunAssert_isCompleted_Test {
  @Test
  void should_pass_when_the_run_completed_even_with_failed_turns() {
    assertThat(Fixtures.refundRun()).isCompleted();
  }

  @Test
  void should_fail_with_the_services_reason_when_the_run_failed() {
    Run broken = new Run("run_broken1", RunStatus.FAILED, false, new EntityRef("tc_broken", "Escalation Flow"), null,
        List.of(Fixtures.turn(0, "Let me talk to a human", "Escalates", null, null, null, Map.of(), null, null)), null,
        null, new ApiError("agent_unreachable", "Agent endpoint timed out after 3 retries"));

    String message = failureOf(() -> assertThat(broken).isCompleted());

    assertThat(message).isEqualTo("""

        Expecting run run_broken1 of Escalation Flow:
          status failed
          turn 1 has no verdict · latency n/a · cost unknown
            (none reported)
        to be completed, but it failed: agent_unreachable: Agent endpoint timed out after 3 retries""");
  }

  @Test
  void should_fail_with_every_turns_scores_when_the_run_is_still_running() {
    Run running = Fixtures.run(RunStatus.RUNNING, List.of(Fixtures.turn1()), null);

    String message = failureOf(() -> assertThat(running).isCompleted());

    assertThat(message).isEqualTo("""

        Expecting run run_refund1 of Refund Flow:
          status running
          turn 1 passed · latency 1240 ms · cost $0.0034
            answer_relevancy 0.92 — Response directly addresses refund request
            faithfulness 0.88 — All claims supported by context
        to be completed, but it is still running""");
  }
}
