package org.freqbias.app.export;

import java.util.List;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Text;

/**
 * JavaFX shapes as SVG elements: the geometry in the shape's own coordinates, then its fill and
 * stroke (colour, width, dash array and offset, caps, joins, miter limit). JavaFX's defaults
 * differ from SVG's (square caps, miter limit 10), so those are always written when they matter.
 * SVG strokes are centred on the outline; JavaFX's inside and outside stroke types are drawn
 * centred too (no chart uses them).
 */
final class SvgShapes {

    private SvgShapes() {
    }

    /** Whether {@link #geometry} and the paints of {@code s} can be written as SVG (else it is rasterized). */
    static boolean supports(Shape s) {
        return !(s instanceof Text) && geometry(s) != null
                && SvgDocument.translatable(s.getFill()) && SvgDocument.translatable(s.getStroke());
    }

    /** {@code s} painted as JavaFX paints it, or null when it paints nothing. */
    static SvgElement element(Shape s, SvgDocument doc) {
        SvgDocument.SvgPaint fill = doc.paint(s.getFill());
        SvgDocument.SvgPaint stroke = s.getStrokeWidth() > 0 ? doc.paint(s.getStroke()) : null;
        SvgElement e = geometry(s);
        if (e == null || (fill == null && stroke == null) || isEmpty(s)) {
            return null;
        }
        e.classes(s.getStyleClass());
        e.attr("fill", fill == null ? "none" : fill.value());
        if (fill != null && fill.opacity() < 1) {
            e.attr("fill-opacity", SvgElement.num(fill.opacity(), 3));
        }
        if (stroke != null) {
            strokeAttributes(s, stroke, e);
        }
        if (!s.isSmooth()) {
            e.attr("shape-rendering", "crispEdges");
        }
        return e;
    }

    /** A path without elements, a polyline without a segment: nothing to draw (a series with no data). */
    private static boolean isEmpty(Shape s) {
        if (s instanceof Path p) {
            return p.getElements().isEmpty();
        }
        if (s instanceof Polyline p) {
            return p.getPoints().size() < 4;
        }
        if (s instanceof Polygon p) {
            return p.getPoints().size() < 4;
        }
        return s instanceof SVGPath p && p.getContent().isBlank();
    }

    private static void strokeAttributes(Shape s, SvgDocument.SvgPaint stroke, SvgElement e) {
        e.attr("stroke", stroke.value());
        if (stroke.opacity() < 1) {
            e.attr("stroke-opacity", SvgElement.num(stroke.opacity(), 3));
        }
        if (s.getStrokeWidth() != 1) {
            e.attr("stroke-width", s.getStrokeWidth());
        }
        List<Double> dashes = s.getStrokeDashArray();
        if (dashes.stream().mapToDouble(Double::doubleValue).sum() > 0) {
            e.attr("stroke-dasharray", String.join(" ", dashes.stream().map(SvgElement::num).toList()));
            if (s.getStrokeDashOffset() != 0) {
                e.attr("stroke-dashoffset", s.getStrokeDashOffset());
            }
        }
        if (s.getStrokeLineCap() != StrokeLineCap.BUTT) {
            e.attr("stroke-linecap", s.getStrokeLineCap() == StrokeLineCap.ROUND ? "round" : "square");
        }
        if (s.getStrokeLineJoin() == StrokeLineJoin.MITER) {
            if (s.getStrokeMiterLimit() != 4) {
                e.attr("stroke-miterlimit", s.getStrokeMiterLimit());
            }
        } else {
            e.attr("stroke-linejoin", s.getStrokeLineJoin() == StrokeLineJoin.ROUND ? "round" : "bevel");
        }
    }

    /** The outline of {@code s} as an unpainted SVG element, or null for shapes SVG cannot express here (text). */
    static SvgElement geometry(Shape s) {
        if (s instanceof Path p) {
            return fillRule(new SvgElement("path").attr("d", pathData(p.getElements())), p.getFillRule());
        }
        if (s instanceof Line l) {
            return new SvgElement("line").attr("x1", l.getStartX()).attr("y1", l.getStartY())
                    .attr("x2", l.getEndX()).attr("y2", l.getEndY());
        }
        if (s instanceof Rectangle r) {
            SvgElement e = new SvgElement("rect").attr("x", r.getX()).attr("y", r.getY())
                    .attr("width", r.getWidth()).attr("height", r.getHeight());
            if (r.getArcWidth() > 0 && r.getArcHeight() > 0) { // JavaFX arcs are diameters
                e.attr("rx", r.getArcWidth() / 2).attr("ry", r.getArcHeight() / 2);
            }
            return e;
        }
        if (s instanceof Circle c) {
            return new SvgElement("circle").attr("cx", c.getCenterX()).attr("cy", c.getCenterY()).attr("r", c.getRadius());
        }
        if (s instanceof Ellipse c) {
            return new SvgElement("ellipse").attr("cx", c.getCenterX()).attr("cy", c.getCenterY())
                    .attr("rx", c.getRadiusX()).attr("ry", c.getRadiusY());
        }
        if (s instanceof Polyline p) {
            return new SvgElement("polyline").attr("points", points(p.getPoints()));
        }
        if (s instanceof Polygon p) {
            return new SvgElement("polygon").attr("points", points(p.getPoints()));
        }
        if (s instanceof SVGPath p) {
            return fillRule(new SvgElement("path").attr("d", p.getContent()), p.getFillRule());
        }
        if (s instanceof QuadCurve q) {
            return new SvgElement("path").attr("d", "M" + pair(q.getStartX(), q.getStartY()) + "Q"
                    + pair(q.getControlX(), q.getControlY()) + " " + pair(q.getEndX(), q.getEndY()));
        }
        if (s instanceof CubicCurve c) {
            return new SvgElement("path").attr("d", "M" + pair(c.getStartX(), c.getStartY()) + "C"
                    + pair(c.getControlX1(), c.getControlY1()) + " " + pair(c.getControlX2(), c.getControlY2()) + " "
                    + pair(c.getEndX(), c.getEndY()));
        }
        if (s instanceof Arc a) {
            return new SvgElement("path").attr("d", arcData(a));
        }
        return null;
    }

