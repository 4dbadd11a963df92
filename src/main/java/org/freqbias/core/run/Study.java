package org.freqbias.core.run;

import java.util.List;
import java.util.Objects;

/**
 * The runs of a study: what {@link StudyFiles} saves and opens, and what a {@link RunLibrary} is
 * made into ({@link RunLibrary#toStudy}) and restored from ({@link RunLibrary#addAll}). Newest first.
 */
public record Study(List<Run> runs) {

    /** One run of a study: its name and pin in the run list, and its record. */
    public record Run(String name, boolean pinned, RunRecord record) {
        public Run {
            RunLibrary.checkName(name);
            Objects.requireNonNull(record, "record");
        }
    }

    public Study {
        runs = List.copyOf(runs);
    }
}
