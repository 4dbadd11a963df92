package org.freqbias.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freqbias.core.kernel.KernelFlowKind;
import org.freqbias.core.session.Session;
import org.freqbias.core.spectrum.FrequencyGrid;

/**
 * run.json of a study: a run's name and pin, how far it went, its peaks, the agreement's figures,
 * the counts of its tables ({@link RecordTables.Layout}) and the entries holding the files its
 * session names. {@link #check} holds the counts against the session they belong to, so that
 * nothing is allocated from a count the session does not imply.
 */
record RunMeta(String name, boolean pinned, int stepsDone, String divergence, RecordTables.Layout layout,
        int[] peaks, double[] pureDampingTimes, double compareMaxFrequency, double maxAgreement, double lastAgreement,
        Map<String, String> files) {

    /** Most peaks a target has (a square wave's harmonics, derived peaks, plane waves). */
    static final int MAX_PEAKS = 1024;
    /** Most files one session names. */
    static final int MAX_FILES = 4;

    static RunMeta of(String name, boolean pinned, RunRecord r, Map<String, String> files) {
        return new RunMeta(name, pinned, r.stepsDone(), r.divergence(), RecordTables.Layout.of(r), r.peakIndices(),
                r.pureDampingTimes(), r.agreement().compareMaxFrequency(), r.agreement().max(), r.agreement().last(), files);
    }

    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("name", name);
        root.put("pinned", pinned);
        root.put("stepsDone", stepsDone);
        if (divergence == null) {
            root.putNull("divergence");
        } else {
            root.put("divergence", divergence);
        }
        ObjectNode l = root.putObject("layout");
        l.put("points", layout.points());
        l.put("frequencies", layout.frequencies());
        l.put("kept", layout.kept());
        l.put("pde", layout.pde());
        ArrayNode flows = l.putArray("kernelFlows");
        layout.flows().forEach(k -> flows.add(k.shortName()));
        l.put("agreements", layout.agreements());
        ArrayNode p = root.putArray("peaks");
        Arrays.stream(peaks).forEach(p::add);
        ArrayNode damping = root.putArray("pureDampingTimes");
        Arrays.stream(pureDampingTimes).forEach(t -> {
            if (Double.isFinite(t)) {
                damping.add(t);
            } else {
                damping.addNull();
            }
        });
        ObjectNode a = root.putObject("agreement");
        a.put("compareMaxFrequency", compareMaxFrequency);
        number(a, "max", maxAgreement);
        number(a, "last", lastAgreement);
        ObjectNode fileNode = root.putObject("files");
        files.forEach(fileNode::put);
        return root;
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isNaN(v)) {
            node.putNull(key);
        } else {
            node.put(key, v);
        }
    }

    /** Reads run.json; counts are only bounded here, checked against the session by {@link #check}. */
    static RunMeta parse(byte[] bytes, String entry) throws StudyException {
        StudyJson j = StudyJson.parse(bytes, entry);
        String name = j.text("name");
        try {
            RunLibrary.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new StudyException(j.at("name") + ": " + e.getMessage());
        }
        StudyJson l = j.object("layout");
        List<KernelFlowKind> flows = new ArrayList<>();
        for (JsonNode flow : l.array("kernelFlows", KernelFlowKind.values().length)) {
            KernelFlowKind kind = kernelFlow(flow.asText());
            if (kind == null) {
                throw new StudyException(l.at("kernelFlows") + " names " + flow + ", which is no kernel flow (ntk, lin)");
            }
            if (flows.contains(kind)) {
                throw new StudyException(l.at("kernelFlows") + " names " + flow + " twice");
            }
            flows.add(kind);
        }
        RecordTables.Layout layout = new RecordTables.Layout((int) l.integer("points", 1, Integer.MAX_VALUE),
                (int) l.integer("frequencies", 1, Integer.MAX_VALUE), (int) l.integer("kept", 1, RunRecordBuilder.MAX_KEPT + 1),
                l.bool("pde"), flows, (int) l.integer("agreements", 0, RunRecordBuilder.MAX_AGREEMENTS + 1));
        JsonNode peakNode = j.array("peaks", MAX_PEAKS);
        int[] peaks = new int[peakNode.size()];
        for (int i = 0; i < peaks.length; i++) {
            JsonNode v = peakNode.get(i);
            if (!v.isInt() || v.asInt() < 0) {
                throw new StudyException(j.at("peaks") + "[" + i + "] must be a grid index >= 0, got " + v);
            }
            peaks[i] = v.asInt();
        }
        JsonNode dampingNode = j.array("pureDampingTimes", MAX_PEAKS);
        if (dampingNode.size() != peaks.length) {
            throw new StudyException(j.at("pureDampingTimes") + " needs one time per peak (" + peaks.length + "), got " + dampingNode.size());
        }
        double[] damping = new double[peaks.length];
        for (int i = 0; i < damping.length; i++) {
            damping[i] = StudyJson.number(dampingNode.get(i), j.at("pureDampingTimes") + "[" + i + "]", Double.POSITIVE_INFINITY);
            if (!(damping[i] > 0)) {
                throw new StudyException(j.at("pureDampingTimes") + "[" + i + "] must be > 0, got " + damping[i]);
            }
        }
        StudyJson a = j.object("agreement");
        double compare = a.number("compareMaxFrequency", Double.NaN);
        if (!(compare > 0) || Double.isInfinite(compare)) {
            throw new StudyException(a.at("compareMaxFrequency") + " must be a number > 0, got " + compare);
        }
        Map<String, String> files = new LinkedHashMap<>();
        StudyJson f = j.object("files");
        if (f.node().size() > MAX_FILES) {
            throw new StudyException(j.at("files") + " names " + f.node().size() + " files, at most " + MAX_FILES);
        }
        for (Iterator<String> it = f.node().fieldNames(); it.hasNext(); ) {
            String path = it.next();
            files.put(path, f.text(path));
        }
        return new RunMeta(name, j.bool("pinned"), (int) j.integer("stepsDone", 0, Integer.MAX_VALUE),
                j.textOrNull("divergence"), layout, peaks, damping, compare, finiteOrNaN(a, "max"), finiteOrNaN(a, "last"), files);
    }

    private static double finiteOrNaN(StudyJson j, String key) throws StudyException {
        double v = j.number(key, Double.NaN);
        if (Double.isInfinite(v) || v < 0) {
            throw new StudyException(j.at(key) + " must be a distance >= 0 or null, got " + v);
        }
        return v;
    }

    /**
     * Checks the counts against {@code session}: the grid's points and frequencies, the peaks inside
     * the grid, the steps within the session's.
     */
    void check(Session session, String entry) throws StudyException {
        FrequencyGrid grid = FrequencyGrid.of(session.domain());
        long points = 1;
        for (int a = 0; a < session.domain().dimension(); a++) {
            points *= session.domain().samples();
        }
        if (layout.points() != points || layout.frequencies() != grid.size()) {
            throw new StudyException(entry + ": layout has " + layout.points() + " points and " + layout.frequencies()
                    + " frequencies, the session's grid " + points + " and " + grid.size());
        }
        for (int p : peaks) {
            if (p >= grid.size()) {
                throw new StudyException(entry + ": peak index " + p + " lies outside the grid's " + grid.size() + " frequencies");
            }
        }
        if (stepsDone > session.training().steps()) {
            throw new StudyException(entry + ": stepsDone " + stepsDone + " exceeds the session's " + session.training().steps() + " steps");
        }
    }

    private static KernelFlowKind kernelFlow(String shortName) {
        for (KernelFlowKind k : KernelFlowKind.values()) {
            if (k.shortName().equals(shortName)) {
                return k;
            }
        }
        return null;
    }
}
