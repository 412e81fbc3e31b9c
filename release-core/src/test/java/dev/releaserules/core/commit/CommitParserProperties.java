package dev.releaserules.core.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class CommitParserProperties {
    /** Pieces of real commit messages, so random messages reach the parser's interesting branches. */
    private static final List<String> FRAGMENTS = List.of(
            "feat", "fix", "Fix-2", "(", ")", "!", ":", ": ", " ", "#", " #", "\n", "\r\n", "\r", "\n\n", "\t",
            "BREAKING CHANGE", "BREAKING-CHANGE", "breaking change", "Refs", "Merge branch '", "Merge pull request #",
            "Merged PR ", "Merged in ", "(pull request #", "Revert \"", "\"", "'", "This reverts commit ", "12",
            "99999999999", "a1b2c3d", "\u0000", "\ud800", "\udc00", "\ud83d\ude00", "é", "\u2003", "x");

    @Property(tries = 200)
    void never_throws_on_arbitrary_text_and_keeps_the_raw_message(@ForAll("anyText") String raw) {
        // when
        CommitMessage message = CommitMessage.parse(raw);

        // then
        assertThat(message.raw()).isSameAs(raw);
    }

    @Property(tries = 200)
    void never_throws_on_commit_like_text_and_keeps_the_raw_message(@ForAll("commitLike") String raw) {
        CommitMessage message = CommitMessage.parse(raw);

        assertThat(message.raw()).isSameAs(raw);
        assertThat(raw).startsWith(message.subject());
    }

    @Provide
    Arbitrary<String> anyText() {
        // every char value, lone surrogates and control characters included
        return Arbitraries.strings().withCharRange(Character.MIN_VALUE, Character.MAX_VALUE).ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> commitLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 200)
    void header_round_trip(@ForAll("types") String type, @ForAll("scopes") Optional<String> scope,
            @ForAll boolean bang, @ForAll("descriptions") String description) {
        // given
        String raw = type + scope.map(s -> "(" + s + ")").orElse("") + (bang ? "!" : "") + ": " + description;

        // when
        CommitMessage message = CommitMessage.parse(raw);

        // then
        assertThat(message).isEqualTo(new ConventionalCommit(raw, type, scope.orElse(""), bang, description, "", List.of()));
    }

    @Property(tries = 200)
    void footers_round_trip(@ForAll("descriptions") String description,
            @ForAll("footers") List<Tuple2<String, String>> footers, @ForAll boolean hashSeparator) {
        // given
        StringBuilder raw = new StringBuilder("fix: ").append(description).append("\n\nBody text.\n\n");
        for (Tuple2<String, String> footer : footers) {
            raw.append(footer.get1()).append(hashSeparator ? " #" : ": ").append(footer.get2()).append('\n');
        }

        // when
        ConventionalCommit commit = (ConventionalCommit) CommitMessage.parse(raw.toString());

        // then
        assertThat(commit.body()).isEqualTo("Body text.");
        assertThat(commit.footers()).containsExactlyElementsOf(
                footers.stream().map(f -> new Footer(f.get1(), f.get2())).toList());
    }

    @Provide
    Arbitrary<String> types() {
        Arbitrary<Character> first = Arbitraries.chars().alpha().with('é', 'ß');
        Arbitrary<String> rest = Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(12);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    Arbitrary<Optional<String>> scopes() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
                .excludeChars('(', ')', '\n', '\r')
                .filter(s -> !s.isBlank())
                .optional(0.7);
    }

    @Provide
    Arbitrary<String> descriptions() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(40)
                .excludeChars('\n', '\r')
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<List<Tuple2<String, String>>> footers() {
        Arbitrary<String> tokens = Arbitraries.oneOf(types(), Arbitraries.of("BREAKING CHANGE", "BREAKING-CHANGE"));
        return Combinators.combine(tokens, descriptions()).as(Tuple::of).list().ofMinSize(1).ofMaxSize(5);
    }
}
