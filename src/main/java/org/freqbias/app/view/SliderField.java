package org.freqbias.app.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleConsumer;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A slider paired with a text field (layout in /fxml/slider-field.fxml). The field always shows
 * the value; a typed value is accepted on Enter or focus loss if it lies in [min, max], and is
 * otherwise refused with the allowed range shown under the control. The slider may run on a log
 * scale; integer fields round, and power-of-two fields snap while dragging. Only user edits reach
 * the {@link #setOnChange change handler}; {@link #setValue} is silent.
 */
public final class SliderField extends VBox {

    @FXML private Label nameLabel;
    @FXML private Slider slider;
    @FXML private TextField field;
    @FXML private Label problem;

    private double min = 0;
    private double max = 1;
    private double value = 0;
    private boolean log;
    private boolean integer;
    private boolean powerOfTwo;
    private boolean syncing;
    private DoubleConsumer onChange = v -> { };

    public SliderField() {
        FXMLLoader loader = new FXMLLoader(SliderField.class.getResource("/fxml/slider-field.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        slider.valueProperty().addListener((obs, old, p) -> {
            if (!syncing) {
                commit(snap(fromSlider(p.doubleValue())));
            }
        });
        field.setOnAction(e -> commitTyped());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitTyped();
            }
        });
        sync();
    }

    // ---- FXML-settable configuration ----

    public String getLabel() { return nameLabel.getText(); }
    public void setLabel(String text) { nameLabel.setText(text); }
    public double getMin() { return min; }
    public void setMin(double min) { this.min = min; sync(); }
    public double getMax() { return max; }
    public void setMax(double max) { this.max = max; sync(); }
    public boolean isLog() { return log; }
    public void setLog(boolean log) { this.log = log; sync(); }
    public boolean isInteger() { return integer; }
    public void setInteger(boolean integer) { this.integer = integer; sync(); }
    public boolean isPowerOfTwo() { return powerOfTwo; }
    public void setPowerOfTwo(boolean p) { this.powerOfTwo = p; sync(); }

    public String getHelp() {
        return slider.getTooltip() == null ? null : slider.getTooltip().getText();
    }

    /** Tooltip text for the slider, field and label. */
    public void setHelp(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        slider.setTooltip(tip);
        field.setTooltip(tip);
        nameLabel.setTooltip(tip);
    }

    public double getValue() {
        return value;
    }

    /** Shows {@code v} without notifying the change handler. */
    public void setValue(double v) {
        value = v;
        hideProblem();
        sync();
    }

    /** Called with the new value after each user edit (slider move or accepted typed value). */
    public void setOnChange(DoubleConsumer handler) {
        onChange = handler;
    }

    /** The text field, for tests and focus handling. */
    public TextField field() {
        return field;
    }

    public Slider slider() {
        return slider;
    }

    // ---- behaviour ----

    private void commitTyped() {
        String text = field.getText().trim();
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            refuseTyped("\"" + text + "\" is not a number");
            return;
        }
        if (!(v >= min && v <= max) || (integer && v != Math.rint(v))) {
            refuseTyped(text + " refused: allowed " + (integer ? "whole numbers " : "") + format(min) + " … " + format(max));
            return;
        }
        hideProblem();
        commit(v);
    }

    private void refuseTyped(String reason) {
        showProblem(reason);
        sync();
    }

    private void commit(double v) {
        if (v == value) {
            sync();
            return;
        }
        value = v;
        hideProblem();
        sync();
        onChange.accept(v);
    }

    private double snap(double v) {
        double clamped = Math.max(min, Math.min(max, v));
        if (powerOfTwo) {
            double p = Math.pow(2, Math.round(Math.log(clamped) / Math.log(2)));
            return Math.max(min, Math.min(max, p));
        }
        if (integer) {
            return Math.round(clamped);
        }
        // Three significant digits: drags give readable values, typed ones are kept exactly.
        return clamped == 0 ? 0 : new BigDecimal(clamped).round(new MathContext(3)).doubleValue();
    }

    private double toSlider(double v) {
        return log ? Math.log10(Math.max(v, Double.MIN_NORMAL)) : v;
    }

    private double fromSlider(double p) {
        return log ? Math.pow(10, p) : p;
    }

    private void sync() {
        syncing = true;
        try {
            slider.setMin(toSlider(log ? Math.max(min, Double.MIN_NORMAL) : min));
            slider.setMax(toSlider(max));
            slider.setValue(toSlider(Math.max(min, Math.min(max, value))));
            field.setText(format(value));
        } finally {
            syncing = false;
        }
    }

    private String format(double v) {
        if (integer || (v == Math.rint(v) && Math.abs(v) < 1e9)) {
            return Long.toString(Math.round(v));
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
        problem.setManaged(true);
        field.getStyleClass().add("refused");
    }

    private void hideProblem() {
        problem.setVisible(false);
        problem.setManaged(false);
        field.getStyleClass().remove("refused");
    }
}
