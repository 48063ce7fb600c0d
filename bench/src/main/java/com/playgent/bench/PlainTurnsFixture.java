package com.playgent.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** B4's baseline: the same number of plain {@link DynamicTest}s over the same texts, no Playgent. */
class PlainTurnsFixture {
  static volatile int turns;
  static volatile int outputChars;

  @TestFactory
  Stream<DynamicTest> largeCase() {
    return IntStream.rangeClosed(1, turns).mapToObj(t -> {
      String input = Worlds.input(t);
      String output = Worlds.output(t, outputChars);
      return DynamicTest.dynamicTest("Large case › turn " + t + ": " + input,
          () -> assertTrue(output.length() == outputChars && 0.9 >= 0.5, "relevance below 0.5"));
    });
  }
}
