package org.freqbias.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.freqbias.core.deep.Activation;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.Mixture;
import org.freqbias.core.dist.Ramp;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.Checkerboard;
import org.freqbias.core.target.ImageTarget;
import org.freqbias.core.target.PlaneWave;
import org.freqbias.core.target.PlaneWaves;
import org.freqbias.core.target.SineComponent;
import org.freqbias.core.target.SquareWave;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.Target2D;
import org.freqbias.core.target.WavePacket;

/**
 * Maps sessions to and from their JSON tree (the format is documented in README.md). Reading
 * validates: every failure is a {@link SessionException} naming the field and what is allowed.
 * Writing ({@link SessionWriter}) emits the same keys, so a saved session reads back equal.
 */
public final class SessionCodec {

    static final Set<String> TARGET_TYPES = ordered("wavePacket", "sines", "squareWave", "formula", "samples", "csv");
    static final Set<String> TARGET_TYPES_2D = ordered("planeWaves", "checkerboard", "image", "formula");
    static final Set<String> SHAPES = ordered("radial", "product");
    static final Set<String> DISTRIBUTION_TYPES = ordered("gaussian", "uniform", "laplace", "ramp", "mixture", "custom");
    static final Set<String> SAMPLING_MODES = ordered("stratified", "iid");
    static final Set<String> ACTIVATIONS = ordered("tanh", "relu", "sine");
    static final Set<String> OPTIMIZERS = ordered("gd", "adam");
    static final int MAX_SAMPLES = 1 << 16;
    /** Samples per axis in 2D: the grid has N^2 points, and each training step costs m N^2. */
    static final int MAX_SAMPLES_2D = 256;
    /** P1 elements per axis in 2D: the mesh has (n + 1)^2 nodes and a sparse Cholesky factor. */
    public static final int MAX_ELEMENTS_2D = 512;
    static final int MAX_MIXTURE_DEPTH = 4;
    /** Range of the scale of a distribution (sigma, band, scale) and of an envelope width. */
    static final double MIN_SCALE = 1e-4;
    static final double MAX_SCALE = 1e6;
    /** Largest |amplitude| of a target component. */
    static final double MAX_AMPLITUDE = 1e6;
    /** Most odd harmonics of a square wave counted as peaks (each is a curve in the charts). */
    static final int MAX_HARMONICS = 64;
    /** Largest learning rate (the stability limit of the samples is 0.04-3). */
    static final double MAX_LEARNING_RATE = 1e6;
    /** pde.maxFrequency may reach this many Nyquist frequencies (beyond it the transform is 0). */
    static final double MAX_FREQUENCY_NYQUISTS = 16;

    private SessionCodec() {
    }

    /** The JSON tree of a session, with every key it was read from. */
    public static ObjectNode toJson(Session s) {
        return SessionWriter.toJson(s);
    }

    /** As {@link #fromJson(JsonNode, Path)} with image and CSV paths relative to the working directory. */
    public static Session fromJson(JsonNode root) {
        return fromJson(root, (Path) null);
    }

    /**
     * @param folder the folder relative paths in the session (an image or CSV target) are
     *     resolved against; null for the working directory
     */
    public static Session fromJson(JsonNode root, Path folder) {
        return fromJson(root, SessionFolder.of(folder));
    }

    /** @param folder where the relative paths in the session (an image or CSV target) are read from */
    public static Session fromJson(JsonNode root, SessionFolder folder) {
        JsonFields s = new JsonFields(root, "");
        Domain domain = domain(s.object("domain"));
        JsonFields t = s.object("target");
        JsonFields d = s.object("distribution");
        FrequencyDistribution family = distribution(d, 0);
        Target target = null;
        PlaneSpec plane = null;
        if (domain.dimension() == 1) {
            if (d.has("shape")) {
                throw new SessionException(d.path("shape"), "is only meaningful in 2D (domain.dimension 2); remove it");
            }
            target = target(t, domain, folder);
            SpecChecks.finiteSamples("target", target, domain);
        } else {
            String shape = d.has("shape") ? d.choice("shape", SHAPES) : "radial";
            plane = new PlaneSpec(target2D(t, domain, folder), PlaneSpec.Shape.valueOf(upper(shape)));
            SpecChecks.finiteSamples("target", plane.target(), domain);
        }
        NetworkSpec network = network(s.object("network"));
        String name = s.text("name", "untitled");
        SpecChecks.label("name", name, SpecChecks.MAX_NAME_LENGTH);
        String description = s.text("description", "");
        SpecChecks.text("description", description, SpecChecks.MAX_DESCRIPTION_LENGTH);
        return new Session(
                name,
                description,
                domain,
                target,
                family,
                network,
                training(s.object("training")),
                pde(s.has("pde") ? s.object("pde") : null, domain),
                plane);
    }

