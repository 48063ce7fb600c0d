package com.playgent.client.model;

/** The answer of {@code POST /v1/runs}. */
public record CreateRunResponse(
    String runId, RunStatus status, Integer testCaseCount, Integer estimatedDurationS, String webhookUrl) {}
