package com.playgent.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {
  @Test
  void should_split_commas_trim_and_drop_blanks_and_duplicates() {
    assertThat(Params.split(Arrays.asList("tc_a, tc_b", null, " ", "tc_a", "tc_c"))).containsExactly("tc_a", "tc_b",
        "tc_c");
    assertThat(Params.split(null)).isEmpty();
    assertThat(Params.split(List.of("faithfulness>=0.8,relevance>=0.7"))).containsExactly("faithfulness>=0.8",
        "relevance>=0.7");
  }
}