    private static SvgElement fillRule(SvgElement e, FillRule rule) {
        return rule == FillRule.EVEN_ODD ? e.attr("fill-rule", "evenodd") : e;
    }

    /**
     * SVG path data of JavaFX path elements: one letter per run of equal commands (upper case
     * absolute, lower case relative), the coordinates after it; a move is always lettered, since
     * SVG reads the pairs after a move as lines.
     */
    static String pathData(List<PathElement> elements) {
        StringBuilder d = new StringBuilder(elements.size() * 12);
        char last = 0;
        for (PathElement el : elements) {
            char letter;
            String args;
            if (el instanceof MoveTo m) {
                letter = 'M';
                args = pair(m.getX(), m.getY());
            } else if (el instanceof LineTo l) {
                letter = 'L';
                args = pair(l.getX(), l.getY());
            } else if (el instanceof HLineTo h) {
                letter = 'H';
                args = SvgElement.num(h.getX());
            } else if (el instanceof VLineTo v) {
                letter = 'V';
                args = SvgElement.num(v.getY());
            } else if (el instanceof QuadCurveTo q) {
                letter = 'Q';
                args = pair(q.getControlX(), q.getControlY()) + " " + pair(q.getX(), q.getY());
            } else if (el instanceof CubicCurveTo c) {
                letter = 'C';
                args = pair(c.getControlX1(), c.getControlY1()) + " " + pair(c.getControlX2(), c.getControlY2())
                        + " " + pair(c.getX(), c.getY());
            } else if (el instanceof ArcTo a) {
                letter = 'A';
                args = pair(a.getRadiusX(), a.getRadiusY()) + " " + SvgElement.num(a.getXAxisRotation(), 4) + " "
                        + (a.isLargeArcFlag() ? 1 : 0) + " " + (a.isSweepFlag() ? 1 : 0) + " " + pair(a.getX(), a.getY());
            } else {
                letter = 'Z'; // ClosePath, the only other PathElement
                args = "";
            }
            if (!el.isAbsolute() && !(el instanceof ClosePath)) {
                letter = Character.toLowerCase(letter);
            }
            if (letter != last || Character.toUpperCase(letter) == 'M') {
                d.append(letter);
            } else {
                d.append(' ');
            }
            d.append(args);
            last = letter;
        }
        return d.toString();
    }

    /**
     * An {@link Arc} as path data. JavaFX measures angles counter-clockwise on screen (y down), so a
     * point at angle a is (cx + rx cos a, cy - ry sin a), and a positive length sweeps with SVG's
     * sweep flag 0. A full turn is drawn as two halves (an SVG arc cannot end where it starts).
     */
    private static String arcData(Arc a) {
        double length = Math.max(-360, Math.min(360, a.getLength()));
        double start = Math.toRadians(a.getStartAngle());
        int halves = Math.abs(length) >= 360 ? 2 : 1;
        double step = Math.toRadians(length) / halves;
        String radii = pair(a.getRadiusX(), a.getRadiusY()) + " 0 " + (Math.abs(length) / halves > 180 ? 1 : 0)
                + " " + (length > 0 ? 0 : 1) + " ";
        StringBuilder d = new StringBuilder();
        if (a.getType() == ArcType.ROUND) {
            d.append('M').append(pair(a.getCenterX(), a.getCenterY())).append('L');
        } else {
            d.append('M');
        }
        d.append(arcPoint(a, start));
        for (int i = 1; i <= halves; i++) {
            d.append('A').append(radii).append(arcPoint(a, start + i * step));
        }
        if (a.getType() != ArcType.OPEN) {
            d.append('Z');
        }
        return d.toString();
    }

    private static String arcPoint(Arc a, double angle) {
        return pair(a.getCenterX() + a.getRadiusX() * Math.cos(angle), a.getCenterY() - a.getRadiusY() * Math.sin(angle));
    }

    private static String points(List<Double> xy) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < xy.size(); i += 2) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(pair(xy.get(i), xy.get(i + 1)));
        }
        return b.toString();
    }

    private static String pair(double x, double y) {
        return SvgElement.num(x) + " " + SvgElement.num(y);
    }
}
