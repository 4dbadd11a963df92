package org.freqbias.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.core.bundle.BundleArchive;
import org.freqbias.core.bundle.BundleException;
import org.freqbias.core.bundle.FigureComparison;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionException;
import org.freqbias.core.session.SessionFiles;

/**
 * {@code run FILE.zip --out DIR}: checks and unpacks a bundle ({@link RunBundle}) into
 * {@code DIR/bundle}, runs its session with its recorded options into {@code DIR} as {@code run}
 * does, and compares the figures of the new summary.json with the bundle's
 * ({@link FigureComparison}; timings and the echoed session are not figures).
 */
final class BundleRerun {

    /** The folder inside --out the bundle is unpacked into. */
    static final String UNPACKED = "bundle";
    /** The folder inside --out the re-run writes into: a run's folder, replaced whole as {@code run} replaces its DIR. */
    static final String RERUN = "results";
    private static final Set<String> NOT_FIGURES = Set.of("timing", "session");

    private BundleRerun() {
    }

    /** The outcome: {@link FreqBiasCommand#OK} when the figures match, {@link FreqBiasCommand#BAD_INPUT} when not. */
    static int run(Path zip, Path out, ChartFormats charts) throws IOException, InterruptedException {
        Path dir = OutputDirectory.prepare(out);
        Path unpacked = dir.resolve(UNPACKED);
        BundleArchive.extract(zip, unpacked);
        JsonNode runJson = readJson(unpacked.resolve(RunBundle.RUN));
        RunWriter.Options options = RunBundle.options(runJson, charts);
        Session s;
        try {
            s = SessionFiles.load(unpacked.resolve(RunBundle.SESSION));
        } catch (SessionException e) {
            throw new BundleException(zip + ": its " + RunBundle.SESSION + " is not a valid session: " + e.getMessage(), e);
        }
        RunWriter.check(s, options);
        RunBudget.check(s, options.kernelViews());
        System.err.println("re-running the bundle " + zip + " (made by Frequency Bias Lab " + runJson.path("program").path("version").asText()
                + ", commit " + runJson.path("program").path("commit").asText() + ", on " + runJson.path("machine").path("os").asText()
                + " " + runJson.path("machine").path("arch").asText() + ")");
        ProgressMeter progress = new ProgressMeter(System.err, s.training().steps());
        Path results = RunWriter.write(s, dir.resolve(RERUN), options, System.err::println, progress::update).dir();

        FigureComparison c = FigureComparison.of(readJson(unpacked.resolve(RunBundle.RESULTS).resolve("summary.json")),
                readJson(results.resolve("summary.json")), NOT_FIGURES);
        if (!c.matches()) {
            System.err.printf(Locale.ROOT, "error: the figures do not match the bundle: %d of %d differ by more than %.0e "
                    + "relative; first %s. The re-run's files are in %s%n", c.differing(), c.figures(),
                    FigureComparison.RELATIVE_TOLERANCE, c.firstDifference(), results);
            return FreqBiasCommand.BAD_INPUT;
        }
        System.err.printf(Locale.ROOT, "the figures match the bundle: %d figures %s; results in %s%n", c.figures(),
                c.identical() ? "identical" : String.format(Locale.ROOT, "within %.1e relative (tolerance %.0e)",
                        c.largestRelative(), FigureComparison.RELATIVE_TOLERANCE), results);
        return FreqBiasCommand.OK;
    }

    private static JsonNode readJson(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BundleException("the bundle has no " + file.getFileName() + " where a bundle keeps it");
        }
        if (Files.size(file) > SessionFiles.MAX_BYTES * 64L) {
            throw new BundleException(file.getFileName() + " is larger than a bundle's");
        }
        try {
            return SessionFiles.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BundleException(file.getFileName() + " in the bundle is not valid JSON: " + e.getMessage(), e);
        }
    }
}
