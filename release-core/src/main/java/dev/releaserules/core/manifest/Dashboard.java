package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a manifest as the Markdown release dashboard of the release-management process (R-DB): status, schedule and
 * release manager, with the description and any schedule override; the components with {@code v1.2.3 → v1.3.0}, team, sign-off and
 * Ready/Waiting/Blocked/Skip; the checklist with the team sign-off count ({@code 2/3}) and due times; validation
 * results; approvals; what blocks the release; and which actions are enabled.
 *
 * <p>Pure: the same manifest and zone always give the same text.
 */
public final class Dashboard {
    private static final DateTimeFormatter SCHEDULE = DateTimeFormatter.ofPattern("MMM d, hh:mm a", Locale.ENGLISH);

    private Dashboard() {
    }

    /**
     * Renders the dashboard.
     *
     * @param manifest the release
     * @param zone the zone the schedule is shown in
     * @return the Markdown text, ending with a newline
     */
    public static String render(ReleaseManifest manifest, ZoneId zone) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(zone, "zone");
        ReleaseHeader h = manifest.release();
        StringBuilder out = new StringBuilder("# Release Dashboard\n\n## Current Release: ").append(h.id()).append("\n\n");
        String scheduled = Times.find(h.scheduledAt()).map(t -> SCHEDULE.format(t.atZone(zone))).orElse("Not scheduled");
        table(out, List.of(new String[] {"Status", "Scheduled", "Release Manager", "Type"},
                new String[] {status(h.status()), scheduled, orDash(h.releaseManager()), h.type().wireName()}));
        if (!h.description().isBlank()) {
            out.append("\n> ").append(cell(h.description().strip())).append('\n');
        }
        if (h.scheduleOverride().isPresent()) {
            ScheduleOverride o = h.scheduleOverride();
            String at = Times.find(o.at()).map(t -> SCHEDULE.format(t.atZone(zone))).orElse(o.at());
            out.append("\n⚠️ Schedule overridden by ").append(cell(o.by())).append(" (").append(at).append("): ")
                    .append(cell(o.reason())).append('\n');
        }

