package org.freqbias.core.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a bounded, evenly strided part of a stream of unknown length: when {@code capacity} items
 * are held, every other one is dropped (the first always stays) and from then on only every second
 * item is kept, and so on; the newest item is always kept as well. A stream of any length costs at
 * most {@code capacity} + 1 items. Owned by one thread.
 *
 * @param <T> the items, kept by reference
 */
public final class Decimator<T> {

    private final int capacity;
    private final List<T> kept = new ArrayList<>();
    private T latest;
    private int stride = 1;
    private long seen;
    private int thinnings;

    /** @param capacity at least 4 */
    public Decimator(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity must be >= 4, got " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Offers the next item; returns true when it joins the strided part (it is then kept until a
     * later decimation drops it), false when it is only held as the newest.
     */
    public boolean add(T item) {
        latest = item;
        if (seen++ % stride != 0) {
            return false;
        }
        kept.add(item);
        if (kept.size() >= capacity) {
            // Kept items are 0, stride, 2 stride, ...; keeping the even ones doubles the stride.
            List<T> even = new ArrayList<>(capacity / 2 + 1);
            for (int i = 0; i < kept.size(); i += 2) {
                even.add(kept.get(i));
            }
            kept.clear();
            kept.addAll(even);
            stride *= 2;
            thinnings++;
        }
        return true;
    }

    /** The kept items, oldest first, always ending with the newest (an unmodifiable copy); empty before any. */
    public List<T> items() {
        List<T> out = new ArrayList<>(kept);
        if (latest != null && (kept.isEmpty() || latest != kept.get(kept.size() - 1))) {
            out.add(latest);
        }
        return List.copyOf(out);
    }

    /** Number of {@link #items()}: the kept ones, and the newest when it is not kept. */
    public int size() {
        return latest == null ? 0 : kept.size() + (latest == kept.get(kept.size() - 1) ? 0 : 1);
    }

    /** Item {@code i} of {@link #items()}, 0 &lt;= i &lt; {@link #size()}, without copying the list. */
    public T get(int i) {
        return i == kept.size() ? latest : kept.get(i);
    }

    /**
     * How often items were dropped so far. While it stays the same, items 0 .. size() - 2 stay as
     * they are and only the last (the newest) may be replaced or followed by newer ones.
     */
    public int thinnings() {
        return thinnings;
    }

    /** Items offered so far. */
    public long seen() {
        return seen;
    }
}
