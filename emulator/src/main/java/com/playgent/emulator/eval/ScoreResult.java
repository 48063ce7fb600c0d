package com.playgent.emulator.eval;

import java.util.Map;

/**
 * Hold one scorer's result.
 *
 * @param score score in [0, 1], rounded to two decimals
 * @param reasoning how the score came about
 * @param metadata scorer-specific details (JSON-serialisable values)
 */
public record ScoreResult(double score, String reasoning, Map<String, Object> metadata) {}
