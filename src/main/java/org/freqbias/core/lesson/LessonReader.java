package org.freqbias.core.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionException;
import org.freqbias.core.session.SessionFiles;
import org.freqbias.core.session.SessionFolder;

/**
 * Reads a lesson from its JSON tree and checks all of it before anything is played: every step's
 * session is resolved (a sample, a file inside the lesson's folder, or a JSON merge patch of the
 * step before's session, parsed by the session codec like any file), every caption, chart name and
 * action is checked against the step's session. The first problem found is a
 * {@link LessonException} naming the step and the field. The format is in README.md, Lessons.
 */
final class LessonReader {

    /** A caption is read aloud: one to three sentences, at most this many characters. */
    static final int MAX_CAPTION = 400;
    static final int MAX_SENTENCES = 3;
    static final int MAX_FOCUS = 2;
    static final int MAX_STEPS = 200;

    private static final Set<String> LESSON_KEYS = Set.of("title", "description", "steps");
    private static final Set<String> STEP_KEYS = Set.of("session", "caption", "focus", "actions");
    private static final List<String> SOURCES = List.of("sample", "file", "changes");
    /** The end of a sentence: '.', '!' or '?' before a space or the end (so "t = 0.5" is not one). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private final LessonFolder folder;
    /** The chart names a step may focus, for a session of dimension 1 or 2. */
    private final IntFunction<Set<String>> charts;

    LessonReader(LessonFolder folder, IntFunction<Set<String>> charts) {
        this.folder = folder;
        this.charts = charts;
    }

    Lesson read(JsonNode root) throws IOException {
        object(root, "", LESSON_KEYS);
        String title = text(root.get("title"), "title");
        JsonNode stepsNode = root.get("steps");
        if (stepsNode == null || !stepsNode.isArray() || stepsNode.isEmpty()) {
            throw new LessonException("steps", "must be a non-empty list of steps [ { \"caption\": ... }, ... ]");
        }
        if (stepsNode.size() > MAX_STEPS) {
            throw new LessonException("steps", "has " + stepsNode.size() + " steps; at most " + MAX_STEPS);
        }
        List<LessonStep> steps = new ArrayList<>();
        Session session = null;
        SessionFolder sessionFolder = null;
        for (int i = 0; i < stepsNode.size(); i++) {
            String at = "steps[" + i + "]";
            JsonNode step = stepsNode.get(i);
            object(step, at, STEP_KEYS);
            boolean loads = step.hasNonNull("session");
            if (loads) {
                LessonFolder.Loaded loaded = session(step.get("session"), at + ".session", session, sessionFolder);
                session = loaded.session();
                sessionFolder = loaded.folder();
            } else if (i == 0) {
                throw new LessonException(at + ".session", "is missing: the first step names its session,"
                        + " {\"sample\": \"gaussian-bias\"} or {\"file\": \"my-session.json\"}");
            }
            steps.add(new LessonStep(session, loads, caption(step.get("caption"), at + ".caption"),
                    focus(step.get("focus"), at + ".focus", session), actions(step.get("actions"), at + ".actions", session)));
        }
        return new Lesson(title, steps);
    }

    /** The session a step names: {"sample": NAME}, {"file": PATH} or {"changes": PATCH} of {@code previous}. */
    private LessonFolder.Loaded session(JsonNode node, String at, Session previous, SessionFolder previousFolder) throws IOException {
        object(node, at, Set.copyOf(SOURCES));
        if (node.size() != 1) {
            throw new LessonException(at, "must have exactly one of " + String.join(", ", SOURCES) + "; got " + node.size());
        }
        String kind = node.fieldNames().next();
        String field = at + "." + kind;
        try {
            return switch (kind) {
                case "sample" -> {
                    String name = text(node.get(kind), field);
                    if (!SessionFiles.allSamples().contains(name)) {
                        throw new LessonException(field, "no built-in sample \"" + name + "\"; allowed: "
                                + String.join(", ", SessionFiles.allSamples()));
                    }
                    yield new LessonFolder.Loaded(SessionFiles.loadSample(name), SessionFiles.sampleFolder());
                }
                case "file" -> folder.session(text(node.get(kind), field), field);
                default -> {
                    if (previous == null) {
                        throw new LessonException(field, "the first step has no session before it to change;"
                                + " name a sample or a file");
                    }
                    JsonNode patch = node.get(kind);
                    if (!patch.isObject()) {
                        throw new LessonException(field, "must be an object of the session's keys to change"
                                + " (a JSON merge patch, RFC 7386), such as {\"network\": {\"width\": 64}}");
                    }
                    JsonNode patched = JsonMergePatch.apply(SessionCodec.toJson(previous), patch);
                    yield new LessonFolder.Loaded(SessionCodec.fromJson(patched, previousFolder), previousFolder);
                }
            };
        } catch (SessionException e) {
            throw new LessonException(field, e.getMessage(), e);
        }
    }

