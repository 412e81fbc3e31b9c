package dev.releaserules.core.chatops;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.manifest.SafeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code /release} chat command of the release-management process's bot (R-CO), parsed from the text a chat platform
 * delivers, with or without the leading {@code /release}:
 *
 * <pre>
 * /release create               create a release and request its sign-offs
 * /release status               show the release dashboard
 * /release signoff &lt;component&gt;  sign off a component (its team lead or a delegate)
 * /release approve              final approval (release manager only)
 * /release deploy [--apply]     deploy an approved release; a dry run unless --apply
 * /release rollback &lt;reason&gt;    roll the release back (on-call or release manager)
 * /release cancel &lt;reason&gt;      call the release off before deploying (release manager)
 * /release help                 this list
 * </pre>
 *
 * <p>The sub-command is matched ignoring case; words are separated by any whitespace. Parsing never
 * throws for a non-null text: anything that is not one of these commands with the right arguments
 * is an {@link Invalid} carrying the problem, which the bot answers with the usage.
 */
public sealed interface ReleaseCommand {

    /** {@code /release create}. */
    record Create() implements ReleaseCommand {
    }

    /** {@code /release status}. */
    record Status() implements ReleaseCommand {
    }

    /**
     * {@code /release signoff <component>}.
     *
     * @param component the component to sign off, a safe name (see {@link SafeNames})
     */
    record SignOff(String component) implements ReleaseCommand {
        /** Validates the component name. */
        public SignOff {
            SafeNames.requireSafe(component, "component name");
        }
    }

    /** {@code /release approve}. */
    record Approve() implements ReleaseCommand {
    }

    /**
     * {@code /release deploy [--apply]}.
     *
     * @param apply true to deploy for real; false for a dry run
     */
    record Deploy(boolean apply) implements ReleaseCommand {
    }

    /**
     * {@code /release rollback <reason>}.
     *
     * @param reason why, not blank
     */
    record Rollback(String reason) implements ReleaseCommand {
        /** Validates the reason. */
        public Rollback {
            Checks.notBlank(reason, "rollback reason");
        }
    }

    /**
     * {@code /release cancel <reason>}: call off a release that has not started deploying.
     *
     * @param reason why, not blank
     */
    record Cancel(String reason) implements ReleaseCommand {
        /** Validates the reason. */
        public Cancel {
            Checks.notBlank(reason, "cancel reason");
        }
    }

    /** {@code /release help}, or {@code /release} alone. */
    record Help() implements ReleaseCommand {
    }

    /**
     * A text that is not a valid command, with what is wrong.
     *
     * @param problem what is wrong, one line
     */
    record Invalid(String problem) implements ReleaseCommand {
        /** Validates the problem. */
        public Invalid {
            Checks.notBlank(problem, "problem");
        }
    }

    /**
     * The usage text the bot answers bad commands and {@code help} with.
     *
     * @return the command list, one command a line
     */
    static String usage() {
        return Messages.usage();
    }

    /**
     * Parses a chat command. Never throws for a non-null text.
     *
     * @param text what the user typed, such as {@code /release deploy --apply} or {@code deploy --apply}
     * @return the command, or an {@link Invalid} saying what is wrong
     * @throws dev.releaserules.core.InvalidInputException when the text is null
     */
    static ReleaseCommand parse(String text) {
        Checks.notNull(text, "command text");
        List<int[]> words = words(text);
        if (!words.isEmpty() && word(text, words.get(0)).toLowerCase(Locale.ROOT).equals(Messages.COMMAND)) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return new Help();
        }
        String sub = word(text, words.get(0)).toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>();
        for (int[] w : words.subList(1, words.size())) {
            args.add(word(text, w));
        }
        switch (sub) {
            case "create":
                return args.isEmpty() ? new Create() : new Invalid(Messages.noArguments(sub));
            case "status":
                return args.isEmpty() ? new Status() : new Invalid(Messages.noArguments(sub));
            case "approve":
                return args.isEmpty() ? new Approve() : new Invalid(Messages.noArguments(sub));
            case "help":
                return args.isEmpty() ? new Help() : new Invalid(Messages.noArguments(sub));
            case "signoff":
            case "sign-off":
                if (args.size() != 1) {
                    return new Invalid(Messages.signOffNeedsComponent());
                }
                return SafeNames.isSafe(args.get(0)) ? new SignOff(args.get(0))
                        : new Invalid(Messages.badComponent(args.get(0)));
            case "deploy":
                if (args.isEmpty() || args.equals(List.of("--dry-run"))) {
                    return new Deploy(false);
                }
                return args.equals(List.of("--apply")) ? new Deploy(true) : new Invalid(Messages.deployArguments());
            case "rollback":
                String reason = args.isEmpty() ? "" : text.substring(words.get(1)[0]).strip();
                return reason.isEmpty() ? new Invalid(Messages.rollbackNeedsReason()) : new Rollback(reason);
            case "cancel":
                String why = args.isEmpty() ? "" : text.substring(words.get(1)[0]).strip();
                return why.isEmpty() ? new Invalid(Messages.cancelNeedsReason()) : new Cancel(why);
            default:
                return new Invalid(Messages.unknownCommand(word(text, words.get(0))));
        }
    }

    /** The [start, end) spans of the whitespace-separated words, by {@link Character#isWhitespace}. */
    private static List<int[]> words(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
