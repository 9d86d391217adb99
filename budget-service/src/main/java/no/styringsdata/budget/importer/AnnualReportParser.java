package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.table.AppropriationStatement;
import no.styringsdata.reader.table.AppropriationStatementReader;
import no.styringsdata.reader.table.StatementRow;
import no.styringsdata.reader.table.SumCheck;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;

/**
 * Maps the appropriation statement of an årsrapport ({@code Bevilgningsrapportering 31.12.YYYY}), as the
 * document reader reads it whole, into the report's agency's figures: per kap./post of every part of the
 * statement (expenditure, revenue, settlement) the samlet tildeling (stage tildeling) and the regnskap, with
 * the part it stands in, and the chapter and post names.
 */
public final class AnnualReportParser {

    /** Figures kept in øre and printed in whole kroner may disagree by one krone. */
    private static final long ROUNDING_PER_ROW = 1;

    /**
     * Maps the report's statement; year and agency are the document's identity. Throws
     * {@link DocumentFormatException} when its statement is missing, has no rows, or is cut off before its
     * line {@code Sum utgiftsført}.
     */
    public ParsedDocument parse(ReadDocument document) {
        AppropriationStatement statement = AppropriationStatementReader.read(document)
                .orElseThrow(() -> new DocumentFormatException("no table Bevilgningsrapportering 31.12.YYYY", 0));
        if (statement.rows().isEmpty()) {
            throw new DocumentFormatException("the table Bevilgningsrapportering has no rows", statement.line());
        }
        if (statement.sums().stream().noneMatch(sum -> sum.label().toLowerCase(Locale.ROOT).startsWith("sum utgiftsført"))) {
            throw new DocumentFormatException("the table Bevilgningsrapportering ends without its line Sum utgiftsført;"
                    + " the document may be cut off", document.lines().size());
        }
        DocumentIdentity identity = document.identity();
        List<ImportWarning> warnings = new ArrayList<>(statement.warnings());
        if (statement.year() != identity.year()) {
            warnings.add(new ImportWarning(statement.line(), "the statement is of " + statement.year()
                    + ", the report of " + identity.year() + "; its figures are read as of " + identity.year()));
        }
        Map<Integer, ParsedChapter> chapters = new LinkedHashMap<>();
        List<ParsedPost> posts = new ArrayList<>();
        List<ParsedAmount> amounts = new ArrayList<>();
        List<SelfCheck> checks = new ArrayList<>();
        for (StatementRow row : statement.rows()) {
            SourceLine source = document.lines().source(last(row.lines()));
            String section = row.section().heading();
            chapters.putIfAbsent(row.chapter(), new ParsedChapter(row.chapter(), row.chapterName(), null, source));
            Stikkord.Name name = Stikkord.split(row.name());
            posts.add(new ParsedPost(row.chapter(), row.post(), name.name(), name.stikkord(), source));
            if (row.allocated() != null) {
                amounts.add(new ParsedAmount(row.chapter(), row.post(), identity.year(), Stage.TILDELING, row.allocated(),
                        source, section));
            }
            if (row.accounted() != null) {
                amounts.add(new ParsedAmount(row.chapter(), row.post(), identity.year(), Stage.REGNSKAP, row.accounted(),
                        source, section));
            }
            rowCheck(row, source.line()).ifPresent(checks::add);
        }
        statement.sums().forEach(sum -> checks.add(sumCheck(sum)));
        return new ParsedDocument(identity, identity.title(), List.of(statement.line()), List.of(),
                List.copyOf(chapters.values()), posts, amounts, List.of(), checks, warnings);
    }

    /** A row with all three figures: its difference is what its tildeling and regnskap give, to within a krone. */
    private static Optional<SelfCheck> rowCheck(StatementRow row, int line) {
        if (row.allocated() == null || row.accounted() == null || row.difference() == null) {
            return Optional.empty();
        }
        String rule = row.isRevenue() ? "regnskap − samlet tildeling = merinntekt og mindreinntekt (-)"
                : "samlet tildeling − regnskap = merutgift (-) og mindreutgift";
        long gives = row.isRevenue() ? row.accounted() - row.allocated() : row.allocated() - row.accounted();
        long residual = gives - row.difference();
        return Optional.of(new SelfCheck("%04d.%02d: %s".formatted(row.chapter(), row.post(), rule),
                Math.abs(residual) <= ROUNDING_PER_ROW, "%s, %s, %s%s".formatted(DocumentFacts.kroner(row.allocated()),
                DocumentFacts.kroner(row.accounted()), DocumentFacts.kroner(row.difference()), residual == 0 ? ""
                        : "; off by %d kr, within the rounding to whole kroner".formatted(residual)), line));
    }

    /** A sum line of the statement against the rows it sums, as the reader compared them. */
    private static SelfCheck sumCheck(SumCheck sum) {
        String figures = sum.figures().stream().map(AppropriationStatement.Figure::label)
                .collect(Collectors.joining(" and "));
        String detail = "rows give %s; the line says %s (%d kr allowed for rounding)".formatted(
                sum.rowsGive().stream().map(DocumentFacts::kroner).collect(Collectors.joining(" and ")),
                sum.stated().stream().map(DocumentFacts::kroner).collect(Collectors.joining(" and ")), sum.tolerance());
        return new SelfCheck(sum.label() + ": rows' " + figures + " = the sum line", sum.matches(), detail, sum.line());
    }

    private static int last(List<Integer> lines) {
        return lines.get(lines.size() - 1);
    }
}
