package org.freqbias.app.model;

/** How ticked runs are compared: on the same charts, or on two boards side by side at one time. */
public enum CompareMode {
    OVERLAY("Overlay"),
    SIDE_BY_SIDE("Side by side");

    private final String label;

    CompareMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
