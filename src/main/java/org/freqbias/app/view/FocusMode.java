package org.freqbias.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.freqbias.app.chart.Board;
import org.freqbias.app.chart.ChartFrame;

/**
 * Focus mode: one or two charts fill the chart area, the side panels and the status bar are
 * hidden, and t, loss and agreement show in large type above the charts. The charts are the ones
 * chosen last (a click or Tab on a chart chooses it; Ctrl+click adds a second), or those a lesson
 * step names; the choice is kept when focus mode is left and entered again.
 */
final class FocusMode {

    private final List<Node> hiddenWhenOn;
    private final Node readouts;
    private final Supplier<List<Board>> boards;
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on");
    private List<String> chosen = List.of("spectrum");

    /**
     * @param hiddenWhenOn the side panels and the status bar
     * @param readouts the bar of large key numbers, shown only in focus mode
     * @param boards the chart boards (1D and 2D); each shows what it has of the chosen charts
     */
    FocusMode(List<Node> hiddenWhenOn, Node readouts, Supplier<List<Board>> boards) {
        this.hiddenWhenOn = List.copyOf(hiddenWhenOn);
        this.readouts = readouts;
        this.boards = boards;
    }

    void toggle() {
        if (on.get()) {
            leave();
        } else {
            enter(chosen);
        }
    }

    /** Shows {@code charts} large (none: every chart, still without the side panels). */
    void enter(List<String> charts) {
        if (!charts.isEmpty()) {
            chosen = List.copyOf(charts);
        }
        on.set(true);
        show(hiddenWhenOn, false);
        show(List.of(readouts), true);
        for (Board b : boards.get()) {
            b.focus(charts);
        }
    }

    void leave() {
        on.set(false);
        show(hiddenWhenOn, true);
        show(List.of(readouts), false);
        for (Board b : boards.get()) {
            b.unfocus();
        }
    }

    /** Remembers {@code chart} as the one to focus; with {@code add}, beside the one chosen before (two at most). */
    void choose(ChartFrame chart, boolean add) {
        List<String> next = new ArrayList<>();
        if (add && !chosen.isEmpty() && !chosen.get(chosen.size() - 1).equals(chart.fileName())) {
            next.add(chosen.get(chosen.size() - 1));
        }
        next.add(chart.fileName());
        chosen = List.copyOf(next);
    }

    /** The charts focus mode shows when entered with F. */
    List<String> chosen() {
        return chosen;
    }

    ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    private static void show(List<Node> nodes, boolean visible) {
        for (Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }
}
