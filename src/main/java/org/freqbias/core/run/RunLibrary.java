package org.freqbias.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.freqbias.core.session.SessionDiff;

/**
 * The runs kept for replay and comparison, newest first, within a memory budget over the records'
 * {@link RunRecord#bytes()} (default {@value #DEFAULT_BUDGET_MB} MB). Each entry has an id (unique
 * within this library, never reused), a name and a pin. {@link #add} names a run by what differs
 * from the run before it ({@link SessionDiff#describe}), then removes the oldest unpinned entries
 * until the total fits, and says which went. Pinned entries and the entry just added are never
 * removed for the budget: when they alone exceed it the library holds more ({@link #overBudget()}).
 *
 * <p>Owned by one thread (the app's FX thread, or the CLI's); not thread-safe.
 */
public final class RunLibrary {

    public static final long DEFAULT_BUDGET_MB = 256;
    /** The default budget in bytes. */
    public static final long DEFAULT_BUDGET_BYTES = DEFAULT_BUDGET_MB << 20;
    /** The smallest budget a library takes. */
    public static final long MIN_BUDGET_BYTES = 1L << 20;
    /** Longest run name, as a session name. */
    public static final int MAX_NAME_LENGTH = 200;

    /** One run of the library. Immutable: renaming or pinning replaces the entry (same id). */
    public record Entry(long id, String name, boolean pinned, RunRecord record) {
    }

    /** What {@link #add} did: the new entry, and the entries removed to stay within the budget, oldest first. */
    public record Added(Entry entry, List<Entry> removed) {
    }

    /** Newest first. */
    private final List<Entry> entries = new ArrayList<>();
    private long budgetBytes;
    private long totalBytes;
    private long nextId = 1;

    /** An empty library with the default budget. */
    public RunLibrary() {
        this(DEFAULT_BUDGET_BYTES);
    }

    /** An empty library with a budget of {@code budgetBytes} (at least {@link #MIN_BUDGET_BYTES}). */
    public RunLibrary(long budgetBytes) {
        this.budgetBytes = checkBudget(budgetBytes);
    }

    /** The entries, newest first (an unmodifiable copy). */
    public List<Entry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public int size() {
        return entries.size();
    }

    public Optional<Entry> get(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    /**
     * Adds a run as the newest, named by what differs from the newest run before it (the session's
     * name for the first), unpinned; then applies the budget.
     */
    public Added add(RunRecord record) {
        String name = SessionDiff.describe(entries.isEmpty() ? null : entries.get(0).record().session(), record.session());
        return add(record, clip(name), false);
    }

    /**
     * Adds a run as the newest under {@code name} (a study's runs keep theirs); then applies the budget.
     *
     * @throws IllegalArgumentException for a name that is blank, longer than {@value #MAX_NAME_LENGTH}
     *     characters or holds control characters
     */
    public Added add(RunRecord record, String name, boolean pinned) {
        Entry entry = new Entry(nextId++, checkName(name), pinned, record);
        entries.add(0, entry);
        totalBytes += record.bytes();
        return new Added(entry, evict(entry.id()));
    }

    /**
     * Adds the runs of a study, oldest first so that the library's order is the study's, keeping their
     * names and pins; then applies the budget once.
     *
     * @return the entries removed to stay within the budget (some may be runs of the study)
     */
    public List<Entry> addAll(Study study) {
        List<Study.Run> runs = new ArrayList<>(study.runs());
        Collections.reverse(runs);
        long keep = -1;
        for (Study.Run run : runs) {
            Entry entry = new Entry(nextId++, checkName(run.name()), run.pinned(), run.record());
            entries.add(0, entry);
            totalBytes += run.record().bytes();
            keep = entry.id();
        }
        return evict(keep);
    }

    /** The library as a study: every entry's name, pin and record, newest first. */
    public Study toStudy() {
        return new Study(entries.stream().map(e -> new Study.Run(e.name(), e.pinned(), e.record())).toList());
    }

    /** Renames entry {@code id}; returns the new entry. @throws IllegalArgumentException for a bad name or id */
    public Entry rename(long id, String name) {
        Entry e = require(id);
        return replace(e, new Entry(id, checkName(name), e.pinned(), e.record()));
    }

    /** Pins or unpins entry {@code id} (a pinned entry is never removed for the budget); returns the new entry. */
    public Entry pin(long id, boolean pinned) {
        Entry e = require(id);
        return replace(e, new Entry(id, e.name(), pinned, e.record()));
    }

    /** Removes entry {@code id}; false when there is none. */
    public boolean delete(long id) {
        Optional<Entry> e = get(id);
        e.ifPresent(entry -> {
            entries.remove(entry);
            totalBytes -= entry.record().bytes();
        });
        return e.isPresent();
    }

    /** Bytes of all records held. */
    public long totalBytes() {
        return totalBytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    /** True when the pinned entries and the newest alone exceed the budget. */
    public boolean overBudget() {
        return totalBytes > budgetBytes;
    }

    /**
     * Sets the budget (at least {@link #MIN_BUDGET_BYTES}) and removes the oldest unpinned entries
     * (but the newest) until the total fits.
     *
     * @return the entries removed, oldest first
     */
    public List<Entry> setBudget(long bytes) {
        budgetBytes = checkBudget(bytes);
        return evict(entries.isEmpty() ? -1 : entries.get(0).id());
    }

    /** Removes the oldest unpinned entries other than {@code keep} until the total fits; returns them oldest first. */
    private List<Entry> evict(long keep) {
        List<Entry> removed = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && totalBytes > budgetBytes; i--) {
            Entry e = entries.get(i);
            if (!e.pinned() && e.id() != keep) {
                entries.remove(i);
                totalBytes -= e.record().bytes();
                removed.add(e);
            }
        }
        return List.copyOf(removed);
    }

    private Entry require(long id) {
        return get(id).orElseThrow(() -> new IllegalArgumentException("no run with id " + id + " in the library"));
    }

    private Entry replace(Entry old, Entry updated) {
        entries.set(entries.indexOf(old), updated);
        return updated;
    }

    private static long checkBudget(long bytes) {
        if (bytes < MIN_BUDGET_BYTES) {
            throw new IllegalArgumentException("the run library's memory budget must be at least "
                    + (MIN_BUDGET_BYTES >> 20) + " MB, got " + bytes + " bytes");
        }
        return bytes;
    }

    /**
     * A run name: not blank, at most {@value #MAX_NAME_LENGTH} characters, no control characters.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a run name must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a run name has at most " + MAX_NAME_LENGTH + " characters, got " + name.length());
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a run name must not contain control characters (line breaks, tabs)");
        }
        return name;
    }

    /** A generated name cut to {@link #MAX_NAME_LENGTH} characters. */
    private static String clip(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH - 1) + "…";
    }
}
