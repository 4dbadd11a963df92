package org.freqbias.app.chart;

import java.util.List;
import javafx.fxml.FXML;

/** Controller of /fxml/charts.fxml: the six charts of a 1D run. */
public final class ChartBoard extends Board {

    @FXML private FitChart fitChart;
    @FXML private SpectrumChart spectrumChart;
    @FXML private SpectrogramChart spectrogramChart;
    @FXML private FPrincipleChart fprincipleChart;
    @FXML private LearningTimeChart learningTimeChart;
    @FXML private LossChart lossChart;

    /** The fit chart, where a target can be sketched. */
    public FitChart fitChart() {
        return fitChart;
    }

    /** The learning-time chart, where the wanted learning times are drawn and dragged. */
    public LearningTimeChart learningTimeChart() {
        return learningTimeChart;
    }

    /** The charts in the order of the issue (1 fit ... 6 loss). */
    @Override
    public List<ChartFrame> charts() {
        return List.of(fitChart, spectrumChart, spectrogramChart, fprincipleChart, learningTimeChart, lossChart);
    }
}
