package com.playgent.junit;

/**
 * The lines a Playgent exception adds after its one-line message: Surefire writes a failure's
 * {@code message} attribute from the message and its body from {@code toString()}, so the message
 * stays one line and the whole story is written once, in the body.
 */
final class Details {
  private Details() {}

  /** Null for nothing to add, else the text without trailing blank space. */
  static String of(String details) {
    return details == null || details.isBlank() ? null : details.stripTrailing();
  }

  /** {@code head}, then the details on the lines after it. */
  static String after(String head, String details) {
    return details == null ? head : head + "\n" + details;
  }
}
