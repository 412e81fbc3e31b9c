package dev.releaserules.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the plain YAML tree to the manifest records and back. Every key that is read is marked as
 * used; the rest of each mapping becomes that level's {@link ExtraFields}.
 */
final class ManifestMapping {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManifestYaml.Tree tree;

    ManifestMapping(ManifestYaml.Tree tree) {
        this.tree = tree;
    }

    /** One mapping being read, remembering which keys were used. */
    private final class Section {
        final ObjectNode node;
        final String path;
        final Set<String> used = new HashSet<>();

        Section(JsonNode node, String path) {
            if (!(node instanceof ObjectNode o)) {
                throw tree.error(path, ManifestMapping.text(node), Expected.MAPPING);
            }
            this.node = o;
            this.path = path;
        }

        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        JsonNode raw(String key) {
            used.add(key);
            JsonNode value = node.get(key);
            return value == null || value.isNull() ? null : value;
        }

        String text(String key) {
            JsonNode value = raw(key);
            if (value == null) {
                return "";
            }
            if (!value.isTextual()) {
                throw tree.error(child(key), ManifestMapping.text(value), Expected.TEXT);
            }
            return value.asText();
        }

        String requiredText(String key) {
            if (raw(key) == null) {
                throw tree.error(path, "", Messages.missingKey(key));
            }
            return text(key);
        }

        /** Scalars of any type, as text: for values that are parsed further, so the parse error explains. */
        String scalar(String key, boolean required) {
            JsonNode value = raw(key);
            if (value == null) {
                if (required) {
                    throw tree.error(path, "", Messages.missingKey(key));
                }
                return "";
            }
            if (!value.isValueNode()) {
                throw tree.error(child(key), ManifestMapping.text(value), Expected.TEXT);
            }
            return value.asText();
        }

        String time(String key) {
            String value = text(key);
            return ManifestYaml.at(tree, child(key), () -> Times.check(value, key));
        }

        boolean bool(String key, boolean absent) {
            JsonNode value = raw(key);
            if (value == null) {
                return absent;
            }
            if (!value.isBoolean()) {
                throw tree.error(child(key), ManifestMapping.text(value), Expected.BOOLEAN);
            }
            return value.booleanValue();
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E absent) {
            JsonNode value = raw(key);
            if (value == null) {
                if (absent == null) {
                    throw tree.error(path, "", Messages.missingKey(key));
                }
                return absent;
            }
            String wire = value.isValueNode() ? value.asText() : ManifestMapping.text(value);
            return WireNames.find(type, wire)
                    .orElseThrow(() -> tree.error(child(key), wire, Expected.oneOf(WireNames.all(type))));
        }

        List<String> texts(String key) {
            List<String> out = new ArrayList<>();
            for (JsonNode item : items(key)) {
                String itemPath = child(key) + "[" + out.size() + "]";
                if (!item.isTextual()) {
                    throw tree.error(itemPath, ManifestMapping.text(item), Expected.TEXT);
                }
                out.add(item.asText());
            }
            return out;
        }

        List<JsonNode> items(String key) {
            JsonNode value = raw(key);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                throw tree.error(child(key), ManifestMapping.text(value), Expected.LIST);
            }
            List<JsonNode> out = new ArrayList<>();
            value.forEach(out::add);
            return out;
        }

        ExtraFields mapping(String key) {
            JsonNode value = raw(key);
            if (value == null) {
                return ExtraFields.empty();
            }
            return ExtraFields.of(new Section(value, child(key)).node);
        }

