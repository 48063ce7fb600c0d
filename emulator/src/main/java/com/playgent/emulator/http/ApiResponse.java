package com.playgent.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hold an answer before it is written: status, JSON body and extra headers.
 *
 * @param status HTTP status
 * @param body JSON body
 * @param headers extra headers (mutable, so rate-limit headers can be added)
 */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {
  /** Create an answer without extra headers. */
  public static ApiResponse of(int status, JsonNode body) {
    return new ApiResponse(status, body, new LinkedHashMap<>());
  }

  /** Create the documented error answer for {@code e}. */
  public static ApiResponse error(ApiException e) {
    return of(e.status(), Json.error(e.code(), e.getMessage()));
  }
}
