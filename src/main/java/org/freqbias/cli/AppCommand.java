package org.freqbias.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Opens the desktop app, optionally on a session file or a study, through the launcher the entry point hands
 * over ({@link FreqBiasCommand#execute(Consumer, String...)}): the command line depends on the app
 * only for chart rendering and export.
 */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Open the desktop app (on SESSION.json, or on the built-in default session).",
            "Given a study (STUDY.zip, saved by the app or by compare), its runs are opened to replay and compare."})
final class AppCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION.json|STUDY.zip", description = "session or study to open")
    Path session;

    /** Opens the app on a session path, or on the default session when given null. */
    Consumer<String> launcher;

    @Override
    public Integer call() {
        launcher.accept(session == null ? null : session.toString());
        return FreqBiasCommand.OK;
    }
}
