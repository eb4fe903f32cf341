package org.planwatch.planimport.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.planimport.CatalogueImporter;

/**
 * The page a planning office reviews after an import, as Markdown: per document, every target
 * with the line it cites, the cells as printed, how they were read and what the importer inferred
 * rather than read; then every line it could not read and why, what it read but did not keep, and
 * the corrections applied from the overrides file (and those that matched nothing).
 */
public final class ReviewReport {
    private ReviewReport() {}

    public static void write(CatalogueImporter.Result result, Overrides.Outcome corrected, Appendable out)
            throws IOException {
        List<Target> targets = corrected.targets();
        out.append("# Import review\n\n");
        out.append(String.format(
                "%d targets from %d documents; %d lines not read; %d corrections applied, %d matched nothing.%n%n",
                targets.size(),
                result.documents().size(),
                result.problems().size() + corrected.problems().size(),
                corrected.applied().size(),
                corrected.unmatched().size()));
        for (CatalogueImporter.DocumentReport d : result.documents()) {
            List<Target> own = targets.stream()
                    .filter(t -> t.source().startsWith(d.file() + ":"))
                    .toList();
            out.append("## ").append(d.file()).append("\n\n");
            out.append(String.format(
                    "%d tables, %d indicator rows, %d targets kept.%n%n", d.tables(), d.rows(), own.size()));
            if (!own.isEmpty()) {
                out.append("| line | plan | indicator | printed | read as | inferred, to check |\n");
                out.append("|---|---|---|---|---|---|\n");
                for (Target t : own) {
                    out.append("| ")
                            .append(t.source().substring(d.file().length() + 1))
                            .append(" | ")
                            .append(t.plan())
                            .append(" | ")
                            .append(cell(t.indicator() + " " + t.nameZh()))
                            .append(" | ")
                            .append(cell(t.expression()))
                            .append(" | ")
                            .append(cell(readAs(t)))
                            .append(" | ")
                            .append(cell(String.join("; ", inferred(t))))
                            .append(" |\n");
                }
                out.append('\n');
            }
            List<String> unread = result.problems().stream()
                    .filter(p -> p.startsWith(d.file() + ":"))
                    .toList();
            if (!unread.isEmpty()) {
                out.append("Not read:\n\n");
                for (String p : unread) {
                    out.append("- ").append(p).append('\n');
                }
                out.append('\n');
            }
        }
        List<String> elsewhere = new ArrayList<>(corrected.problems());
        result.problems().stream()
                .filter(p -> result.documents().stream().noneMatch(d -> p.startsWith(d.file() + ":")))
                .forEach(elsewhere::add);
        list(out, "Other problems", elsewhere);
        list(out, "Read but not kept", result.notices());
        List<String> applied = new ArrayList<>();
        for (Map.Entry<Correction, Integer> e : corrected.applied().entrySet()) {
            applied.add(e.getKey() + " (" + e.getValue() + " target" + (e.getValue() == 1 ? "" : "s") + ")"
                    + (e.getKey().why().isEmpty() ? "" : ": " + e.getKey().why()));
        }
        list(out, "Corrections applied", applied);
        list(
                out,
                "Corrections that matched no target (the document changed, or the key is mistyped)",
                corrected.unmatched().stream()
                        .map(c -> "line " + c.line() + ": " + c)
                        .toList());
    }

    /** How the cells were read, in one phrase: {@code LEVEL AT_LEAST 3.2 % by 2030, from 2.68 in 2025}. */
    static String readAs(Target t) {
        Map<String, String> row = TargetCatalogue.row(t);
        StringBuilder s = new StringBuilder(t.kind() + " " + t.bound());
        if (!row.get("target_value").isEmpty()) {
            s.append(' ').append(row.get("target_value"));
        }
        if (t.unit() != null && !t.unit().isEmpty()) {
            s.append(' ').append(t.unit());
        }
        s.append(" by ").append(t.targetYear());
        if (t.baseYear() != null) {
            s.append(", from ")
                    .append(row.get("base_value").isEmpty() ? "—" : row.get("base_value"))
                    .append(" in ")
                    .append(t.baseYear());
        }
        s.append(", ")
                .append(t.direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        return s.toString();
    }

    /** What the importer decided without the document saying so. */
    static List<String> inferred(Target t) {
        List<String> notes = new ArrayList<>();
        if (t.departmentInferred()) {
            notes.add("department " + t.department() + " from the dictionary");
        }
        if (t.expression() != null && t.expression().contains("[corrected:")) {
            notes.add("corrected by overrides");
        }
        return notes;
    }

    private static void list(Appendable out, String heading, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.append("## ").append(heading).append("\n\n");
        for (String item : items) {
            out.append("- ").append(item).append('\n');
        }
        out.append('\n');
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
