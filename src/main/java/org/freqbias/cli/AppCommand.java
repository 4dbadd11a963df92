package org.freqbias.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Opens the desktop app, optionally on a session (a file or a built-in sample's name, read as
 * {@code run} reads SESSION), through the launcher the entry point hands
 * over ({@link FreqBiasCommand#execute(Consumer, String...)}): the command line depends on the app
 * only for chart rendering and export.
 */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Open the desktop app (on SESSION, or the default session).",
            "SESSION is a session file or a built-in sample's name, as for run."})
final class AppCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION",
            description = "session JSON file, or a built-in sample name (e.g. uniform-no-bias)")
    String session;

    /** Opens the app on a session path, or on the default session when given null. */
    Consumer<String> launcher;

    @Override
    public Integer call() {
        if (session != null) {
            SessionArgument.checkExists(session); // before a window opens: exit 2, as run says it
        }
        launcher.accept(session);
        return FreqBiasCommand.OK;
    }
}
