package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** R-SO1 on generated Markdown: commands count exactly in the blocks the host shows as paragraphs. */
class CommentCommandProperties {

    /** A Markdown block and how many commands a reader of the rendered comment sees in it. */
    record Block(String markdown, int visible) {
    }

    @Property(tries = 300)
    @Label("R-SO1 only commands on top-level paragraph lines count, in generated Markdown")
    void only_paragraph_commands_count(@ForAll("comments") List<Block> blocks) {
        String comment = String.join("\n\n", blocks.stream().map(Block::markdown).toList());
        int expected = blocks.stream().mapToInt(Block::visible).sum();

        assertThat(CommentCommand.parseAll(comment)).as(comment).hasSize(expected);
    }

    @Provide
    Arbitrary<List<Block>> comments() {
        return Arbitraries.oneOf(visible(), fenced(), htmlComment(), lazyQuote(), separated(), prose(), listItem())
                .list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<String> command() {
        return Arbitraries.of("/approve", "/reject flaky tests", "/reject  see staging logs");
    }

    private static Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdefgh xyz.,!").ofMinLength(1).ofMaxLength(20)
                .map(s -> "w" + s.strip());
    }

    private static Arbitrary<Block> visible() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), command(), words().injectNull(0.5))
                .as((indent, command, before) -> new Block(
                        (before == null ? "" : before + "\n") + " ".repeat(indent) + command, 1));
    }

    private static Arbitrary<Block> fenced() {
        return Combinators.combine(Arbitraries.of('`', '~'), Arbitraries.integers().between(3, 6), command(),
                        Arbitraries.of("", "text", "java"), Arbitraries.of(true, false))
                .as((c, n, command, info, innerFence) -> {
                    String fence = String.valueOf(c).repeat(n);
                    String inner = innerFence && n > 3 ? String.valueOf(c).repeat(n - 1) + "\n" : "";
                    return new Block(fence + info + "\n" + inner + command + "\n" + inner + fence, 0);
                });
    }

    private static Arbitrary<Block> htmlComment() {
        return Combinators.combine(command(), words(), Arbitraries.of(true, false))
                .as((command, text, blankInside) -> new Block("<!--\n" + text + "\n" + (blankInside ? "\n" : "")
                        + command + "\n-->", 0));
    }

    private static Arbitrary<Block> lazyQuote() {
        return Combinators.combine(command(), words())
                .as((command, text) -> new Block("> " + text + "\n" + command, 0));
    }

    private static Arbitrary<Block> separated() {
        return Combinators.combine(command(), words(), Arbitraries.of("\u2028", "\u2029", "\u0085", "\u000B", "\f"))
                .as((command, text, separator) -> new Block(text + separator + command, 0));
    }

    private static Arbitrary<Block> prose() {
        return Combinators.combine(command(), words())
                .as((command, text) -> new Block(text + " " + command, 0));
    }

    private static Arbitrary<Block> listItem() {
        return Combinators.combine(command(), Arbitraries.of("- ", "* ", "1. "))
                // The comment line ends the list, so an indented paragraph after it is not a list item's.
                .as((command, marker) -> new Block(marker + command + "\n\n<!-- end of list -->", 0));
    }
}
