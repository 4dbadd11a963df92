package org.freqbias.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.freqbias.app.export.ChartExporter;
import org.freqbias.app.model.ExperimentModel;
import org.freqbias.core.session.SessionFiles;

/**
 * The desktop app. Opens on the given session file, or on the default sample when none is given
 * (a broken file is reported in the window and the default sample is kept).
 */
public final class App extends Application {

    private ExperimentModel model;
    /** Set once before launch: JavaFX builds the App itself, so it cannot be a constructor argument. */
    private static volatile BundleWriter bundles = BundleWriter.NONE;

    /**
     * Launches the app (blocks until the window closes); {@code sessionPathOrNull} may be null;
     * {@code bundleWriter} writes what Export bundle asks for.
     */
    public static void launchWith(String sessionPathOrNull, BundleWriter bundleWriter) {
        bundles = bundleWriter;
        Application.launch(App.class, sessionPathOrNull == null ? new String[0] : new String[] {sessionPathOrNull});
    }

    @Override
    public void start(Stage stage) throws IOException {
        model = new ExperimentModel(SessionFiles.loadSample(SessionFiles.DEFAULT_SAMPLE));
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        }
        show(stage, model, bundles);
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
        // Fit the screen: the FXML's preferred size may exceed a laptop's (or a headless) screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(root.prefWidth(-1), screen.getWidth()),
                Math.min(root.prefHeight(-1), screen.getHeight()));
        ChartExporter.applyStyles(scene, m.themeProperty().get());
        m.themeProperty().addListener((obs, old, theme) -> ChartExporter.applyStyles(scene, theme));
        controller.installShortcuts(scene);
        stage.setTitle("Frequency Bias Lab");
        stage.setScene(scene);
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
