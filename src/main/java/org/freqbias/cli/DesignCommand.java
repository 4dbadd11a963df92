package org.freqbias.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.freqbias.core.design.Design;
import org.freqbias.core.design.DesignText;
import org.freqbias.core.design.InverseDesign;
import org.freqbias.core.design.WantedTimes;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code design SESSION --learning-times SPEC --out NEW_SESSION.json}: the inverse design of rho
 * ({@link InverseDesign}); writes the session with the designed drawn density and prints wanted
 * and predicted learning times, the time scale and what a run needs.
 */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = {"Design rho for the learning times you want; write the session.",
            "",
            "Finds the drawn density (type custom) whose PDE learns the target's peaks",
            "at the wanted times, writes the session with it into NEW_SESSION.json (the",
            "rest unchanged, the name suffixed) and prints the wanted and predicted",
            "learning time of each peak. Only the shape of the wanted times is free: rho",
            "has unit mass, so the time scale follows. Progress goes to stderr.",
            "Exit status: 0 success, 2 bad input, 1 internal error."})
final class DesignCommand implements Callable<Integer> {

    /** Appended to the session's name. */
    static final String SUFFIX = "-designed";

    @Parameters(index = "0", paramLabel = "SESSION", description = "session JSON file, or a built-in sample name (e.g. gaussian-bias)")
    String session;

    @Option(names = "--learning-times", required = true, paramLabel = "SPEC",
            description = "the learning times wanted: together:XI_MAX (every frequency up to XI_MAX at once), "
                + "reversed:XI_MAX (high frequencies first, xi = 0 4 times later), band:XI1-XI2 (that band first, "
                + "the rest of the target's frequencies 4 times later), or a CSV file of xi,time rows (a shape; "
                + "linear between rows)")
    String learningTimes;

    @Option(names = "--out", required = true, paramLabel = "NEW_SESSION.json", description = "where to write the designed session")
    Path out;

    @Override
    public Integer call() throws Exception {
        Session s = SessionArgument.load(session);
        if (Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a directory; give the path of the session file to write");
        }
        WantedTimes wanted = LearningTimesSpec.parse(learningTimes, s);
        Design design;
        try {
            design = InverseDesign.design(s, wanted, (solves, residual) -> System.err.printf(Locale.ROOT,
                    "solve %d: largest deviation from the wanted shape %.1f %%%n", solves, 100 * residual));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Session designed = TargetPaths.movedTo(s.withDistribution(design.rho()).withName(designedName(s.name())),
                SessionArgument.diskFolder(session), out);
        SessionFiles.save(out, designed);
        report(System.out, s, wanted, design);
        System.out.println("wrote " + out + " (distribution: custom, " + design.rho().givenXi().length + " points; name "
                + designed.name() + ")");
        return FreqBiasCommand.OK;
    }

    /** The session's name with {@link #SUFFIX}, within the length a name may have. */
    static String designedName(String name) {
        String base = name.length() + SUFFIX.length() > 200 ? name.substring(0, 200 - SUFFIX.length()) : name;
        return base + SUFFIX;
    }

    private static void report(PrintStream o, Session s, WantedTimes wanted, Design d) {
        o.printf(Locale.ROOT, "design of rho for %s: wanted learning times on |xi| <= %s (%d points)%n", s.name(),
                number(wanted.band()), wanted.size());
        if (d.atPeaks()) {
            o.printf(Locale.ROOT, "measured at the %d peaks of the target's spectrum in the band (|xi| = %s), where its initial "
                    + "error has a local maximum carrying at least %.0f %% of the largest: there diffusion only drains error, "
                    + "elsewhere it flows in from the neighbours%n", d.probeFrequencies().length, list(d.probeFrequencies()),
                    100 * InverseDesign.ENERGY);
        } else {
            o.printf(Locale.ROOT, "measured at the %d frequencies of the band carrying at least %.0f %% of the largest initial "
                    + "error (the spectrum has no peak inside the band: it falls from xi = 0)%n", d.probeFrequencies().length,
                    100 * InverseDesign.ENERGY);
        }
        o.printf(Locale.ROOT, "%s after %d PDE solves: the predicted learning times are within %.1f %% of c s(xi) "
                + "(tolerance %.0f %%)%n", d.converged() ? "converged" : "stopped, closest shown,", d.solves(), 100 * d.residual(),
                100 * d.tolerance());
        o.println();
        o.printf(Locale.ROOT, "%-22s %12s %12s%n", "peak xi", "wanted", "predicted");
        for (Design.PeakTime p : d.peaks()) {
            o.printf(Locale.ROOT, "%-22s %12s %12s%n", vector(p.frequency()),
                    Double.isNaN(p.wanted()) ? "(beyond B)" : number(p.wanted()), p.predicted().display());
        }
        o.println();
        o.println(DesignText.runNeeds(d));
        if (s.network().isDeep()) {
            o.println("note: this network has hidden layers; the PDE describes 2-layer networks exactly and is only a reference here");
        }
    }

    private static String number(double v) {
        return DesignText.number(v);
    }

    private static String vector(double[] xi) {
        return xi.length == 1 ? number(xi[0]) : "(" + number(xi[0]) + ", " + number(xi[1]) + ")";
    }

    private static String list(double[] values) {
        return java.util.Arrays.stream(values).mapToObj(DesignCommand::number).collect(java.util.stream.Collectors.joining(", "));
    }
}
