package org.freqbias.core.session;

import java.util.Objects;
import org.freqbias.core.dist.FrequencyDistribution;
import org.freqbias.core.grid.Domain;
import org.freqbias.core.target.Target;

/**
 * One experiment, immutable: what the UI edits, what the CLI runs and what the tests check. The
 * distribution object is the single source of both the network's sampled frequencies and the
 * PDE's coefficients. JSON form: {@link SessionCodec}; files: {@link SessionFiles}.
 */
public record Session(
        String name,
        String description,
        Domain domain,
        Target target,
        FrequencyDistribution distribution,
        NetworkSpec network,
        TrainingSpec training,
        PdeSpec pde) {

    public Session {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(pde, "pde");
        if (!network.isDeep() && training.optimizer() != TrainingSpec.Optimizer.GD) {
            throw new SessionException("training.optimizer", "the 2-layer model trains by gradient descent (\"gd\"), "
                    + "the setting its PDE describes; \"adam\" needs network.hiddenLayers");
        }
    }

    public Session withName(String newName) {
        return new Session(newName, description, domain, target, distribution, network, training, pde);
    }

    public Session withTarget(Target newTarget) {
        return new Session(name, description, domain, newTarget, distribution, network, training, pde);
    }

    public Session withDistribution(FrequencyDistribution newDistribution) {
        return new Session(name, description, domain, target, newDistribution, network, training, pde);
    }

    public Session withNetwork(NetworkSpec newNetwork) {
        return new Session(name, description, domain, target, distribution, newNetwork, training, pde);
    }

    public Session withTraining(TrainingSpec newTraining) {
        return new Session(name, description, domain, target, distribution, network, newTraining, pde);
    }

    public Session withPde(PdeSpec newPde) {
        return new Session(name, description, domain, target, distribution, network, training, newPde);
    }
}
