package com.playgent.client.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.client.internal.Json;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * {@code target/playgent/runs.jsonl}: one JSON line per event, written the moment it happens, so a
 * build killed half-way still tells which runs it started. Lines are appended with one
 * {@code write} each; a killed JVM leaves whole lines behind.
 */
public final class RunJournal {
  public static final String FILE_NAME = "runs.jsonl";

  private final Path file;

  public RunJournal(Path playgentDir) {
    this.file = playgentDir.resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  /** Records a run the service just created. */
  public void created(CreateRunRequest request, CreateRunResponse response, String baseUrl, String origin) {
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("event", "created");
    line.put("run_id", response.runId());
    line.put("at", Instant.now().toString());
    line.set("request", Json.mapper().valueToTree(request));
    if (response.testCaseCount() != null) {
      line.put("test_case_count", response.testCaseCount());
    }
    line.put("base_url", baseUrl);
    if (origin != null) {
      line.put("origin", origin);
    }
    append(line);
  }

  /** Records that a run was fetched in a terminal state and where its file is. */
  public void finished(String runId, String status, Path runFile) {
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("event", "finished");
    line.put("run_id", runId);
    line.put("at", Instant.now().toString());
    line.put("status", status);
    line.put("file", runFile.toString());
    append(line);
  }

  /** Records that waiting for or fetching a run failed, so its id is not lost. */
  public void unfinished(String runId, String reason) {
    ObjectNode line = Json.mapper().createObjectNode();
    line.put("event", "unfinished");
    line.put("run_id", runId);
    line.put("at", Instant.now().toString());
    line.put("reason", reason);
    append(line);
  }

  private synchronized void append(ObjectNode line) {
    try {
      Files.createDirectories(file.getParent());
      byte[] bytes = (Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the Playgent run journal " + file, e);
    }
  }
}
