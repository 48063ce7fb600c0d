package com.playgent.junit.internal;

import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import com.playgent.core.settings.SettingSource;
import com.playgent.core.settings.SettingsReader;
import com.playgent.junit.PlaygentTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The extension's two setting sources in core's one reader: the {@link PlaygentTest} attributes of
 * the class first, then JUnit configuration parameters (which cover {@code -D} and
 * {@code junit-platform.properties}); the reader adds the environment and the defaults.
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
    return new SettingsReader(List.of(annotationSource(annotation), SettingSource.of(parameters)), environment).read();
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
