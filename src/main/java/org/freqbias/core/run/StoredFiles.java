package org.freqbias.core.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFolder;

/**
 * The files a session names (an image target, a CSV target), stored inside a study so that it
 * opens anywhere: written from what the session holds (the image's gray levels as a 16-bit gray PNG,
 * {@link org.freqbias.core.target.ImageTarget#writeGrayPng}; the CSV's samples at round-trip
 * precision), and read back as the {@link SessionFolder} the session is parsed with, under the path
 * written in the session.
 */
public final class StoredFiles implements SessionFolder {

    private final Map<String, byte[]> byPath;
    private final String where;

    /** @param byPath the bytes of each file by the path written in the session; {@code where} names them in messages */
    StoredFiles(Map<String, byte[]> byPath, String where) {
        this.byPath = Map.copyOf(byPath);
        this.where = where;
    }

    /** The files {@code session} names, by the path written in it (empty for most sessions). */
    public static Map<String, byte[]> of(Session session) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (session.isPlane() && session.plane().target() instanceof ImageFile image) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            image.image().writeGrayPng(png);
            files.put(image.path(), png.toByteArray());
        }
        if (session.target() instanceof CsvFile csv) {
            StringBuilder text = new StringBuilder("x,y\n");
            for (double[] point : csv.samples().points()) {
                text.append(point[0]).append(',').append(point[1]).append('\n');
            }
            files.put(csv.path(), text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Override
    public InputStream open(String path) throws IOException {
        byte[] bytes = byPath.get(path);
        if (bytes == null) {
            throw new NoSuchFileException(describe(path));
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public String describe(String path) {
        return where + ": " + path;
    }
}
