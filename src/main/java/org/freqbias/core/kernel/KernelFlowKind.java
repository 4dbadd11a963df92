package org.freqbias.core.kernel;

/**
 * The two kernel flows drawn beside network and PDE to split their gap (THEORY.md sections 7 and
 * 10), each with the label the app and the docs use and the short name of CSV columns
 * ({@code ntk_abs}, {@code lin_abs}) and summary.json keys.
 */
public enum KernelFlowKind {

    /** The infinite-width kernel (1 + sigma_a^2 x . y) phi(x - y): what the PDE describes, on the data grid. */
    KERNEL_LIMIT("kernel limit", "ntk"),
    /** This network's own kernel at initialization: the network linearized, its finite width kept. */
    LINEARIZED("linearized network", "lin");

    private final String label;
    private final String shortName;

    KernelFlowKind(String label, String shortName) {
        this.label = label;
        this.shortName = shortName;
    }

    /** The name in legends, messages and docs, e.g. "kernel limit". */
    public String label() {
        return label;
    }

    /** The name in files: the CSV column prefix and the summary.json key, "ntk" or "lin". */
    public String shortName() {
        return shortName;
    }
}
