package org.freqbias.app.chart;

import org.freqbias.core.kernel.KernelFlowKind;

/**
 * How each kernel flow is drawn, the same in every chart: its colour and dash pattern, and its name
 * where room is short (the core's {@link KernelFlowKind#label()} is the name in legends).
 *
 * @param shortLabel the name where room is short, e.g. the title of a quarter-width image
 * @param dash the dash pattern of a 2 px line
 * @param wideDash the same pattern for a 4 px line: its square caps add 2 px to each end of every dash
 */
public record KernelFlowStyle(String shortLabel, String dash, String wideDash, String colour) {

    private static final KernelFlowStyle KERNEL_LIMIT = new KernelFlowStyle("kernel limit", "2 4", "0.1 8", Palette.KERNEL_LIMIT);
    private static final KernelFlowStyle LINEARIZED = new KernelFlowStyle("linearized", "10 4 2 4", "10 8 0.1 8", Palette.LINEARIZED);

    /** The style of {@code kind}: dotted for the kernel limit, dash-dotted for the linearized network. */
    public static KernelFlowStyle of(KernelFlowKind kind) {
        return switch (kind) {
            case KERNEL_LIMIT -> KERNEL_LIMIT;
            case LINEARIZED -> LINEARIZED;
        };
    }

    /**
     * The flow's line in its own colour, wide, for charts with one curve per flow that draw it
     * beneath the network's: where the two coincide it shows as a coloured rim.
     */
    public LineStyle wide() {
        return new LineStyle(colour, 4, wideDash, false);
    }

    /** The flow's dash pattern in {@code lineColour} (charts with one colour per target peak). */
    public LineStyle in(String lineColour) {
        return new LineStyle(lineColour, 2, dash, false);
    }
}
