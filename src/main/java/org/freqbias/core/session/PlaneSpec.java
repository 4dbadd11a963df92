package org.freqbias.core.session;

import java.util.Objects;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.dist.ProductDistribution;
import org.freqbias.core.dist.RadialDistribution;
import org.freqbias.core.target.Target2D;

/**
 * What a 2D session adds to the 1D form: the target on the plane, and how the session's 1D family
 * becomes a density on the plane (its radial profile, or the same law on both axes independently).
 */
public record PlaneSpec(Target2D target, Shape shape) {

    /** How a 1D family makes a 2D density: {@link RadialDistribution} or {@link ProductDistribution}. */
    public enum Shape { RADIAL, PRODUCT }

    public PlaneSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(shape, "shape");
    }

    /** The 2D density built from {@code family} in this shape (a new object). */
    public FrequencyDistribution2D distribution(FrequencyDistribution family) {
        return shape == Shape.RADIAL ? new RadialDistribution(family) : new ProductDistribution(family);
    }
}
