package org.freqbias.core.design;

import java.util.Locale;

/** The words the command line and the app use for what a design found. */
public final class DesignText {

    private DesignText() {
    }

    /** Four significant digits without trailing zeros: "12", "2.439", "0.0025", "1.2e+04". */
    public static String number(double v) {
        String text = String.format(Locale.ROOT, "%.4g", v);
        return text.contains(".") && !text.contains("e") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /**
     * "time scale c = 2.439; a run must reach t = 4.953 (2 x the slowest learning time): 496 steps at
     * the session's learning rate 0.01, or learning rate 0.002477 for its 2000 steps; stability limit
     * 0.08157", with a warning when a learning rate is above the limit.
     */
    public static String runNeeds(Design d) {
        Design.RunNeeds r = d.run();
        String text = String.format(Locale.ROOT, "time scale c = %s (tau = c s(xi)); a run must reach t = %s (%s x the slowest "
                + "learning time): %d steps at the session's learning rate %s, or learning rate %s for its %d steps",
                number(d.timeScale()), number(r.time()), number(Design.RunNeeds.RUN_MARGIN), r.stepsAtSessionRate(),
                number(r.sessionRate()), number(r.rateForSessionSteps()), r.sessionSteps());
        if (!r.rateForStepsStable()) {
            text += " (above the stability limit: take more steps)";
        }
        if (!Double.isNaN(r.stableRate())) {
            text += "; stability limit of the designed rho: learning rate " + number(r.stableRate());
        }
        if (!r.sessionRateStable()) {
            text += String.format(Locale.ROOT, ". Warning: the session's learning rate %s is above that limit: training will "
                    + "oscillate or diverge; lower it to %s or less", number(r.sessionRate()), number(0.9 * r.stableRate()));
        }
        return text;
    }
}
