package com.playgent.client;

/** The service could not be reached or the connection broke, after every retry the policy allowed. */
public final class PlaygentTransportException extends PlaygentException {
  private static final long serialVersionUID = 1L;
  private final int attempts;
  private final boolean mayHaveBeenProcessed;

  public PlaygentTransportException(String message, String request, int attempts, Throwable cause) {
    this(message, request, attempts, false, cause);
  }

  public PlaygentTransportException(
      String message, String request, int attempts, boolean mayHaveBeenProcessed, Throwable cause) {
    super(message, request, cause);
    this.attempts = attempts;
    this.mayHaveBeenProcessed = mayHaveBeenProcessed;
  }

  public int attempts() {
    return attempts;
  }

  /**
   * Whether the service may have acted on the request although its answer never arrived (a POST
   * that was sent, so it was not retried). For {@code POST /v1/runs} it means a run may exist on
   * the service whose id the client never learnt.
   */
  public boolean mayHaveBeenProcessed() {
    return mayHaveBeenProcessed;
  }
}
