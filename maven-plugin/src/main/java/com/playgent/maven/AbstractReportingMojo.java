package com.playgent.maven;

import com.playgent.client.PlaygentClient;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.report.Analysis;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.RunSet;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code report} and {@code check} share: reading the recorded runs, thresholds and gates. */
public abstract class AbstractReportingMojo extends AbstractPlaygentMojo {
  /**
   * The quality gates; see {@link Gates}. Example:
   * {@code <gates><minPassRate>0.95</minPassRate><maxTotalCostUsd>2.00</maxTotalCostUsd></gates>}.
   */
  @Parameter
  protected Gates gates;

  /**
   * Client-side scorer minimums applied to every turn, as the JUnit extension's thresholds are:
   * they can fail a turn the service passed, never pass one it failed. Example:
   * {@code -Dplaygent.thresholds=faithfulness>=0.8,relevance>=0.7}.
   */
  @Parameter(property = "playgent.thresholds")
  protected List<String> thresholds;

  /**
   * The API base URL used for run and trace links when the journal does not record one. Example:
   * {@code -Dplaygent.base-url=https://api.playgent.com/v1}.
   */
  @Parameter(property = "playgent.base-url")
  protected String baseUrl;

  protected List<ScorerThreshold> scorerThresholds() throws MojoExecutionException {
    List<ScorerThreshold> out = new ArrayList<>();
    for (String t : Params.split(thresholds)) {
      try {
        out.add(ScorerThreshold.parse(t));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("playgent.thresholds: " + e.getMessage(), e);
      }
    }
    return out;
  }

  protected GateSpec gateSpec() throws MojoExecutionException {
    if (gates == null) {
      return GateSpec.none();
    }
    try {
      return gates.toSpec();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid Playgent <gates> configuration: " + e.getMessage(), e);
    }
  }

  protected ReportData analyse() throws MojoExecutionException {
    try {
      RunSet runs = RunSet.load(playgentDirectory.toPath());
      String fallback = baseUrl != null && !baseUrl.isBlank() ? baseUrl : PlaygentClient.DEFAULT_BASE_URL;
      return Analysis.of(runs, scorerThresholds(), fallback);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new MojoExecutionException("Cannot read the recorded Playgent runs in " + playgentDirectory + ": "
          + e.getMessage(), e);
    }
  }
}