        out.append("\n### Components\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Component", "Version", "Team", "Sign-off", "Status"});
        for (Component c : manifest.components()) {
            String version = c.isChanged() ? c.currentVersion() + " → " + c.newVersion() : c.currentVersion().toString();
            rows.add(new String[] {c.name(), version, team(c.team()), signOff(c, manifest), state(c, manifest)});
        }
        table(out, rows);

        out.append("\n### Checklist\n\n");
        rows = new ArrayList<>();
        rows.add(new String[] {"Item", "Status", "Owner"});
        if (manifest.needsTeamSignOffs()) {
            long needed = manifest.components().stream()
                    .filter(c -> c.signOff().status() != SignOffStatus.NOT_REQUIRED).count();
            long approved = manifest.components().stream()
                    .filter(c -> c.signOff().status() == SignOffStatus.APPROVED).count();
            rows.add(new String[] {"All team sign-offs", (approved == needed ? "✅ " : "🟡 ") + approved + "/" + needed,
                    "Teams"});
        }
        for (ChecklistItem i : manifest.checklist()) {
            if (i.item().equals(ReleaseManifest.ALL_SIGN_OFFS_ITEM)) {
                continue;
            }
            String state = i.status() == ChecklistStatus.COMPLETED ? "✅ Done" : i.required() ? "🟡 Pending" : "⬜ Open";
            if (i.status() != ChecklistStatus.COMPLETED && !i.dueAt().isEmpty()) {
                state += Times.find(i.dueAt()).map(t -> ", due " + SCHEDULE.format(t.atZone(zone))).orElse("");
            }
            rows.add(new String[] {i.item() + (i.required() ? " (required)" : ""), state, orDash(i.completedBy())});
        }
        table(out, rows);

        List<String> validations = manifest.validation().names().stream().filter(n -> !n.endsWith("_at")).toList();
        if (!validations.isEmpty()) {
            out.append("\n### Validation\n\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"Check", "Result"});
            List<String> failed = manifest.failedValidations();
            for (String name : validations) {
                String value = manifest.validation().findText(name).orElse("");
                rows.add(new String[] {label(name), (failed.contains(name) ? "❌ " : "✅ ") + value});
            }
            table(out, rows);
        }

        if (!manifest.approvals().isEmpty()) {
            out.append("\n### Approvals\n\n");
            rows = new ArrayList<>();
            rows.add(new String[] {"Role", "Approver", "Status"});
            for (Approval a : manifest.approvals()) {
                rows.add(new String[] {a.role(), orDash(a.user()), approval(a.status())});
            }
            table(out, rows);
        }

        Readiness readiness = manifest.readiness();
        if (!readiness.isReady()) {
            out.append("\n### Blocked By\n\n");
            readiness.missing().forEach(m -> out.append("- ").append(m.describe()).append('\n'));
        }

        out.append("\n### Actions\n\n");
        ReleaseStatus s = h.status();
        boolean signing = s == ReleaseStatus.DRAFT || s == ReleaseStatus.PENDING_APPROVAL || s == ReleaseStatus.APPROVED;
        action(out, "Request Missing Sign-offs", signing && !manifest.outstandingSignOffs().isEmpty(),
                "no sign-off is missing");
        action(out, "View Full Manifest", true, "");
        action(out, "Approve Release", s == ReleaseStatus.PENDING_APPROVAL && readiness.isReady(),
                "disabled until all sign-offs, checklist items and approvals are in");
        action(out, "Start Deployment", s == ReleaseStatus.APPROVED && readiness.isReady(),
                "disabled until all approved");
        action(out, "Rollback", s.canMoveTo(ReleaseStatus.ROLLED_BACK), "disabled until deploying");
        return out.toString();
    }

    private static void action(StringBuilder out, String name, boolean enabled, String disabled) {
        out.append("- [").append(name).append(']');
        if (!enabled) {
            out.append(" (").append(disabled).append(')');
        }
        out.append('\n');
    }

    private static String status(ReleaseStatus s) {
        return switch (s) {
            case DRAFT -> "📝 Draft";
            case PENDING_APPROVAL -> "🟡 Pending Approval";
            case APPROVED -> "✅ Approved";
            case DEPLOYING -> "🚀 Deploying";
            case DEPLOYED -> "✅ Deployed";
            case ROLLED_BACK -> "⚠️ Rolled Back";
            case CANCELLED -> "🚫 Cancelled";
        };
    }

    private static String signOff(Component c, ReleaseManifest m) {
        if (!m.needsTeamSignOffs()) {
            return "➖ Not required";
        }
        return switch (c.signOff().status()) {
            case PENDING -> "🟡 Pending";
            case APPROVED -> "✅ Approved";
            case REJECTED -> "❌ Rejected";
            case NOT_REQUIRED -> "➖ No changes";
        };
    }

    private static String state(Component c, ReleaseManifest m) {
        if (!c.isChanged() && c.signOff().status() == SignOffStatus.NOT_REQUIRED) {
            return "Skip";
        }
        if (!m.needsTeamSignOffs()) {
            return "Ready";
        }
        return switch (c.signOff().status()) {
            case PENDING -> "Waiting";
            case APPROVED, NOT_REQUIRED -> "Ready";
            case REJECTED -> "Blocked";
        };
    }

    private static String approval(ApprovalStatus s) {
        return switch (s) {
            case PENDING -> "🟡 Pending";
            case APPROVED -> "✅ Approved";
            case REJECTED -> "❌ Rejected";
        };
    }

    private static String team(String team) {
        return team.isEmpty() ? "—" : team.startsWith("@") ? team : "@" + team;
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private static String label(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A Markdown table with columns padded to their widest cell; cell text has its pipes escaped. */
    private static void table(StringBuilder out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                row[i] = cell(row[i]);
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), width);
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(Math.max(3, width[i]));
                }
                line(out, rule, width);
            }
        }
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            int pad = Math.max(3, width[i]) - cells[i].codePointCount(0, cells[i].length());
            out.append(' ').append(cells[i]).append(" ".repeat(Math.max(pad, 0))).append(" |");
        }
        out.append('\n');
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
