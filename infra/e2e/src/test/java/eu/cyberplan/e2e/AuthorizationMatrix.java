package eu.cyberplan.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answers, written down once: who may call each operation ({@code operations.tsv}) and who may read
 * what of an incident by its TLP marking ({@code tlp-reads.tsv}). Lines starting with {@code #} are comments.
 */
final class AuthorizationMatrix {

    /** The demo people who act as each role, and the country they belong to. */
    enum Role {
        DUTY_OFFICER("duty.ee", "EE"), NCP("ncp.ee", "EE"), PLAN_OWNER("owner.ee", "EE"),
        COORDINATOR("coordinator", "EU"), EXERCISE_PLANNER("planner", "EU"), AUDITOR("auditor", "EU");

        final String username;
        final String country;

        Role(String username, String country) {
            this.username = username;
            this.country = country;
        }
    }

    /** What a caller gets from an operation: any answer but 401/403 (and never 5xx), 403, or 403 outside its country. */
    enum Access {
        OK, DENIED, OWN_COUNTRY, UNAUTHENTICATED;

        static Access parse(String cell) {
            return switch (cell) {
                case "ok" -> OK;
                case "403" -> DENIED;
                case "own" -> OWN_COUNTRY;
                case "401" -> UNAUTHENTICATED;
                default -> throw new IllegalArgumentException("unknown access '" + cell + "' (ok, 403, own, 401)");
            };
        }
    }

    record OperationRow(String key, Access anonymous, Map<Role, Access> byRole) {
    }

    /** What a reader gets of an incident: all of it, that it exists without its content, a refusal, or no export. */
    enum Outcome {
        READ, META, DENY, NO_EXPORT;

        static Outcome parse(String cell) {
            return valueOf(cell.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    record ReadRow(String resource, String marking, Map<String, Outcome> byReader) {
    }

    private AuthorizationMatrix() {
    }

    static Map<String, OperationRow> operations() throws IOException {
        Map<String, OperationRow> rows = new LinkedHashMap<>();
        List<String[]> lines = cells("operations.tsv");
        for (String[] cells : lines.subList(1, lines.size())) {
            if (cells.length != 4 + Role.values().length) {
                throw new IllegalStateException("operations.tsv: wrong number of columns in " + Arrays.toString(cells));
            }
            String key = cells[0] + " " + cells[1] + " " + cells[2];
            Map<Role, Access> byRole = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                byRole.put(role, Access.parse(cells[4 + role.ordinal()]));
            }
            if (rows.put(key, new OperationRow(key, Access.parse(cells[3]), byRole)) != null) {
                throw new IllegalStateException("operations.tsv: " + key + " twice");
            }
        }
        return rows;
    }

    static List<ReadRow> reads() throws IOException {
        List<String[]> lines = cells("tlp-reads.tsv");
        String[] readers = lines.get(0);
        List<ReadRow> rows = new ArrayList<>();
        for (String[] cells : lines.subList(1, lines.size())) {
            Map<String, Outcome> byReader = new LinkedHashMap<>();
            for (int i = 2; i < readers.length; i++) {
                byReader.put(readers[i], Outcome.parse(cells[i]));
            }
            rows.add(new ReadRow(cells[0], cells[1], byReader));
        }
        return rows;
    }

    /** The header line (its leading "# " removed) and every non-comment line, split on tabs. */
    private static List<String[]> cells(String file) throws IOException {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream("/authorization/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no authorization/" + file + " on the test classpath");
            }
            List<String[]> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") && !lines.isEmpty()) {
                    continue;
                }
                lines.add((line.startsWith("# ") ? line.substring(2) : line).trim().split("\t+"));
            }
            return lines;
        }
    }
}
