package com.playgent.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A test source is made of any text, never an exception in the factory. */
class RunNodesUriTest {
  @Test
  void a_link_that_is_a_uri_stays_as_it_is() {
    assertThat(RunNodes.uri("http://127.0.0.1:4010/v1/runs/run_s0001#turn-2"))
        .hasToString("http://127.0.0.1:4010/v1/runs/run_s0001#turn-2");
  }

  @Test
  void a_link_with_a_second_hash_spaces_or_other_scripts_is_percent_encoded() {
    assertThat(RunNodes.uri("http://127.0.0.1:4010/v1/runs/run_a/../../admin?x=1#y#verdict"))
        .hasToString("http://127.0.0.1:4010/v1/runs/run_a/../../admin?x=1#y%23verdict");
    assertThat(RunNodes.uri("http://h/v1/runs/a b|ü[%zz]%41"))
        .hasToString("http://h/v1/runs/a%20b%7C%C3%BC%5B%25zz%5D%41");
  }

  @Test
  void a_link_no_encoding_can_save_gives_no_test_source() {
    assertThat(RunNodes.uri("://no scheme/v1/runs/x")).isNull();
  }
}
