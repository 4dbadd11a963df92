package org.freqbias.core.session;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.Gaussian;
import org.freqbias.core.dist.Laplace;
import org.freqbias.core.dist.Mixture;
import org.freqbias.core.dist.PiecewiseLinearDensity;
import org.freqbias.core.dist.Ramp;
import org.freqbias.core.dist.Uniform;
import org.freqbias.core.target.Checkerboard;
import org.freqbias.core.target.FormulaTarget;
import org.freqbias.core.target.FormulaTarget2D;
import org.freqbias.core.target.PlaneWave;
import org.freqbias.core.target.PlaneWaves;
import org.freqbias.core.target.SampledTarget;
import org.freqbias.core.target.SineComponent;
import org.freqbias.core.target.SquareWave;
import org.freqbias.core.target.Target;
import org.freqbias.core.target.Target2D;
import org.freqbias.core.target.WavePacket;

/** Writes sessions as the JSON tree {@link SessionCodec} reads. */
final class SessionWriter {

    private SessionWriter() {
    }

    static ObjectNode toJson(Session s) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("name", s.name());
        root.put("description", s.description());
        ObjectNode domain = root.putObject("domain");
        domain.put("dimension", s.domain().dimension());
        domain.put("halfWidth", s.domain().halfWidth());
        domain.put("samples", s.domain().samples());
        if (s.isPlane()) {
            root.set("target", target2DJson(s.plane().target()));
            root.set("distribution", distributionJson(s.distribution()).put("shape", lower(s.plane().shape())));
        } else {
            root.set("target", targetJson(s.target()));
            root.set("distribution", distributionJson(s.distribution()));
        }
        ObjectNode network = root.putObject("network");
        network.put("width", s.network().width());
        network.put("sigmaA", s.network().sigmaA());
        network.put("zeroInitialOutput", s.network().zeroInitialOutput());
        network.put("sampling", lower(s.network().sampling()));
        if (s.network().isDeep()) {
            ArrayNode hidden = network.putArray("hiddenLayers");
            s.network().hiddenLayers().forEach(hidden::add);
            network.put("activation", lower(s.network().activation()));
        }
        ObjectNode training = root.putObject("training");
        training.put("learningRate", s.training().learningRate());
        training.put("steps", s.training().steps());
        training.put("seed", s.training().seed());
        training.put("snapshotEvery", s.training().snapshotEvery());
        training.put("optimizer", lower(s.training().optimizer()));
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
        } else if (target instanceof FormulaTarget f) {
            node.put("type", "formula").put("expression", f.expression());
            putPeaks(node, f.peaks());
        } else if (target instanceof SampledTarget samples) {
            node.put("type", "samples");
            putPairs(node.putArray("points"), samples.points());
            putPeaks(node, samples.peaks());
        } else if (target instanceof CsvFile csv) {
            node.put("type", "csv").put("path", csv.path());
            putPeaks(node, csv.samples().peaks());
        } else {
            throw new IllegalArgumentException("no JSON form for target " + target);
        }
        return node;
    }

    static ObjectNode target2DJson(Target2D target) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (target instanceof PlaneWaves p) {
            node.put("type", "planeWaves").put("envelopeWidth", p.envelopeWidth());
            ArrayNode components = node.putArray("components");
            for (PlaneWave w : p.components()) {
                ObjectNode c = components.addObject();
                c.putArray("frequency").add(w.frequency1()).add(w.frequency2());
                c.put("amplitude", w.amplitude());
            }
        } else if (target instanceof Checkerboard c) {
            node.put("type", "checkerboard").put("cells", c.cells());
        } else if (target instanceof ImageFile i) {
            node.put("type", "image").put("path", i.path());
        } else if (target instanceof FormulaTarget2D f) {
            node.put("type", "formula").put("expression", f.expression());
            if (f.nominalPeaks().length > 0) {
                putPairs(node.putArray("peaks"), f.nominalPeaks());
            }
        } else {
            throw new IllegalArgumentException("no JSON form for 2D target " + target);
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
        } else if (d instanceof PiecewiseLinearDensity p) {
            node.put("type", "custom");
            double[] xi = p.givenXi();
            double[] density = p.givenDensity();
            ArrayNode points = node.putArray("points");
            for (int i = 0; i < xi.length; i++) {
                points.addArray().add(xi[i]).add(density[i]);
            }
            node.put("symmetric", p.symmetric());
        } else {
            throw new IllegalArgumentException("no JSON form for distribution " + d);
        }
        return node;
    }

    /** "peaks": [...] when there are nominal peaks (none: the experiment derives them). */
    private static void putPeaks(ObjectNode node, double[] peaks) {
        if (peaks.length > 0) {
            ArrayNode array = node.putArray("peaks");
            for (double p : peaks) {
                array.add(p);
            }
        }
    }

    private static void putPairs(ArrayNode array, double[][] pairs) {
        for (double[] pair : pairs) {
            array.addArray().add(pair[0]).add(pair[1]);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
