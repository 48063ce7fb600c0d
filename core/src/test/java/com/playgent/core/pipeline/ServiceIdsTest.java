package com.playgent.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentResponseException;
import com.playgent.client.model.CaseResult;
import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.TurnResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceIdsTest {
  private static final String RULE = " (ids are letters, digits, '_', '-' and '.', without '..')";
  private static final String SOURCE = "the service answered GET /v1/runs/run_1 with";

  @Test
  void documented_ids_are_ids() {
    assertThat(List.of("run_def456", "tc_xyz789", "agent_abc123", "trace_ghi789", "run_s0001", "a.b-c_D9"))
        .allMatch(ServiceIds::isId);
  }

  @Test
  void each_character_that_is_not_allowed_is_named_once_in_order() {
    assertThat(ServiceIds.whyNot("run_a/../../admin?x=1#y")).isEqualTo("it contains '/', '..', '?', '=' and '#'");
    assertThat(ServiceIds.whyNot("../../../../pwned_run")).isEqualTo("it contains '..' and '/'");
    assertThat(ServiceIds.whyNot("run_1\\x")).isEqualTo("it contains '\\'");
    assertThat(ServiceIds.whyNot("run 1\n\u001b[31m")).isEqualTo("it contains U+0020, U+000A, U+001B and '['");
    assertThat(ServiceIds.whyNot("run_ü😀")).isEqualTo("it contains 'ü' and '😀'");
    assertThat(ServiceIds.whyNot("")).isEqualTo("it is empty");
    assertThat(ServiceIds.whyNot("r".repeat(129))).isEqualTo("it is 129 characters long (at most 128)");
    assertThat(ServiceIds.whyNot("%2e%2e".repeat(30))).isEqualTo("it contains '%' and it is 180 characters long"
        + " (at most 128)");
  }

  @Test
  void a_run_is_checked_id_by_id_and_the_message_names_the_field() {
    TurnResult turn = new TurnResult(0, List.of(), List.of(), null, true, null, null, "trace_1");
    TurnResult badTurn = new TurnResult(1, List.of(), List.of(), null, true, null, null, "../trace");
    Run good = run("run_1", List.of(turn), null);

    assertThat(ServiceIds.checkRun(good, SOURCE, "run_1")).isSameAs(good);
    assertThatThrownBy(() -> ServiceIds.checkRun(run("run_1", List.of(turn, badTurn), null), SOURCE, "run_1"))
        .isInstanceOf(PlaygentResponseException.class)
        .hasMessage(SOURCE + " turns[1].trace_id '../trace', which is not an id: it contains '..' and '/'" + RULE);
    assertThatThrownBy(() -> ServiceIds.checkRun(run("run_1", List.of(),
        List.of(new CaseResult("tc_a", "A", true, List.of(), null), new CaseResult("tc b", "B", true, List.of(),
            null))), SOURCE, "run_1"))
        .hasMessage(SOURCE + " test_cases[1].id 'tc b', which is not an id: it contains U+0020" + RULE);
    assertThatThrownBy(() -> ServiceIds.checkRun(run("run_2", List.of(), null), SOURCE, "run_1"))
        .hasMessage(SOURCE + " run_id 'run_2': another run than run_1, the one asked for");
    assertThatThrownBy(() -> ServiceIds.checkRun(run(null, List.of(), null), SOURCE, "run_1"))
        .hasMessage(SOURCE + " no run_id");
    assertThatThrownBy(() -> ServiceIds.checkCreated("run_\u0007" + "x".repeat(200)))
        .hasMessage("the service answered POST /v1/runs with run_id 'run_\\u0007" + "x".repeat(123) + "…', which is "
            + "not an id: it contains U+0007 and it is 205 characters long (at most 128)" + RULE
            + ". The run it started was not fetched.");
  }

  private static Run run(String id, List<TurnResult> turns, List<CaseResult> cases) {
    return new Run(id, RunStatus.COMPLETED, true, new EntityRef("tc_a", "A"), new EntityRef("agent_a", "A"), turns,
        null, cases, null);
  }
}
