package com.playgent.client.model;

/** The documented error body: {@code {"error": {"code", "message"}}}. */
public record ErrorBody(ApiError error) {}
