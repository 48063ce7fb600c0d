package com.playgent.emulator.world;

/**
 * Report a field of a JSON or YAML document that is missing, has the wrong type or an
 * unacceptable value. The message names the field by its JSON path.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final boolean unknownReference;

  /** Report {@code problem} at {@code path}. */
  public InvalidInputException(String path, String problem) {
    this(path, problem, false);
  }

  /**
   * Report {@code problem} at {@code path}; {@code unknownReference} marks an id that names
   * nothing known (the HTTP layer answers 404 for those).
   */
  public InvalidInputException(String path, String problem, boolean unknownReference) {
    super(problem);
    this.path = path;
    this.problem = problem;
    this.unknownReference = unknownReference;
  }

  /** Return the JSON path of the offending field, for example {@code test_cases[0].turns[1].input}. */
  public String path() {
    return path;
  }

  /** Return the problem without the path. */
  public String problem() {
    return problem;
  }

  /** Return whether the problem is an id that names nothing known. */
  public boolean unknownReference() {
    return unknownReference;
  }
}
