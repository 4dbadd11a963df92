package org.freqbias.app.chart;

/**
 * The kernel flows that can be drawn beside network and PDE (issue 5, "Kernel views"): the
 * infinite-width kernel on the data grid and the network's own kernel at initialization. Each
 * has its name in legends, the name of its {@code ReferenceFlow} ("ntk", "lin") and its dash
 * pattern, so that every chart draws a view the same way.
 */
public enum KernelView {

    /** The residual evolved by the infinite-width kernel: what the PDE describes. */
    KERNEL_LIMIT("kernel limit", "ntk", "2 4", Palette.KERNEL_LIMIT),
    /** The residual evolved by this network's kernel at initialization: the network linearized. */
    LINEARIZED("linearized network", "lin", "10 4 2 4", Palette.LINEARIZED);

    private final String label;
    private final String flowName;
    private final String dash;
    private final String colour;

    KernelView(String label, String flowName, String dash, String colour) {
        this.label = label;
        this.flowName = flowName;
        this.dash = dash;
        this.colour = colour;
    }

    /** The legend text, e.g. "kernel limit". */
    public String label() {
        return label;
    }

    /** The name of the matching {@code ReferenceFlow} and CSV column prefix ("ntk", "lin"). */
    public String flowName() {
        return flowName;
    }

    /** The view's line in its own colour (charts with one curve per view). */
    public LineStyle style() {
        return style(colour);
    }

    /** The view's dash pattern in {@code lineColour} (charts with one colour per target peak). */
    public LineStyle style(String lineColour) {
        return new LineStyle(lineColour, 2, dash, false);
    }

    /** The view whose flow is named {@code name}, or null. */
    public static KernelView byFlowName(String name) {
        for (KernelView v : values()) {
            if (v.flowName.equals(name)) {
                return v;
            }
        }
        return null;
    }
}
