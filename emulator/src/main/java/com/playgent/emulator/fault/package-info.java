/** Internal to the emulator (fault); not API, may change without notice. */
package com.playgent.emulator.fault;
