package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;

/**
 * Thrown when a manifest file is not a valid manifest: bad YAML, a value of the wrong type, an
 * unknown status, a duplicate component, a version that is not SemVer, too large or too deep a
 * document. The message names the file, the line and column, the place in the manifest and what
 * was expected, for example
 * {@code Invalid manifest value at releases/x.yaml line 12, column 18 (components[0].new_version) "1.x": expected ...}.
 */
public class ManifestException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;

    /**
     * Creates the exception.
     *
     * @param source the file name or other source description
     * @param line the one-based line, or 0 when unknown
     * @param column the one-based column, or 0 when unknown
     * @param path the place in the manifest, such as {@code components[0].new_version}; empty for the document
     * @param input the offending value as text
     * @param expected what was expected there
     */
    public ManifestException(String source, int line, int column, String path, String input, String expected) {
        super(Messages.manifestSubject(source, line, column, path), input, expected);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /**
     * The file name or source description.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The one-based line of the problem.
     *
     * @return the line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The one-based column of the problem.
     *
     * @return the column, or 0 when unknown
     */
    public int column() {
        return column;
    }

    /**
     * The place in the manifest, such as {@code components[0].new_version}.
     *
     * @return the path; empty for the whole document
     */
    public String path() {
        return path;
    }
}
