package com.playgent.core.session;

import com.playgent.core.settings.PlaygentSettings;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one session while it runs and writes it: once when it starts (so a killed JVM still
 * leaves its start behind) and once when it ends. Thread-safe: factories report from any thread.
 */
public final class SessionRecorder {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SessionFiles files;
  private final String sessionId;
  private final String producer;
  private final Instant startedAt;
  private final PlaygentSettings settings;
  private final String shard;
  private final Map<String, Selection> selections = new LinkedHashMap<>();
  private boolean ended;

  public SessionRecorder(SessionFiles files, String producer, PlaygentSettings settings, String shard) {
    this.files = files;
    this.producer = producer;
    this.settings = settings;
    this.shard = shard;
    this.startedAt = Instant.now();
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    this.sessionId = ID_TIME.format(startedAt) + "-" + HexFormat.of().formatHex(random);
  }

  public String sessionId() {
    return sessionId;
  }

  /** Writes the session as started; call once, before any run is created. */
  public void start() {
    files.write(snapshot(null));
  }

  /**
   * Declares a selection under {@code key} (e.g. the factory's unique id); a second declaration with
   * the same key adds to the first.
   */
  public synchronized void select(String key, SelectionRecord declared) {
    selections.putIfAbsent(key, new Selection(declared));
  }

  /** Records what became of one unit of the selection under {@code key}. */
  public synchronized void unit(String key, UnitRecord unit) {
    Selection s = selections.get(key);
    if (s == null) {
      throw new IllegalStateException("no selection declared under " + key);
    }
    s.units.add(unit);
  }

  /** Records which run answered {@code unit} (its label) in the selection under {@code key}; once per unit. */
  public synchronized void unitRun(String key, String unit, String runId) {
    Selection s = selections.get(key);
    if (s == null) {
      throw new IllegalStateException("no selection declared under " + key);
    }
    if (s.unitRuns.stream().noneMatch(r -> r.unit().equals(unit))) {
      s.unitRuns.add(new UnitRun(unit, runId));
    }
  }

  /** Writes the finished session; later calls do nothing. */
  public void end() {
    SessionRecord record;
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      record = snapshot(Instant.now());
    }
    files.write(record);
  }

  public synchronized SessionRecord snapshot(Instant endedAt) {
    List<SelectionRecord> out = new ArrayList<>();
    for (Selection s : selections.values()) {
      SelectionRecord d = s.declared;
      out.add(new SelectionRecord(d.testClass(), d.method(), d.uniqueId(), d.origin(), d.testCaseIds(), d.tags(),
          d.pinnedRuns(), d.agent(), d.thresholds(), d.knownFailingTurns(), s.units, s.unitRuns, d.repeats(),
          d.minPasses()));
    }
    return new SessionRecord(SessionRecord.SCHEMA, sessionId, producer, startedAt.toString(),
        endedAt == null ? null : endedAt.toString(), settings.mode().value(), settings.baseUrlHost(),
        settings.agent(), settings.skipWhenUnavailable() ? "skip" : "fail", shard, out);
  }

  private static final class Selection {
    final SelectionRecord declared;
    final List<UnitRecord> units = new ArrayList<>();
    final List<UnitRun> unitRuns = new ArrayList<>();

    Selection(SelectionRecord declared) {
      this.declared = declared;
    }
  }
}
