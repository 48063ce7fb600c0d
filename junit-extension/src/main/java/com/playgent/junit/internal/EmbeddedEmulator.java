package com.playgent.junit.internal;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.settings.SettingKeys;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Playgent emulator started inside the test JVM for a launcher session, when the settings ask for
 * one ({@code playgent.emulator.world}) and give no base URL. The emulator is a separate artifact
 * that users need not have: it is loaded by name, through its public API, and its absence is a
 * configuration error naming the dependency to add.
 */
final class EmbeddedEmulator implements AutoCloseable {
  static final String ARTIFACT = "com.playgent:playgent-emulator";
  private static final String PACKAGE = "com.playgent.emulator.";

  private final AutoCloseable emulator;
  private final String baseUrl;
  private final Path world;

  private EmbeddedEmulator(AutoCloseable emulator, String baseUrl, Path world) {
    this.emulator = emulator;
    this.baseUrl = baseUrl;
    this.world = world;
  }

  /** Starts an emulator serving {@code world} (a file, relative to the working directory) on a free port. */
  static EmbeddedEmulator start(String world, ClassLoader loader) {
    Path file = Path.of(world).toAbsolutePath().normalize();
    Class<?> emulatorType;
    try {
      emulatorType = Class.forName(PACKAGE + "PlaygentEmulator", true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new PlaygentConfigurationException(SettingKeys.EMULATOR_WORLD + " is set (" + world + "), which runs the"
          + " tests on the embedded Playgent emulator, but " + ARTIFACT + " is not on the test class path: add"
          + " <dependency><groupId>com.playgent</groupId><artifactId>playgent-emulator</artifactId><scope>test</scope>"
          + "</dependency> (playgent-bom gives its version), or remove " + SettingKeys.EMULATOR_WORLD);
    }
    if (!Files.isRegularFile(file)) {
      throw new PlaygentConfigurationException(SettingKeys.EMULATOR_WORLD + " '" + world + "' is not a file: "
          + file + " does not exist. A relative path is resolved against the working directory ("
          + Path.of("").toAbsolutePath() + "); IDEs use the module directory by default. Point it at the project's"
          + " world file, e.g. src/test/playgent/world.json");
    }
    try {
      Class<?> worldType = Class.forName(PACKAGE + "World", true, loader);
      Class<?> configType = Class.forName(PACKAGE + "EmulatorConfig", true, loader);
      Object parsed = worldType.getMethod("fromFile", Path.class).invoke(null, file);
      Object builder = configType.getMethod("builder").invoke(null);
      builder.getClass().getMethod("world", worldType).invoke(builder, parsed);
      Object config = builder.getClass().getMethod("build").invoke(builder);
      AutoCloseable emulator = (AutoCloseable) emulatorType.getMethod("start", configType).invoke(null, config);
      String baseUrl = (String) emulatorType.getMethod("baseUrl").invoke(emulator);
      return new EmbeddedEmulator(emulator, baseUrl, file);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new PlaygentConfigurationException("cannot start the embedded Playgent emulator with "
          + SettingKeys.EMULATOR_WORLD + " " + file + ": " + cause.getMessage());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new PlaygentConfigurationException("the " + ARTIFACT + " on the test class path does not match this"
          + " playgent-junit (" + e + "): use the versions playgent-bom manages");
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  Path world() {
    return world;
  }

  @Override
  public void close() throws Exception {
    emulator.close();
  }
}
