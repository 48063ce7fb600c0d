package com.playgent.maven.report;

import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.client.store.RunJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorded runs under one {@code target/playgent} directory: every {@code runs/<run_id>.json}
 * plus what the journal {@code runs.jsonl} knows that the run files do not (the base URL each run
 * was created on, and runs that were started but never fetched).
 *
 * @param directory the playgent directory that was read
 * @param runs the run files' contents, oldest first
 * @param baseUrls base URL per run id, from the journal's {@code created} lines
 * @param unfinished run ids without a run file that the journal marks {@code unfinished}, or records as
 *     {@code created} with no later line, with the reason
 */
public record RunSet(Path directory, List<Run> runs, Map<String, String> baseUrls, Map<String, String> unfinished) {
  private static final Pattern EVENT = Pattern.compile("\"event\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern RUN_ID = Pattern.compile("\"run_id\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern BASE_URL = Pattern.compile("\"base_url\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  public RunSet {
    runs = List.copyOf(runs);
    baseUrls = Map.copyOf(baseUrls);
    unfinished = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unfinished));
  }

  /** Reads the run files and the journal; absent files give an empty set, never an exception. */
  public static RunSet load(Path playgentDirectory) {
    RunFiles files = new RunFiles(playgentDirectory);
    List<Run> runs = files.readAll();
    Map<String, String> baseUrls = new LinkedHashMap<>();
    Map<String, String> unfinished = new LinkedHashMap<>();
    Path journal = new RunJournal(playgentDirectory).file();
    if (Files.isRegularFile(journal)) {
      List<String> lines;
      try {
        lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Playgent run journal " + journal, e);
      }
      Set<String> fetched = new LinkedHashSet<>();
      for (Run r : runs) {
        fetched.add(r.runId());
      }
      Set<String> open = new LinkedHashSet<>();
      for (String line : lines) {
        String event = field(EVENT, line);
        String runId = field(RUN_ID, line);
        if (event == null || runId == null) {
          continue;
        }
        if (event.equals("created")) {
          open.add(runId);
          if (field(BASE_URL, line) != null) {
            baseUrls.put(runId, field(BASE_URL, line));
          }
        } else if (event.equals("unfinished")) {
          open.remove(runId);
          if (!fetched.contains(runId)) {
            String reason = field(REASON, line);
            unfinished.put(runId, reason == null ? "no reason recorded" : reason);
          }
        } else if (event.equals("finished")) {
          open.remove(runId);
          unfinished.remove(runId);
        }
      }
      for (String runId : open) {
        if (!fetched.contains(runId)) {
          unfinished.put(runId, "the journal records its creation but neither a result nor an error (was the build "
              + "stopped?); look it up with GET /v1/runs/" + runId);
        }
      }
    }
    return new RunSet(playgentDirectory, runs, baseUrls, unfinished);
  }

  public boolean isEmpty() {
    return runs.isEmpty() && unfinished.isEmpty();
  }

  /** The base URL a run was created on, else {@code fallback}. */
  public String baseUrlOf(String runId, String fallback) {
    String url = baseUrls.get(runId);
    return url == null ? fallback : url;
  }

  static String field(Pattern p, String line) {
    Matcher m = p.matcher(line);
    return m.find() ? unescape(m.group(1)) : null;
  }

  /** Undoes JSON string escapes. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (i + 4 < s.length()) {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
