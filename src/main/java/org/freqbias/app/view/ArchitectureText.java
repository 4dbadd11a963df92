package org.freqbias.app.view;

import java.util.Locale;
import java.util.stream.Collectors;
import org.freqbias.core.session.NetworkSpec;
import org.freqbias.core.session.Session;

/** The parts of the network the app shows but does not edit (they come from the session file), as text. */
final class ArchitectureText {

    private ArchitectureText() {
    }

    /** "64, 64 (tanh)" for hidden layers of 64 and 64 tanh units; "none (2-layer network)" without. */
    static String hiddenLayers(NetworkSpec network) {
        if (!network.isDeep()) {
            return "none (2-layer network)";
        }
        return network.hiddenLayers().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " (" + network.activation().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** "hidden layers: 64, 64 (tanh), optimizer gd". */
    static String summary(Session s) {
        return "hidden layers: " + hiddenLayers(s.network()) + ", optimizer "
                + s.training().optimizer().name().toLowerCase(Locale.ROOT);
    }

    /** Why the PDE is only a reference for a deep network; empty for a 2-layer one. */
    static String pdeReferenceNote(NetworkSpec network) {
        if (!network.isDeep()) {
            return "";
        }
        return "Reference only: hidden layers " + hiddenLayers(network) + ". The PDE is exact only for two"
                + " layers in the kernel regime (infinite width, small steps).";
    }
}
