package com.playgent.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoresTest {
  /** Scores and amounts the reports meet, the rounding edges, and the values the formatter treats on its own. */
  private static List<Double> values() {
    List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.005, 0.015, 0.125, 0.845, 1.005, 2.675, 0.99999,
        0.0012, 0.00005, 0.00015, 123456.789, 1e20, 1e-20, 3.0e-5, -0.001, -0.125, -1.5, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE));
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      v.add(random.nextDouble());
      v.add(Math.round(random.nextDouble() * 100_000) / 100_000.0); // five decimals: half-way cases
      v.add(random.nextDouble() * 1000 - 10);
    }
    return v;
  }

  @Test
  void scoresReadAsTheFormatterWritesThemWithTwoDecimals() {
    for (double d : values()) {
      assertThat(Scores.format(d)).as("score %s", d).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
    }
  }

  @Test
  void dollarsReadAsTheFormatterWritesThemWithFourDecimals() {
    for (double d : values()) {
      assertThat(Scores.dollars(d)).as("amount %s", d).isEqualTo(String.format(Locale.ROOT, "$%.4f", d));
    }
  }

  @Test
  void missingNumbersAreNamed() {
    assertThat(Scores.format(null)).isEqualTo("n/a");
    assertThat(Scores.dollars(null)).isEqualTo("unknown");
  }
}
