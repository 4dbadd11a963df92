package org.freqbias.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a re-run gives the figures a bundle holds: two summary.json trees compared leaf by leaf
 * (every number, text, flag and null at the same path; the top-level keys left out are those that
 * are not results, such as timings). Numbers match when
 * {@code |a - b| <= }{@value #RELATIVE_TOLERANCE}{@code  * max(|a|, |b|)}: on the machine that
 * made the bundle a re-run is identical (training does not depend on the thread count and Java's
 * arithmetic is IEEE strict), elsewhere the JIT's intrinsics of exp, sin and cos may differ by an
 * ulp, which the tolerance allows and nothing else does. Any other difference (a key, a length,
 * a type, a text) is a mismatch.
 *
 * @param figures the leaves compared
 * @param differing how many of them differ beyond the tolerance (or in kind)
 * @param largestRelative the largest relative difference of two numbers that match
 * @param firstDifference the first leaf that differs, with both values; empty when none does
 */
public record FigureComparison(int figures, int differing, double largestRelative, String firstDifference) {

    public static final double RELATIVE_TOLERANCE = 1e-9;

    /** Compares {@code bundled} with {@code rerun}, leaving out the top-level keys {@code excluded}. */
    public static FigureComparison of(JsonNode bundled, JsonNode rerun, Set<String> excluded) {
        Walk walk = new Walk();
        Set<String> keys = new TreeSet<>();
        bundled.fieldNames().forEachRemaining(keys::add);
        rerun.fieldNames().forEachRemaining(keys::add);
        keys.removeAll(excluded);
        for (String key : keys) {
            walk.compare(key, bundled.get(key), rerun.get(key));
        }
        return new FigureComparison(walk.figures, walk.differing, walk.largest, walk.first);
    }

    public boolean matches() {
        return differing == 0;
    }

    /** Every figure bit for bit. */
    public boolean identical() {
        return matches() && largestRelative == 0;
    }

    private static final class Walk {
        int figures;
        int differing;
        double largest;
        String first = "";

        void compare(String path, JsonNode a, JsonNode b) {
            if (a != null && b != null && a.isContainerNode() && a.getNodeType() == b.getNodeType()) {
                if (a.isArray()) {
                    if (a.size() != b.size()) {
                        differ(path + " (length)", a.size(), b.size());
                    }
                    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                        compare(path + "[" + i + "]", a.get(i), b.get(i));
                    }
                } else {
                    Set<String> keys = new TreeSet<>();
                    a.fieldNames().forEachRemaining(keys::add);
                    b.fieldNames().forEachRemaining(keys::add);
                    for (String key : keys) {
                        compare(path + "." + key, a.get(key), b.get(key));
                    }
                }
                return;
            }
            figures++;
            if (a != null && b != null && a.isNumber() && b.isNumber()) {
                double x = a.asDouble();
                double y = b.asDouble();
                double relative = x == y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
                if (relative <= RELATIVE_TOLERANCE) {
                    largest = Math.max(largest, relative);
                    return;
                }
            } else if (a != null && a.equals(b)) {
                return;
            }
            differ(path, a, b);
        }

        private void differ(String path, Object a, Object b) {
            if (differing++ == 0) {
                first = String.format(Locale.ROOT, "%s: bundle %s, re-run %s", path, a == null ? "(none)" : a, b == null ? "(none)" : b);
            }
        }
    }
}
