package org.freqbias.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each kind of change, named as the run list shows it, in 1D and 2D. */
class SessionDiffTest {

    private static Session sample(String name) throws IOException {
        return SessionFiles.loadSample(name);
    }

    /** {@code base} with its JSON edited. */
    private static Session edited(Session base, Consumer<ObjectNode> edit) {
        ObjectNode json = SessionCodec.toJson(base);
        edit.accept(json);
        return SessionCodec.fromJson(json, java.nio.file.Path.of("sample-sessions"));
    }

    private static ObjectNode at(ObjectNode root, String key) {
        return (ObjectNode) root.get(key);
    }

    @Test
    void aParameterOfTheSameFamily() throws IOException {
        Session g = sample("gaussian-bias");
        assertEquals("sigma 4 -> 8", SessionDiff.describe(g, edited(g, j -> at(j, "distribution").put("sigma", 8.0))));
        Session u = sample("uniform-no-bias");
        assertEquals("B 15 -> 16", SessionDiff.describe(u, edited(u, j -> at(j, "distribution").put("band", 16.0))));
    }

    @Test
    void anotherFamilyIsNamedWithItsParameters() throws IOException {
        Session g = sample("gaussian-bias");
        assertEquals("uniform B = 16", SessionDiff.describe(g, edited(sample("uniform-no-bias"),
                j -> at(j, "distribution").put("band", 16.0))));
        assertEquals("ramp B = 15, p = 2", SessionDiff.describe(g, sample("reversed-bias")));
        assertEquals("custom (6 points)", SessionDiff.describe(g, edited(g, j -> {
            ObjectNode d = j.putObject("distribution").put("type", "custom");
            ArrayNode points = d.putArray("points");
            for (double xi : new double[] {0, 3, 6, 9, 12, 15}) {
                points.addArray().add(xi).add(1.0);
            }
        })));
    }

    @Test
    void networkTrainingAndPdeKeys() throws IOException {
        Session g = sample("gaussian-bias");
        assertEquals("width 4096 -> 64", SessionDiff.describe(g, edited(g, j -> at(j, "network").put("width", 64))));
        assertEquals("seed 0 -> 1", SessionDiff.describe(g, edited(g, j -> at(j, "training").put("seed", 1))));
        assertEquals("learning rate 0.01 -> 0.005", SessionDiff.describe(g, edited(g, j -> at(j, "training").put("learningRate", 0.005))));
        assertEquals("sampling stratified -> iid", SessionDiff.describe(g, edited(g, j -> at(j, "network").put("sampling", "iid"))));
        assertEquals("diffusion on -> off", SessionDiff.describe(g, edited(g, j -> at(j, "pde").put("diffusion", false))));
        assertEquals("hidden layers [64, 64] -> [128, 64]", SessionDiff.describe(sample("deep-gaussian"),
                edited(sample("deep-gaussian"), j -> at(j, "network").putArray("hiddenLayers").add(128).add(64))));
    }

    @Test
    void severalChangesAreJoinedAndManyGiveTheName() throws IOException {
        Session g = sample("gaussian-bias");
        assertEquals("sigma 4 -> 8, width 4096 -> 64, seed 0 -> 1", SessionDiff.describe(g, edited(g, j -> {
            at(j, "distribution").put("sigma", 8.0);
            at(j, "network").put("width", 64);
            at(j, "training").put("seed", 1);
        })));
        Session many = edited(g, j -> {
            j.put("name", "mine");
            at(j, "distribution").put("sigma", 8.0);
            at(j, "network").put("width", 64);
            at(j, "training").put("seed", 1).put("steps", 10);
        });
        assertEquals("mine", SessionDiff.describe(g, many));
        assertEquals(4, SessionDiff.between(g, many).size());
    }

    @Test
    void theFirstRunARepeatAndADimensionChange() throws IOException {
        Session g = sample("gaussian-bias");
        assertEquals("gaussian-bias", SessionDiff.describe(null, g));
        assertEquals("gaussian-bias (repeat)", SessionDiff.describe(g, edited(g, j -> j.put("description", "other words"))));
        assertEquals("plane-waves", SessionDiff.describe(g, sample("plane-waves")));
    }

    @Test
    void targetChanges() throws IOException {
        Session g = sample("gaussian-bias");
        assertEquals("target component 3 frequency 11 -> 9", SessionDiff.describe(g, edited(g,
                j -> ((ObjectNode) at(j, "target").withArray("components").get(2)).put("frequency", 9.0))));
        assertEquals("target wavePacket -> formula", SessionDiff.describe(g, sample("formula-target")));
    }

    @Test
    void planeSessions() throws IOException {
        Session p = sample("plane-waves");
        assertEquals("shape radial -> product", SessionDiff.describe(p, edited(p, j -> at(j, "distribution").put("shape", "product"))));
        assertEquals("target component 2 frequency [2, 5] -> [2, 6]", SessionDiff.describe(p, edited(p, j -> {
            ArrayNode f = ((ObjectNode) at(j, "target").withArray("components").get(1)).putArray("frequency");
            f.add(2.0).add(6.0);
        })));
        assertEquals("uniform B = 10", SessionDiff.describe(sample("image-gaussian"), sample("image-uniform")));
        assertEquals("N 64 -> 32", SessionDiff.describe(p, edited(p, j -> at(j, "domain").put("samples", 32))));
    }
}
