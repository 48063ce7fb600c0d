package com.playgent.emulator.world;

/**
 * Hold the metrics of one turn.
 *
 * @param latencyMs agent latency in milliseconds
 * @param tokensInput input tokens
 * @param tokensOutput output tokens
 * @param costUsd cost in US dollars, or {@code null} when the cost is unknown
 */
public record Metrics(long latencyMs, long tokensInput, long tokensOutput, Double costUsd) {}
