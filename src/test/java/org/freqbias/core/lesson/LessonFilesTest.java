package org.freqbias.core.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson files: every step's session resolved (a sample, a file inside the lesson's folder, a JSON
 * merge patch of the step before, through the session codec), and every kind of mistake refused
 * before anything plays, naming the step and the field.
 */
class LessonFilesTest {

    /** The chart names of the app's boards (what the window passes in). */
    static final IntFunction<Set<String>> CHARTS = d -> d == 1
            ? Set.of("fit", "spectrum", "spectrogram", "fprinciple", "learning-time", "loss")
            : Set.of("fields", "spectrum", "radial", "fprinciple", "loss");

    @TempDir
    Path dir;

    @Test
    void stepsResolveTheirSessionsInOrder() throws IOException {
        Files.writeString(dir.resolve("wide.json"), SessionFiles.toJsonString(
                SessionFiles.loadSample("uniform-no-bias").withName("from-a-file")));
        Lesson lesson = load("""
                { "title": "A test", "steps": [
                  { "session": {"sample": "gaussian-bias"}, "caption": "First.", "focus": ["fit", "spectrum"],
                    "actions": [{"playUntil": 1.5}, "pin", {"kernelLimit": true}] },
                  { "caption": "Same run, later.", "actions": [{"playUntil": 20}] },
                  { "session": {"changes": {"name": "narrow", "network": {"width": 64}, "distribution": {"sigma": 2}}},
                    "caption": "Changed." },
                  { "session": {"file": "wide.json"}, "caption": "From a file.", "actions": ["play", "pause", "reset"] }
                ] }""");
        assertEquals("A test", lesson.title());
        List<LessonStep> steps = lesson.steps();
        Session gaussian = SessionFiles.loadSample("gaussian-bias");
        assertEquals(gaussian, steps.get(0).session());
        assertTrue(steps.get(0).loadsSession());
        assertEquals(List.of("fit", "spectrum"), steps.get(0).focus());
        assertEquals(List.of(new LessonAction.PlayUntil(1.5), new LessonAction.Pin(),
                new LessonAction.ShowKernelFlow(KernelFlowKind.KERNEL_LIMIT, true)), steps.get(0).actions());
        assertFalse(steps.get(1).loadsSession(), "a step without a session continues the run");
        assertEquals(gaussian, steps.get(1).session());
        // The patch changes what it names and nothing else (the codec's own defaults included).
        Session patched = steps.get(2).session();
        var n = gaussian.network();
        assertEquals(gaussian.withName("narrow").withDistribution(new Gaussian(2)).withNetwork(
                new org.freqbias.core.session.NetworkSpec(64, n.sigmaA(), n.zeroInitialOutput(), n.sampling(),
                        n.hiddenLayers(), n.activation())), patched);
        assertEquals("from-a-file", steps.get(3).session().name());
        assertInstanceOf(Uniform.class, steps.get(3).session().distribution());
        assertEquals(List.of(new LessonAction.Play(), new LessonAction.Pause(), new LessonAction.Reset()), steps.get(3).actions());
        assertEquals(0, lesson.chainStart(1), "step 2 runs in the session step 1 loaded");
        assertEquals(2, lesson.chainStart(2));
    }

    @Test
    void aPatchMayChangeTheDistributionsFamilyByRemovingTheOldKeys() throws IOException {
        Lesson lesson = load("""
                { "title": "t", "steps": [
                  { "session": {"sample": "gaussian-bias"}, "caption": "a" },
                  { "session": {"changes": {"distribution": {"type": "uniform", "band": 15, "sigma": null}}}, "caption": "b" } ] }""");
        assertEquals(new Uniform(15), lesson.steps().get(1).session().distribution());
    }

    @Test
    void theShippedLessonsLoad() throws IOException {
        for (String name : LessonFiles.SHIPPED) {
            Lesson lesson = LessonFiles.loadShipped(name, CHARTS);
            assertTrue(lesson.steps().size() >= 3, name);
            assertEquals(lesson, LessonFiles.load(name, CHARTS), "a shipped lesson is found by its name");
        }
    }

