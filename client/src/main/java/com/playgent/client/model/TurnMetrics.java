package com.playgent.client.model;

/** Latency, tokens and cost the service measured for one turn. Any field may be absent. */
public record TurnMetrics(Long latencyMs, TokenUsage tokens, Double costUsd) {}
