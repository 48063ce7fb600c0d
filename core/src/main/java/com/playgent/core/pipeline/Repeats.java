package com.playgent.core.pipeline;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.settings.SettingKeys;

/**
 * How often each test case of a declaration runs and how many of those runs each turn must pass:
 * {@code @PlaygentCase(repeats = 5, minPasses = 4)}, {@code playgent.repeats=5},
 * {@code playgent.min-passes=4}. Each repeat is a run of its own (a distinct {@link RunUnit});
 * a turn passes when at least {@code minPasses} of them passed it.
 *
 * @param count runs per test case, at least 1; 1 means no repeats
 * @param minPasses repeats a turn must pass, from 1 to {@code count}; all of them unless given
 */
public record Repeats(int count, int minPasses) {
  public static final Repeats NONE = new Repeats(1, 1);

  public boolean repeated() {
    return count > 1;
  }

  /**
   * The repeats a declaration asks for: its own values first, then the settings'; {@code minPasses}
   * defaults to {@code repeats} (every repeat must pass), the safe reading of "run it 5 times".
   *
   * @param origin names the declaration in errors, e.g. {@code @PlaygentCase RefundTest.refund()}
   */
  public static Repeats of(Integer declaredRepeats, Integer declaredMinPasses, Integer settingRepeats,
      Integer settingMinPasses, String origin) {
    Integer repeats = declaredRepeats != null ? declaredRepeats : settingRepeats;
    String repeatsFrom = declaredRepeats != null ? "repeats" : SettingKeys.REPEATS;
    Integer min = declaredMinPasses != null ? declaredMinPasses : settingMinPasses;
    String minFrom = declaredMinPasses != null ? "minPasses" : SettingKeys.MIN_PASSES;
    if (repeats == null) {
      repeats = 1;
    }
    if (repeats < 1) {
      throw new PlaygentConfigurationException(origin + ": " + repeatsFrom + " = " + repeats
          + " is not allowed: it must be at least 1 (1 runs each test case once). Give repeats = 5, for example");
    }
    if (min == null) {
      return new Repeats(repeats, repeats);
    }
    if (min < 1 || min > repeats) {
      throw new PlaygentConfigurationException(origin + ": " + minFrom + " = " + min + " is not allowed with "
          + repeatsFrom + " = " + repeats + ": it must be from 1 to the number of repeats. Give minPasses between 1 and "
          + repeats + ", or leave it out so that every repeat must pass");
    }
    return new Repeats(repeats, min);
  }

  /** {@code 5 repeats, at least 4 must pass}. */
  public String describe() {
    return count + " repeats, " + (minPasses == count ? "all must pass" : "at least " + minPasses + " must pass");
  }
}
