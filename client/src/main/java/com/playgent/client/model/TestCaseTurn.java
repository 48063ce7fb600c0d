package com.playgent.client.model;

import java.util.List;

/** One turn of a test case definition ({@code POST /v1/test-cases}, {@code turns[]}). */
public record TestCaseTurn(
    TextInput input, String expectedBehavior, List<String> scorers, String groundTruth, List<String> context) {

  public TestCaseTurn {
    scorers = Immutables.list(scorers);
    context = Immutables.list(context);
  }

  public static TestCaseTurn of(String text, String expectedBehavior) {
    return new TestCaseTurn(new TextInput(text), expectedBehavior, null, null, null);
  }
}
