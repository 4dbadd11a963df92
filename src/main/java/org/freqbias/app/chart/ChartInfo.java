package org.freqbias.app.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plain-language explanation of each chart (what the axes are, what to look for, which
 * equation it shows), kept in one resource file, /help/charts.properties, keyed by the chart's
 * info key (its file name, or plane-spectrum for the 2D spectrum images), so that texts are
 * edited in one place and never in code.
 */
public final class ChartInfo {

    private static final String RESOURCE = "/help/charts.properties";
    private static final Properties TEXTS = load();

    private ChartInfo() {
    }

    /** The explanation of the chart with {@code key}; fails naming the resource when there is none. */
    public static String text(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("no explanation for the chart " + key + " in " + RESOURCE);
        }
        return text.strip();
    }

    /** Every key in the file (tests check that each belongs to a chart). */
    public static Set<String> keys() {
        return new TreeSet<>(TEXTS.stringPropertyNames());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ChartInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
