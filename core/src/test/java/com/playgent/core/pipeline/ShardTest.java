package com.playgent.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentConfigurationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void parses_i_of_n_and_blank_means_unsharded() {
    assertThat(Shard.parse("2/5", "playgent.shard")).isEqualTo(new Shard(2, 5));
    assertThat(Shard.parse(" 1 / 1 ", "playgent.shard")).isEqualTo(new Shard(1, 1));
    assertThat(Shard.parse("  ", "playgent.shard")).isNull();
    assertThat(new Shard(3, 4)).hasToString("3/4");
  }

  @Test
  void a_bad_value_names_itself_the_rule_and_the_fix() {
    for (String bad : List.of("0/3", "4/3", "3", "a/b", "-1/2", "2/0", "1/2/3")) {
      assertThatThrownBy(() -> Shard.parse(bad, "playgent.shard"))
          .isInstanceOf(PlaygentConfigurationException.class)
          .hasMessageContaining("playgent.shard '" + bad + "'")
          .hasMessageContaining("1 <= i <= n")
          .hasMessageContaining("${CI_NODE_INDEX}/${CI_NODE_TOTAL}");
    }
  }

  @Test
  void the_assignment_is_pinned_so_it_never_changes_between_versions() {
    // Checked with coreutils: printf 'TEST_CASE:tc_abc456@' | sha256sum starts e09c0c91acefb024, mod 3 = 2, shard 3.
    Map<String, Integer> expected = new HashMap<>();
    for (String id : List.of("tc_refund_policy", "tc_xyz789", "tc_def123", "tc_abc456")) {
      expected.put(id, Shard.of(RunUnit.testCase(id, null, null).shardKey(), 3));
    }
    assertThat(expected).isEqualTo(PINNED);
  }

  private static final Map<String, Integer> PINNED = Map.of(
      "tc_refund_policy", 1, "tc_xyz789", 1, "tc_def123", 1, "tc_abc456", 3);

  @Test
  void every_unit_lands_on_exactly_one_shard_and_repeats_and_config_do_not_move_it() {
    RunUnit plain = RunUnit.testCase("tc_refund_policy", "agent_x", null);
    RunUnit configured = RunUnit.testCase("tc_refund_policy", "agent_x",
        new com.playgent.client.model.RunConfig(false, 2, 1000));
    assertThat(configured.shardKey()).isEqualTo(plain.shardKey()).isEqualTo("TEST_CASE:tc_refund_policy@agent_x");
    for (int n = 1; n <= 7; n++) {
      int owners = 0;
      for (int i = 1; i <= n; i++) {
        owners += new Shard(i, n).owns(plain) ? 1 : 0;
      }
      assertThat(owners).as("shards of %d owning the unit", n).isEqualTo(1);
    }
  }

  @Test
  void realistic_keys_spread_evenly_over_the_shards() {
    List<RunUnit> units = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      units.add(RunUnit.testCase(String.format("tc_%06x", i * 7919), i % 4 == 0 ? "agent_support" : null, null));
    }
    for (int i = 0; i < 200; i++) {
      units.add(RunUnit.tags(List.of("area-" + i, "smoke"), null, null));
    }
    for (int n : new int[] {2, 3, 5, 8, 10}) {
      double mean = units.size() / (double) n;
      int total = 0;
      for (int i = 1; i <= n; i++) {
        int size = new Shard(i, n).filter(units).size();
        total += size;
        // A fair hash puts each unit on a shard with chance 1/n: stay within 4 standard deviations of that.
        double sd = Math.sqrt(units.size() * (1.0 / n) * (1 - 1.0 / n));
        assertThat(Math.abs(size - mean)).as("shard %d/%d holds %d of %d", i, n, size, units.size())
            .isLessThan(4 * sd);
      }
      assertThat(total).isEqualTo(units.size());
    }
  }
}
