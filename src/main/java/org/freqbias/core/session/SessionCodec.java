package org.freqbias.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencySampler;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.Mixture;
import org.freqbias.core.dist.Ramp;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.SineComponent;
import org.freqbias.core.target.SquareWave;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.WavePacket;

/**
 * Maps sessions to and from their JSON tree (the format is documented in README.md). Every
 * failure is a {@link SessionException} naming the field and what is allowed.
 */
public final class SessionCodec {

    static final Set<String> TARGET_TYPES = ordered("wavePacket", "sines", "squareWave");
    static final Set<String> DISTRIBUTION_TYPES = ordered("gaussian", "uniform", "laplace", "ramp", "mixture");
    static final Set<String> SAMPLING_MODES = ordered("stratified", "iid");
    static final int MAX_SAMPLES = 1 << 16;
    static final int MAX_MIXTURE_DEPTH = 4;

    private SessionCodec() {
    }

    public static Session fromJson(JsonNode root) {
        JsonFields s = new JsonFields(root, "");
        return new Session(
                s.text("name", "untitled"),
                s.text("description", ""),
                domain(s.object("domain")),
                target(s.object("target")),
                distribution(s.object("distribution"), 0),
                network(s.object("network")),
                training(s.object("training")),
                pde(s.has("pde") ? s.object("pde") : null));
    }

    private static Domain domain(JsonFields d) {
        int dimension = d.integer("dimension", 1);
        if (dimension != 1) {
            throw new SessionException(d.path("dimension"), "only dimension 1 is supported so far, got " + dimension);
        }
        double halfWidth = d.number("halfWidth");
        SpecChecks.range(d.path("halfWidth"), halfWidth, 1e-6, 1e6);
        int samples = d.integer("samples");
        SpecChecks.intRange(d.path("samples"), samples, 8, MAX_SAMPLES);
        if (Integer.bitCount(samples) != 1) {
            int suggestion = Integer.highestOneBit(samples);
            throw new SessionException(d.path("samples"),
                    "must be a power of two (the FFT needs one), got " + samples + "; try " + suggestion + " or " + 2 * suggestion);
        }
        return new Domain(dimension, halfWidth, samples);
    }

    private static Target target(JsonFields t) {
        String type = t.choice("type", TARGET_TYPES);
        try {
            return switch (type) {
                case "wavePacket" -> new WavePacket(positive(t, "envelopeWidth"), components(t));
                case "sines" -> WavePacket.sines(components(t));
                case "squareWave" -> new SquareWave(positive(t, "frequency"), t.number("amplitude", 1.0), t.integer("harmonics", 3));
                default -> throw new IllegalStateException(type);
            };
        } catch (SessionException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SessionException(t.path(""), e.getMessage(), e);
        }
    }

    private static List<SineComponent> components(JsonFields t) {
        List<SineComponent> list = new ArrayList<>();
        Iterator<JsonNode> it = t.array("components");
        for (int i = 0; it.hasNext(); i++) {
            JsonFields c = new JsonFields(it.next(), t.path("components[" + i + "]"));
            list.add(new SineComponent(positive(c, "frequency"), c.number("amplitude")));
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
            case "gaussian" -> new Gaussian(positive(d, "sigma"));
            case "uniform" -> new Uniform(positive(d, "band"));
            case "laplace" -> new Laplace(positive(d, "scale"));
            case "ramp" -> {
                double power = d.number("power");
                SpecChecks.range(d.path("power"), power, 0, 20);
                yield new Ramp(positive(d, "band"), power);
            }
            case "mixture" -> {
                double weight = d.number("weight");
                SpecChecks.range(d.path("weight"), weight, 0, 1);
                yield new Mixture(weight, distribution(d.object("first"), depth + 1), distribution(d.object("second"), depth + 1));
            }
            default -> throw new IllegalStateException(type);
        };
    }

    private static NetworkSpec network(JsonFields n) {
        String sampling = n.has("sampling") ? n.choice("sampling", SAMPLING_MODES) : "stratified";
        return new NetworkSpec(n.integer("width"), n.number("sigmaA"), n.bool("zeroInitialOutput", true),
                FrequencySampler.Mode.valueOf(sampling.toUpperCase(java.util.Locale.ROOT)));
    }

    private static TrainingSpec training(JsonFields t) {
        int steps = t.integer("steps");
        return new TrainingSpec(positive(t, "learningRate"), steps, t.longInteger("seed", 0),
                t.integer("snapshotEvery", Math.max(1, steps / 100)));
    }

    private static PdeSpec pde(JsonFields p) {
        if (p == null) {
            return new PdeSpec(1024, 0, true);
        }
        return new PdeSpec(p.integer("elements", 1024), p.number("maxFrequency", 0), p.bool("diffusion", true));
    }

    private static double positive(JsonFields f, String key) {
        double v = f.number(key);
        SpecChecks.positive(f.path(key), v);
        return v;
    }

    // ---- writing ----

    public static ObjectNode toJson(Session s) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("name", s.name());
        root.put("description", s.description());
        ObjectNode domain = root.putObject("domain");
        domain.put("dimension", s.domain().dimension());
        domain.put("halfWidth", s.domain().halfWidth());
        domain.put("samples", s.domain().samples());
        root.set("target", targetJson(s.target()));
        root.set("distribution", distributionJson(s.distribution()));
        ObjectNode network = root.putObject("network");
        network.put("width", s.network().width());
        network.put("sigmaA", s.network().sigmaA());
        network.put("zeroInitialOutput", s.network().zeroInitialOutput());
        network.put("sampling", s.network().sampling().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode training = root.putObject("training");
        training.put("learningRate", s.training().learningRate());
        training.put("steps", s.training().steps());
        training.put("seed", s.training().seed());
        training.put("snapshotEvery", s.training().snapshotEvery());
        ObjectNode pde = root.putObject("pde");
        pde.put("elements", s.pde().elements());
        pde.put("maxFrequency", s.pde().maxFrequency());
        pde.put("diffusion", s.pde().diffusion());
        return root;
    }

    static ObjectNode targetJson(Target target) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (target instanceof WavePacket p) {
            boolean plain = Double.isInfinite(p.envelopeWidth());
            node.put("type", plain ? "sines" : "wavePacket");
            if (!plain) {
                node.put("envelopeWidth", p.envelopeWidth());
            }
            ArrayNode components = node.putArray("components");
            for (SineComponent c : p.components()) {
                components.addObject().put("frequency", c.frequency()).put("amplitude", c.amplitude());
            }
        } else if (target instanceof SquareWave w) {
            node.put("type", "squareWave").put("frequency", w.frequency()).put("amplitude", w.amplitude())
                    .put("harmonics", w.harmonics());
        } else {
            throw new IllegalArgumentException("no JSON form for target " + target);
        }
        return node;
    }

    static ObjectNode distributionJson(FrequencyDistribution d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (d instanceof Gaussian g) {
            node.put("type", "gaussian").put("sigma", g.sigma());
        } else if (d instanceof Uniform u) {
            node.put("type", "uniform").put("band", u.band());
        } else if (d instanceof Laplace l) {
            node.put("type", "laplace").put("scale", l.scale());
        } else if (d instanceof Ramp r) {
            node.put("type", "ramp").put("band", r.band()).put("power", r.power());
        } else if (d instanceof Mixture m) {
            node.put("type", "mixture").put("weight", m.weight());
            node.set("first", distributionJson(m.first()));
            node.set("second", distributionJson(m.second()));
        } else {
            throw new IllegalArgumentException("no JSON form for distribution " + d);
        }
        return node;
    }

    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
