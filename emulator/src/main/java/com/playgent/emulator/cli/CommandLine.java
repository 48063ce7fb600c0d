package com.playgent.emulator.cli;

import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.FaultRule;
import com.playgent.emulator.RateLimitMode;
import com.playgent.emulator.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse the runnable jar's arguments into an {@link EmulatorConfig}.
 *
 * <pre>
 * --port N                  port to listen on (default 8787; 0 picks a free one)
 * --world FILE              world file (.json, .yaml, .yml); default: the built-in world
 * --synthetic NxT[:SEED[:MS]]  synthetic world: N cases of T turns, seed, run duration in ms
 * --api-key KEY             accept only this Bearer key (default: any non-blank key)
 * --rate-limit N            requests per minute (default 1000)
 * --rate-limit-mode MODE    fixed-window (default) or token-bucket
 * --fault SPEC              fault rule, repeatable (see the README)
 * </pre>
 */
public final class CommandLine {
  /** The usage text. */
  public static final String USAGE = String.join("\n",
      "Usage: java -jar playgent-emulator.jar [options]",
      "  --port N                     port to listen on (default 8787; 0 picks a free port)",
      "  --world FILE                 world file (.json, .yaml, .yml); default: built-in world",
      "  --synthetic NxT[:SEED[:MS]]  synthetic world: N test cases of T turns (seed 0, 1000 ms runs)",
      "  --api-key KEY                accept only this Bearer key (default: any non-blank key)",
      "  --rate-limit N               requests per minute (default 1000)",
      "  --rate-limit-mode MODE       fixed-window (default) or token-bucket",
      "  --fault SPEC                 fault rule, repeatable, e.g. 'GET /v1/runs/{run_id}:status=503:every=2'",
      "  --help                       print this help");

  /** Port used when {@code --port} is absent. */
  public static final int DEFAULT_PORT = 8787;

  private CommandLine() {}

  /** Report a bad command line; the message says what is wrong and how to fix it. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parse {@code args}; returns {@code null} when {@code --help} was asked for. */
  public static EmulatorConfig parse(String[] args) {
    EmulatorConfig.Builder b = EmulatorConfig.builder().port(DEFAULT_PORT);
    String worldFile = null;
    String synthetic = null;
    List<FaultRule> faults = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("Option " + arg + " needs a value");
        }
        value = args[++i];
      }
      switch (arg) {
        case "--port" -> b.port(integer(arg, value));
        case "--world" -> worldFile = value;
        case "--synthetic" -> synthetic = value;
        case "--api-key" -> b.apiKey(value);
        case "--rate-limit" -> b.rateLimitPerMinute(integer(arg, value));
        case "--rate-limit-mode" -> b.rateLimitMode(rateLimitMode(value));
        case "--fault" -> {
          try {
            faults.add(FaultRule.parse(value));
          } catch (IllegalArgumentException e) {
            throw new UsageException("--fault: " + e.getMessage());
          }
        }
        default -> throw new UsageException("Unknown option " + arg);
      }
    }
    if (worldFile != null && synthetic != null) {
      throw new UsageException("Give either --world or --synthetic, not both");
    }
    if (worldFile != null) {
      b.world(World.fromFile(Path.of(worldFile)));
    } else if (synthetic != null) {
      b.world(synthetic(synthetic));
    }
    faults.forEach(b::fault);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Parse {@code NxT[:SEED[:MS]]} into a synthetic world. */
  static World synthetic(String spec) {
    String[] parts = spec.split(":");
    String[] size = parts[0].toLowerCase(java.util.Locale.ROOT).split("x");
    if (size.length != 2 || parts.length > 3) {
      throw new UsageException("--synthetic needs NxT[:SEED[:MS]], e.g. 500x5 or 500x5:42:2000, but was '" + spec + "'");
    }
    int cases = integer("--synthetic", size[0]);
    int turns = integer("--synthetic", size[1]);
    long seed = parts.length > 1 ? integer("--synthetic", parts[1]) : 0;
    long ms = parts.length > 2 ? integer("--synthetic", parts[2]) : 1000;
    try {
      return World.synthetic(cases, turns, seed, ms);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--synthetic: " + e.getMessage());
    }
  }

  private static RateLimitMode rateLimitMode(String value) {
    return switch (value.strip()) {
      case "fixed-window" -> RateLimitMode.FIXED_WINDOW;
      case "token-bucket" -> RateLimitMode.TOKEN_BUCKET;
      default -> throw new UsageException("--rate-limit-mode needs fixed-window or token-bucket, but was '"
          + value + "'");
    };
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new UsageException(option + " needs an integer, but was '" + value + "'");
    }
  }
}
