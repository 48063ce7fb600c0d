package com.playgent.assertj;

import com.playgent.client.model.Run;
import org.apiguardian.api.API;

/** Assertions on a run; made by {@link PlaygentAssertions#assertThat(Run)}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RunAssert extends AbstractRunAssert<RunAssert, Run> {
  public RunAssert(Run actual) {
    super(actual, RunAssert.class);
  }
}