    @Test
    void mistakesAreRefusedNamingTheStepAndTheField() {
        String first = "{ \"session\": {\"sample\": \"gaussian-bias\"}, \"caption\": \"Fine.\" }";
        record Case(String steps, String field, String says) {
        }
        List<Case> cases = List.of(
                new Case("{ \"caption\": \"No session.\" }", "steps[0].session", "first step names its session"),
                new Case("{ \"session\": {\"changes\": {}}, \"caption\": \"x\" }", "steps[0].session.changes", "no session before it"),
                new Case(first + ", { \"focus\": [\"spectrum\"] }", "steps[1].caption", "is missing"),
                new Case(first + ", { \"caption\": \"One. Two. Three. Four.\" }", "steps[1].caption", "4 sentences"),
                new Case(first + ", { \"caption\": \"" + "a".repeat(401) + "\" }", "steps[1].caption", "at most 400"),
                new Case(first + ", { \"caption\": \"x\", \"focus\": [\"fields\"] }", "steps[1].focus[0]", "no chart \"fields\" in a 1D session"),
                new Case(first + ", { \"caption\": \"x\", \"focus\": [\"fit\", \"loss\", \"spectrum\"] }", "steps[1].focus", "one or two"),
                new Case(first + ", { \"caption\": \"x\", \"actions\": [{\"playUntil\": 25}] }", "steps[1].actions[0].playUntil", "0 < t <= 20"),
                new Case(first + ", { \"caption\": \"x\", \"actions\": [{\"playUntil\": 0}] }", "steps[1].actions[0].playUntil", "0 < t <= 20"),
                new Case(first + ", { \"caption\": \"x\", \"actions\": [\"jump\"] }", "steps[1].actions[0]", "unknown action \"jump\""),
                new Case(first + ", { \"caption\": \"x\", \"actions\": [{\"kernelLimit\": \"yes\"}] }", "steps[1].actions[0].kernelLimit", "true"),
                new Case("{ \"session\": {\"sample\": \"deep-gaussian\"}, \"caption\": \"x\", \"actions\": [{\"linearized\": true}] }",
                        "steps[0].actions[0].linearized", "needs a 2-layer network"),
                new Case(first + ", { \"session\": {\"changes\": {\"distribution\": {\"sigma\": -1}}}, \"caption\": \"x\" }",
                        "steps[1].session.changes", "distribution.sigma"),
                new Case(first + ", { \"session\": {\"sample\": \"no-such\"}, \"caption\": \"x\" }", "steps[1].session.sample", "no built-in sample"),
                new Case(first + ", { \"session\": {\"sample\": \"gaussian-bias\", \"file\": \"a.json\"}, \"caption\": \"x\" }",
                        "steps[1].session", "exactly one"),
                new Case(first + ", { \"session\": {\"file\": \"../outside.json\"}, \"caption\": \"x\" }", "steps[1].session.file", "leaves the lesson's folder"),
                new Case(first + ", { \"session\": {\"file\": \"/etc/hosts\"}, \"caption\": \"x\" }", "steps[1].session.file", "leaves the lesson's folder"),
                new Case(first + ", { \"session\": {\"file\": \"missing.json\"}, \"caption\": \"x\" }", "steps[1].session.file", "no such session file"),
                new Case(first + ", { \"caption\": \"x\", \"cation\": \"typo\" }", "steps[1].cation", "unknown key"));
        for (Case c : cases) {
            String json = "{ \"title\": \"t\", \"steps\": [" + c.steps() + "] }";
            LessonException e = assertThrows(LessonException.class, () -> load(json), c.steps());
            assertEquals(c.field(), e.field(), c.steps());
            assertTrue(e.getMessage().contains(c.says()), () -> c.steps() + " -> " + e.getMessage());
            int step = Integer.parseInt(c.field().substring(6, c.field().indexOf(']')));
            assertTrue(e.getMessage().startsWith("step " + (step + 1) + " (" + c.field() + "): "), e.getMessage());
        }
    }

    @Test
    void brokenFilesAreRefusedWhole() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"title\": \"t\", \"steps\": [ ");
        assertTrue(assertThrows(LessonException.class, () -> LessonFiles.load(broken, CHARTS)).getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(LessonException.class, () -> LessonFiles.load(dir.resolve("none.json"), CHARTS))
                .getMessage().contains("no such lesson file"));
        assertTrue(assertThrows(LessonException.class, () -> LessonFiles.load(dir, CHARTS)).getMessage().contains("not a regular file"));
        Files.writeString(broken, "{ \"title\": \"t\", \"steps\": [] }");
        assertEquals("steps", assertThrows(LessonException.class, () -> LessonFiles.load(broken, CHARTS)).field());
    }

    @Test
    void aLinkOutOfTheLessonsFolderIsRefused() throws IOException {
        Path outside = Files.createTempFile("session", ".json");
        try {
            Files.writeString(outside, SessionFiles.toJsonString(SessionFiles.loadSample("gaussian-bias")));
            Files.createSymbolicLink(dir.resolve("link.json"), outside);
            LessonException e = assertThrows(LessonException.class, () -> load("""
                    { "title": "t", "steps": [ { "session": {"file": "link.json"}, "caption": "x" } ] }"""));
            assertTrue(e.getMessage().contains("link out of the lesson's folder"), e.getMessage());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private Lesson load(String json) throws IOException {
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, json);
        return LessonFiles.load(file, CHARTS);
    }
}
