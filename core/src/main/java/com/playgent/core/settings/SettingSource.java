package com.playgent.core.settings;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values by {@code playgent.*} key from one place: JUnit configuration parameters, an annotation,
 * Mojo parameters. {@link #origin(String)} names that place in error messages.
 */
public interface SettingSource {
  Optional<String> get(String key);

  /** How an error names a value from this source: the key itself unless the source says otherwise. */
  default String origin(String key) {
    return key;
  }

  static SettingSource of(Function<String, Optional<String>> values) {
    return values::apply;
  }

  static SettingSource of(Map<String, String> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  /** Values that the user wrote in {@code where}, e.g. {@code @PlaygentTest}, by key. */
  static SettingSource named(String where, Map<String, String> valuesByKey, Map<String, String> attributeByKey) {
    return new SettingSource() {
      @Override
      public Optional<String> get(String key) {
        return Optional.ofNullable(valuesByKey.get(key));
      }

      @Override
      public String origin(String key) {
        String attribute = attributeByKey.get(key);
        return attribute == null ? key : where + "(" + attribute + ")";
      }
    };
  }
}
