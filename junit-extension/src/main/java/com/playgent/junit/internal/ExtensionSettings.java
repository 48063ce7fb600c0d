package com.playgent.junit.internal;

import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.Setting;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import com.playgent.junit.PlaygentTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The extension's setting sources in core's one reader: the {@link PlaygentTest} attributes of the
 * class first, then the base URL of the class's own emulator ({@code @EmulatedPlaygent}), then JUnit
 * configuration parameters (which cover {@code -D} and {@code junit-platform.properties}); the
 * reader adds the environment and the defaults. When these give no base URL and
 * {@code playgent.emulator.world} is set, the session's embedded emulator supplies it.
 */
public final class ExtensionSettings {
  private static final Map<String, String> ATTRIBUTES = Map.of(
      SettingKeys.BASE_URL, "baseUrl", SettingKeys.TIMEOUT, "timeout", SettingKeys.AGENT, "agent",
      SettingKeys.THRESHOLDS, "thresholds");

  private ExtensionSettings() {}

  /** @param annotation the class's {@code @PlaygentTest}, or null */
  public static PlaygentSettings read(Function<String, Optional<String>> parameters, PlaygentTest annotation) {
    return read(parameters, annotation, System::getenv);
  }

  public static PlaygentSettings read(Function<String, Optional<String>> parameters, PlaygentTest annotation,
      Function<String, String> environment) {
    return read(parameters, annotation, environment, null, null, null);
  }

  /**
   * @param classEmulator the base URL of the test class's {@code @EmulatedPlaygent} emulator, or null
   * @param session where an embedded emulator is started and kept; null: none is started
   * @param loader the test class's loader, which finds the emulator when the project has it
   */
  public static PlaygentSettings read(Function<String, Optional<String>> parameters, PlaygentTest annotation,
      Function<String, String> environment, String classEmulator, PlaygentSession session, ClassLoader loader) {
    List<SettingSource> sources = new ArrayList<>();
    sources.add(annotationSource(annotation));
    if (classEmulator != null) {
      sources.add(baseUrl(classEmulator, "@EmulatedPlaygent"));
    }
    sources.add(SettingSource.of(parameters));
    SettingsReader reader = new SettingsReader(sources, environment);
    Optional<String> world = session == null ? Optional.empty() : reader.embeddedEmulatorWorld();
    if (world.isPresent()) {
      String url = session.embeddedEmulator(world.get(), loader);
      sources.add(baseUrl(url, "the embedded emulator (" + SettingKeys.EMULATOR_WORLD + ")"));
      reader = new SettingsReader(sources, environment);
    } else if (session != null && reader.originOf(Setting.EMULATOR_WORLD).isPresent()) {
      session.noteOnce(SettingKeys.EMULATOR_WORLD + " is set, but " + reader.originOf(Setting.BASE_URL)
          .map(o -> "the base URL comes from " + o).orElse(SettingKeys.EMULATOR_SKIP + " is true")
          + ": no embedded emulator is started");
    }
    return reader.read();
  }

  /** A base URL and nothing else, from {@code origin}. */
  private static SettingSource baseUrl(String url, String origin) {
    return new SettingSource() {
      @Override
      public Optional<String> get(String key) {
        return SettingKeys.BASE_URL.equals(key) ? Optional.of(url) : Optional.empty();
      }

      @Override
      public String origin(String key) {
        return origin;
      }
    };
  }

  private static SettingSource annotationSource(PlaygentTest annotation) {
    Map<String, String> values = new HashMap<>();
    if (annotation != null) {
      values.put(SettingKeys.BASE_URL, annotation.baseUrl());
      values.put(SettingKeys.TIMEOUT, annotation.timeout());
      values.put(SettingKeys.AGENT, annotation.agent());
      values.put(SettingKeys.THRESHOLDS, String.join(",", Arrays.asList(annotation.thresholds())));
    }
    values.values().removeIf(String::isBlank);
    return SettingSource.named("@PlaygentTest", values, ATTRIBUTES);
  }
}
