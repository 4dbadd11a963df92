package org.freqbias.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between two sessions, in the words a run list shows: "sigma 4 -> 8",
 * "uniform B = 16" (another distribution family: the new one with its parameters), "width 4096 -> 64",
 * "seed 0 -> 1", several changes joined by ", ". Compared on the sessions' JSON form
 * ({@link SessionCodec#toJson}), so every key of either dimension counts; name and description do
 * not (they say nothing about the run).
 */
public final class SessionDiff {

    /** One difference: the JSON path of the key ("distribution.sigma") and its words ("sigma 4 -> 8"). */
    public record Change(String path, String text) {
    }

    /** Most changes named one by one; with more, the new session's name stands for the run. */
    public static final int MAX_NAMED = 3;

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("domain.halfWidth", "L"),
            Map.entry("domain.samples", "N"),
            Map.entry("distribution.sigma", "sigma"),
            Map.entry("distribution.band", "B"),
            Map.entry("distribution.scale", "scale"),
            Map.entry("distribution.power", "p"),
            Map.entry("distribution.weight", "weight"),
            Map.entry("distribution.shape", "shape"),
            Map.entry("distribution.points", "drawn density"),
            Map.entry("network.width", "width"),
            Map.entry("network.sigmaA", "sigma_a"),
            Map.entry("network.zeroInitialOutput", "zero initial output"),
            Map.entry("network.sampling", "sampling"),
            Map.entry("network.hiddenLayers", "hidden layers"),
            Map.entry("network.activation", "activation"),
            Map.entry("training.learningRate", "learning rate"),
            Map.entry("training.steps", "steps"),
            Map.entry("training.seed", "seed"),
            Map.entry("training.snapshotEvery", "snapshot every"),
            Map.entry("training.optimizer", "optimizer"),
            Map.entry("pde.elements", "PDE elements"),
            Map.entry("pde.maxFrequency", "PDE max frequency"),
            Map.entry("pde.diffusion", "diffusion"));

    /** Keys of a distribution that are not its parameters. */
    private static final Set<String> NOT_PARAMETERS = Set.of("type", "shape");
    /** Arrays of numbers up to this length are written out; longer ones are counted. */
    private static final int SHORT_ARRAY = 4;

    private SessionDiff() {
    }

    /** The changes from {@code before} to {@code after}, in the order of the session's keys. */
    public static List<Change> between(Session before, Session after) {
        JsonNode a = SessionCodec.toJson(before);
        JsonNode b = SessionCodec.toJson(after);
        List<Change> out = new ArrayList<>();
        if (a.path("domain").path("dimension").asInt() != b.path("domain").path("dimension").asInt()) {
            out.add(new Change("domain.dimension", "dimension " + value(a.path("domain").path("dimension")) + " -> "
                    + value(b.path("domain").path("dimension"))));
            return out;
        }
        for (String key : keys(a, b)) {
            if (key.equals("name") || key.equals("description")) {
                continue;
            }
            JsonNode x = a.path(key);
            JsonNode y = b.path(key);
            if (key.equals("distribution") && !x.path("type").equals(y.path("type"))) {
                out.add(new Change(key, family(y)));
            } else if (key.equals("target") && !x.path("type").equals(y.path("type"))) {
                out.add(new Change(key, "target " + x.path("type").asText() + " -> " + y.path("type").asText()));
            } else {
                diff(key, x, y, out);
            }
        }
        return out;
    }

    /**
     * The run list's name for a run of {@code after} following a run of {@code before}: the changes
     * joined by ", " (up to {@link #MAX_NAMED}); the session's name for the first run (before null),
     * when the dimension changes or when more keys changed; "NAME (repeat)" when nothing did.
     */
    public static String describe(Session before, Session after) {
        if (before == null) {
            return after.name();
        }
        List<Change> changes = between(before, after);
        if (changes.isEmpty()) {
            return after.name() + " (repeat)";
        }
        if (changes.size() > MAX_NAMED || changes.get(0).path().equals("domain.dimension")) {
            return after.name();
        }
        return changes.stream().map(Change::text).collect(Collectors.joining(", "));
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            for (String key : keys(a, b)) {
                diff(path + "." + key, a.path(key), b.path(key), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size() && !isNumbers(a) && !isNumbers(b)) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else {
            out.add(new Change(path, label(path) + " " + value(a) + " -> " + value(b)));
        }
    }

    /** A distribution family with its parameters: "uniform B = 16", "ramp B = 15, p = 2", "custom (6 points)". */
    private static String family(JsonNode d) {
        List<String> parameters = new ArrayList<>();
        for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode v = d.get(key);
            if (!NOT_PARAMETERS.contains(key) && ((v.isValueNode() && !v.isBoolean()) || v.isArray())) {
                String label = label("distribution." + key);
                parameters.add(v.isArray() ? value(v) : label + " = " + value(v));
            }
        }
        String type = d.path("type").asText();
        return parameters.isEmpty() ? type : type + " " + String.join(", ", parameters);
    }

    /** The words for a key: a known label, or the path inside its group ("component 2 frequency"). */
    private static String label(String path) {
        String known = LABELS.get(path);
        if (known != null) {
            return known;
        }
        String inside = path.replaceFirst("^(target|distribution|network|training|pde|domain)\\.", "");
        String words = inside.replaceAll("components\\[(\\d+)]", "component $1").replace('.', ' ');
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("component (\\d+)").matcher(words);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, "component " + (Integer.parseInt(m.group(1)) + 1));
        }
        m.appendTail(b);
        return path.startsWith("target.") ? "target " + b : b.toString();
    }

    /** A value as the run list writes it: 4, 0.01, on / off, [64, 64], (12 points), (none). */
    static String value(JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return "(none)";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "on" : "off";
        }
        if (v.isNumber()) {
            return number(v.asDouble());
        }
        if (v.isArray()) {
            if (isNumbers(v) && v.size() <= SHORT_ARRAY) {
                List<String> items = new ArrayList<>();
                v.forEach(item -> items.add(number(item.asDouble())));
                return "[" + String.join(", ", items) + "]";
            }
            String noun = v.size() > 0 && v.get(0).isArray() ? "point" : "value";
            return "(" + v.size() + " " + noun + (v.size() == 1 ? ")" : "s)");
        }
        if (v.isObject()) {
            return v.has("type") ? v.path("type").asText() : "(changed)";
        }
        return v.asText();
    }

    private static boolean isNumbers(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** 4 digits at most, no trailing zeros: 4, 0.01, 4096, 1.235e-05. */
    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e7 ? d.toPlainString() : d.toString().replace("E", "e");
    }

    private static Set<String> keys(JsonNode a, JsonNode b) {
        Set<String> keys = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
