package org.freqbias.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.ChartFormats;
import org.freqbias.core.bundle.BuildInfo;
import org.freqbias.core.bundle.BundleArchive;
import org.freqbias.core.bundle.BundleException;
import org.freqbias.core.experiment.Agreement;
import org.freqbias.core.experiment.RunResult;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.run.StoredFiles;
import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;

/**
 * A reproducible bundle of one run ({@code run --bundle FILE.zip}): one zip holding
 * <pre>
 *   session.json        the effective session (overrides applied, seed included); a file it names is
 *   inputs/target.png   stored beside it (an image as 16-bit gray, a CSV's samples) and named so
 *   inputs/target.csv
 *   run.json            the run's options (compared frequencies, kernel flows), the program's version
 *                       and build commit, the Java runtime and the machine (os, arch, cores)
 *   results/            spectra.csv, peaks.csv, loss.csv, summary.json of the run
 *   charts/             every chart as PNG (2x) and SVG
 *   README.txt          what the bundle is, the commands that reproduce it, the paper to cite
 *   SHA256SUMS          the SHA-256 of every other entry ({@link BundleArchive})
 * </pre>
 * {@code run FILE.zip --out DIR} re-runs it ({@link BundleRerun}).
 */
final class RunBundle {

    static final String FORMAT = "freqbias-bundle";
    static final int VERSION = 1;
    static final String SESSION = "session.json";
    static final String RUN = "run.json";
    static final String RESULTS = "results";
    static final List<String> TABLES = List.of("spectra.csv", "peaks.csv", "loss.csv", "summary.json");
    static final String CITATION = "J. Molina, M. Petrache, F. Sahli Costabal, M. Courdurier, \"Understanding the dynamics "
            + "of the frequency bias in neural networks\", arXiv:2405.14957, 2024.";

    private RunBundle() {
    }

