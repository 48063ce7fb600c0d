/**
 * The failure messages of {@link com.playgent.assertj.PlaygentAssertions}, one factory per
 * expectation, as AssertJ writes its own ({@code ShouldHavePassed}, {@code ShouldHaveScoreAtLeast}, ...).
 */
package com.playgent.assertj.error;
