package org.freqbias.app.chart;

/**
 * The kernel flows that can be drawn beside network and PDE (issue 5, "Kernel views"): the
 * infinite-width kernel on the data grid and the network's own kernel at initialization. Each
 * has its name in legends, the name of its {@code ReferenceFlow} ("ntk", "lin") and its dash
 * pattern, so that every chart draws a view the same way.
 */
public enum KernelView {

    /** The residual evolved by the infinite-width kernel: what the PDE describes. */
    KERNEL_LIMIT("kernel limit", "kernel limit", "ntk", "2 4", "0.1 8", Palette.KERNEL_LIMIT),
    /** The residual evolved by this network's kernel at initialization: the network linearized. */
    LINEARIZED("linearized network", "linearized", "lin", "10 4 2 4", "10 8 0.1 8", Palette.LINEARIZED);

    private final String label;
    private final String shortLabel;
    private final String flowName;
    private final String dash;
    /** The same pattern for a 4 px line: its square caps add 2 px to each end of every dash. */
    private final String wideDash;
    private final String colour;

    KernelView(String label, String shortLabel, String flowName, String dash, String wideDash, String colour) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.flowName = flowName;
        this.dash = dash;
        this.wideDash = wideDash;
        this.colour = colour;
    }

    /** The legend text, e.g. "kernel limit". */
    public String label() {
        return label;
    }

    /** The name where room is short, e.g. the title of a quarter-width image: "linearized". */
    public String shortLabel() {
        return shortLabel;
    }

    /** The name of the matching {@code ReferenceFlow} and CSV column prefix ("ntk", "lin"). */
    public String flowName() {
        return flowName;
    }

    /**
     * The view's line in its own colour, wide, for charts with one curve per view that draw it
     * beneath the network's: where the two coincide it shows as a coloured rim.
     */
    public LineStyle wideStyle() {
        return new LineStyle(colour, 4, wideDash, false);
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
