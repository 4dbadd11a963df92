package org.freqbias.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Opens the desktop app, optionally on a session (a file or a built-in sample's name, read as
 * {@code run} reads SESSION) or a study, a theme and a lesson, through the launcher the entry point
 * hands over ({@link FreqBiasCommand#execute(Consumer, String...)}): the command line depends on the
 * app only for chart rendering and export.
 */
@Command(name = "app", mixinStandardHelpOptions = true,
        description = {"Open the desktop app (on SESSION, or the default session).",
            "SESSION is a session file or a built-in sample's name, as for run.",
            "Given a study (STUDY.zip, saved by the app or by compare), its runs are opened to replay and compare.",
            "--sweep DIR opens a sweep folder beside the window."})
final class AppCommand implements Callable<Integer> {

    /** The app's themes (app.model.Theme, lower case; AppCommandTest keeps the two lists equal). */
    static final List<String> THEMES = List.of("light", "dark", "presentation");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SESSION|STUDY.zip",
            description = "session JSON file, a built-in sample name (e.g. uniform-no-bias), or a study to open")
    String session;

    @Option(names = "--lesson", paramLabel = "FILE|NAME",
            description = "play a lesson: a lesson file, or a shipped one (low-frequencies-first, choosing-rho,"
                    + " when-theory-holds, bias-in-2d)")
    String lesson;

    @Option(names = "--sweep", paramLabel = "DIR",
            description = "open a sweep folder (written by sweep or collect): its small multiples, and its runs to load for replay")
    Path sweep;

    @Option(names = "--theme", paramLabel = "THEME", description = "light, dark or presentation (large type for a projector)")
    String theme;

    /** Opens the app with its arguments. */
    Consumer<String[]> launcher;

    @Override
    public Integer call() {
        if (session != null) {
            SessionArgument.checkExists(session); // before a window opens: exit 2, as run says it
        }
        if (sweep != null && !Files.isDirectory(sweep)) {
            throw new BadInputException("--sweep " + sweep + ": no such folder; give the --out folder of a sweep or collect");
        }
        launcher.accept(appArguments());
        return FreqBiasCommand.OK;
    }

    /** The arguments the app reads: {@code --lesson=...}, {@code --theme=...}, {@code --sweep=...}, then the session path. */
    String[] appArguments() {
        List<String> args = new ArrayList<>();
        if (lesson != null) {
            args.add("--lesson=" + lesson);
        }
        if (theme != null) {
            String name = theme.toLowerCase(Locale.ROOT);
            if (!THEMES.contains(name)) {
                throw new BadInputException("--theme " + theme + ": allowed " + String.join(", ", THEMES));
            }
            args.add("--theme=" + name);
        }
        if (sweep != null) {
            args.add("--sweep=" + sweep);
        }
        if (session != null) {
            args.add(session);
        }
        return args.toArray(String[]::new);
    }
}