    private static String caption(JsonNode node, String at) {
        String caption = text(node, at).strip();
        if (caption.length() > MAX_CAPTION) {
            throw new LessonException(at, "has " + caption.length() + " characters; a caption is read aloud:"
                    + " one to three sentences, at most " + MAX_CAPTION + " characters");
        }
        Matcher m = SENTENCE_END.matcher(caption);
        int sentences = 0;
        while (m.find()) {
            sentences++;
        }
        if (sentences > MAX_SENTENCES) {
            throw new LessonException(at, "has " + sentences + " sentences; at most " + MAX_SENTENCES
                    + " (split the step in two)");
        }
        return caption;
    }

    private List<String> focus(JsonNode node, String at, Session session) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_FOCUS) {
            throw new LessonException(at, "must be a list of one or two chart names, such as [\"spectrum\", \"loss\"]");
        }
        int dimension = session.domain().dimension();
        Set<String> allowed = charts.apply(dimension);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String name = text(node.get(i), at + "[" + i + "]");
            if (!allowed.contains(name)) {
                throw new LessonException(at + "[" + i + "]", "no chart \"" + name + "\" in a " + dimension
                        + "D session; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            out.add(name);
        }
        return out;
    }

    private static List<LessonAction> actions(JsonNode node, String at, Session session) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new LessonException(at, "must be a list of actions, such as [{\"playUntil\": 2}, \"pin\"]");
        }
        List<LessonAction> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(action(node.get(i), at + "[" + i + "]", session));
        }
        return out;
    }

    private static final String ACTIONS = "\"play\", \"pause\", \"reset\", \"pin\", {\"playUntil\": t},"
            + " {\"kernelLimit\": true|false}, {\"linearized\": true|false}";

    private static LessonAction action(JsonNode node, String at, Session session) {
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "play" -> new LessonAction.Play();
                case "pause" -> new LessonAction.Pause();
                case "reset" -> new LessonAction.Reset();
                case "pin" -> new LessonAction.Pin();
                default -> throw new LessonException(at, "unknown action \"" + node.asText() + "\"; allowed: " + ACTIONS);
            };
        }
        if (!node.isObject() || node.size() != 1) {
            throw new LessonException(at, "an action is a name or an object with one key; allowed: " + ACTIONS);
        }
        String key = node.fieldNames().next();
        JsonNode value = node.get(key);
        String field = at + "." + key;
        return switch (key) {
            case "playUntil" -> playUntil(value, field, session);
            case "kernelLimit" -> kernelFlow(KernelFlowKind.KERNEL_LIMIT, value, field, session);
            case "linearized" -> kernelFlow(KernelFlowKind.LINEARIZED, value, field, session);
            default -> throw new LessonException(at, "unknown action \"" + key + "\"; allowed: " + ACTIONS);
        };
    }

    private static LessonAction playUntil(JsonNode value, String field, Session session) {
        double end = session.training().learningRate() * session.training().steps();
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || value.asDouble() > end * (1 + 1e-9)) {
            throw new LessonException(field, String.format(Locale.ROOT, "must be a time t with 0 < t <= %.6g,"
                    + " the end of this step's run (learningRate x steps); got %s", end, value));
        }
        return new LessonAction.PlayUntil(value.asDouble());
    }

    private static LessonAction kernelFlow(KernelFlowKind kind, JsonNode value, String field, Session session) {
        if (value == null || !value.isBoolean()) {
            throw new LessonException(field, "must be true (show the " + kind.label() + ") or false (hide it); got " + value);
        }
        if (value.asBoolean() && session.network().isDeep()) {
            throw new LessonException(field, "the " + kind.label() + " needs a 2-layer network; this step's session"
                    + " has hidden layers");
        }
        return new LessonAction.ShowKernelFlow(kind, value.asBoolean());
    }

    /** Checks that {@code node} is an object whose keys are all in {@code allowed}. */
    private static void object(JsonNode node, String at, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new LessonException(at, "must be a JSON object { ... }");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new LessonException(at.isEmpty() ? key : at + "." + key, "unknown key; allowed here: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private static String text(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            throw new LessonException(at, "is missing");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new LessonException(at, "must be a non-empty text; got " + node);
        }
        return node.asText();
    }
}
