package org.freqbias.app.view;

import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.freqbias.app.model.CompareMode;
import org.freqbias.app.model.RunRow;
import org.freqbias.app.model.RunsModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Controller of /fxml/runs-panel.fxml, the run list: one row per run (a tick to compare it, its
 * colour while compared, its name, a pin), the compare mode, pin / rename / delete of the selected
 * run and the memory budget. Selecting a row shows that run alone. Keys in the list: Space ticks,
 * Enter or F2 renames, Delete deletes, Ctrl+P pins.
 */
public final class RunsPanelController {

    @FXML private ListView<RunRow> runList;
    @FXML private ToggleGroup modes;
    @FXML private ToggleButton overlay;
    @FXML private ToggleButton sideBySide;
    @FXML private Button pin;
    @FXML private Button rename;
    @FXML private Button delete;
    @FXML private Label summary;
    @FXML private Spinner<Integer> budget;

    private RunsModel model;
    /** True while the selection is set from the model, so that it is not taken for the user's. */
    private boolean showing;

    void init(RunsModel m) {
        this.model = m;
        runList.setItems(m.rows());
        runList.setCellFactory(list -> new RunCell());
        runList.getItems().addListener((javafx.collections.ListChangeListener<RunRow>) c -> selectViewed());
        m.viewedProperty().addListener((obs, old, id) -> selectViewed());
        runList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!showing && row != null) {
                m.view(row.id());
            }
            updateButtons(row);
        });
        runList.addEventHandler(KeyEvent.KEY_PRESSED, this::handleKey);
        summary.textProperty().bind(m.summaryProperty());
        initBudget(m);
        overlay.setUserData(CompareMode.OVERLAY);
        sideBySide.setUserData(CompareMode.SIDE_BY_SIDE);
        showMode(m.modeProperty().get());
        m.modeProperty().addListener((obs, old, mode) -> showMode(mode));
        modes.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one mode is always chosen
            } else {
                m.setMode((CompareMode) toggle.getUserData());
            }
        });
        selectViewed();
    }

    /**
     * The memory budget spinner: 64 MB steps between the model's bounds. Typed text that is not a
     * whole number keeps the last good value (the spinner shows it again); a value out of range is
     * clamped to the bound.
     */
    private void initBudget(RunsModel m) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                (int) RunsModel.MIN_BUDGET_MB, (int) Math.min(Integer.MAX_VALUE, RunsModel.maxBudgetMb()), (int) m.budgetMb(), 64);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer mb) {
                return mb == null ? "" : Integer.toString(mb);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    // The value does not change, so the spinner would leave the text as typed: show the value again.
                    Platform.runLater(() -> budget.getEditor().setText(toString(values.getValue())));
                    return values.getValue();
                }
            }
        });
        budget.setValueFactory(values);
        values.valueProperty().addListener((obs, old, mb) -> {
            if (mb != null && mb != m.budgetMb()) {
                m.setBudgetMb(mb);
            }
        });
        budget.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                budget.commitValue(); // typed text counts on leaving, as on Enter
            }
        });
    }

    /** The memory budget spinner, for tests. */
    public Spinner<Integer> budget() {
        return budget;
    }

    /** The list, for tests and focus. */
    public ListView<RunRow> list() {
        return runList;
    }

    private void showMode(CompareMode mode) {
        (mode == CompareMode.OVERLAY ? overlay : sideBySide).setSelected(true);
    }

    private void selectViewed() {
        long id = model.viewedProperty().get();
        showing = true;
        try {
            runList.getItems().stream().filter(r -> r.id() == id).findFirst()
                    .ifPresent(r -> runList.getSelectionModel().select(r));
        } finally {
            showing = false;
        }
        updateButtons(runList.getSelectionModel().getSelectedItem());
    }

    private void updateButtons(RunRow row) {
        boolean recorded = row != null && !row.live();
        rename.setDisable(!recorded);
        delete.setDisable(!recorded);
        pin.setDisable(row == null);
        pin.setText(row != null && row.pinned() ? "Unpin" : "Pin");
    }

    private void handleKey(KeyEvent e) {
        RunRow row = runList.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            model.tick(row.id(), !row.ticked());
        } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
            rename();
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
        } else if (e.getCode() == KeyCode.P && e.isShortcutDown()) {
            togglePin();
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void togglePin() {
        RunRow row = runList.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.pin(row.id(), !row.pinned());
        }
    }

    @FXML
    private void rename() {
        RunRow row = runList.getSelectionModel().getSelectedItem();
        if (row == null || row.live()) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(row.name());
        dialog.setTitle("Rename run");
        dialog.setHeaderText("A name for this run (at most 200 characters)");
        dialog.initOwner(runList.getScene().getWindow());
        Optional<String> name = dialog.showAndWait();
        name.ifPresent(n -> model.rename(row.id(), n));
    }

    @FXML
    private void delete() {
        RunRow row = runList.getSelectionModel().getSelectedItem();
        if (row != null && !row.live()) {
            model.delete(row.id());
        }
    }

    /** A row: tick, colour swatch (while compared), name, pin mark; the tooltip says the rest. */
    private final class RunCell extends ListCell<RunRow> {

        private final CheckBox tick = new CheckBox();
        private final Rectangle swatch = new Rectangle(10, 10);
        private final Label name = new Label();
        private final FontIcon pinned = new FontIcon("mdi2p-pin");
        private final HBox box = new HBox(6, tick, swatch, name, pinned);
        private final Tooltip tooltip = new Tooltip();

        RunCell() {
            setPrefWidth(0); // as wide as the list, no horizontal scroll bar: a long name wraps, never cut
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(0);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            tick.setFocusTraversable(false); // Space in the list ticks the selected row
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            MenuItem pinItem = new MenuItem("Pin / unpin");
            pinItem.setOnAction(e -> togglePin());
            MenuItem renameItem = new MenuItem("Rename…");
            renameItem.setOnAction(e -> rename());
            MenuItem deleteItem = new MenuItem("Delete");
            deleteItem.setOnAction(e -> delete());
            setContextMenu(new ContextMenu(pinItem, renameItem, deleteItem));
        }

        @Override
        protected void updateItem(RunRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            tick.setSelected(row.ticked());
            tick.setOnAction(e -> model.tick(row.id(), tick.isSelected()));
            swatch.setVisible(row.colour() != null);
            swatch.setStyle(row.colour() == null ? "" : "-fx-fill: " + row.colour() + ";");
            name.setText(row.name());
            name.getStyleClass().remove("live-run");
            if (row.live()) {
                name.getStyleClass().add("live-run");
            }
            pinned.setVisible(row.pinned());
            tooltip.setText(row.name() + "\n" + (row.live() ? "the live run, " + row.state()
                    : String.format(Locale.ROOT, "%s, %dD, %.1f MB", row.state(), row.dimension(), row.megabytes()))
                    + (row.pinned() ? ", pinned" : "") + (row.ticked() ? ", ticked to compare" : ""));
            setTooltip(tooltip);
            setGraphic(box);
            setText(null);
        }
    }
}
