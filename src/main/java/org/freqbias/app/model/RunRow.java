package org.freqbias.app.model;

/**
 * One row of the run list, as the view shows it: the live run (always the first row) or a recorded
 * one. Immutable; the list is rebuilt when something changes.
 *
 * @param id {@link #LIVE} for the live run, else the library's id of the record
 * @param name what differs from the run before it (renamed: the user's name)
 * @param ticked ticked for comparison
 * @param colour the colour the run is drawn in while compared, or null
 * @param state what became of the run: "training", "finished", "stopped at step 120", ...
 * @param megabytes the record's memory, 0 for the live run
 */
public record RunRow(long id, String name, boolean live, boolean pinned, boolean ticked, String colour, String state,
        double megabytes, int dimension) {

    /** The id of the live run's row. */
    public static final long LIVE = 0;
}
