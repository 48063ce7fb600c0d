package com.playgent.core.session;

import java.util.List;

/**
 * One test plan (or one {@code playgent:run}) as {@code sessions/<id>.json} under the output
 * directory: when it ran, against what, and every selection with the runs that answered it. The
 * Maven plugin's {@code report} and {@code check} read these, never loose run files. Format:
 * {@code docs/session-files.md}; {@code schema} changes only when a field changes meaning.
 *
 * @param sessionId {@code 20261130T120102.123Z-4f2a9c}: sorts by start time, unique per JVM and moment
 * @param producer {@code playgent-junit} or {@code playgent-maven-plugin:run}
 * @param endedAt null while the session is still running (or when its JVM was killed)
 * @param baseUrlHost host and port only: never a path, query or key
 * @param shard e.g. {@code 2/5}, or null when unsharded
 */
public record SessionRecord(
    int schema,
    String sessionId,
    String producer,
    String startedAt,
    String endedAt,
    String mode,
    String baseUrlHost,
    String agent,
    String onUnavailable,
    String shard,
    List<SelectionRecord> selections) {

  public static final int SCHEMA = 1;

  public SessionRecord {
    selections = List.copyOf(selections);
  }

  /** Every unit of every selection, in order. */
  public List<UnitRecord> units() {
    return selections.stream().flatMap(s -> s.units().stream()).toList();
  }
}
