package com.playgent.client;

/** The service answered 2xx with a body that is not the documented JSON (truncated, malformed, wrong type). */
public final class PlaygentResponseException extends PlaygentException {
  private static final long serialVersionUID = 1L;
  private final String jsonPath;

  public PlaygentResponseException(String message, String request, String jsonPath, Throwable cause) {
    super(message, request, cause);
    this.jsonPath = jsonPath;
  }

  /** Where in the body parsing failed, e.g. {@code $.turns[0].metrics.latency_ms}; {@code $} when unknown. */
  public String jsonPath() {
    return jsonPath;
  }
}
