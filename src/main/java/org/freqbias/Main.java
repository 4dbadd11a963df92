package org.freqbias;

import org.freqbias.cli.FreqBiasCommand;

/**
 * Entry point of the jar. With no arguments it opens the desktop app on the default session;
 * otherwise it runs a headless subcommand (see {@code --help}) that never needs a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.freqbias.app.App.launchWith(FreqBiasCommand::writeBundle);
            return;
        }
        System.exit(FreqBiasCommand.execute(appArgs -> org.freqbias.app.App.launchWith(FreqBiasCommand::writeBundle, appArgs), args));
    }
}
