package com.playgent.junit.internal;

import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.internal.Narrowing.Narrowed;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a {@link com.playgent.junit.PlaygentRuns} needs from the extension: the resolved settings,
 * the launcher session, and where in the plan it was made.
 *
 * @param method the factory method's name, or null
 * @param origin how messages name the declaration, e.g. {@code @PlaygentCase SmokeTest.smoke()}
 * @param uniqueId the factory's unique id: labels and the session record key on it
 * @param source the factory as a test source an IDE can open ({@code method:} or {@code class:}), or null
 * @param reportEntries publishes report entries on the factory's node (each run's summary)
 */
public record RunsContext(PlaygentSettings settings, PlaygentSession session, String testClass, String method,
    String origin, String uniqueId, URI source, Consumer<Map<String, String>> reportEntries) {

  /** A context that publishes no report entries (a pre-start, or no factory node to publish on). */
  public RunsContext(PlaygentSettings settings, PlaygentSession session, String testClass, String method,
      String origin, String uniqueId, URI source) {
    this(settings, session, testClass, method, origin, uniqueId, source, entries -> { });
  }

  /** The containers and turns the launcher selected in this factory, when it selected it only in part. */
  Optional<Narrowed> narrowed() {
    return session.narrowing().of(uniqueId, testClass, method);
  }
}
