package org.freqbias.cli;

import org.freqbias.core.session.SessionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: dispatches to subcommands and maps failures to exit codes. */
@Command(name = "freqbias", mixinStandardHelpOptions = true, version = "Frequency Bias Lab 0.1",
        description = "See and steer the frequency bias of neural networks. With no arguments, opens the desktop app.",
        subcommands = {RunCommand.class, BenchCommand.class, AppCommand.class})
public final class FreqBiasCommand {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: an internal error (a bug): please report it. */
    public static final int INTERNAL_ERROR = 1;
    /** Exit status: bad input (file, value, option); the message says what to change. */
    public static final int BAD_INPUT = 2;

    private FreqBiasCommand() {
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new FreqBiasCommand());
        cli.setExitCodeExceptionMapper(FreqBiasCommand::exitCodeOf);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCodeOf(ex);
            if (code == BAD_INPUT) {
                commandLine.getErr().println("error: " + ex.getMessage());
            } else {
                commandLine.getErr().println("internal error: " + ex);
                ex.printStackTrace(commandLine.getErr());
            }
            return code;
        });
        return cli.execute(args);
    }

    static int exitCodeOf(Throwable t) {
        return t instanceof SessionException || t instanceof BadInputException ? BAD_INPUT : INTERNAL_ERROR;
    }
}
