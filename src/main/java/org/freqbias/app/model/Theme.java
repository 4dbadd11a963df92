package org.freqbias.app.model;

/** The look of the window; each theme is one stylesheet under /styles/ on top of app.css. */
public enum Theme {
    LIGHT("light.css", "Light"),
    DARK("dark.css", "Dark"),
    PRESENTATION("presentation.css", "Presentation (large type)");

    private final String stylesheet;
    private final String label;

    Theme(String stylesheet, String label) {
        this.stylesheet = stylesheet;
        this.label = label;
    }

    /** Classpath URL of the theme's stylesheet. */
    public String stylesheet() {
        return Theme.class.getResource("/styles/" + stylesheet).toExternalForm();
    }

    public String label() {
        return label;
    }

    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
