package org.freqbias.core.pde2d;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values computed from a key, kept for the few most recently used keys: for what depends on the
 * mesh only (not on rho or sigma_a), so that re-solves on the same mesh do not rebuild it.
 * Thread-safe; the values must be treated as immutable.
 */
final class RecentValues<K, V> {

    private static final int KEPT = 4;

    private final Function<K, V> build;
    private final Map<K, V> values = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > KEPT;
        }
    };

    RecentValues(Function<K, V> build) {
        this.build = build;
    }

    synchronized V of(K key) {
        return values.computeIfAbsent(key, build);
    }
}
