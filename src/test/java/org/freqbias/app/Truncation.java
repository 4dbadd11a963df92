package org.freqbias.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Finds text the window shows cut, in three ways a label can lose text: JavaFX ellipsizes it (its
 * displayed text, the Text node its skin draws, differs from its own: "Agreement…", "1…", or wrapped
 * lines dropped); a wrapping label narrower than one of its words, so that the word breaks
 * between letters ("A / g / r / e / e"); or a label pushed past the right edge of a scroll pane
 * that does not scroll sideways (the side panels), where it is clipped. A wrapping label with a
 * combining mark is cut too: JavaFX then draws its whole text on the first line. Only what is shown counts:
 * the node and all its ancestors visible, and its text non-empty.
 */
final class Truncation {

    private Truncation() {
    }

    /** One description per cut label under {@code root}: its class, its text, what is wrong and its size. */
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
            String problem = problem(l);
            if (problem != null) {
                Bounds b = l.getLayoutBounds();
                cut.add(l.getClass().getSimpleName() + " \"" + l.getText().replace("\n", "\\n") + "\" " + problem
                        + " at " + Math.round(b.getWidth()) + " x " + Math.round(b.getHeight()));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    private static String problem(Labeled l) {
        Text shown = displayed(l);
        if (shown == null) {
            return null; // no skin yet: nothing drawn
        }
        if (!shown.getText().equals(l.getText())) {
            return "shows \"" + shown.getText().replace("\n", "\\n") + "\"";
        }
        if (l.isWrapText()) {
            if (l.getText().codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)) {
                return "holds a combining mark, which JavaFX draws wrongly once the text wraps (UiTextsTest)";
            }
            double room = textRoom(l);
            for (String word : l.getText().split("\\s+")) { // a no-break space (U+00A0) joins a word
                Text probe = new Text(word);
                probe.setFont(shown.getFont());
                if (probe.getLayoutBounds().getWidth() > room + 1) {
                    return "breaks the word \"" + word + "\" (" + Math.round(probe.getLayoutBounds().getWidth())
                            + " px into " + Math.round(room) + ")";
                }
            }
        }
        ScrollPane scroll = enclosingNonScrollingSideways(l);
        if (scroll != null) {
            Bounds text = shown.localToScene(shown.getLayoutBounds());
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            if (text.getMaxX() > viewport.getMaxX() + 0.5) {
                return "is clipped at the right edge of its panel (" + Math.round(text.getMaxX() - viewport.getMaxX()) + " px)";
            }
        }
        return null;
    }

    /** Width a labeled's text may take: its width less insets and a graphic beside the text. */
    private static double textRoom(Labeled l) {
        Insets in = l.getInsets();
        double room = l.getWidth() - in.getLeft() - in.getRight();
        Node graphic = l.getGraphic();
        ContentDisplay display = l.getContentDisplay();
        if (graphic != null && (display == ContentDisplay.LEFT || display == ContentDisplay.RIGHT)) {
            room -= graphic.getLayoutBounds().getWidth() + l.getGraphicTextGap();
        }
        return room;
    }

    /** The nearest scroll pane around {@code n} that never scrolls sideways, or null. */
    private static ScrollPane enclosingNonScrollingSideways(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER ? s : null;
            }
        }
        return null;
    }

    /** The text the labeled's skin draws (its LabeledText child), or null before it has a skin. */
    private static Text displayed(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }
}
