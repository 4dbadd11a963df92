package org.freqbias.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: dispatches to subcommands and maps failures to exit codes. */
@Command(name = "freqbias", mixinStandardHelpOptions = true, version = "Frequency Bias Lab 0.1",
        description = "See and steer the frequency bias of neural networks. With no arguments, opens the desktop app.",
        subcommands = {RunCommand.class, DesignCommand.class, CompareCommand.class, SweepCommand.class, CollectCommand.class,
            StudyCommand.class, BenchCommand.class, AppCommand.class})
public final class FreqBiasCommand {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: an internal error (a bug): please report it. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit status: bad input (file, value, option); the message says what to change. */
    public static final int BAD_INPUT = 2;

    private FreqBiasCommand() {
    }

    /** Runs a command without the desktop app (tests, headless use): {@code app} then says it is not available. */
    public static int execute(String... args) {
        return execute(appArgs -> {
            throw new BadInputException("the desktop app is not available here; run the jar with no arguments");
        }, args);
    }

    /**
     * Runs the command {@code args} names and returns its exit status; {@code app} opens the desktop
     * app through {@code openApp}, given the app's arguments (see {@link AppCommand#appArguments}).
     */
    public static int execute(Consumer<String[]> openApp, String... args) {
        CommandLine cli = new CommandLine(new FreqBiasCommand());
        ((AppCommand) cli.getSubcommands().get("app").getCommand()).launcher = openApp;
        cli.setExitCodeExceptionMapper(FreqBiasCommand::exitCodeOf);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            java.util.Optional<String> problem = Failures.inputProblem(ex);
            if (problem.isPresent()) {
                commandLine.getErr().println("error: " + problem.get());
                return BAD_INPUT;
            }
            commandLine.getErr().println("internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {       // picocli hands only Exceptions to the handler above
            cli.getErr().println("error: " + Failures.inputProblem(e).orElseThrow());
            return BAD_INPUT;
        }
    }

    /**
     * The desktop app's Export bundle ({@link org.freqbias.app.BundleWriter}): runs {@code session}
     * as {@code run SESSION --bundle ZIP} does (with the kernel flows given) and writes the bundle.
     * A session or place that cannot be bundled throws with the one-line message of {@code run}.
     */
    public static String writeBundle(Session session, Set<KernelFlowKind> kernelFlows, Path zip) throws Exception {
        try {
            return RunBundle.forApp(session, kernelFlows, zip);
        } catch (Exception e) {
            Optional<String> problem = Failures.inputProblem(e);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get(), e);
            }
            throw e;
        }
    }

    /** {@link #BAD_INPUT} for an input problem ({@link Failures}), {@link #INTERNAL_ERROR} for a bug. */
    static int exitCodeOf(Throwable t) {
        return Failures.exitCode(t);
    }
}
