package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.DeploymentStep;
import dev.releaserules.core.manifest.ExtraFields;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.SignOff;
import dev.releaserules.core.manifest.SignOffStatus;
import java.util.List;

/**
 * Writes a manifest the way people write seed 001's YAML by hand: comments, single quotes, flow
 * {@code []} for no changes, optional keys left out. Written here rather than with core's writer so
 * that what the reader is tested with does not come from the code under test.
 */
final class SeedYaml {
    private final StringBuilder out = new StringBuilder(1024);

    private SeedYaml() {
    }

    static String render(ReleaseManifest m) {
        return new SeedYaml().manifest(m).out.toString();
    }

    private SeedYaml manifest(ReleaseManifest m) {
        ReleaseHeader h = m.release();
        line(0, "# releases/" + h.id() + ".yaml");
        line(0, "release:");
        line(2, "id: " + h.id());
        line(2, "type: " + h.type().wireName());
        optional(2, "scheduled_at", h.scheduledAt());
        optional(2, "release_manager", h.releaseManager());
        line(2, "status: " + h.status().wireName() + " # draft, pending_approval, approved, deploying, deployed, rolled_back");
        optional(2, "rolled_back_by", h.rolledBackBy());
        optional(2, "rolled_back_at", h.rolledBackAt());
        optional(2, "rollback_reason", h.rollbackReason());
        extra(2, h.extra());
        out.append('\n');
        line(0, "components:");
        for (Component c : m.components()) {
            line(2, "- name: " + quote(c.name()));
            line(4, "current_version: " + version(c.currentVersion()));
            line(4, "new_version: " + version(c.newVersion()) + (c.isChanged() ? "" : " # No changes"));
            list(4, "changes", c.changes(), true);
            optional(4, "version_reason", c.versionReason());
            list(4, "authors", c.authors(), false);
            optional(4, "team", c.team());
            optional(4, "team_lead", c.teamLead());
            SignOff s = c.signOff();
            line(4, "sign_off: " + s.status().wireName() + " # pending, approved, rejected");
            if (s.status() == SignOffStatus.APPROVED) {
                optional(4, "approved_by", s.by());
                optional(4, "approved_at", s.at());
            } else if (s.status() == SignOffStatus.REJECTED) {
                optional(4, "rejected_by", s.by());
                optional(4, "rejected_at", s.at());
                line(4, "rejection_reason: " + quote(s.reason()));
            }
            list(4, "invalidated_by", s.invalidatedBy(), false);
            extra(4, c.extra());
            out.append('\n');
        }
        if (!m.validation().isEmpty()) {
            line(0, "validation:");
            extra(2, m.validation());
            out.append('\n');
        }
        if (!m.checklist().isEmpty()) {
            line(0, "checklist:");
            for (ChecklistItem i : m.checklist()) {
                line(2, "- item: " + quote(i.item()));
                line(4, "status: " + i.status().wireName());
                if (i.required()) {
                    line(4, "required: true");
                }
                optional(4, "completed_by", i.completedBy());
                optional(4, "completed_at", i.completedAt());
                extra(4, i.extra());
            }
            out.append('\n');
        }
        if (!m.approvals().isEmpty()) {
            line(0, "approvals:");
            for (Approval a : m.approvals()) {
                line(2, "- role: " + quote(a.role()));
                optional(4, "user", a.user());
                line(4, "status: " + a.status().wireName());
                optional(4, "approved_at", a.at());
                extra(4, a.extra());
            }
        }
        if (!m.deployment().isEmpty()) {
            line(0, "deployment:");
            for (DeploymentStep d : m.deployment()) {
                line(2, "- component: " + quote(d.component()));
                line(4, "version: " + version(d.version()));
                line(4, "outcome: " + d.outcome().wireName());
                optional(4, "detail", d.detail());
                optional(4, "at", d.at());
            }
        }
        extra(0, m.extra());
        return this;
    }

    /** {@code v1.2.3} plain, as the seed writes it; a bare {@code 1.2.3} quoted so it stays text. */
    private static String version(ManifestVersion v) {
        return v.prefix().isEmpty() ? quote(v.toString()) : v.toString();
    }

    private void list(int indent, String key, List<String> values, boolean always) {
        if (values.isEmpty()) {
            if (always) {
                line(indent, key + ": []");
            }
            return;
        }
        line(indent, key + ":");
        values.forEach(v -> line(indent + 2, "- " + quote(v)));
    }

    private void extra(int indent, ExtraFields fields) {
        for (String name : fields.names()) {
            line(indent, name + ": " + quote(fields.findText(name).orElse("")));
        }
    }

    private void optional(int indent, String key, String value) {
        if (!value.isEmpty()) {
            line(indent, key + ": " + quote(value));
        }
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
