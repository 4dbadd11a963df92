package org.freqbias.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.PlaneSpec;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;

/**
 * Keeps the file a session's target names (a CSV file or an image, by a path relative to the
 * session file's folder) reachable when the session is written into another folder: a path of a
 * file on disk is rewritten relative to the new folder; a built-in sample's file, which lives in
 * the jar, is copied beside the new session.
 */
final class TargetPaths {

    private TargetPaths() {
    }

    /**
     * @param from the folder {@code s} was read from; null for a built-in sample
     * @param out the session file about to be written
     */
    static Session movedTo(Session s, Path from, Path out) throws IOException {
        String name = s.isPlane() ? s.plane().target() instanceof ImageFile i ? i.path() : null
                : s.target() instanceof CsvFile c ? c.path() : null;
        if (name == null || Path.of(name).isAbsolute()) {
            return s;
        }
        Path outDir = out.toAbsolutePath().getParent();
        if (from == null) {
            copySample(name, outDir.resolve(name).normalize());
            return s;
        }
        Path source = from.resolve(name).normalize();
        return source.equals(outDir.resolve(name).normalize()) ? s : withPath(s, outDir.relativize(source).toString());
    }

    private static Session withPath(Session s, String path) {
        if (s.isPlane()) {
            ImageFile image = (ImageFile) s.plane().target();
            return s.withPlane(new PlaneSpec(new ImageFile(path, image.image()), s.plane().shape()));
        }
        return s.withTarget(new CsvFile(path, ((CsvFile) s.target()).samples()));
    }

    /** Writes the sample's file {@code name} to {@code dest}, unless the same bytes are there already. */
    private static void copySample(String name, Path dest) throws IOException {
        byte[] bytes;
        try (InputStream in = SessionFiles.sampleFolder().open(name)) {
            bytes = in.readAllBytes();
        }
        if (Files.exists(dest)) {
            if (!Files.isRegularFile(dest) || !Arrays.equals(bytes, Files.readAllBytes(dest))) {
                throw new BadInputException(dest + " exists and is not the sample's " + name
                        + ", which the written session names: write the session into another folder");
            }
            return;
        }
        Files.createDirectories(dest.getParent());
        org.freqbias.core.io.AtomicFiles.write(dest, o -> o.write(bytes));
    }
}
