package com.playgent.emulator.world;

import java.util.Objects;

/**
 * Describe why a run ended {@code failed} (an emulator extension: the field {@code error}).
 *
 * @param code machine-readable code, for example {@code agent_unreachable}
 * @param message human-readable message
 */
public record RunError(String code, String message) {
  /** Validate the components. */
  public RunError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
