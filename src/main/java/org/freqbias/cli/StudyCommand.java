package org.freqbias.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.freqbias.core.run.Study;
import org.freqbias.core.run.StudyFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code study FILE --out DIR}: opens a saved study (from the app's Save study or from
 * {@code compare}) and writes its comparison.csv without training. A damaged or partial study is
 * refused with exit status 2 and a message naming what is wrong.
 */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Write a saved study's comparison.csv, without training.",
            "",
            "Opens a study (saved by the app or by compare) and writes the",
            "comparison.csv of its runs into DIR.",
            "Exit status: 0 success, 2 bad input (a damaged or partial study: the",
            "message says what is wrong), 1 internal error."})
final class StudyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a study file (a zip saved by the app or by compare)")
    Path file;

    @Mixin
    ResultsFolder out;

    @Override
    public Integer call() throws Exception {
        Study study = StudyFiles.open(file);
        Path dir = out.prepare();
        List<ComparisonTable.Row> rows = new ArrayList<>();
        for (Study.Run run : study.runs()) {
            rows.add(0, new ComparisonTable.Row(run.name(), run.record()));     // oldest first, as compare writes them
        }
        ComparisonTable.write(dir, rows);
        System.err.println("wrote " + ComparisonTable.FILE + " (" + rows.size() + " run(s)) in " + dir);
        return FreqBiasCommand.OK;
    }
}
