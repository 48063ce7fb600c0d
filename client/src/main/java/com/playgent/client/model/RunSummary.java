package com.playgent.client.model;

/** A run's totals. The service counts every turn here, even where it shortens {@code turns}. */
public record RunSummary(Integer turnsPassed, Integer turnsFailed, Double avgLatencyMs, Double totalCostUsd) {}
