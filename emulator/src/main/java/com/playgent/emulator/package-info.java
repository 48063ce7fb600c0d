/** Run a local, contract-faithful Playgent API server: {@link com.playgent.emulator.PlaygentEmulator}. */
package com.playgent.emulator;
