package org.freqbias.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Little-endian numbers from a stream that must hold exactly {@code length} bytes: reading past
 * them, a stream that ends early or one that holds more are refused, naming the entry. Arrays are
 * allocated only in the sizes the caller asks for (computed from validated counts), never from the
 * data.
 */
final class BinaryIn {

    private final InputStream in;
    private final String entry;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private long left;

    BinaryIn(InputStream in, long length, String entry) {
        this.in = in;
        this.left = length;
        this.entry = entry;
        buffer.limit(0);
    }

    int i32() throws IOException {
        need(4);
        return buffer.getInt();
    }

    double f64() throws IOException {
        need(8);
        return buffer.getDouble();
    }

    float[] f32s(int n) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            need(4);
            out[i] = buffer.getFloat();
        }
        return out;
    }

    double[] f64s(int n) throws IOException {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = f64();
        }
        return out;
    }

    boolean[] flags(int n) throws IOException {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            need(1);
            byte b = buffer.get();
            if (b != 0 && b != 1) {
                throw new StudyException(entry + " holds a flag that is neither 0 nor 1");
            }
            out[i] = b == 1;
        }
        return out;
    }

    /** Checks that the stream ends exactly here. */
    void expectEnd() throws IOException {
        if (buffer.hasRemaining() || left > 0 || in.read() >= 0) {
            throw new StudyException(entry + " is longer than its layout says");
        }
    }

    private void need(int bytes) throws IOException {
        if (buffer.remaining() >= bytes) {
            return;
        }
        buffer.compact();
        while (buffer.position() < bytes) {
            if (left <= 0) {
                throw new StudyException(entry + " is shorter than its layout says");
            }
            int want = (int) Math.min(buffer.remaining(), left);
            int read = in.read(buffer.array(), buffer.position(), want);
            if (read < 0) {
                throw new StudyException(entry + " ends early (a truncated study?)");
            }
            buffer.position(buffer.position() + read);
            left -= read;
        }
        buffer.flip();
    }
}
