package eu.cyberplan.platform.api;

/** Printable pages (plans, after-action and situational awareness reports) escape every text they did not write themselves. */
public final class Html {

    private Html() {
    }

    /** The text with {@code & < > " '} escaped for an HTML element or a quoted attribute; null is empty. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
