package com.playgent.emulator;

import java.time.Instant;

/**
 * One {@code /v1} request as the emulator served it, for tests that check when a client sent what.
 *
 * @param receivedAt when the request had been read (the emulator's clock)
 * @param route the route key, for example {@code "GET /v1/runs/{run_id}"}
 * @param path the request's path, for example {@code "/v1/runs/run_3f9a2c"}
 * @param status the status answered (for a connection fault, the one the spoiled answer had)
 * @param answerAt when the answer's headers were due: {@code receivedAt} plus any delay, including
 *     a throttle's wait for the next whole second (for a hang or drop, when they would have been)
 * @param fault the fault that replaced or spoiled the answer, or {@code null}
 */
public record ServedRequest(Instant receivedAt, String route, String path, int status, Instant answerAt,
    FaultRule fault) {}
