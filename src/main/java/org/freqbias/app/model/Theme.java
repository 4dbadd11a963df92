package org.freqbias.app.model;

import java.util.Locale;

/** The look of the window; each theme is one stylesheet under /styles/, named after it, on top of app.css. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    PRESENTATION("Presentation (large type)");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** Classpath URL of the theme's stylesheet, /styles/light.css for LIGHT and so on. */
    public String stylesheet() {
        return Theme.class.getResource("/styles/" + name().toLowerCase(Locale.ROOT) + ".css").toExternalForm();
    }

    public String label() {
        return label;
    }

    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
