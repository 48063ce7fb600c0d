package com.playgent.junit.internal;

/**
 * What a {@link com.playgent.junit.PlaygentRuns} needs from the extension: the resolved settings,
 * the shared coordinator, the class the tests belong to, and where in the plan it was made.
 */
public record RunsContext(Settings settings, RunCoordinator coordinator, String testClass, String origin, String slot) {}