    /**
     * Writes the bundle of a finished run: {@code s} the effective session, {@code o} its options,
     * {@code written} what {@link RunWriter#write} gave (its chart data kept); the zip appears
     * atomically.
     */
    static void write(Path zip, Session s, RunWriter.Options o, RunWriter.Written written) throws IOException, InterruptedException {
        Path staging = Files.createTempDirectory("freqbias-bundle");
        try {
            Session bundled = withInputsBeside(s);
            Files.writeString(staging.resolve(SESSION), SessionFiles.toJsonString(bundled));
            for (Map.Entry<String, byte[]> input : StoredFiles.of(bundled).entrySet()) {
                Path file = staging.resolve(input.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, input.getValue());
            }
            Files.writeString(staging.resolve(RUN), SessionFiles.JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(runJson(o, BuildInfo.current())));
            Path results = Files.createDirectories(staging.resolve(RESULTS));
            for (String table : TABLES) {
                Files.copy(written.dir().resolve(table), results.resolve(table));
            }
            ChartExporter.writeAll(written.charts(), staging.resolve("charts"), s.name(), ChartFormats.pngAndSvg(2));
            Files.writeString(staging.resolve("README.txt"), readme(s, o, zip.getFileName().toString()));
            BundleArchive.write(zip, staging);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * {@code zip} if a bundle can be written there (checked before the run): a file name ending in
     * .zip in a folder that exists or can be made, and is writable.
     */
    static Path checkTarget(Path zip) {
        if (!zip.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip") || Files.isDirectory(zip)) {
            throw new BadInputException("--bundle " + zip + " must name a file ending in .zip (not a folder)");
        }
        Path folder = zip.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new BadInputException("cannot write the bundle into " + folder + " (" + e + "); choose a writable place for --bundle", e);
        }
        return zip;
    }

    /**
     * Runs {@code s} into a temporary folder, writes the bundle of the run into {@code zip} (unless it
     * stopped early) and removes the folder: a bundle with no --out, and the app's Export bundle.
     * {@code s} and {@code o} must have been checked as for {@link RunWriter#write}.
     */
    static RunResult runAndBundle(Session s, RunWriter.Options o, Path zip, Consumer<String> log, RunWriter.Progress progress)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("freqbias-run");
        try {
            RunWriter.Written written = RunWriter.write(s, dir, o, log, progress);
            if (written.result().divergence() == null) {
                write(zip, s, o, written);
            }
            return written.result();
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * The app's Export bundle ({@link org.freqbias.app.BundleWriter}): {@code s} checked and run
     * with {@code kernelFlows} and the default options of {@code run}, its bundle written to {@code zip}.
     */
    static String forApp(Session s, Set<KernelFlowKind> kernelFlows, Path zip) throws IOException, InterruptedException {
        RunWriter.Options o = new RunWriter.Options(Agreement.DEFAULT_MAX_FREQUENCY, kernelFlows, ChartFormats.NONE,
                RunWriter.Options.ALL_CORES, true);
        RunWriter.check(s, o);
        RunBudget.check(s, o.kernelViews());
        RunResult result = runAndBundle(s, o, checkTarget(zip), line -> { }, (step, loss) -> { });
        return result.divergence() == null ? "Wrote the bundle " + zip
                : "No bundle written: " + result.divergence() + " (step " + result.stepsDone() + ")";
    }

    /** {@code s} with the file its target names (if any) renamed to where the bundle stores it. */
    static Session withInputsBeside(Session s) {
        if (s.isPlane() && s.plane().target() instanceof ImageFile image) {
            return s.withPlane(new PlaneSpec(new ImageFile("inputs/target.png", image.image()), s.plane().shape()));
        }
        if (!s.isPlane() && s.target() instanceof CsvFile csv) {
            return s.withTarget(new CsvFile("inputs/target.csv", csv.samples()));
        }
        return s;
    }

    private static ObjectNode runJson(RunWriter.Options o, BuildInfo build) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode options = root.putObject("options");
        options.put("compareMaxFrequency", o.compareMaxFrequency());
        ArrayNode flows = options.putArray("kernelFlows");
        for (KernelFlowKind kind : KernelFlowKind.values()) {
            if (o.kernelFlows().contains(kind)) {
                flows.add(kind.shortName());
            }
        }
        ObjectNode program = root.putObject("program");
        program.put("name", "Frequency Bias Lab");
        program.put("version", build.version());
        program.put("commit", build.commit());
        ObjectNode java = root.putObject("java");
        java.put("version", build.javaVersion());
        java.put("vendor", build.javaVendor());
        ObjectNode machine = root.putObject("machine");
        machine.put("os", build.os());
        machine.put("arch", build.arch());
        machine.put("cores", build.cores());
        return root;
    }

    /** The run options a bundle's run.json records; a bundle of another format or a newer version is refused. */
    static RunWriter.Options options(JsonNode run, ChartFormats charts) throws BundleException {
        if (!FORMAT.equals(run.path("format").asText()) || !run.path("version").canConvertToInt()) {
            throw new BundleException(RUN + " is not a " + FORMAT + "'s (format \"" + run.path("format").asText() + "\")");
        }
        if (run.path("version").asInt() > VERSION) {
            throw new BundleException("made by a newer version of Frequency Bias Lab (bundle format " + run.path("version").asInt()
                    + "; this one reads format " + VERSION + "): update the program to re-run it");
        }
        JsonNode options = run.path("options");
        JsonNode xi = options.path("compareMaxFrequency");
        if (!xi.isNumber()) {
            throw new BundleException(RUN + ": options.compareMaxFrequency must be a number");
        }
        Set<KernelFlowKind> kinds = EnumSet.noneOf(KernelFlowKind.class);
        for (JsonNode name : options.path("kernelFlows")) {
            kinds.add(Stream.of(KernelFlowKind.values()).filter(k -> k.shortName().equals(name.asText())).findFirst()
                    .orElseThrow(() -> new BundleException(RUN + ": options.kernelFlows holds " + name + ", not one of "
                            + Stream.of(KernelFlowKind.values()).map(KernelFlowKind::shortName).toList())));
        }
        return new RunWriter.Options(xi.asDouble(), kinds, charts, RunWriter.Options.ALL_CORES, false);
    }

    private static String readme(Session s, RunWriter.Options o, String zipName) {
        StringBuilder flags = new StringBuilder();
        if (o.kernelFlows().contains(KernelFlowKind.KERNEL_LIMIT)) {
            flags.append(" --kernel-limit");
        }
        if (o.kernelFlows().contains(KernelFlowKind.LINEARIZED)) {
            flags.append(" --linearized");
        }
        return String.join("\n",
                "Frequency Bias Lab: a reproducible bundle of the run \"" + s.name() + "\" (seed " + s.training().seed()
                        + ", " + s.training().steps() + " steps).",
                "",
                "Re-run it and check that its figures match (exit status 0 if they do, 2 if not):",
                "",
                "    java -jar freqbias.jar run " + zipName + " --out rerun",
                "",
                "or, unpacked, run the session by hand:",
                "",
                "    java -jar freqbias.jar run session.json --out rerun --compare-max-frequency " + o.compareMaxFrequency() + flags,
                "",
                "Contents: session.json (the effective session; inputs/ holds a file it names), run.json",
                "(options, program version and build commit, Java and machine), results/ (spectra.csv,",
                "peaks.csv, loss.csv, summary.json), charts/ (every chart as PNG at 2x and as SVG),",
                "SHA256SUMS (check an unpacked bundle with: sha256sum -c SHA256SUMS).",
                "",
                "The theory behind the PDE prediction:",
                "",
                "    " + CITATION,
                "");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
