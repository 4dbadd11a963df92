package org.freqbias.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text the window shows cut: a {@link Labeled} whose displayed text (the Text node its skin
 * draws) differs from its own text, which is what JavaFX does when it ellipsizes ("Agreement…",
 * "1…") or drops wrapped lines that do not fit. Only what is shown counts: the node and all its
 * ancestors visible, and its text non-empty.
 */
final class Truncation {

    private Truncation() {
    }

    /** One description per cut label under {@code root}: its class, its text, what it shows and its size. */
    static List<String> find(Parent root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String shown = displayed(l);
            if (shown != null && !shown.equals(l.getText())) {
                Bounds b = l.getLayoutBounds();
                cut.add(l.getClass().getSimpleName() + " \"" + l.getText().replace("\n", "\\n") + "\" shows \""
                        + shown.replace("\n", "\\n") + "\" at " + Math.round(b.getWidth()) + " x " + Math.round(b.getHeight()));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    /** The text the labeled's skin draws (its LabeledText child), or null before it has a skin. */
    private static String displayed(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }
}
