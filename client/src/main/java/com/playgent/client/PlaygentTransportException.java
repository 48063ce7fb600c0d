package com.playgent.client;

/** The service could not be reached or the connection broke, after every retry the policy allowed. */
public final class PlaygentTransportException extends PlaygentException {
  private static final long serialVersionUID = 1L;
  private final int attempts;

  public PlaygentTransportException(String message, String request, int attempts, Throwable cause) {
    super(message, request, cause);
    this.attempts = attempts;
  }

  public int attempts() {
    return attempts;
  }
}