    private static Domain domain(JsonFields d) {
        int dimension = d.integer("dimension", 1);
        if (dimension != 1 && dimension != 2) {
            throw new SessionException(d.path("dimension"), "must be 1 or 2, got " + dimension);
        }
        double halfWidth = d.number("halfWidth");
        SpecChecks.range(d.path("halfWidth"), halfWidth, 1e-6, 1e6);
        int samples = d.integer("samples");
        SpecChecks.intRange(d.path("samples"), samples, 8, MAX_SAMPLES);
        if (dimension == 2 && samples > MAX_SAMPLES_2D) {
            throw new SessionException(d.path("samples"), "in 2D at most " + MAX_SAMPLES_2D
                    + " per axis (the grid has N^2 points and every step visits each of them for every neuron), got " + samples);
        }
        if (Integer.bitCount(samples) != 1) {
            int suggestion = Integer.highestOneBit(samples);
            throw new SessionException(d.path("samples"),
                    "must be a power of two (the FFT needs one), got " + samples + "; try " + suggestion + " or " + 2 * suggestion);
        }
        return new Domain(dimension, halfWidth, samples);
    }

    /** The type of a target, refusing one of the other dimension with a message that says so. */
    private static String targetType(JsonFields t, Set<String> allowed, Set<String> other, int dimension) {
        String type = t.text("type", null);
        if (type != null && other.contains(type) && !allowed.contains(type)) {
            throw new SessionException(t.path("type"), "\"" + type + "\" is a " + (3 - dimension) + "D target but domain.dimension is "
                    + dimension + "; allowed here: " + String.join(", ", allowed));
        }
        return t.choice("type", allowed);
    }

    private static Target target(JsonFields t, Domain domain, SessionFolder folder) {
        String type = targetType(t, TARGET_TYPES, TARGET_TYPES_2D, 1);
        try {
            return switch (type) {
                case "wavePacket" -> new WavePacket(scale(t, "envelopeWidth"), components(t, domain));
                case "sines" -> WavePacket.sines(components(t, domain));
                case "squareWave" -> {
                    int harmonics = t.integer("harmonics", 3);
                    SpecChecks.intRange(t.path("harmonics"), harmonics, 1, MAX_HARMONICS);
                    yield new SquareWave(frequency(t, "frequency", domain), amplitude(t, 1.0), harmonics);
                }
                case "formula" -> UserInputs.formula(t, domain);
                case "samples" -> UserInputs.samples(t);
                case "csv" -> UserInputs.csv(t, folder);
                default -> throw new IllegalStateException(type);
            };
        } catch (SessionException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SessionException(t.path(""), e.getMessage(), e);
        }
    }

    private static Target2D target2D(JsonFields t, Domain domain, SessionFolder folder) {
        String type = targetType(t, TARGET_TYPES_2D, TARGET_TYPES, 2);
        return switch (type) {
            case "planeWaves" -> new PlaneWaves(scale(t, "envelopeWidth"), planeWaves(t, domain));
            case "checkerboard" -> {
                int cells = t.integer("cells");
                SpecChecks.intRange(t.path("cells"), cells, 1, domain.samples() / 2);
                yield new Checkerboard(cells, domain.halfWidth());
            }
            case "image" -> image(t, domain, folder);
            case "formula" -> UserInputs.formula2D(t, domain);
            default -> throw new IllegalStateException(type);
        };
    }

