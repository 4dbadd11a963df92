package org.freqbias.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app's texts hold no combining mark: JavaFX (21) draws a wrapped text that holds one with its
 * whole text on the first line, over the lines below (r followed by U+0302, "r̂", did so in every
 * wrapped title, legend and caption). The app writes r-hat as U+0213, "ȓ", a single character.
 * Scans the app's sources, FXML and resources (the chart texts unescaped).
 */
class UiTextsTest {

    @Test
    void noTextOfTheAppHoldsACombiningMark() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java/org/freqbias/app"), Path.of("fxml"), Path.of("src/main/resources"),
                Path.of("sample-sessions/lessons"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = f.toString().endsWith(".properties") ? unescaped(f) : Files.readString(f, StandardCharsets.UTF_8);
                    if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)) {
                        found.add(f.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String unescaped(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return String.join("\n", p.stringPropertyNames().stream().map(p::getProperty).toList());
    }
}
