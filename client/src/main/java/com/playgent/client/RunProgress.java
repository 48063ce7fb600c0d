package com.playgent.client;

import com.playgent.client.model.RunStatus;
import java.time.Duration;

/** What one poll of a run saw; handed to {@link AwaitOptions#progress()} after every poll. */
public record RunProgress(String runId, RunStatus status, Duration elapsed, int polls) {}
