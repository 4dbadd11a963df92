package org.freqbias.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freqbias.core.design.InverseDesign;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.session.Session;

/**
 * Reads the {@code --learning-times} SPEC of {@code design}: {@code together:XI_MAX},
 * {@code reversed:XI_MAX}, {@code band:XI1-XI2} (the rest up to where the target's frequencies
 * end, {@link InverseDesign#targetReach}) or a CSV file of {@code xi,time} rows.
 */
final class LearningTimesSpec {

    static final String FORMS = "together:XI_MAX, reversed:XI_MAX, band:XI1-XI2, or a CSV file of xi,time rows";

    /** A CSV file of wanted times holds at most this many bytes (4096 rows fit easily). */
    static final int MAX_BYTES = 1 << 20;

    private static final Pattern PRESET = Pattern.compile("(together|reversed|band):(.*)");
    private static final Pattern RANGE = Pattern.compile("\\s*([^-\\s][^-]*?)\\s*-\\s*(\\S.*?)\\s*");

    private LearningTimesSpec() {
    }

    static WantedTimes parse(String spec, Session session) {
        Matcher preset = PRESET.matcher(spec.strip());
        try {
            if (!preset.matches()) {
                return WantedTimes.parseCsv(read(Path.of(spec)));
            }
            String value = preset.group(2);
            return switch (preset.group(1)) {
                case "together" -> WantedTimes.together(number(value, "XI_MAX", spec));
                case "reversed" -> WantedTimes.reversed(number(value, "XI_MAX", spec));
                default -> {
                    Matcher range = RANGE.matcher(value);
                    if (!range.matches()) {
                        throw new BadInputException("--learning-times " + spec + ": a band is written band:XI1-XI2, such as band:4-8");
                    }
                    yield WantedTimes.band(number(range.group(1), "XI1", spec), number(range.group(2), "XI2", spec),
                            InverseDesign.targetReach(session));
                }
            };
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--learning-times " + spec + ": " + e.getMessage(), e);
        }
    }

    private static double number(String text, String name, String spec) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--learning-times " + spec + ": " + name + " must be a number, got \"" + text + "\"");
    }

    /** The text of a CSV file of wanted times: a regular UTF-8 file of at most {@link #MAX_BYTES}. */
    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--learning-times " + file + ": no such file; give " + FORMS);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BadInputException("--learning-times " + file + ": larger than " + (MAX_BYTES >> 20)
                        + " MiB; a curve needs at most " + WantedTimes.MAX_POINTS + " rows xi,time");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("--learning-times " + file + ": not a UTF-8 text file of xi,time rows");
        } catch (IOException e) {
            throw new BadInputException("--learning-times " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }
}