    private static List<PlaneWave> planeWaves(JsonFields t, Domain domain) {
        List<PlaneWave> list = new ArrayList<>();
        Iterator<JsonNode> it = t.array("components");
        for (int i = 0; it.hasNext(); i++) {
            JsonFields c = new JsonFields(it.next(), t.path("components[" + i + "]"));
            JsonNode f = c.required("frequency");
            if (!f.isArray() || f.size() != 2 || !f.get(0).isNumber() || !f.get(1).isNumber()) {
                throw new SessionException(c.path("frequency"), "must be a pair of numbers [xi1, xi2], got " + f);
            }
            for (int a = 0; a < 2; a++) {
                SpecChecks.range(c.path("frequency") + "[" + a + "]", f.get(a).asDouble(), -domain.nyquist(), domain.nyquist());
            }
            try {
                list.add(new PlaneWave(f.get(0).asDouble(), f.get(1).asDouble(), amplitude(c)));
            } catch (IllegalArgumentException e) {
                throw new SessionException(c.path("frequency"), e.getMessage(), e);
            }
        }
        if (list.isEmpty()) {
            throw new SessionException(t.path("components"), "must hold at least one { \"frequency\": [xi1, xi2], \"amplitude\": ... }");
        }
        return list;
    }

    private static ImageFile image(JsonFields t, Domain domain, SessionFolder folder) {
        String path = t.text("path", null);
        if (path == null || path.isBlank()) {
            throw new SessionException(t.path("path"), "is missing: the image file, relative to the session file's folder");
        }
        SpecChecks.label(t.path("path"), path, SpecChecks.MAX_PATH_LENGTH);
        try (InputStream in = folder.open(path)) {
            return new ImageFile(path, ImageTarget.read(in, folder.describe(path), domain.halfWidth()));
        } catch (NoSuchFileException e) {
            throw new SessionException(t.path("path"), "no such image file: " + folder.describe(path)
                    + " (relative paths are relative to the session file's folder)");
        } catch (IOException | RuntimeException e) {
            throw new SessionException(t.path("path"), "cannot read the image " + folder.describe(path) + ": " + e.getMessage(), e);
        }
    }

    private static List<SineComponent> components(JsonFields t, Domain domain) {
        List<SineComponent> list = new ArrayList<>();
        Iterator<JsonNode> it = t.array("components");
        for (int i = 0; it.hasNext(); i++) {
            JsonFields c = new JsonFields(it.next(), t.path("components[" + i + "]"));
            list.add(new SineComponent(frequency(c, "frequency", domain), amplitude(c)));
        }
        if (list.isEmpty()) {
            throw new SessionException(t.path("components"), "must hold at least one { \"frequency\": ..., \"amplitude\": ... }");
        }
        return list;
    }

    private static FrequencyDistribution distribution(JsonFields d, int depth) {
        if (depth > MAX_MIXTURE_DEPTH) {
            throw new SessionException(d.path("type"), "mixtures may nest at most " + MAX_MIXTURE_DEPTH + " deep");
        }
        String type = d.choice("type", DISTRIBUTION_TYPES);
        return switch (type) {
            case "gaussian" -> new Gaussian(scale(d, "sigma"));
            case "uniform" -> new Uniform(scale(d, "band"));
            case "laplace" -> new Laplace(scale(d, "scale"));
            case "ramp" -> {
                double power = d.number("power");
                SpecChecks.range(d.path("power"), power, 0, 20);
                yield new Ramp(scale(d, "band"), power);
            }
            case "mixture" -> {
                double weight = d.number("weight");
                SpecChecks.range(d.path("weight"), weight, 0, 1);
                yield new Mixture(weight, distribution(d.object("first"), depth + 1), distribution(d.object("second"), depth + 1));
            }
            case "custom" -> UserInputs.customDensity(d);
            default -> throw new IllegalStateException(type);
        };
    }

