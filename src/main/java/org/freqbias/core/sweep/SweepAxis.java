package org.freqbias.core.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One varied key of a sweep: a session key by its JSON path ({@code distribution.sigma},
 * {@code target.components.0.frequency}: a number segment indexes an array) and the values it takes,
 * in the order given. A value written as a whole number is kept whole (so {@code network.width=64}
 * stays an integer); any other is a double. The values are checked here only as numbers; what each
 * key allows is checked by the session codec when a run's session is built ({@link SweepGrid#session}).
 *
 * @param values numbers (LongNode or DoubleNode), distinct
 */
public record SweepAxis(String key, List<JsonNode> values) {

    /** Most values one key may take. */
    public static final int MAX_VALUES = 1000;

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

    public SweepAxis {
        values = List.copyOf(values);
    }

    /**
     * Reads {@code KEY=V1,V2,...} as typed after {@code --vary}.
     *
     * @throws SweepException naming the option and what is wrong
     */
    public static SweepAxis parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new SweepException("--vary " + spec + ": write KEY=V1,V2,... (e.g. distribution.sigma=2,4,8)");
        }
        String key = spec.substring(0, eq).trim();
        if (!KEY.matcher(key).matches()) {
            throw new SweepException("--vary " + spec + ": the key must be a session key by its JSON path, "
                    + "names and array indices joined by '.', such as distribution.sigma or network.width");
        }
        String[] texts = spec.substring(eq + 1).split(",", -1);
        if (texts.length > MAX_VALUES) {
            throw new SweepException("--vary " + key + ": " + texts.length + " values; at most " + MAX_VALUES);
        }
        List<JsonNode> values = new ArrayList<>();
        Set<Double> seen = new HashSet<>();
        for (String raw : texts) {
            JsonNode value = number(key, raw.trim());
            if (!seen.add(value.asDouble())) {
                throw new SweepException("--vary " + key + ": the value " + raw.trim() + " is given twice");
            }
            values.add(value);
        }
        return new SweepAxis(key, values);
    }

    private static JsonNode number(String key, String text) {
        if (WHOLE.matcher(text).matches()) {
            return LongNode.valueOf(Long.parseLong(text));
        }
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d) || text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
            throw new SweepException("--vary " + key + ": '" + text + "' is not a finite number; give numbers separated by commas");
        }
        return DoubleNode.valueOf(d);
    }

    /** The path's segments. */
    List<String> segments() {
        return List.of(key.split("\\."));
    }

    /** The text of value {@code i} as it appears in folder names and runs.csv. */
    public String label(int i) {
        return values.get(i).asText();
    }

    public int size() {
        return values.size();
    }
}
