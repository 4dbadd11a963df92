package org.freqbias.app.chart;

import java.util.List;
import javafx.fxml.FXML;

/**
 * Controller of /fxml/charts.fxml: the six charts. Renders them all from one {@link ChartData};
 * used by the window and, never shown, by the headless exporter.
 */
public final class ChartBoard {

    @FXML private FitChart fitChart;
    @FXML private SpectrumChart spectrumChart;
    @FXML private SpectrogramChart spectrogramChart;
    @FXML private FPrincipleChart fprincipleChart;
    @FXML private LearningTimeChart learningTimeChart;
    @FXML private LossChart lossChart;

    /** The charts in the order of the issue (1 fit ... 6 loss). */
    public List<ChartFrame> charts() {
        return List.of(fitChart, spectrumChart, spectrogramChart, fprincipleChart, learningTimeChart, lossChart);
    }

    public void render(ChartData data) {
        for (ChartFrame c : charts()) {
            c.render(data);
        }
    }

    public void setActions(ChartActions actions) {
        charts().forEach(c -> c.setActions(actions));
    }
}
