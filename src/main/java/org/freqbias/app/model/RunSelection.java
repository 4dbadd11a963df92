package org.freqbias.app.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.freqbias.app.chart.ChartData;
import org.freqbias.app.chart.RecordedChartData;
import org.freqbias.app.chart.RunStyle;
import org.freqbias.app.chart.RunView;

/**
 * What the boards draw, from the run list: with two or more runs ticked, overlaid on the main board
 * each in the colour of its slot, or (side by side) the first two each alone on its board; else the
 * viewed run alone (the live run by default). Keeps the chart data of the recorded runs drawn (made
 * once from their records), and only of those. FX thread only.
 */
final class RunSelection {

    /** The runs of the main board and of the second board (empty unless side by side), at their newest snapshots. */
    record Boards(List<RunView> main, List<RunView> beside) {
    }

    private final Map<Long, ChartData> recorded = new HashMap<>();

    /** The boards for {@code list}, the live run's data being {@code live} (null before its first snapshot). */
    Boards boards(RunList list, ChartData live) {
        Map<Long, Integer> ticked = list.ticked();
        Map<Long, ChartData> used = new HashMap<>();
        List<RunView> main = new ArrayList<>();
        List<RunView> beside = new ArrayList<>();
        if (ticked.size() >= 2) {
            boolean overlay = list.mode() == CompareMode.OVERLAY;
            for (Map.Entry<Long, Integer> e : ticked.entrySet()) {
                ChartData data = data(e.getKey(), list, live, used);
                if (data == null) {
                    continue;
                }
                if (overlay) {
                    if (!main.isEmpty() && main.get(0).data().domain().dimension() != data.domain().dimension()) {
                        continue; // the live run changed dimension under a ticked record: one chart holds one dimension
                    }
                    main.add(new RunView(data, list.name(e.getKey()), RunStyle.slot(e.getValue())));
                } else if (main.isEmpty() || beside.isEmpty()) {
                    (main.isEmpty() ? main : beside).add(new RunView(data, list.name(e.getKey()), RunStyle.SINGLE));
                }
            }
        }
        if (main.size() < 2 && beside.isEmpty()) {
            // Fewer than two runs to compare (one ticked run may have no data yet): the viewed run alone.
            main.clear();
            ChartData data = data(list.viewed(), list, live, used);
            if (data != null) {
                main.add(new RunView(data, list.name(list.viewed()), RunStyle.SINGLE));
            }
        }
        recorded.keySet().retainAll(used.keySet());
        return new Boards(main, beside);
    }

    /** The chart data of run {@code id}: the live run's, or its record's (made once); null when there is none. */
    private ChartData data(long id, RunList list, ChartData live, Map<Long, ChartData> used) {
        if (id == RunRow.LIVE) {
            return live;
        }
        ChartData data = recorded.get(id);
        if (data == null) {
            data = list.record(id).map(RecordedChartData::of).orElse(null);
        }
        if (data != null) {
            recorded.put(id, data);
            used.put(id, data);
        }
        return data;
    }
}
