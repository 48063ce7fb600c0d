package com.playgent.core.session;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.settings.SettingKeys;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sessions a report or a gate judges, merged, with a sentence saying which they are. Chosen
 * by {@code playgent.sessions}:
 * <ul>
 *   <li>{@code current} (default): the sessions this build started; when it started none (a
 *       {@code playgent:report} on its own), the latest ones, saying so;
 *   <li>{@code latest}: the newest session and those linked to it by overlapping times (other forks);
 *   <li>{@code all}: every session on disk;
 *   <li>session ids or file-name globs, comma separated, e.g. {@code 20261130T12*}.
 * </ul>
 */
public record SessionSet(List<SessionRecord> sessions, String description) {
  public static final String CURRENT = "current";
  public static final String LATEST = "latest";
  public static final String ALL = "all";

  public SessionSet {
    sessions = List.copyOf(sessions);
  }

  /**
   * @param all every session on disk, oldest first
   * @param which the {@code playgent.sessions} value; blank means {@code current}
   * @param buildStart when the current build started
   */
  public static SessionSet select(List<SessionRecord> all, String which, Instant buildStart) {
    String w = which == null || which.isBlank() ? CURRENT : which.trim();
    if (w.equals(CURRENT)) {
      List<SessionRecord> current = all.stream().filter(s -> !Instant.parse(s.startedAt()).isBefore(buildStart))
          .toList();
      if (!current.isEmpty()) {
        return new SessionSet(current, describe(current, "of this build"));
      }
      SessionSet latest = latest(all);
      return new SessionSet(latest.sessions, latest.sessions.isEmpty() ? "no session"
          : "no session of this build; " + latest.description);
    }
    if (w.equals(LATEST)) {
      return latest(all);
    }
    if (w.equals(ALL)) {
      return new SessionSet(all, describe(all, "on disk (" + SettingKeys.SESSIONS + "=all)"));
    }
    Set<SessionRecord> chosen = new LinkedHashSet<>();
    for (String pattern : w.split(",")) {
      String p = pattern.trim();
      if (p.isEmpty()) {
        continue;
      }
      String glob = p.endsWith(".json") ? p.substring(0, p.length() - 5) : p;
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      List<SessionRecord> hits = all.stream().filter(s -> m.matches(Path.of(s.sessionId()))).toList();
      if (hits.isEmpty()) {
        throw new PlaygentConfigurationException(SettingKeys.SESSIONS + " '" + p + "' matches no session: "
            + (all.isEmpty() ? "there are none" : "the newest is " + all.get(all.size() - 1).sessionId())
            + ". Give session ids (the file names under sessions/, without .json), globs, current, latest or all.");
      }
      chosen.addAll(hits);
    }
    List<SessionRecord> list = new ArrayList<>(chosen);
    return new SessionSet(list, describe(list, "named by " + SettingKeys.SESSIONS));
  }

  /**
   * The newest session and every session linked to it by overlapping run times: forks side by side,
   * and with {@code reuseForks=false} the forks that followed each other in one slot while another
   * slot ran; plus sessions that never ended. A session that never ended links nothing (its end is
   * unknown), so a JVM killed long ago does not pull in every build since.
   */
  private static SessionSet latest(List<SessionRecord> all) {
    if (all.isEmpty()) {
      return new SessionSet(List.of(), "no session");
    }
    SessionRecord newest = all.get(all.size() - 1);
    Set<SessionRecord> group = new LinkedHashSet<>(List.of(newest));
    for (boolean grew = true; grew; ) {
      grew = false;
      for (SessionRecord s : all) {
        if (!group.contains(s) && group.stream().anyMatch(g -> overlap(s, g))) {
          group.add(s);
          grew = true;
        }
      }
    }
    Instant start = Instant.parse(newest.startedAt());
    List<SessionRecord> chosen = all.stream().filter(s -> group.contains(s)
        || s.endedAt() == null && Instant.parse(s.startedAt()).isBefore(start)).toList();
    return new SessionSet(chosen, describe(chosen, "latest"));
  }

  private static boolean overlap(SessionRecord a, SessionRecord b) {
    return !Instant.parse(a.startedAt()).isAfter(end(b)) && !Instant.parse(b.startedAt()).isAfter(end(a));
  }

  private static Instant end(SessionRecord s) {
    return Instant.parse(s.endedAt() != null ? s.endedAt() : s.startedAt());
  }

  private static String describe(List<SessionRecord> sessions, String which) {
    if (sessions.isEmpty()) {
      return "no session " + which;
    }
    List<String> ids = sessions.stream().map(SessionRecord::sessionId).toList();
    return (sessions.size() == 1 ? "session " : sessions.size() + " sessions ") + which + ": " + String.join(", ", ids);
  }

  public boolean isEmpty() {
    return sessions.isEmpty();
  }

  /** Every unit of every session, in order. */
  public List<UnitRecord> units() {
    return sessions.stream().flatMap(s -> s.units().stream()).toList();
  }

  /** The ids of every run a unit reported or started, each once, in order. */
  public List<String> runIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (UnitRecord u : units()) {
      if (u.runId() != null) {
        ids.add(u.runId());
      }
    }
    return new ArrayList<>(ids);
  }

  /** Units skipped because the service was unavailable. */
  public List<UnitRecord> skippedUnavailable() {
    return units().stream().filter(u -> u.outcome() == UnitOutcome.SKIPPED_UNAVAILABLE).toList();
  }
}
