package org.freqbias.core.session;

import java.util.Objects;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.dist.FrequencyDistribution2D;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.Target;

/**
 * One experiment, immutable: what the UI edits, what the CLI runs and what the tests check. The
 * distribution object is the single source of both the network's sampled frequencies and the
 * PDE's coefficients. JSON form: {@link SessionCodec}; files: {@link SessionFiles}.
 *
 * <p>A 1D session ({@code domain.dimension() == 1}) has a {@code target} and no {@code plane}; a 2D
 * session has a {@code plane} (its target and the shape that makes {@code distribution}, a 1D family,
 * a density on the plane) and a null {@code target}. Either may have a deep network.
 */
public record Session(
        String name,
        String description,
        Domain domain,
        Target target,
        FrequencyDistribution distribution,
        NetworkSpec network,
        TrainingSpec training,
        PdeSpec pde,
        PlaneSpec plane) {

    public Session {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(domain, "domain");
        if (domain.dimension() == 1) {
            Objects.requireNonNull(target, "target");
            if (plane != null) {
                throw new IllegalArgumentException("a 1D session has no 2D part (plane)");
            }
        } else {
            Objects.requireNonNull(plane, "plane: a 2D session needs a 2D target");
            if (target != null) {
                throw new IllegalArgumentException("a 2D session has no 1D target");
            }
        }
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(pde, "pde");
        if (!network.isDeep() && training.optimizer() != TrainingSpec.Optimizer.GD) {
            throw new SessionException("training.optimizer", "the 2-layer model trains by gradient descent (\"gd\"), "
                    + "the setting its PDE describes; \"adam\" needs network.hiddenLayers");
        }
    }

    /** A 1D session. */
    public Session(String name, String description, Domain domain, Target target, FrequencyDistribution distribution,
            NetworkSpec network, TrainingSpec training, PdeSpec pde) {
        this(name, description, domain, target, distribution, network, training, pde, null);
    }

    public boolean isPlane() {
        return plane != null;
    }

    /** The density on the plane of a 2D session (a new object). */
    public FrequencyDistribution2D distribution2D() {
        if (plane == null) {
            throw new IllegalStateException("a 1D session has no 2D distribution");
        }
        return plane.distribution(distribution);
    }

    /**
     * This session named {@code newName}, checked as a session file's name is.
     *
     * @throws SessionException naming "name" when it is too long or holds control characters
     */
    public Session withName(String newName) {
        SpecChecks.label("name", newName, SpecChecks.MAX_NAME_LENGTH);
        return new Session(newName, description, domain, target, distribution, network, training, pde, plane);
    }

    /**
     * This session described by {@code newDescription}, checked as a session file's description is.
     *
     * @throws SessionException naming "description" when it is too long or holds control characters
     */
    public Session withDescription(String newDescription) {
        SpecChecks.text("description", newDescription, SpecChecks.MAX_DESCRIPTION_LENGTH);
        return new Session(name, newDescription, domain, target, distribution, network, training, pde, plane);
    }

    public Session withTarget(Target newTarget) {
        return new Session(name, description, domain, newTarget, distribution, network, training, pde, plane);
    }

    public Session withDistribution(FrequencyDistribution newDistribution) {
        return new Session(name, description, domain, target, newDistribution, network, training, pde, plane);
    }

    public Session withNetwork(NetworkSpec newNetwork) {
        return new Session(name, description, domain, target, distribution, newNetwork, training, pde, plane);
    }

    public Session withTraining(TrainingSpec newTraining) {
        return new Session(name, description, domain, target, distribution, network, newTraining, pde, plane);
    }

    public Session withPde(PdeSpec newPde) {
        return new Session(name, description, domain, target, distribution, network, training, newPde, plane);
    }

    /** A 2D session with another target or shape. */
    public Session withPlane(PlaneSpec newPlane) {
        return new Session(name, description, domain, target, distribution, network, training, pde, newPlane);
    }
}