        ExtraFields rest() {
            ObjectNode extra = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!used.contains(e.getKey())) {
                    extra.set(e.getKey(), e.getValue());
                }
            }
            return ExtraFields.of(extra);
        }
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.asText();
    }

    ReleaseManifest manifest(JsonNode root) {
        Section top = new Section(root, "");
        JsonNode releaseNode = top.raw("release");
        if (releaseNode == null) {
            throw tree.error("", "", Messages.missingKey("release"));
        }
        ReleaseHeader release = header(new Section(releaseNode, "release"));
        List<Component> components = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> componentNodes = top.items("components");
        for (int i = 0; i < componentNodes.size(); i++) {
            String path = "components[" + i + "]";
            Component c = component(new Section(componentNodes.get(i), path));
            if (!names.add(c.name())) {
                throw tree.error(path + ".name", c.name(), Expected.UNIQUE_COMPONENT);
            }
            components.add(c);
        }
        ExtraFields validation = top.mapping("validation");
        List<ChecklistItem> checklist = new ArrayList<>();
        List<JsonNode> itemNodes = top.items("checklist");
        for (int i = 0; i < itemNodes.size(); i++) {
            checklist.add(checklistItem(new Section(itemNodes.get(i), "checklist[" + i + "]")));
        }
        List<Approval> approvals = new ArrayList<>();
        List<JsonNode> approvalNodes = top.items("approvals");
        for (int i = 0; i < approvalNodes.size(); i++) {
            approvals.add(approval(new Section(approvalNodes.get(i), "approvals[" + i + "]")));
        }
        List<DeploymentStep> deployment = new ArrayList<>();
        List<JsonNode> stepNodes = top.items("deployment");
        for (int i = 0; i < stepNodes.size(); i++) {
            deployment.add(step(new Section(stepNodes.get(i), "deployment[" + i + "]")));
        }
        return new ReleaseManifest(release, components, validation, checklist, approvals, deployment, top.rest());
    }

    private ReleaseHeader header(Section s) {
        String idText = s.scalar("id", true);
        ReleaseId id = ManifestYaml.at(tree, s.child("id"), () -> ReleaseId.parse(idText));
        ReleaseType type = s.choice("type", ReleaseType.class, ReleaseType.REGULAR);
        String scheduledAt = s.time("scheduled_at");
        String manager = s.text("release_manager");
        ReleaseStatus status = s.choice("status", ReleaseStatus.class, null);
        String rolledBackBy = s.text("rolled_back_by");
        String rolledBackAt = s.time("rolled_back_at");
        String reason = s.text("rollback_reason");
        String cancelledBy = s.text("cancelled_by");
        String cancelledAt = s.time("cancelled_at");
        String cancelReason = s.text("cancel_reason");
        String description = s.text("description");
        ScheduleOverride override = scheduleOverride(s);
        return ManifestYaml.at(tree, s.child("description"), () -> new ReleaseHeader(id, type, scheduledAt, manager,
                status, rolledBackBy, rolledBackAt, reason, cancelledBy, cancelledAt, cancelReason, description,
                override, s.rest()));
    }

    private ScheduleOverride scheduleOverride(Section release) {
        JsonNode node = release.raw("schedule_override");
        if (node == null) {
            return ScheduleOverride.none();
        }
        Section s = new Section(node, release.child("schedule_override"));
        String by = s.text("by");
        String at = s.time("at");
        String why = s.text("reason");
        return ManifestYaml.at(tree, s.path, () -> new ScheduleOverride(by, at, why, s.rest()));
    }

    private Component component(Section s) {
        String name = s.requiredText("name");
        ManifestYaml.at(tree, s.child("name"), () -> SafeNames.requireSafe(name, "component name"));
        String currentText = s.scalar("current_version", true);
        ManifestVersion current = ManifestYaml.at(tree, s.child("current_version"),
                () -> ManifestVersion.parse(currentText));
        String newText = s.scalar("new_version", true);
        ManifestVersion next = ManifestYaml.at(tree, s.child("new_version"), () -> ManifestVersion.parse(newText));
        List<String> changes = s.texts("changes");
        String versionReason = s.text("version_reason");
        List<String> authors = s.texts("authors");
        String team = s.text("team");
        String teamLead = s.text("team_lead");
        SignOffStatus status = s.choice("sign_off", SignOffStatus.class,
                changes.isEmpty() ? SignOffStatus.NOT_REQUIRED : SignOffStatus.PENDING);
        List<String> invalidatedBy = s.texts("invalidated_by");
        SignOff signOff = switch (status) {
            case APPROVED -> new SignOff(status, s.text("approved_by"), s.time("approved_at"), "", invalidatedBy);
            case REJECTED -> {
                String by = s.text("rejected_by");
                String at = s.time("rejected_at");
                String reason = s.text("rejection_reason");
                yield ManifestYaml.at(tree, s.child("rejection_reason"),
                        () -> new SignOff(status, by, at, reason, invalidatedBy));
            }
            default -> new SignOff(status, "", "", "", invalidatedBy);
        };
        return new Component(name, current, next, changes, versionReason, authors, team, teamLead, signOff, s.rest());
    }

    private ChecklistItem checklistItem(Section s) {
        String item = s.requiredText("item");
        ChecklistStatus status = s.choice("status", ChecklistStatus.class, ChecklistStatus.PENDING);
        boolean required = s.bool("required", false);
        String by = s.text("completed_by");
        String at = s.time("completed_at");
        String due = s.time("due_at");
        return new ChecklistItem(item, status, required, by, at, due, s.rest());
    }

    private Approval approval(Section s) {
        String role = s.requiredText("role");
        String user = s.text("user");
        ApprovalStatus status = s.choice("status", ApprovalStatus.class, ApprovalStatus.PENDING);
        String at = s.time("approved_at");
        return new Approval(role, user, status, at, s.rest());
    }

    private DeploymentStep step(Section s) {
        String component = s.requiredText("component");
        String versionText = s.scalar("version", true);
        ManifestVersion version = ManifestYaml.at(tree, s.child("version"), () -> ManifestVersion.parse(versionText));
        DeploymentStep.Outcome outcome = s.choice("outcome", DeploymentStep.Outcome.class, null);
        String detail = s.text("detail");
        String at = s.time("at");
        return ManifestYaml.at(tree, s.path, () -> new DeploymentStep(component, version, outcome, detail, at));
    }

    // ---- writing ---------------------------------------------------------------------------

    static ObjectNode toTree(ReleaseManifest m) {
        ObjectNode root = NODES.objectNode();
        ReleaseHeader h = m.release();
        ObjectNode release = root.putObject("release");
        release.put("id", h.id().value());
        release.put("type", h.type().wireName());
        putIfPresent(release, "scheduled_at", h.scheduledAt());
        putIfPresent(release, "release_manager", h.releaseManager());
        release.put("status", h.status().wireName());
        putIfPresent(release, "rolled_back_by", h.rolledBackBy());
        putIfPresent(release, "rolled_back_at", h.rolledBackAt());
        putIfPresent(release, "rollback_reason", h.rollbackReason());
        putIfPresent(release, "cancelled_by", h.cancelledBy());
        putIfPresent(release, "cancelled_at", h.cancelledAt());
        putIfPresent(release, "cancel_reason", h.cancelReason());
        putIfPresent(release, "description", h.description());
        if (h.scheduleOverride().isPresent()) {
            ObjectNode override = release.putObject("schedule_override");
            override.put("by", h.scheduleOverride().by());
            override.put("at", h.scheduleOverride().at());
            override.put("reason", h.scheduleOverride().reason());
            appendExtra(override, h.scheduleOverride().extra());
        }
        appendExtra(release, h.extra());

        ArrayNode components = root.putArray("components");
        for (Component c : m.components()) {
            ObjectNode o = components.addObject();
            o.put("name", c.name());
            o.put("current_version", c.currentVersion().toString());
            o.put("new_version", c.newVersion().toString());
            texts(o.putArray("changes"), c.changes());
            putIfPresent(o, "version_reason", c.versionReason());
            if (!c.authors().isEmpty()) {
                texts(o.putArray("authors"), c.authors());
            }
            putIfPresent(o, "team", c.team());
            putIfPresent(o, "team_lead", c.teamLead());
            SignOff s = c.signOff();
            o.put("sign_off", s.status().wireName());
            if (s.status() == SignOffStatus.APPROVED) {
                putIfPresent(o, "approved_by", s.by());
                putIfPresent(o, "approved_at", s.at());
            } else if (s.status() == SignOffStatus.REJECTED) {
                putIfPresent(o, "rejected_by", s.by());
                putIfPresent(o, "rejected_at", s.at());
                o.put("rejection_reason", s.reason());
            }
            if (!s.invalidatedBy().isEmpty()) {
                texts(o.putArray("invalidated_by"), s.invalidatedBy());
            }
            appendExtra(o, c.extra());
        }
        if (!m.validation().isEmpty()) {
            root.set("validation", m.validation().copy());
        }
        if (!m.checklist().isEmpty()) {
            ArrayNode checklist = root.putArray("checklist");
            for (ChecklistItem i : m.checklist()) {
                ObjectNode o = checklist.addObject();
                o.put("item", i.item());
                o.put("status", i.status().wireName());
                o.put("required", i.required());
                putIfPresent(o, "completed_by", i.completedBy());
                putIfPresent(o, "completed_at", i.completedAt());
                putIfPresent(o, "due_at", i.dueAt());
                appendExtra(o, i.extra());
            }
        }
        if (!m.approvals().isEmpty()) {
            ArrayNode approvals = root.putArray("approvals");
            for (Approval a : m.approvals()) {
                ObjectNode o = approvals.addObject();
                o.put("role", a.role());
                putIfPresent(o, "user", a.user());
                o.put("status", a.status().wireName());
                putIfPresent(o, "approved_at", a.at());
                appendExtra(o, a.extra());
            }
        }
        if (!m.deployment().isEmpty()) {
            ArrayNode steps = root.putArray("deployment");
            for (DeploymentStep d : m.deployment()) {
                ObjectNode o = steps.addObject();
                o.put("component", d.component());
                o.put("version", d.version().toString());
                o.put("outcome", d.outcome().wireName());
                putIfPresent(o, "detail", d.detail());
                putIfPresent(o, "at", d.at());
            }
        }
        appendExtra(root, m.extra());
        return root;
    }

    private static void putIfPresent(ObjectNode o, String key, String value) {
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static void texts(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Unmodelled keys go after the modelled ones; a modelled key written above always wins. */
    private static void appendExtra(ObjectNode o, ExtraFields extra) {
        ObjectNode fields = extra.copy();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        }
    }
}
