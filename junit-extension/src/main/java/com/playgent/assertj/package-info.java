/**
 * AssertJ assertions on Playgent turns, runs, scorer outputs and evaluations; start with
 * {@link com.playgent.assertj.PlaygentAssertions#assertThat(com.playgent.client.model.TurnResult)}.
 * AssertJ is an optional dependency of this artifact: only users of this package need it.
 */
package com.playgent.assertj;
