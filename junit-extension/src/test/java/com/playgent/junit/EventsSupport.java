package com.playgent.junit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Small readers over EngineTestKit events: outcome and throwable of a test by display name. */
final class EventsSupport {
  private EventsSupport() {}

  static List<String> testNames(EngineExecutionResults results) {
    return results.testEvents().started().stream()
        .map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.toList());
  }

  static Event finished(EngineExecutionResults results, String displayNamePrefix) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.FINISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(displayNamePrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finished event for '" + displayNamePrefix + "' among "
            + results.allEvents().stream().map(e -> e.getType() + " " + e.getTestDescriptor().getDisplayName())
                .collect(Collectors.joining("\n  ", "\n  ", ""))));
  }

  static TestExecutionResult.Status status(EngineExecutionResults results, String displayNamePrefix) {
    return result(results, displayNamePrefix).getStatus();
  }

  static TestExecutionResult result(EngineExecutionResults results, String displayNamePrefix) {
    return finished(results, displayNamePrefix).getRequiredPayload(TestExecutionResult.class);
  }

  static Throwable throwable(EngineExecutionResults results, String displayNamePrefix) {
    return result(results, displayNamePrefix).getThrowable()
        .orElseThrow(() -> new AssertionError(displayNamePrefix + " has no throwable"));
  }

  static Optional<TestSource> source(EngineExecutionResults results, String displayNamePrefix) {
    return finished(results, displayNamePrefix).getTestDescriptor().getSource();
  }

  static String skipReason(EngineExecutionResults results, String displayNamePrefix) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.SKIPPED)
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(displayNamePrefix))
        .map(e -> e.getRequiredPayload(String.class)).findFirst().orElse(null);
  }
}
