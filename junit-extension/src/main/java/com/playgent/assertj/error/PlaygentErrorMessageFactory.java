package com.playgent.assertj.error;

import org.assertj.core.description.Description;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.DescriptionFormatter;
import org.assertj.core.presentation.Representation;

/**
 * The shape every Playgent failure message has, AssertJ's own:
 * {@code "\nExpecting <subject>:\n<actual>\nto <expectation>"}. The text is written once, when the
 * factory is made, from the actual scores and reasoning; only the description ({@code as(...)}) is
 * added in front. No representation is applied, so a {@code %} or a quote in an answer stays as it is.
 */
public class PlaygentErrorMessageFactory extends BasicErrorMessageFactory {
  private final String message;

  /**
   * @param subject what is checked, e.g. {@code turn 2 of Refund Flow}
   * @param actual the actual value in words, each line indented by two spaces
   * @param expectation what was expected and what was found, e.g. {@code to have passed, but ...}
   */
  protected PlaygentErrorMessageFactory(String subject, String actual, String expectation) {
    this("\nExpecting " + subject + ":\n" + actual + "\n" + expectation);
  }

  private PlaygentErrorMessageFactory(String message) {
    super("%s", message);
    this.message = message;
  }

  @Override
  public String create(Description description, Representation representation) {
    return DescriptionFormatter.instance().format(description) + message;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + message;
  }
}
