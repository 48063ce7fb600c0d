package com.playgent.client;

import java.util.Optional;

/**
 * The service answered with an error status. Carries the HTTP status, the API's error code and
 * message (when the body had the documented shape), the request, and the rate-limit headers.
 */
public final class PlaygentApiException extends PlaygentException {
  private static final long serialVersionUID = 1L;
  private final int httpStatus;
  private final String errorCode;
  private final String apiMessage;
  private final transient RateLimitInfo rateLimit;

  public PlaygentApiException(
      String message, String request, int httpStatus, String errorCode, String apiMessage, RateLimitInfo rateLimit) {
    super(message, request, null);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.apiMessage = apiMessage;
    this.rateLimit = rateLimit;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The API's {@code error.code}, e.g. {@code invalid_request}; null when the body had none. */
  public String errorCode() {
    return errorCode;
  }

  /** The API's {@code error.message}; null when the body had none. */
  public String apiMessage() {
    return apiMessage;
  }

  public Optional<RateLimitInfo> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  public boolean isUnauthorized() {
    return httpStatus == 401 || httpStatus == 403;
  }

  public boolean isNotFound() {
    return httpStatus == 404;
  }
}
