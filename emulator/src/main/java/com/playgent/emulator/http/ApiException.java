package com.playgent.emulator.http;

/** Carry an error answer in the documented shape: HTTP status, error code and message. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /** Create an error answer. */
  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Return a 400 {@code invalid_request}. */
  public static ApiException invalid(String message) {
    return new ApiException(400, "invalid_request", message);
  }

  /** Return a 404 {@code not_found}. */
  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  /** Return the HTTP status. */
  public int status() {
    return status;
  }

  /** Return the error code, for example {@code invalid_request}. */
  public String code() {
    return code;
  }
}
