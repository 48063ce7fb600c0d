package com.playgent.core.pipeline;

import com.playgent.client.PlaygentException;

/**
 * A recording that replay cannot trust: missing, without its checksum, or changed since it was
 * recorded. The test fails (it is not an error of the service), naming the file and how to record it.
 */
public final class RecordingException extends PlaygentException {
  RecordingException(String message) {
    super(message, null, null);
  }
}