    private static NetworkSpec network(JsonFields n) {
        String sampling = n.has("sampling") ? n.choice("sampling", SAMPLING_MODES) : "stratified";
        List<Integer> hidden = new ArrayList<>();
        if (n.has("hiddenLayers")) {
            Iterator<JsonNode> it = n.array("hiddenLayers");
            for (int l = 0; it.hasNext(); l++) {
                JsonNode width = it.next();
                if (!width.isIntegralNumber() || !width.canConvertToInt()) {
                    throw new SessionException(n.path("hiddenLayers[" + l + "]"), "must be a whole number (a layer width), got " + width);
                }
                hidden.add(width.asInt());
            }
        }
        String activation = n.has("activation") ? n.choice("activation", ACTIVATIONS) : "tanh";
        return new NetworkSpec(n.integer("width"), n.number("sigmaA"), n.bool("zeroInitialOutput", true),
                FrequencySampler.Mode.valueOf(upper(sampling)), hidden, Activation.valueOf(upper(activation)));
    }

    private static TrainingSpec training(JsonFields t) {
        int steps = t.integer("steps");
        String optimizer = t.has("optimizer") ? t.choice("optimizer", OPTIMIZERS) : "gd";
        double learningRate = t.number("learningRate");
        SpecChecks.positiveAtMost(t.path("learningRate"), learningRate, MAX_LEARNING_RATE, "");
        return new TrainingSpec(learningRate, steps, t.longInteger("seed", 0),
                t.integer("snapshotEvery", Math.max(1, steps / 100)), TrainingSpec.Optimizer.valueOf(upper(optimizer)));
    }

    /**
     * Default elements: 1024 in 1D; in 2D two per FFT spacing (2N per axis, at most the 2D maximum):
     * every FFT frequency is a node, and the P1 error is a quarter of that of a mesh with the FFT
     * spacing (1.5 % to 0.3 % on plane-waves), for about three times the solve time.
     */
    private static PdeSpec pde(JsonFields p, Domain domain) {
        int fallback = domain.dimension() == 2 ? Math.min(2 * domain.samples(), MAX_ELEMENTS_2D) : 1024;
        if (p == null) {
            return new PdeSpec(fallback, 0, true);
        }
        int elements = p.integer("elements", fallback);
        if (domain.dimension() == 2) {
            SpecChecks.intRange(p.path("elements"), elements, 2, MAX_ELEMENTS_2D);
        }
        double maxFrequency = p.number("maxFrequency", 0);
        if (maxFrequency != 0) {
            SpecChecks.range(p.path("maxFrequency") + " (0 means the Nyquist frequency)", maxFrequency,
                    domain.frequencySpacing(), MAX_FREQUENCY_NYQUISTS * domain.nyquist());
        }
        return new PdeSpec(elements, maxFrequency, p.bool("diffusion", true));
    }

    /** A scale (a distribution's width, an envelope): in [MIN_SCALE, MAX_SCALE]. */
    private static double scale(JsonFields f, String key) {
        double v = f.number(key);
        SpecChecks.range(f.path(key), v, MIN_SCALE, MAX_SCALE);
        return v;
    }

    /** A target frequency: in (0, Nyquist], above which the grid cannot represent it (it aliases). */
    private static double frequency(JsonFields f, String key, Domain domain) {
        double v = f.number(key);
        SpecChecks.positiveAtMost(f.path(key), v, domain.nyquist(),
                " (the Nyquist frequency pi N / (2 L) of this grid; above it a sine aliases: raise domain.samples)");
        return v;
    }

    /** A required component amplitude, |A| <= MAX_AMPLITUDE. */
    private static double amplitude(JsonFields f) {
        return amplitude(f, f.number("amplitude"));
    }

    /** An amplitude that defaults to {@code fallback}, |A| <= MAX_AMPLITUDE. */
    private static double amplitude(JsonFields f, double fallback) {
        double v = f.number("amplitude", fallback);
        SpecChecks.range(f.path("amplitude"), v, -MAX_AMPLITUDE, MAX_AMPLITUDE);
        return v;
    }

    private static String upper(String value) {
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
