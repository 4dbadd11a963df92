package org.freqbias.app.export;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.transform.Transform;

/**
 * What one SVG document shares while its scene graph is walked: the {@code <defs>} (clip paths,
 * gradients) with their ids, and the translation of JavaFX paints and transforms into SVG values.
 */
final class SvgDocument {

    /** An SVG paint: a colour or {@code url(#id)}, with the opacity to write beside it. */
    record SvgPaint(String value, double opacity) {
    }

    private final StringBuilder defs = new StringBuilder();
    private int ids;

    /** A fresh id, unique in this document. */
    String newId(String prefix) {
        return prefix + (++ids);
    }

    /** Adds a definition (an element with an id) to {@code <defs>}. */
    void define(String markup) {
        defs.append(markup);
    }

    /** The {@code <defs>} element, or "" when nothing was defined. */
    String defs() {
        return defs.length() == 0 ? "" : "<defs>\n" + defs + "</defs>\n";
    }

    /**
     * {@code paint} as SVG, or null when it paints nothing (null or fully transparent). Colours
     * become #rrggbb plus an opacity; gradients are defined once per use and referenced. Other
     * paints (image patterns) are not translated: {@link #translatable} tells the caller to
     * rasterize the node instead.
     */
    SvgPaint paint(Paint paint) {
        if (paint instanceof Color c) {
            return c.getOpacity() <= 0 ? null : new SvgPaint(hex(c), c.getOpacity());
        }
        if (paint instanceof LinearGradient g) {
            SvgElement e = new SvgElement("linearGradient")
                    .attr("x1", g.getStartX()).attr("y1", g.getStartY()).attr("x2", g.getEndX()).attr("y2", g.getEndY());
            return gradient(e, g.isProportional(), g.getCycleMethod(), g.getStops());
        }
        if (paint instanceof RadialGradient g) {
            // JavaFX puts the focus at focusDistance * radius from the centre, at focusAngle degrees.
            double angle = Math.toRadians(g.getFocusAngle());
            double focus = g.getFocusDistance() * g.getRadius();
            SvgElement e = new SvgElement("radialGradient")
                    .attr("cx", g.getCenterX()).attr("cy", g.getCenterY()).attr("r", g.getRadius())
                    .attr("fx", g.getCenterX() + focus * Math.cos(angle)).attr("fy", g.getCenterY() + focus * Math.sin(angle));
            return gradient(e, g.isProportional(), g.getCycleMethod(), g.getStops());
        }
        return null;
    }

    /** Whether {@link #paint} can express {@code paint} (null, a colour or a gradient). */
    static boolean translatable(Paint paint) {
        return paint == null || paint instanceof Color || paint instanceof LinearGradient || paint instanceof RadialGradient;
    }

    private SvgPaint gradient(SvgElement e, boolean proportional, CycleMethod cycle, List<Stop> stops) {
        String id = newId("g");
        e.attr("id", id).attr("gradientUnits", proportional ? "objectBoundingBox" : "userSpaceOnUse");
        if (cycle == CycleMethod.REFLECT) {
            e.attr("spreadMethod", "reflect");
        } else if (cycle == CycleMethod.REPEAT) {
            e.attr("spreadMethod", "repeat");
        }
        StringBuilder stopMarkup = new StringBuilder("\n");
        for (Stop s : stops) {
            SvgElement stop = new SvgElement("stop").attr("offset", SvgElement.num(s.getOffset(), 4))
                    .attr("stop-color", hex(s.getColor()));
            if (s.getColor().getOpacity() < 1) {
                stop.attr("stop-opacity", SvgElement.num(s.getColor().getOpacity(), 3));
            }
            stop.appendTo(stopMarkup);
        }
        StringBuilder out = new StringBuilder();
        e.markup(stopMarkup.toString()).appendTo(out);
        define(out.toString());
        return new SvgPaint("url(#" + id + ")", 1);
    }

    /** "#rrggbb" of {@code c}, its opacity dropped. */
    static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue()));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /**
     * {@code t} as an SVG transform attribute, or null for the identity: "translate(x y)", a
     * translation followed by "rotate(deg)" when there is no scale or shear, else "matrix(a b c d
     * e f)" with a = mxx, b = myx, c = mxy, d = myy, e = tx, f = ty (the z row is dropped: 2D
     * charts only).
     */
    static String transform(Transform t) {
        double a = t.getMxx();
        double b = t.getMyx();
        double c = t.getMxy();
        double d = t.getMyy();
        double e = t.getTx();
        double f = t.getTy();
        String translate = near(e, 0) && near(f, 0) ? "" : "translate(" + SvgElement.num(e) + " " + SvgElement.num(f) + ")";
        if (near(a, 1) && near(d, 1) && near(b, 0) && near(c, 0)) {
            return translate.isEmpty() ? null : translate;
        }
        boolean rotation = near(a, d) && near(b, -c) && near(a * a + b * b, 1);
        if (rotation) {
            String rotate = "rotate(" + SvgElement.num(Math.toDegrees(Math.atan2(b, a)), 4) + ")";
            return translate.isEmpty() ? rotate : translate + " " + rotate;
        }
        return "matrix(" + SvgElement.num(a, 6) + " " + SvgElement.num(b, 6) + " " + SvgElement.num(c, 6) + " "
                + SvgElement.num(d, 6) + " " + SvgElement.num(e) + " " + SvgElement.num(f) + ")";
    }

    private static boolean near(double x, double y) {
        return Math.abs(x - y) < 1e-9;
    }
}
