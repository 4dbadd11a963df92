package org.freqbias.core.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionCodec;
import org.freqbias.core.session.SessionException;
import org.freqbias.core.session.SessionFolder;

/**
 * The runs of a sweep: the product of the axes' values and the seeds, in a fixed order that defines
 * run indices, shards and the rows of runs.csv: the first axis outermost, then the next, the seed
 * innermost. Run {@code i} of {@code n = n_1 * ... * n_k * n_seeds} has seed index {@code i mod n_seeds}
 * and so on outward. Shard {@code K/N} is the runs {@code i} with {@code i mod N = K}.
 */
public final class SweepGrid {

    /** Most runs in one sweep. */
    public static final int MAX_RUNS = 100_000;
    /** Most seeds of --seeds A-B. */
    public static final int MAX_SEEDS = 10_000;
    private static final String SEED_KEY = "training.seed";
    private static final Pattern SEEDS = Pattern.compile("(\\d{1,18})(-(\\d{1,18}))?");

    private final List<SweepAxis> axes;
    private final long[] seeds;
    private final int size;

    /**
     * @throws SweepException when a key is given twice, is the seed (use the seeds), or the grid is
     *     larger than {@link #MAX_RUNS}
     */
    public SweepGrid(List<SweepAxis> axes, long[] seeds) {
        if (axes.isEmpty()) {
            throw new SweepException("give at least one --vary KEY=V1,V2,...");
        }
        if (seeds.length == 0) {
            throw new SweepException("--seeds: give at least one seed");
        }
        Set<String> keys = new HashSet<>();
        long runs = seeds.length;
        for (SweepAxis a : axes) {
            if (!keys.add(a.key())) {
                throw new SweepException("--vary " + a.key() + " is given twice; give all its values in one --vary");
            }
            if (a.key().equals(SEED_KEY)) {
                throw new SweepException("--vary " + SEED_KEY + ": vary the seed with --seeds A-B instead");
            }
            runs *= a.size();
            if (runs > MAX_RUNS) {
                throw new SweepException("the sweep has more than " + MAX_RUNS + " runs; vary fewer values");
            }
        }
        this.axes = List.copyOf(axes);
        this.seeds = seeds.clone();
        this.size = (int) runs;
    }

    /**
     * Reads {@code --seeds A-B} (inclusive, 0 <= A <= B) or a single seed {@code A}.
     *
     * @throws SweepException naming the option
     */
    public static long[] parseSeeds(String text) {
        var m = SEEDS.matcher(text.trim());
        if (!m.matches()) {
            throw new SweepException("--seeds " + text + ": write A-B (from A to B inclusive, whole numbers >= 0) or one seed A");
        }
        long from = Long.parseLong(m.group(1));
        long to = m.group(3) == null ? from : Long.parseLong(m.group(3));
        if (to < from || to - from >= MAX_SEEDS) {
            throw new SweepException("--seeds " + text + ": need A <= B and at most " + MAX_SEEDS + " seeds");
        }
        long[] seeds = new long[(int) (to - from + 1)];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = from + i;
        }
        return seeds;
    }

    public List<SweepAxis> axes() {
        return axes;
    }

    public long[] seeds() {
        return seeds.clone();
    }

    /** The number of runs. */
    public int size() {
        return size;
    }

    /** Run {@code index} of the grid order. */
    public SweepPoint point(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int rest = index / seeds.length;
        long seed = seeds[index % seeds.length];
        int[] valueIndex = new int[axes.size()];
        String[] labels = new String[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            SweepAxis axis = axes.get(a);
            valueIndex[a] = rest % axis.size();
            labels[a] = axis.label(valueIndex[a]);
            rest /= axis.size();
        }
        return new SweepPoint(index, valueIndex, List.of(labels), seed);
    }

    /** Every run of the grid, in order. */
    public List<SweepPoint> points() {
        List<SweepPoint> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(point(i));
        }
        return all;
    }

    /** The runs of shard {@code k} of {@code n}: indices k, k + n, k + 2n, ... */
    public List<SweepPoint> shard(int k, int n) {
        if (n < 1 || k < 0 || k >= n) {
            throw new SweepException("--shard " + k + "/" + n + ": need 0 <= K < N (K counts from 0)");
        }
        List<SweepPoint> mine = new ArrayList<>();
        for (int i = k; i < size; i += n) {
            mine.add(point(i));
        }
        return mine;
    }

    /** "distribution.sigma=2 network.width=64 seed=0": the run's values for names and messages. */
    public String label(SweepPoint p) {
        StringBuilder b = new StringBuilder();
        for (int a = 0; a < axes.size(); a++) {
            b.append(axes.get(a).key()).append('=').append(p.labels().get(a)).append(' ');
        }
        return b.append("seed=").append(p.seed()).toString();
    }

    /**
     * Refuses a key that the session does not hold as a number (named, with what it holds).
     *
     * @param base the JSON of the base session ({@link SessionCodec#toJson})
     */
    public void checkKeys(JsonNode base) {
        for (SweepAxis a : axes) {
            JsonNode node = base;
            for (String segment : a.segments()) {
                node = node.isArray() && segment.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(segment))
                        : node.path(segment);
            }
            if (node.isMissingNode()) {
                throw new SweepException("--vary " + a.key() + ": the session has no such key; give the JSON path of a number "
                        + "it holds, such as distribution.sigma, network.width, training.learningRate or domain.samples");
            }
            if (!node.isNumber()) {
                throw new SweepException("--vary " + a.key() + ": the session holds " + node + " there, not a number; "
                        + "only numeric keys can be varied");
            }
        }
    }

    /**
     * The session of run {@code p}: {@code base} with each axis's value and the seed written in,
     * read back through the session codec, so that each value is validated as in a file.
     *
     * @throws SweepException naming the run, the key and what the codec refused
     */
    public Session session(ObjectNode base, SessionFolder folder, SweepPoint p) {
        checkKeys(base);
        ObjectNode root = base.deepCopy();
        for (int a = 0; a < axes.size(); a++) {
            SweepAxis axis = axes.get(a);
            set(root, axis.segments(), axis.values().get(p.valueIndex()[a]));
        }
        set(root, List.of(SEED_KEY.split("\\.")), LongNode.valueOf(p.seed()));
        try {
            return SessionCodec.fromJson(root, folder);
        } catch (SessionException e) {
            throw new SweepException("run " + label(p) + ": " + e.getMessage());
        }
    }

    private static void set(ObjectNode root, List<String> path, JsonNode value) {
        JsonNode parent = root;
        for (String segment : path.subList(0, path.size() - 1)) {
            parent = parent.isArray() ? parent.path(Integer.parseInt(segment)) : parent.path(segment);
        }
        String last = path.get(path.size() - 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
