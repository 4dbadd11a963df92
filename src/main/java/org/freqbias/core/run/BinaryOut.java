package org.freqbias.core.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Little-endian numbers into a stream through a 64 KB buffer; {@link #flush} before the stream is finished. */
final class BinaryOut {

    private final OutputStream out;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    BinaryOut(OutputStream out) {
        this.out = out;
    }

    void i32(int v) throws IOException {
        room(4);
        buffer.putInt(v);
    }

    void f64(double v) throws IOException {
        room(8);
        buffer.putDouble(v);
    }

    void f32s(float[] values) throws IOException {
        for (float v : values) {
            room(4);
            buffer.putFloat(v);
        }
    }

    void f64s(double[] values) throws IOException {
        for (double v : values) {
            f64(v);
        }
    }

    /** One byte per flag: 1 true, 0 false. */
    void flags(boolean[] values) throws IOException {
        for (boolean v : values) {
            room(1);
            buffer.put((byte) (v ? 1 : 0));
        }
    }

    void flush() throws IOException {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }
}
