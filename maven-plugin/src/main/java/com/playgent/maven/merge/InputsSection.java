package com.playgent.maven.merge;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.client.internal.Json;
import com.playgent.client.store.AtomicFiles;
import com.playgent.core.session.SessionRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The {@code inputs} and {@code shards} sections of {@code summary.json} for a merged report: each
 * input directory with its sessions and shards, and which shards were present and missing. Added to
 * the written file, so the summary's own writer stays unaware of merging.
 */
public final class InputsSection {
  private InputsSection() {}

  public static void addTo(Path summaryJson, InputMerge merge) {
    try {
      ObjectNode j = (ObjectNode) Json.mapper().readTree(summaryJson.toFile());
      ArrayNode inputs = j.putArray("inputs");
      TreeSet<String> present = new TreeSet<>();
      for (InputMerge.Input in : merge.inputs()) {
        ObjectNode o = inputs.addObject();
        o.put("dir", in.dir().toString());
        in.sessions().sessions().stream().map(SessionRecord::sessionId).forEach(o.putArray("sessions")::add);
        in.shards().forEach(o.putArray("shards")::add);
        if (in.shards().isEmpty()) {
          o.putArray("shards");
        }
        present.addAll(in.shards());
      }
      ObjectNode shards = j.putObject("shards");
      present.forEach(shards.putArray("present")::add);
      ArrayNode missing = shards.putArray("missing");
      merge.check().missing().forEach(missing::add);
      AtomicFiles.write(summaryJson, Json.mapper().writeValueAsString(j) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add the merged inputs to " + summaryJson, e);
    }
  }
}
