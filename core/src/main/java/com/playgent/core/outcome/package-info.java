/**
 * The words a turn is reported with: its display name, its verdict and its failure text, written
 * once here so the JUnit extension and the Maven plugin's headless {@code run} goal say the same.
 */
package com.playgent.core.outcome;
