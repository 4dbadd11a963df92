package org.freqbias.app.model;

/** How ticked runs are compared: on the same charts, or on two boards side by side at one time. */
public enum CompareMode {
    OVERLAY,
    SIDE_BY_SIDE
}
