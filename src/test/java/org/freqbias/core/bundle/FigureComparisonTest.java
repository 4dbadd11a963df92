package org.freqbias.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Figures compared leaf by leaf: the tolerance's edge on both sides, kinds, lengths, keys, exclusions. */
class FigureComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void identicalTreesMatchBitForBit() throws Exception {
        JsonNode a = json("{\"agreement\": {\"max\": 0.125, \"byTime\": [[0, 0.5], [1, null]]}, \"peaks\": [{\"kind\": \"x\"}]}");
        FigureComparison c = FigureComparison.of(a, a.deepCopy(), Set.of());
        assertTrue(c.identical());
        assertEquals(6, c.figures()); // max, 0, 0.5, 1, null, kind
    }

    @Test
    void numbersMatchWithinTheRelativeToleranceAndNotBeyond() throws Exception {
        double x = 0.3;
        double within = x * (1 + 0.5 * FigureComparison.RELATIVE_TOLERANCE);
        double beyond = x * (1 + 2 * FigureComparison.RELATIVE_TOLERANCE);
        FigureComparison close = FigureComparison.of(json("{\"a\": " + x + "}"), json("{\"a\": " + within + "}"), Set.of());
        assertTrue(close.matches());
        assertFalse(close.identical());
        assertEquals(0.5 * FigureComparison.RELATIVE_TOLERANCE, close.largestRelative(), 1e-6 * FigureComparison.RELATIVE_TOLERANCE);
        FigureComparison far = FigureComparison.of(json("{\"a\": " + x + "}"), json("{\"a\": " + beyond + "}"), Set.of());
        assertFalse(far.matches());
        assertTrue(far.firstDifference().startsWith("a: bundle 0.3, re-run"), far.firstDifference());
    }

    @Test
    void aMissingKeyALengthATypeOrATextIsAMismatchButExcludedKeysAreNotCompared() throws Exception {
        JsonNode bundle = json("{\"peaks\": [1, 2], \"kind\": \"ratio\", \"n\": 1, \"timing\": {\"s\": 3}}");
        assertEquals(1, FigureComparison.of(bundle, json("{\"peaks\": [1, 2], \"kind\": \"ratio\", \"n\": 1}"), Set.of()).differing());
        assertEquals(1, FigureComparison.of(bundle, json("{\"peaks\": [1], \"kind\": \"ratio\", \"n\": 1, \"timing\": {\"s\": 3}}"), Set.of()).differing());
        assertEquals(1, FigureComparison.of(bundle, json("{\"peaks\": [1, 2], \"kind\": \"ratio\", \"n\": null, \"timing\": {\"s\": 3}}"), Set.of()).differing());
        assertEquals(1, FigureComparison.of(bundle, json("{\"peaks\": [1, 2], \"kind\": \"value\", \"n\": 1, \"timing\": {\"s\": 3}}"), Set.of()).differing());
        assertTrue(FigureComparison.of(bundle, json("{\"peaks\": [1, 2], \"kind\": \"ratio\", \"n\": 1, \"timing\": {\"s\": 9}}"),
                Set.of("timing")).identical());
    }
}
