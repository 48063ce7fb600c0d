package com.playgent.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void a_text_up_to_the_limit_is_kept_as_it_is() {
    String limit = "x".repeat(Text.MAX_LENGTH);
    assertThat(Text.cut(limit, "run_1")).isSameAs(limit);
    assertThat(Text.cut(null, "run_1")).isNull();
  }

  @Test
  void a_longer_text_is_cut_saying_how_much_more_there_is_and_where() {
    assertThat(Text.cut("x".repeat(Text.MAX_LENGTH + 1), "run_1"))
        .isEqualTo("x".repeat(Text.MAX_LENGTH) + "… (1 more character, full text in runs/run_1.json)");
    assertThat(Text.cut("y".repeat(20_000_001), "run_s0001"))
        .isEqualTo("y".repeat(Text.MAX_LENGTH) + "… (19,996,001 more characters, full text in runs/run_s0001.json)");
    assertThat(Text.cut("z".repeat(5_000), null))
        .isEqualTo("z".repeat(Text.MAX_LENGTH) + "… (1,000 more characters, full text in the run file)");
  }

  @Test
  void characters_are_code_points_never_half_an_emoji() {
    String emoji = "😀".repeat(Text.MAX_LENGTH);
    assertThat(Text.cut(emoji, "run_1")).isSameAs(emoji);
    assertThat(Text.cut(emoji + "😀😀", "run_1"))
        .isEqualTo(emoji + "… (2 more characters, full text in runs/run_1.json)");
  }

  @Test
  void one_line_folds_every_run_of_whitespace_and_keeps_single_spaces() {
    assertThat(Text.oneLine("Refund  flow", 80)).isEqualTo("Refund flow");
    assertThat(Text.oneLine(" Refund\tflow\r\nfor\n\n order ", 80)).isEqualTo("Refund flow for order");
    assertThat(Text.oneLine("Refund flow", 80)).isEqualTo("Refund flow");
    assertThat(Text.oneLine("  padded  ", 80)).isEqualTo("padded");
    assertThat(Text.oneLine("bell\u0007 and\u000bvt", 80)).isEqualTo("bell\\u0007 and\\u000bvt");
    assertThat(Text.oneLine("a b c d e f", 6)).isEqualTo("a b c…");
    assertThat(Text.oneLine(null, 10)).isEmpty();
  }
}
