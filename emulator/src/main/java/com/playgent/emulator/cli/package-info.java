/** Internal to the emulator (cli); not API, may change without notice. */
package com.playgent.emulator.cli;
