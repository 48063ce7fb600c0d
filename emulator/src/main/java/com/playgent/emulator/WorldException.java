package com.playgent.emulator;

/**
 * Report a world that cannot be used: a malformed file (with its name, line and column or JSON
 * path, and the problem) or inconsistent content such as a duplicate id.
 */
public final class WorldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Report {@code message}. */
  public WorldException(String message) {
    super(message);
  }

  /** Report {@code message} caused by {@code cause}. */
  public WorldException(String message, Throwable cause) {
    super(message, cause);
  }
}
