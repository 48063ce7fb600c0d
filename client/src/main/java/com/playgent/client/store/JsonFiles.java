package com.playgent.client.store;

import com.playgent.client.PlaygentResponseException;
import com.playgent.client.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A directory of JSON documents of one type, {@code <dir>/<id>.json}, in the wire format's Jackson
 * configuration: written atomically and streamed, read with errors that name the file. The one
 * store behind run files and session records.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonFiles<T> {
  private final Path dir;
  private final Class<T> type;
  private final String noun;

  /** @param noun how errors name a document, e.g. {@code run} or {@code session record} */
  public JsonFiles(Path dir, Class<T> type, String noun) {
    this.dir = dir;
    this.type = type;
    this.noun = noun;
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String id) {
    return dir.resolve(id + ".json");
  }

  public Path write(String id, T value) {
    return writeFile(fileOf(id), value);
  }

  /** Writes a document to any file, atomically; streamed, so a large one is never held as bytes too. */
  public static Path writeFile(Path file, Object value) {
    return AtomicFiles.write(file, out -> Json.mapper().writeValue(out, value));
  }

  public T read(Path file) {
    try {
      return Json.read(Files.readAllBytes(file), type, noun + " file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Playgent " + noun + " file " + file, e);
    } catch (PlaygentResponseException e) {
      throw new IllegalStateException("Playgent " + noun + " file " + file + " is not a " + noun + ": " + e.getMessage(),
          e);
    }
  }

  /** Every {@code .json} file in the directory, by name; an absent directory gives an empty list. */
  public List<Path> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list Playgent " + noun + " files in " + dir, e);
    }
  }
}
