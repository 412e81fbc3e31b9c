package dev.releaserules.core.changelog;

import dev.releaserules.core.internal.Texts;
import dev.releaserules.core.version.Version;
import java.nio.file.Path;

/** The texts of this package's exceptions and expectations: the one place they are written. */
final class Messages {

    static final String TYPE = "a commit type of ASCII letters, digits and hyphens, such as feat";
    static final String TITLE = "a single line of text, such as # Changelog (or empty for none)";
    static final String SECTION_TITLE = "a single line of text, such as Features";
    static final String COMMIT_URL = "a URL template without whitespace, parentheses or angle brackets that holds "
            + "{hash} or {short_hash} and no other placeholder, such as https://git.example.com/acme/app/commit/{hash}";
    static final String COMPARE_URL = "a URL template without whitespace, parentheses or angle brackets that holds "
            + "{previous_tag} and {tag} and no other placeholder, "
            + "such as https://git.example.com/acme/app/compare/{previous_tag}...{tag}";
    static final String ISSUE_URL = "a URL template without whitespace, parentheses or angle brackets that holds "
            + "{number} and no other placeholder, such as https://github.com/acme/app/issues/{number}";
    static final String USER_URL = "a URL template without whitespace, parentheses or angle brackets that holds "
            + "{user} and no other placeholder, such as https://github.com/{user}";
    static final String BLANK_LINES = "a number of blank lines from 1 to 3";
    static final String KNOWN_SECTION = "a commit type that has a section: one of ";
    static final String PRESET = "one of release-please, conventional, keep-a-changelog";
    static final String REPOSITORY_URL = "an http(s) URL of a repository without whitespace, brackets or braces, "
            + "such as https://github.com/acme/app";
    static final String TAG = "a tag name without whitespace, such as v2.2.0";
    static final String UNIQUE_COMMITS = "each commit of the range once";
    static final String ENTRY_COMMITS = "at least one commit for an entry";
    static final String UTF8_FILE = "a UTF-8 text file";

    static String notUtf8(int offset) {
        return UTF8_FILE + "; the byte at offset " + offset + " is not UTF-8";
    }
    static final String REGULAR_FILE = "a regular file (not a directory, named pipe or device)";

    static String atMostBytes(int max) {
        return "a file of at most " + max + " bytes";
    }
    static final String VERSION_SET = "a version, set with version(...) before call()";
    static final String DATE_SET = "a release date, set with date(...) before call()";

    private Messages() {
    }

    static final String OPEN_BLOCK_AT_END = "content that closes every block it opens: it ends inside an unterminated "
            + "HTML block (such as one opened by <? or <!--) or code fence, which would swallow the new release's heading; close it";

    static String alreadyPresent(Version version, int line) {
        return "the changelog already has a section for version " + version + " (line " + line
                + "); a version is added once: ask for replacement (IfPresent.REPLACE) to rewrite that section";
    }

    static String writeFailed(Path file, Exception cause) {
        return "Could not write the changelog " + Texts.quote(file.toString()) + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + Texts.quote(cause.getMessage()));
    }

    static String readFailed(Path file, Exception cause) {
        return "Could not read the changelog " + Texts.quote(file.toString()) + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + Texts.quote(cause.getMessage()));
    }
}
