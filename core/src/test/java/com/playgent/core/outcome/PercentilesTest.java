package com.playgent.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void should_use_nearest_rank() {
    List<Long> values = new ArrayList<>();
    for (long i = 20; i >= 1; i--) {
      values.add(i * 100);
    }
    Percentiles p = Percentiles.of(values);
    assertThat(p.at(50)).isEqualTo(1000L);
    assertThat(p.at(95)).isEqualTo(1900L);
    assertThat(p.at(99)).isEqualTo(2000L);
    assertThat(p.at(100)).isEqualTo(2000L);
    assertThat(p.min()).isEqualTo(100L);
    assertThat(p.max()).isEqualTo(2000L);
  }

  @Test
  void should_give_the_largest_value_for_high_percentiles_of_few_values() {
    Percentiles p = Percentiles.of(List.of(300L, 100L, 200L));
    assertThat(p.at(50)).isEqualTo(200L);
    assertThat(p.at(95)).isEqualTo(300L);
    assertThat(Percentiles.of(List.of(7L)).at(1)).isEqualTo(7L);
  }

  @Test
  void should_skip_nulls_and_give_null_when_empty() {
    assertThat(Percentiles.of(Arrays.asList(null, 5L, null)).count()).isEqualTo(1);
    assertThat(Percentiles.of(List.of()).at(95)).isNull();
    assertThat(Percentiles.of(List.of()).max()).isNull();
  }

  @Test
  void should_reject_a_percentile_outside_0_to_100() {
    assertThatThrownBy(() -> Percentiles.of(List.of(1L)).at(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.of(List.of(1L)).at(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
