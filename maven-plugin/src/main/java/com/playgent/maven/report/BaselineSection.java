package com.playgent.maven.report;

import com.playgent.core.baseline.BaselineComparison;

/**
 * The comparison with a blessed baseline, as the reports show it: the {@code baseline} section of
 * {@code summary.json} ({@link BaselineJson}), of {@code summary.md} ({@link BaselineMarkdown}) and
 * of {@code index.html} ({@link BaselineHtml}).
 *
 * @param file how the baseline is named, e.g. {@code src/test/playgent/baseline.json}
 */
public record BaselineSection(String file, BaselineComparison comparison) {}
