package org.freqbias.app.chart;

import java.util.List;
import javafx.fxml.FXML;

/** Controller of /fxml/plane-charts.fxml: the five charts of a 2D run. */
public final class PlaneChartBoard extends Board {

    @FXML private FieldsChart fieldsChart;
    @FXML private PlaneSpectrumChart planeSpectrumChart;
    @FXML private RadialProfileChart radialChart;
    @FXML private FPrincipleChart fprincipleChart;
    @FXML private LossChart lossChart;

    @Override
    public List<ChartFrame> charts() {
        return List.of(fieldsChart, planeSpectrumChart, radialChart, fprincipleChart, lossChart);
    }
}
