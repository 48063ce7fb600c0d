package com.playgent.client;

/** The client was configured with a missing or unusable value; the message says which and how to fix it. */
public final class PlaygentConfigurationException extends PlaygentException {
  private static final long serialVersionUID = 1L;

  public PlaygentConfigurationException(String message) {
    super(message, null, null);
  }
}
