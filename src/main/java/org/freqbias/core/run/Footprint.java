package org.freqbias.core.run;

import org.freqbias.core.session.CsvFile;
import org.freqbias.core.session.ImageFile;
import org.freqbias.core.session.Session;
import org.freqbias.core.session.SessionFiles;

/**
 * Heap bytes of what a record holds, counted as HotSpot lays it out on a 64-bit JVM with compressed
 * references (heaps under 32 GB): an object header of 12 bytes, an array header of 16, everything
 * rounded up to 8 bytes. Checked against a heap measurement in RunLibraryMemoryTest.
 */
final class Footprint {

    static final long OBJECT_HEADER = 16;
    static final long ARRAY_HEADER = 16;
    static final long REFERENCE = 4;
    /** A session's small objects (records, strings, the distribution), whatever its arrays. */
    private static final long SESSION_BASE = 4096;
    /** Bytes held per character of a session's JSON: its numbers and strings as objects (an upper bound). */
    private static final long SESSION_PER_JSON_CHAR = 3;

    private Footprint() {
    }

    /** An array of {@code length} elements of {@code elementBytes} each. */
    static long array(long elementBytes, long length) {
        return align(ARRAY_HEADER + elementBytes * length);
    }

    static long floats(long length) {
        return array(4, length);
    }

    static long doubles(long length) {
        return array(8, length);
    }

    /**
     * A session: its small objects, three bytes per character of its JSON (custom density points
     * and sampled targets are in the JSON and held as doubles, at most 16 bytes where the JSON
     * spends about 20 characters), plus what the JSON only names: an image's gray levels (a double
     * per pixel) and a CSV target's samples (two doubles per row).
     */
    static long session(Session s) {
        long bytes = SESSION_BASE + SESSION_PER_JSON_CHAR * SessionFiles.toJsonString(s).length();
        if (s.isPlane() && s.plane().target() instanceof ImageFile image) {
            bytes += doubles(image.image().pixels());
        }
        if (s.target() instanceof CsvFile csv) {
            bytes += 2 * doubles(csv.samples().size());
        }
        return bytes;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
