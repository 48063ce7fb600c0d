package com.playgent.client;

/**
 * Base of every failure the client reports. Messages name the request ({@code GET /v1/runs/run_x}),
 * the cause and, where one exists, the fix. No message ever contains the API key.
 */
public class PlaygentException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String request;

  public PlaygentException(String message, String request, Throwable cause) {
    super(message, cause);
    this.request = request;
  }

  /** The failed request as method and path, e.g. {@code POST /v1/runs}, or null for local failures. */
  public String request() {
    return request;
  }
}
