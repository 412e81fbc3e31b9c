package dev.releaserules.core.manifest;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The CommonMark parser that decides which lines of a comment are paragraph lines; thread-safe. */
final class CommentMarkdown {
    static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private CommentMarkdown() {
    }
}
