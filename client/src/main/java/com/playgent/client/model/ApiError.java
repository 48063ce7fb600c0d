package com.playgent.client.model;

/** The documented error object: {@code {"code": "invalid_request", "message": "..."}}. */
public record ApiError(String code, String message) {}
