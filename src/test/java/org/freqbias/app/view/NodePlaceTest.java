package org.freqbias.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A node taken out of the scene and put back returns to its place among siblings that come and go too. */
class NodePlaceTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void nodesComeBackInTheirOrderWhateverWasTakenOutMeanwhile() {
        Region a = new Region();
        Region b = new Region();
        Region c = new Region();
        StackPane parent = new StackPane(a, b, c);
        new Scene(parent);
        NodePlace placeA = new NodePlace(a);
        NodePlace placeB = new NodePlace(b);
        NodePlace placeC = new NodePlace(c);

        placeB.set(false);
        assertEquals(List.of(a, c), List.copyOf(parent.getChildren()));
        assertNull(b.getScene(), "out of the scene, not just hidden");
        assertFalse(placeB.present());
        placeA.set(false);
        placeC.set(false);
        placeC.set(false); // twice: no change
        assertEquals(List.of(), List.copyOf(parent.getChildren()));

        placeC.set(true);
        placeA.set(true);
        assertEquals(List.<Node>of(a, c), List.copyOf(parent.getChildren()));
        placeB.set(true);
        placeB.set(true); // twice: not added twice
        assertEquals(List.<Node>of(a, b, c), List.copyOf(parent.getChildren()));
        assertSame(parent.getScene(), b.getScene());
    }
}
