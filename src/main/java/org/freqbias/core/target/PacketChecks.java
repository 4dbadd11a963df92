package org.freqbias.core.target;

import java.util.List;

/** The preconditions of a wave packet in either dimension ({@link WavePacket}, {@link PlaneWaves}). */
final class PacketChecks {

    private PacketChecks() {
    }

    /** An envelope width s > 0 and at least one component; returns an unmodifiable copy of the components. */
    static <T> List<T> components(double envelopeWidth, List<T> components) {
        if (!(envelopeWidth > 0)) {
            throw new IllegalArgumentException("envelopeWidth must be > 0, got " + envelopeWidth);
        }
        if (components == null || components.isEmpty()) {
            throw new IllegalArgumentException("a target needs at least one component");
        }
        return List.copyOf(components);
    }
}
