package org.freqbias.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.export.FxLogging;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.app.model.Theme;
import org.freqbias.core.session.SessionFiles;

/**
 * The desktop app. Opens on the given session (a file, or a built-in sample's name as the command
 * line takes it), or on the default sample when none is given (a broken file is reported in the
 * window and the default sample is kept); {@code --theme=NAME} picks the theme and
 * {@code --lesson=FILE|NAME} starts a lesson. The window covers most of the screen it opens on (all
 * of a projector's); F11 makes it full screen.
 */
public final class App extends Application {

    /** Share of a desktop screen's usable width and height the window opens at. */
    static final double SCREEN_SHARE = 0.92;
    /** A screen at most this wide is a projector or a small laptop: the window takes all of it. */
    static final double SMALL_SCREEN_WIDTH = 1366;

    private ExperimentModel model;
    /** Set once before launch: JavaFX builds the App itself, so it cannot be a constructor argument. */
    private static volatile BundleWriter bundles = BundleWriter.NONE;

    /**
     * Launches the app (blocks until the window closes) with the command line's arguments: an
     * optional session (a path or a sample's name), {@code --lesson=FILE|NAME},
     * {@code --sweep=DIR} (a sweep folder shown in its window) and {@code --theme=light|dark|presentation}; {@code bundleWriter} writes what Export bundle asks for.
     */
    public static void launchWith(BundleWriter bundleWriter, String... args) {
        bundles = bundleWriter;
        FxLogging.dropClassPathWarning();
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        model = new ExperimentModel(SessionFiles.loadSample(SessionFiles.DEFAULT_SAMPLE));
        List<String> args = getParameters().getUnnamed();
        Map<String, String> named = getParameters().getNamed();
        if (named.containsKey("theme")) {
            model.setTheme(Theme.valueOf(named.get("theme").toUpperCase(Locale.ROOT)));
        }
        if (!args.isEmpty()) {
            String session = args.get(0);
            if (session.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                model.runs().openStudy(Path.of(session)); // a study: its runs replay and compare beside the default session
            } else {
                SessionFiles.sampleNamed(session).ifPresentOrElse(model::loadSample, () -> model.open(Path.of(session)));
            }
        }
        WindowController window = show(stage, model, bundles);
        if (named.containsKey("lesson")) {
            window.openLesson(named.get("lesson"));
        }
        if (named.containsKey("sweep")) {
            window.openSweep(Path.of(named.get("sweep")));
        }
    }

    /** Builds the window for {@code m} on {@code stage} with no Export bundle, and shows it (UI tests). */
    public static WindowController show(Stage stage, ExperimentModel m) throws IOException {
        return show(stage, m, BundleWriter.NONE);
    }

    /**
     * Builds the window for {@code m} on {@code stage}, its Export bundle written by
     * {@code bundleWriter}, and shows it; used by the app and by UI tests.
     */
    public static WindowController show(Stage stage, ExperimentModel m, BundleWriter bundleWriter) throws IOException {
        FXMLLoader loader = new FXMLLoader(App.class.getResource("/fxml/main.fxml"));
        Parent root = loader.load();
        WindowController controller = loader.getController();
        controller.init(m, stage, bundleWriter);
        // Sized to the screen it opens on: all of a projector's 1280 x 720, most of a 4K monitor.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double share = screen.getWidth() <= SMALL_SCREEN_WIDTH ? 1 : SCREEN_SHARE;
        double width = Math.round(screen.getWidth() * share);
        double height = Math.round(screen.getHeight() * share);
        Scene scene = new Scene(root, width, height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        ChartExporter.applyStyles(scene, m.themeProperty().get());
        m.themeProperty().addListener((obs, old, theme) -> ChartExporter.applyStyles(scene, theme));
        stage.setScene(scene);
        stage.sizeToScene(); // a stage sized before (a window built again on it) takes the screen's size too
        controller.installShortcuts(scene);
        stage.setOnHidden(e -> m.close());
        stage.show();
        return controller;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
