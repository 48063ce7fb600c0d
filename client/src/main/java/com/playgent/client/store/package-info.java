/**
 * The files under {@code target/playgent/} that the JUnit extension writes and the Maven plugin
 * reads: the run journal {@code runs.jsonl} and one {@code runs/<run_id>.json} per fetched run.
 * Their format is documented in {@code docs/run-files.md} and kept stable. {@link
 * com.playgent.client.store.AtomicFiles} writes them, and the plugin's reports, in one way.
 */
package com.playgent.client.store;
