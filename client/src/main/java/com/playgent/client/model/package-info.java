/**
 * Immutable records for the Playgent wire contract ({@code docs/api/CONTRACT.md} in the repository).
 *
 * <p>Every field the documentation does not mark required may be {@code null}; unknown JSON fields
 * are ignored. Records carry no Jackson annotations: the JSON mapping (snake_case names) lives in
 * the client's internal transport package, so these types stay plain Java.
 */
package com.playgent.client.model;
