package dev.releaserules.core.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.releaserules.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitParserTest {

    private static ConventionalCommit conventional(String raw) {
        return assertThat(CommitMessage.parse(raw)).asInstanceOf(type(ConventionalCommit.class)).actual();
    }

    private static NonConventional nonConventional(String raw) {
        return assertThat(CommitMessage.parse(raw)).asInstanceOf(type(NonConventional.class)).actual();
    }

    @Nested
    class SpecificationExamples {

        @Test
        @DisplayName("CC example: description and breaking change footer")
        void description_and_breaking_change_footer() {
            // given
            String raw = "feat: allow provided config object to extend other configs\n\n"
                    + "BREAKING CHANGE: `extends` key in config file is now used for extending other config files";

            // when
            ConventionalCommit commit = conventional(raw);

            // then
            assertThat(commit.type()).isEqualTo("feat");
            assertThat(commit.description()).isEqualTo("allow provided config object to extend other configs");
            assertThat(commit.body()).isEmpty();
            assertThat(commit.footers()).containsExactly(new Footer("BREAKING CHANGE",
                    "`extends` key in config file is now used for extending other config files"));
            assertThat(commit.isBreaking()).isTrue();
            assertThat(commit.raw()).isSameAs(raw);
        }

        @Test
        @DisplayName("CC example: ! to draw attention to breaking change")
        void bang_marks_breaking() {
            ConventionalCommit commit = conventional("feat!: send an email to the customer when a product is shipped");

            assertThat(commit.breakingMarker()).isTrue();
            assertThat(commit.isBreaking()).isTrue();
            assertThat(commit.hasScope()).isFalse();
            assertThat(commit.breakingChanges()).containsExactly("send an email to the customer when a product is shipped");
        }

        @Test
        @DisplayName("CC example: scope and ! to draw attention to breaking change")
        void scope_and_bang() {
            ConventionalCommit commit = conventional("feat(api)!: send an email to the customer when a product is shipped");

            assertThat(commit.type()).isEqualTo("feat");
            assertThat(commit.scope()).isEqualTo("api");
            assertThat(commit.isBreaking()).isTrue();
        }

        @Test
        @DisplayName("CC example: both ! and BREAKING CHANGE footer")
        void bang_and_footer() {
            ConventionalCommit commit = conventional(
                    "chore!: drop support for Node 6\n\nBREAKING CHANGE: use JavaScript features not available in Node 6.");

            assertThat(commit.breakingMarker()).isTrue();
            assertThat(commit.breakingChanges()).containsExactly("use JavaScript features not available in Node 6.");
        }

        @Test
        @DisplayName("CC example: no body")
        void no_body() {
            ConventionalCommit commit = conventional("docs: correct spelling of CHANGELOG");

            assertThat(commit.type()).isEqualTo("docs");
            assertThat(commit.description()).isEqualTo("correct spelling of CHANGELOG");
            assertThat(commit.body()).isEmpty();
            assertThat(commit.footers()).isEmpty();
            assertThat(commit.isBreaking()).isFalse();
        }

        @Test
        @DisplayName("CC example: scope")
        void scope() {
            ConventionalCommit commit = conventional("feat(lang): add Polish language");

            assertThat(commit.scope()).isEqualTo("lang");
            assertThat(commit.description()).isEqualTo("add Polish language");
        }

        @Test
        @DisplayName("CC example: multi-paragraph body and multiple footers")
        void multi_paragraph_body_and_footers() {
            // given
            String raw = """
                    fix: prevent racing of requests

                    Introduce a request id and a reference to latest request. Dismiss
                    incoming responses other than from latest request.

                    Remove timeouts which were used to mitigate the racing issue but are
                    obsolete now.

                    Reviewed-by: Z
                    Refs: #123
                    """;

            // when
            ConventionalCommit commit = conventional(raw);

            // then
            assertThat(commit.body()).isEqualTo("""
                    Introduce a request id and a reference to latest request. Dismiss
                    incoming responses other than from latest request.

                    Remove timeouts which were used to mitigate the racing issue but are
                    obsolete now.""");
            assertThat(commit.footers()).containsExactly(new Footer("Reviewed-by", "Z"), new Footer("Refs", "#123"));
            assertThat(commit.findFooter("refs")).map(Footer::value).contains("#123");
        }

        @Test
        @DisplayName("CC example: revert with Refs footer")
        void conventional_revert_with_refs() {
            ConventionalCommit commit = conventional(
                    "revert: let us never again speak of the noodle incident\n\nRefs: 676104e, a215868");

            assertThat(commit.normalizedType()).isEqualTo("revert");
            assertThat(commit.footers()).containsExactly(new Footer("Refs", "676104e, a215868"));
        }
    }

    @Nested
    class Footers {

        @Test
        @DisplayName("CC footers: lowercase \"breaking change:\" is not a breaking change")
        void lowercase_breaking_change_is_not_breaking() {
            ConventionalCommit commit = conventional("feat: x\n\nbreaking change: the api changed");

            assertThat(commit.isBreaking()).isFalse();
            assertThat(commit.footers()).isEmpty();
            assertThat(commit.body()).isEqualTo("breaking change: the api changed");
        }

        @Test
        @DisplayName("CC footers: a BREAKING CHANGE paragraph followed by free text is never lost")
        void breaking_change_followed_by_free_text_stays_breaking() {
            ConventionalCommit commit = conventional(
                    "feat: x\n\nWhy we do it.\n\nBREAKING CHANGE: the api changed\n\nMigrate with the new client.");

            assertThat(commit.isBreaking()).isTrue();
            assertThat(commit.body()).isEqualTo("Why we do it.");
            assertThat(commit.breakingChanges())
                    .containsExactly("the api changed\n\nMigrate with the new client.");
        }

        @Test
        @DisplayName("CC footers: a BREAKING CHANGE line inside a body paragraph is never lost")
        void breaking_change_inside_a_paragraph_stays_breaking() {
            ConventionalCommit commit = conventional("feat: x\n\nsome text\nBREAKING CHANGE: gone\nRefs: #4");

            assertThat(commit.isBreaking()).isTrue();
            assertThat(commit.body()).isEqualTo("some text");
            assertThat(commit.breakingChanges()).containsExactly("gone");
            assertThat(commit.findFooter("Refs")).map(Footer::value).contains("#4");
        }

        @Test
        @DisplayName("CC footers: BREAKING-CHANGE is a synonym of BREAKING CHANGE")
        void hyphenated_breaking_change() {
            ConventionalCommit commit = conventional("fix: x\n\nBREAKING-CHANGE: config moved");

            assertThat(commit.isBreaking()).isTrue();
            assertThat(commit.breakingChanges()).containsExactly("config moved");
        }

        @Test
        @DisplayName("CC footers: other tokens compare ignoring case, only BREAKING CHANGE is case-sensitive")
        void other_tokens_ignore_case() {
            ConventionalCommit commit = conventional("fix: x\n\nBreaking-Change: not really\nREVIEWED-BY: Z");

            assertThat(commit.isBreaking()).isFalse();
            assertThat(commit.findFooter("reviewed-by")).map(Footer::value).contains("Z");
        }

        @Test
        @DisplayName("CC footers: Token #value")
        void hash_separator() {
            ConventionalCommit commit = conventional("fix: crash on start\n\nFixes #42\nCloses #7");

            assertThat(commit.footers()).containsExactly(new Footer("Fixes", "42"), new Footer("Closes", "7"));
            assertThat(commit.body()).isEmpty();
        }

        @Test
        @DisplayName("CC footers: lines that are not a new footer continue the value")
        void multi_line_values() {
            // given
            String raw = "feat: new config\r\n\r\nSome body.\r\n\r\nBREAKING CHANGE: the config file moved\r\n"
                    + "to .config/app.yml; move it\r\n  before upgrading\r\nRefs: #9\r\n";

            // when
            ConventionalCommit commit = conventional(raw);

            // then
            assertThat(commit.body()).isEqualTo("Some body.");
            assertThat(commit.footers()).containsExactly(
                    new Footer("BREAKING CHANGE", "the config file moved\nto .config/app.yml; move it\n  before upgrading"),
                    new Footer("Refs", "#9"));
        }

        @Test
        void footer_paragraphs_are_the_trailing_ones_whose_first_line_is_a_footer() {
            // given
            String raw = "feat: x\n\nSee: this looks like a footer\nbut it is followed by body text\n\n"
                    + "A body paragraph.\n\nSigned-off-by: A <a@example.org>\n\nCo-authored-by: B <b@example.org>";

            // when
            ConventionalCommit commit = conventional(raw);

            // then
            assertThat(commit.body()).isEqualTo(
                    "See: this looks like a footer\nbut it is followed by body text\n\nA body paragraph.");
            assertThat(commit.footers()).extracting(Footer::token).containsExactly("Signed-off-by", "Co-authored-by");
        }

        @Test
        void a_colon_without_space_or_an_url_is_not_a_footer() {
            ConventionalCommit commit = conventional("docs: links\n\nhttps://example.org\nRefs:#1");

            assertThat(commit.footers()).isEmpty();
            assertThat(commit.body()).isEqualTo("https://example.org\nRefs:#1");
        }
    }

    @Nested
    class Headers {

        @Test
        void type_is_case_insensitive_and_may_hold_digits_and_hyphens() {
            ConventionalCommit commit = conventional("Build-2(ci): bump runner");

            assertThat(commit.type()).isEqualTo("Build-2");
            assertThat(commit.normalizedType()).isEqualTo("build-2");
            assertThat(conventional("FEAT: shout").normalizedType()).isEqualTo("feat");
        }

        @Test
        void scope_may_hold_any_text_but_parentheses() {
            assertThat(conventional("fix(core/api, ui: x): y").scope()).isEqualTo("core/api, ui: x");
        }

        @Test
        void body_without_blank_line_is_still_the_body() {
            ConventionalCommit commit = conventional("fix: x\nmore detail\n\nRefs: #1");

            assertThat(commit.body()).isEqualTo("more detail");
            assertThat(commit.footers()).containsExactly(new Footer("Refs", "#1"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                update readme                 | missing ": " after the type
                feat add login                | missing ": " after the type
                feat                          | missing ": " after the type
                feat_x: y                     | type must be a word: a letter, then letters, digits or hyphens
                my feat: y                    | type must be a word: a letter, then letters, digits or hyphens
                [skip]: y                     | type must be a word: a letter, then letters, digits or hyphens
                1fix: y                       | type must be a word: a letter, then letters, digits or hyphens
                feat(api: y                   | scope not closed with ")"
                feat(a(b)): y                 | scope must not contain "("
                feat(): y                     | empty scope: leave out "()" when there is no scope
                feat(api) : y                 | missing ": " right after the scope
                feat! : y                     | missing ": " right after "!"
                feat:y                        | missing space after ":"
                'feat:   '                    | empty description
                feat:                         | empty description
                """)
        void says_precisely_why_a_header_is_not_conventional(String header, String reason) {
            assertThat(nonConventional(header).reason()).isEqualTo(reason);
        }

        @Test
        void empty_and_blank_first_lines_are_not_conventional() {
            assertThat(nonConventional("").reason()).isEqualTo("empty message");
            assertThat(nonConventional(" \n\t\r\n").reason()).isEqualTo("empty message");
            assertThat(nonConventional("\nfeat: x").reason()).isEqualTo("empty first line");
        }

        @Test
        void null_is_invalid_input() {
            assertThatThrownBy(() -> CommitMessage.parse(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("commit message");
        }
    }

    @Nested
    class MergesAndReverts {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Merge branch 'feature/x'                                     | feature/x            | 0
                Merge branch 'feature/x' into develop                        | feature/x            | 0
                Merge branch 'main' of github.com:owner/repo                 | main                 | 0
                Merge pull request #12 from owner/feat-login                 | owner/feat-login     | 12
                Merge remote-tracking branch 'origin/release/v2.2.0'         | origin/release/v2.2.0 | 0
                Merge tag 'v2.1.0'                                           | v2.1.0               | 0
                Merge commit 'a1b2c3d' into hotfix/v2.1.1                    | a1b2c3d              | 0
                Merged PR 345: feat: add login                               | ''                   | 345
                Merged in feature/x (pull request #77)                       | feature/x            | 77
                """)
        void merge_forms(String header, String source, int pullRequest) {
            // when
            CommitMessage message = CommitMessage.parse(header + "\n\nConflicts:\n  a.txt\n");

            // then
            assertThat(message).isEqualTo(new MergeCommit(header + "\n\nConflicts:\n  a.txt\n", source, pullRequest));
        }

        @Test
        void merge_pull_request_number_is_found() {
            MergeCommit merge = (MergeCommit) CommitMessage.parse("Merge pull request #12 from owner/branch\n\nfeat: x");

            assertThat(merge.findPullRequest()).hasValue(12);
            assertThat(((MergeCommit) CommitMessage.parse("Merge branch 'x'")).findPullRequest()).isEmpty();
        }

        @Test
        void a_sentence_starting_with_merge_is_not_a_merge_commit() {
            assertThat(nonConventional("Merge the two parsers").reason()).isEqualTo("missing \": \" after the type");
        }

        @Test
        void git_revert() {
            // given
            String raw = "Revert \"feat(api): add export\"\r\n\r\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\r\n";

            // when
            RevertCommit revert = assertThat(CommitMessage.parse(raw)).asInstanceOf(type(RevertCommit.class)).actual();

            // then
            assertThat(revert.revertedSubject()).isEqualTo("feat(api): add export");
            assertThat(revert.revertedId()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
            assertThat(revert.reverted()).isInstanceOf(ConventionalCommit.class);
        }

        @Test
        void revert_of_a_revert_keeps_the_inner_quotes() {
            RevertCommit revert = (RevertCommit) CommitMessage.parse("Revert \"Revert \"fix: x\"\"");

            assertThat(revert.revertedSubject()).isEqualTo("Revert \"fix: x\"");
            assertThat(revert.revertedId()).isEmpty();
            assertThat(revert.reverted()).isInstanceOf(RevertCommit.class);
        }
    }

    @Nested
    class LargeInput {

        @Test
        void parses_a_one_megabyte_message() {
            // given
            String raw = "feat: big\n\n" + "x".repeat(1 << 20) + "\n\nRefs: " + "y".repeat(1 << 20);

            // when
            ConventionalCommit commit = conventional(raw);

            // then
            assertThat(commit.body()).hasSize(1 << 20);
            assertThat(commit.footers()).singleElement().extracting(Footer::value).asString().hasSize(1 << 20);
        }

        @Test
        void parses_a_one_megabyte_header() {
            assertThat(nonConventional("a".repeat(1 << 20)).reason()).isEqualTo("missing \": \" after the type");
            assertThat(conventional("fix(" + "s".repeat(1 << 20) + "): y").scope()).hasSize(1 << 20);
        }

        @Test
        void parses_a_hundred_thousand_line_message() {
            // given
            StringBuilder raw = new StringBuilder("fix: many lines\n\n");
            for (int i = 0; i < 100_000; i++) {
                raw.append(i % 10 == 0 ? "Refs: #" + i : "line " + i).append('\n');
            }

            // when
            ConventionalCommit commit = conventional(raw.toString());

            // then
            assertThat(commit.footers()).hasSize(10_000);
            assertThat(commit.footers().get(1).value()).isEqualTo("#10\nline 11\nline 12\nline 13\nline 14\nline 15"
                    + "\nline 16\nline 17\nline 18\nline 19");
        }

        @Test
        void parses_a_hundred_thousand_blank_separated_paragraphs() {
            String raw = "fix: x\n\n" + "Refs: #1\n\n".repeat(100_000) + "body again";

            assertThat(conventional(raw).footers()).isEmpty();
            assertThat(List.of(CommitMessage.parse("\n".repeat(100_000)))).singleElement().isInstanceOf(NonConventional.class);
        }
    }
}
