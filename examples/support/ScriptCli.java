// Shared by the example scripts through //SOURCES support/ScriptCli.java: how a script runs and exits.
//DEPS dev.releaserules:release-notify

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.version.Version;
import dev.releaserules.notify.NotificationConfigException;
import picocli.CommandLine;

/**
 * Runs a picocli script the same way in every example: enum values in any case, bad command-line
 * input as exit code 2 with a hint, and the library's exceptions as the exit codes each script's
 * --help lists (1 refused or failed, 2 bad arguments or configuration, 3 repository problem).
 */
public final class ScriptCli {
    private ScriptCli() {
    }

    /**
     * Parses the arguments, runs the command and exits the JVM with its exit code.
     *
     * @param command the picocli command object
     * @param args the command-line arguments
     */
    public static void main(Object command, String[] args) {
        System.exit(execute(command, args));
    }

    /**
     * Parses the arguments and runs the command; the library's warnings only, unless the script set
     * another log level first.
     *
     * @param command the picocli command object
     * @param args the command-line arguments
     * @return the exit code
     */
    public static int execute(Object command, String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(ScriptCli::usage)
                .setExecutionExceptionHandler(ScriptCli::fail).execute(args);
    }

    /** Bad command-line input: what was wrong, and where to look; exit code 2. */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        cmd.getErr().println("Run with --help for the options.");
        return 2;
    }

    /** The library's exceptions as the exit codes listed in --help. */
    static int fail(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof InvalidInputException || e instanceof NotificationConfigException || e instanceof BadInput) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof RepositoryException repositoryProblem) {
            cmd.getErr().println(name + ": repository problem (" + repositoryProblem.reason() + "): " + e.getMessage());
            return 3;
        }
        if (e instanceof RuleViolationException) {
            cmd.getErr().println(name + ": refused: " + e.getMessage());
            return 1;
        }
        if (e instanceof ReleaseException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return 1;
        }
        cmd.getErr().println(name + ": unexpected failure: " + e);
        e.printStackTrace(cmd.getErr());
        return 1;
    }

    /** Bad input found after parsing (a missing file, a malformed map): exit code 2. */
    public static class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * A bad input.
         *
         * @param message what was wrong and what was expected
         */
        public BadInput(String message) {
            super(message);
        }
    }

    /** A version option (X.Y.Z), parsed strictly; a malformed one is a usage error naming what was expected. */
    public static final class VersionConverter implements CommandLine.ITypeConverter<Version> {
        @Override
        public Version convert(String value) {
            try {
                return Version.parse(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
