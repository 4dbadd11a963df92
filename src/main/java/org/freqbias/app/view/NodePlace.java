package org.freqbias.app.view;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A node's place among its parent's children, where it can be taken out of the scene and put back.
 *
 * <p>For the boards not shown (the other dimension's, the second of a side-by-side comparison):
 * hidden with {@code visible = false} they stayed in the scene graph, and every pulse's bounds and
 * CSS passes walk the whole graph, shown or not; four boards of about 900 nodes each cost a
 * quarter of the FX thread's time while training (bench/frames.sh with a flight recording).
 */
final class NodePlace {

    private final Node node;
    private final Pane parent;
    /** The parent's children when this place was taken, all present: the order to put {@code node} back in. */
    private final List<Node> order;

    /** The place {@code node} has now in its parent, whose children must all be present. */
    NodePlace(Node node) {
        this.node = node;
        this.parent = (Pane) node.getParent();
        this.order = List.copyOf(parent.getChildren());
    }

    /** Puts the node back at its place ({@code present}) or takes it out of the scene. */
    void set(boolean present) {
        List<Node> children = parent.getChildren();
        if (present == children.contains(node)) {
            return;
        }
        if (!present) {
            children.remove(node);
            return;
        }
        int at = 0;
        for (Node sibling : order) {
            if (sibling == node) {
                break;
            }
            if (children.contains(sibling)) {
                at++;
            }
        }
        children.add(at, node);
    }

    boolean present() {
        return parent.getChildren().contains(node);
    }
}
