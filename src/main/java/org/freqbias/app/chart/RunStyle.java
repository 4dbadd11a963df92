package org.freqbias.app.chart;

import org.freqbias.core.kernel.KernelFlowKind;

/**
 * How the curves of one run are coloured. A run drawn alone keeps one colour per role (network
 * blue, PDE orange, pure damping green, each kernel flow its own, one colour per target peak);
 * runs compared on one chart each take one colour for all their curves ({@link #of}), the role
 * then told by the line (network solid, PDE dashed, damping dotted, flows in their dash pattern)
 * and the peaks by shades of the run's colour. {@link #KEY} draws the legend's role samples of a
 * comparison in neutral grey.
 *
 * @param network colour of the network's curves (and of the run's legend entry)
 * @param pde colour of the PDE's curves
 * @param damping colour of the pure damping curve
 * @param single true for the colours of a run drawn alone
 */
public record RunStyle(String network, String pde, String damping, boolean single) {

    /** The run drawn alone. */
    public static final RunStyle SINGLE = new RunStyle(Palette.NETWORK, Palette.PDE, Palette.DAMPING, true);

    /** The neutral samples of a comparison's legend: each line style in grey. */
    public static final RunStyle KEY = of(Palette.TARGET);

    /** A compared run, all its curves in {@code colour}. */
    public static RunStyle of(String colour) {
        return new RunStyle(colour, colour, colour, false);
    }

    /** The compared run in slot {@code slot} ({@link Palette#run}). */
    public static RunStyle slot(int slot) {
        return of(Palette.run(slot));
    }

    public LineStyle networkLine() {
        return LineStyle.solid(network);
    }

    public LineStyle pdeLine() {
        return LineStyle.dashed(pde);
    }

    public LineStyle dampingLine() {
        return LineStyle.dotted(damping);
    }

    /**
     * The kernel flow's curve against frequency: alone, wide in the flow's own colour (drawn beneath
     * the network: a coloured rim where they coincide); compared, the flow's dash in the run's colour.
     */
    public LineStyle flowLine(KernelFlowKind kind) {
        KernelFlowStyle flow = KernelFlowStyle.of(kind);
        return single ? flow.wide() : flow.in(network);
    }

    /** The colour of target peak {@code p} of {@code count}: alone one colour per peak, compared shades of the run's. */
    public String peak(int p, int count) {
        return single ? Palette.peak(p) : Palette.shade(network, p, count);
    }
}
