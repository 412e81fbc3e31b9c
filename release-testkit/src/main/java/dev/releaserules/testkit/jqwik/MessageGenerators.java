package dev.releaserules.testkit.jqwik;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Commit messages. Valid ones are built from parts that cannot accidentally form something else:
 * body words hold neither {@code :} nor {@code #}, so no body line reads as a footer.
 */
final class MessageGenerators {
    private static final List<String> TYPES = List.of("feat", "fix", "docs", "chore", "refactor", "perf", "test",
            "build", "ci", "style", "revert", "Feat", "FIX");
    private static final List<String> WORDS = List.of("add", "remove", "bulk", "upload", "endpoint", "rate",
            "limiting", "edge", "case", "dashboard", "campaign", "mobile", "layout", "cache", "retry", "the", "a",
            "for", "in", "of", "users", "API", "v2", "löschen", "改善", "naïve", "emoji 🚀", "x,", "y.", "(paren)",
            "[tag]", "`code`", "\"quoted\"", "don't", "50%", "a->b", "a/b", "@mention", "!bang");

    private MessageGenerators() {
    }

    static Arbitrary<String> types() {
        Arbitrary<String> random = Combinators.combine(Arbitraries.chars().range('a', 'z').range('A', 'Z'),
                Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(9)).as((f, r) -> f + r);
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(TYPES)), Tuple.of(1, random));
    }

    static Arbitrary<String> scopes() {
        Arbitrary<String> named = Arbitraries.of("api", "core", "ui", "deps", "release-git", "db/migrations", "i18n");
        Arbitrary<String> random = Arbitraries.strings().alpha().numeric().withChars("-_./ ").ofMinLength(1)
                .ofMaxLength(12).filter(s -> !s.isBlank());
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")), Tuple.of(2, named), Tuple.of(1, random));
    }

    static Arbitrary<String> sentences(int maxWords) {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(maxWords).map(w -> String.join(" ", w));
    }

    static Arbitrary<String> bodies() {
        Arbitrary<String> paragraph = sentences(12).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")),
                Tuple.of(3, paragraph.list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("\n\n", p))));
    }

    static Arbitrary<String> plainFooters() {
        Arbitrary<String> footer = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 9999).map(n -> "Refs: #" + n),
                Arbitraries.integers().between(1, 9999).map(n -> "Closes #" + n),
                Arbitraries.of("Alice <alice@example.com>", "Bob").map(n -> "Reviewed-by: " + n),
                Arbitraries.of("Co-authored-by: Carol <carol@example.com>", "Signed-off-by: Dave <dave@example.com>"));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, footer.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l))));
    }

    static Arbitrary<String> lineEndings() {
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just("\n")), Tuple.of(1, Arbitraries.just("\r\n")));
    }

    /** A conventional message; {@code bang} adds {@code !}, {@code breakingFooter} adds the footer. */
    private static Arbitrary<String> messages(boolean bang, boolean breakingFooter) {
        Arbitrary<String> breaking = breakingFooter
                ? Combinators.combine(Arbitraries.of("BREAKING CHANGE", "BREAKING-CHANGE"), sentences(8))
                        .as((token, text) -> token + ": " + text)
                : Arbitraries.just("");
        Arbitrary<String> header = Combinators.combine(types(), scopes(), sentences(8))
                .as((type, scope, description) -> type + (scope.isEmpty() ? "" : "(" + scope + ")")
                        + (bang ? "!" : "") + ": " + description);
        return Combinators.combine(header, bodies(), breaking, plainFooters(), lineEndings())
                .as((head, body, breakingFooterLine, footers, eol) -> {
                    StringBuilder out = new StringBuilder(head);
                    if (!body.isEmpty()) {
                        out.append("\n\n").append(body);
                    }
                    String footerBlock = breakingFooterLine.isEmpty() ? footers
                            : footers.isEmpty() ? breakingFooterLine : breakingFooterLine + "\n" + footers;
                    if (!footerBlock.isEmpty()) {
                        out.append("\n\n").append(footerBlock);
                    }
                    return out.toString().replace("\n", eol);
                });
    }

    static Arbitrary<String> nonBreaking() {
        return messages(false, false);
    }

    static Arbitrary<String> breakingByMarker() {
        return Arbitraries.oneOf(messages(true, false), messages(true, true));
    }

    static Arbitrary<String> breakingByFooter() {
        return messages(false, true);
    }

    static Arbitrary<String> breaking() {
        return Arbitraries.oneOf(breakingByMarker(), breakingByFooter());
    }

    static Arbitrary<String> conventional() {
        return Arbitraries.frequencyOf(Tuple.of(4, nonBreaking()), Tuple.of(1, breaking()));
    }

    /** Messages that follow no form: each template breaks the header in one known way. */
    static Arbitrary<String> nonConventional() {
        Arbitrary<String> words = sentences(6);
        return Arbitraries.oneOf(
                Arbitraries.of("Update README.md", "WIP", "fix typo", "Initial commit", "bump version",
                        "Fixed the thing; see ticket", "v2.3.0"),
                words.map(w -> "Update " + w),
                Combinators.combine(types(), words).as((t, w) -> t + ":" + w.replace(" ", "_")),
                Combinators.combine(types(), words).as((t, w) -> t + "(): " + w),
                Combinators.combine(types(), words).as((t, w) -> t + "(api: " + w),
                Combinators.combine(types(), words).as((t, w) -> t + "((api)): " + w),
                Combinators.combine(types(), words).as((t, w) -> t + " : " + w),
                Combinators.combine(types(), words).as((t, w) -> t + "!!: " + w),
                types().map(t -> t + ": "),
                types().map(t -> t + ":   "),
                Combinators.combine(types(), words).as((t, w) -> " " + t + ": " + w),
                Combinators.combine(types(), words).as((t, w) -> "1" + t + ": " + w),
                Combinators.combine(types(), words).as((t, w) -> "\n" + t + ": " + w));
    }

    static Arbitrary<String> merges() {
        Arbitrary<String> branches = Arbitraries.of("feature/login", "release/v2.3.0", "hotfix/v2.2.1", "develop",
                "backport/v2.3.0-to-develop");
        return Arbitraries.oneOf(
                Combinators.combine(branches, Arbitraries.of("main", "develop"))
                        .as((b, into) -> "Merge branch '" + b + "' into " + into),
                Combinators.combine(Arbitraries.integers().between(1, 99_999), branches)
                        .as((n, b) -> "Merge pull request #" + n + " from acme/" + b + "\n\n" + b));
    }

    static Arbitrary<String> reverts() {
        return Combinators.combine(nonBreaking().map(m -> m.lines().findFirst().orElse("")),
                        Arbitraries.strings().withChars("0123456789abcdef").ofLength(40))
                .as((subject, id) -> "Revert \"" + subject + "\"\n\nThis reverts commit " + id + ".");
    }

    /** Input that has broken parsers elsewhere: nothing, control characters, size, odd Unicode, CR. */
    static Arbitrary<String> hostile() {
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').withChars('\u007f')
                .ofMaxLength(40);
        Arbitrary<String> mixedControls = Combinators.combine(conventional(), controls)
                .as((m, c) -> m.substring(0, m.length() / 2) + c + m.substring(m.length() / 2));
        Arbitrary<String> huge = Combinators.combine(
                Arbitraries.of("feat: ", "fix(", "BREAKING CHANGE: ", "a", "\n", "\r\n", "Token: v\n", "(", ": ", "#"),
                Arbitraries.integers().between(10_000, 200_000))
                .as((unit, n) -> unit.repeat(Math.max(1, n / unit.length())));
        Arbitrary<String> hugeValid = Combinators.combine(types(), Arbitraries.integers().between(10_000, 100_000))
                .as((t, n) -> t + ": " + "x".repeat(n) + "\n\n" + "body line\n".repeat(n / 10)
                        + "\nBREAKING CHANGE: " + "y".repeat(n));
        Arbitrary<String> unicode = Arbitraries.oneOf(
                Arbitraries.of("feat: 🚀 launch", "fix(ü): ß", "\u202Efeat: reversed", "feat\u0301: combining",
                        "ｆｅａｔ: fullwidth", "feat(\uD83D\uDE00): emoji scope", "feat: lone \uD800 surrogate",
                        "\uFEFFfeat: with BOM", "feat\u00A0: nbsp", "feat:\u2003em space", "功能: 中文",
                        "feat: x\u2028line separator", "feat: x\u0085next line"),
                Arbitraries.strings().all().ofMaxLength(80));
        Arbitrary<String> lineEndings = Arbitraries.of("", " ", "\n", "\r", "\r\n", "\n\n\n", "\t\n ", "feat: x\r",
                "feat: x\r\rBREAKING CHANGE: y", "feat: x\r\n\r\nBREAKING CHANGE: y\r\n", "feat: x\n\r\n\rbody",
                "feat: x\n\nBREAKING CHANGE:\n", "feat: x\n\nBREAKING CHANGE: \r\n", "\r\nfeat: x", "feat!:\r\n",
                "Revert \"", "Revert \"\"", "Merge branch '", "Merge pull request #", "Merged PR 12", "Merged in ",
                "Merge pull request #99999999999999999999 from x/y", "Merged in x (pull request #99999999999999)");
        return Arbitraries.oneOf(controls, mixedControls, huge, hugeValid, unicode, lineEndings);
    }
}
