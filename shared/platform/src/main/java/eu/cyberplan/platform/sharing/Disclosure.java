package eu.cyberplan.platform.sharing;

/**
 * How much of an incident (or of the case, sitrep, checklist or inbox item about it) a reader gets.
 * {@link #EXISTENCE}: that it exists, its ids, marking, severity, level and counts, never its protected content
 * (title, summary, indicators, sitrep text, notes, reasons).
 */
public enum Disclosure {
    NONE,
    EXISTENCE,
    CONTENT;

    /** The content when this disclosure shows it, else null: the one way a view redacts a field. */
    public <T> T redact(T content) {
        return this == CONTENT ? content : null;
    }
}
