/**
 * Baselines: a blessed, reviewable record of how the agent did ({@link com.playgent.core.baseline.Baseline},
 * written and read by {@link com.playgent.core.baseline.BaselineFile}), built from judged runs
 * ({@link com.playgent.core.baseline.BaselineBuilder}), and the comparison of a build's runs with it
 * ({@link com.playgent.core.baseline.BaselineComparison}), which the Maven plugin's gates and reports
 * and the JUnit extension's known failing turns share.
 */
package com.playgent.core.baseline;
