package org.gillab.models.gil;

/**
 * @param intervalNanos   the switch interval (CPython's {@code gil->interval}, default 5 ms)
 * @param forceSwitching  whether a forced drop waits for another thread to take the GIL
 */
record GilSettings(long intervalNanos, boolean forceSwitching) {}
