package org.freqbias.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Opens the desktop app, optionally on a session file. */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = "Open the desktop app (on SESSION.json, or on the built-in default session).")
final class AppCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION.json", description = "session to open")
    Path session;

    @Override
    public Integer call() {
        org.freqbias.app.App.launchWith(session == null ? null : session.toString());
        return FreqBiasCommand.OK;
    }
}
