package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A release manifest (R-MF1): the YAML file of the release-management process that says what a release deploys, who has
 * signed off, what is still to be done and what happened during deployment.
 *
 * <p>Immutable. Fields the library does not model are kept (at every level) so that a manifest
 * writes back without losing them; modelled keys are written in a fixed order followed by the
 * unmodelled ones in the order they were read. YAML comments are not kept.
 *
 * <pre>{@code
 * ReleaseManifest m = ReleaseManifest.read(Path.of("releases/rel-2024-01-15-001.yaml"));
 * Readiness r = m.readiness();           // lists exactly what is missing
 * }</pre>
 *
 * @param release the {@code release:} section
 * @param components the components, with unique names, in order
 * @param validation the {@code validation:} section (test results, scans), kept as read
 * @param checklist the checklist items, in order
 * @param approvals the role approvals, in order
 * @param deployment what happened to each component during the last deployment
 * @param extra top-level fields the library does not model
 */
public record ReleaseManifest(ReleaseHeader release, List<Component> components, ExtraFields validation,
        List<ChecklistItem> checklist, List<Approval> approvals, List<DeploymentStep> deployment, ExtraFields extra) {

    /** The checklist item the rules complete themselves once every team sign-off is in. */
    public static final String ALL_SIGN_OFFS_ITEM = "All team sign-offs received";

    /** Validates the parts: component names must be unique. */
    public ReleaseManifest {
        Checks.notNull(release, "release");
        components = Checks.listCopy(components, "components");
        Checks.notNull(validation, "validation");
        checklist = Checks.listCopy(checklist, "checklist");
        approvals = Checks.listCopy(approvals, "approvals");
        deployment = Checks.listCopy(deployment, "deployment");
        Checks.notNull(extra, "extra fields");
        Set<String> names = new HashSet<>();
        for (Component c : components) {
            if (!names.add(c.name())) {
                throw new InvalidInputException("component name", c.name(), Expected.UNIQUE_COMPONENT);
            }
        }
    }

    /**
     * A new manifest with no validation results, deployment record or extra fields.
     *
     * @param release the release section
     * @param components the components
     * @param checklist the checklist
     * @param approvals the approvals
     * @return the manifest
     */
    public static ReleaseManifest of(ReleaseHeader release, List<Component> components, List<ChecklistItem> checklist,
            List<Approval> approvals) {
        return new ReleaseManifest(release, components, ExtraFields.empty(), checklist, approvals, List.of(),
                ExtraFields.empty());
    }

    /**
     * Reads a manifest file safely: at most 1,000,000 characters, nesting depth 32,
     * no anchors, aliases or explicit tags, no arbitrary types.
     *
     * @param file the YAML file
     * @return the manifest
     * @throws ManifestException when the file is not a valid manifest, naming file, line and column
     * @throws dev.releaserules.core.ReleaseException when the file cannot be read
     */
    public static ReleaseManifest read(Path file) {
        return ManifestYaml.read(file);
    }

    /**
     * Parses manifest YAML, with the same limits as {@link #read(Path)}.
     *
     * @param yaml the YAML text
     * @param sourceName the file name or description used in messages
     * @return the manifest
     * @throws ManifestException when the text is not a valid manifest, naming source, line and column
     */
    public static ReleaseManifest parse(String yaml, String sourceName) {
        return ManifestYaml.parse(yaml, sourceName);
    }

    /**
     * The manifest as YAML, modelled keys in a fixed order, unmodelled keys after them as read.
     *
     * @return the YAML text
     */
    public String toYaml() {
        return ManifestYaml.write(this);
    }

    /**
     * Writes the manifest atomically: to a temporary file in the same directory, then moved over the
     * target, so a crash mid-write leaves the old file.
     *
     * @param file the target file; its directory must exist (the error names it when it does not)
     * @throws dev.releaserules.core.ReleaseException when the file cannot be written
     */
    public void write(Path file) {
        ManifestYaml.writeAtomically(file, toYaml());
    }

    /**
     * The release id.
     *
     * @return the id
     */
    public ReleaseId id() {
        return release.id();
    }

    /**
     * The status.
     *
     * @return the status
     */
    public ReleaseStatus status() {
        return release.status();
    }

    /**
     * Finds a component by name.
     *
     * @param name the component name
     * @return the component, or empty when there is none of that name
     */
    public Optional<Component> findComponent(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Finds an approval by role (compared as in {@link Roles#same}).
     *
     * @param role the role
     * @return the approval, or empty
     */
    public Optional<Approval> findApproval(String role) {
        return approvals.stream().filter(a -> a.isRole(role)).findFirst();
    }

    /**
     * Whether team sign-offs count for this release: hotfixes skip them (R-RT1).
     *
     * @return false for hotfixes
     */
    public boolean needsTeamSignOffs() {
        return release.type() != ReleaseType.HOTFIX;
    }

    /**
     * The components whose sign-off the release waits for.
     *
     * @return the components with a pending or rejected sign-off; for hotfixes, which skip team
     *     sign-offs, only the rejected ones: a rejection blocks until withdrawn (R-SO1)
     */
    public List<Component> outstandingSignOffs() {
        if (!needsTeamSignOffs()) {
            return components.stream().filter(c -> c.signOff().status() == SignOffStatus.REJECTED).toList();
        }
        return components.stream().filter(c -> c.signOff().isOutstanding()).toList();
    }

    /**
     * The names of the validations that failed: values {@code failed}, {@code failure} or {@code false}.
     *
     * @return the names, in order
     */
    public List<String> failedValidations() {
        List<String> failed = new ArrayList<>();
        for (String name : validation.names()) {
            String value = validation.findText(name).orElse("");
            if (value.equalsIgnoreCase("failed") || value.equalsIgnoreCase("failure") || value.equals("false")) {
                failed.add(name);
            }
        }
        return List.copyOf(failed);
    }

    /**
     * What is missing before the release is ready (R-SO2): pending or rejected sign-offs (for
     * hotfixes only rejected ones), pending required checklist items, pending or rejected role approvals and failed
     * validations, in that order.
     *
     * @return the readiness; ready only when nothing is missing
     */
    public Readiness readiness() {
        List<Readiness.Missing> missing = new ArrayList<>();
        for (Component c : outstandingSignOffs()) {
            if (c.signOff().status() == SignOffStatus.REJECTED) {
                missing.add(new Readiness.Missing(Readiness.Kind.REJECTED_SIGN_OFF, c.name(),
                        c.signOff().by() + ": " + c.signOff().reason()));
            } else {
                missing.add(new Readiness.Missing(Readiness.Kind.PENDING_SIGN_OFF, c.name(), c.teamLead()));
            }
        }
        for (ChecklistItem item : checklist) {
            if (item.isOutstanding()) {
                missing.add(new Readiness.Missing(Readiness.Kind.PENDING_CHECKLIST_ITEM, item.item(), ""));
            }
        }
        for (Approval a : approvals) {
            if (a.status() == ApprovalStatus.PENDING) {
                missing.add(new Readiness.Missing(Readiness.Kind.PENDING_APPROVAL, a.role(), a.user()));
            } else if (a.status() == ApprovalStatus.REJECTED) {
                missing.add(new Readiness.Missing(Readiness.Kind.REJECTED_APPROVAL, a.role(), a.user()));
            }
        }
        for (String name : failedValidations()) {
            missing.add(new Readiness.Missing(Readiness.Kind.FAILED_VALIDATION, name, ""));
        }
        return new Readiness(missing);
    }

    /**
     * A copy in another status, checked against the status table only (R-MF1). The readiness guard
     * and the events are the job of the sign-off and deployment rules.
     *
     * @param target the new status
     * @return the copy
     * @throws IllegalTransitionException when the table does not allow the move
     */
    public ReleaseManifest moveTo(ReleaseStatus target) {
        release.status().requireMoveTo(target);
        return withRelease(release.withStatus(target));
    }

    /**
     * A copy with another release section.
     *
     * @param other the release section
     * @return the copy
     */
    public ReleaseManifest withRelease(ReleaseHeader other) {
        return new ReleaseManifest(other, components, validation, checklist, approvals, deployment, extra);
    }

    /**
     * A copy with a component replaced (matched by name) or appended.
     *
     * @param component the component
     * @return the copy
     */
    public ReleaseManifest withComponent(Component component) {
        Checks.notNull(component, "component");
        List<Component> copy = new ArrayList<>(components);
        int i = indexOf(component.name());
        if (i < 0) {
            copy.add(component);
        } else {
            copy.set(i, component);
        }
        return new ReleaseManifest(release, copy, validation, checklist, approvals, deployment, extra);
    }

    /**
     * A copy with another checklist.
     *
     * @param items the checklist
     * @return the copy
     */
    public ReleaseManifest withChecklist(List<ChecklistItem> items) {
        return new ReleaseManifest(release, components, validation, items, approvals, deployment, extra);
    }

    /**
     * A copy with other approvals.
     *
     * @param items the approvals
     * @return the copy
     */
    public ReleaseManifest withApprovals(List<Approval> items) {
        return new ReleaseManifest(release, components, validation, checklist, items, deployment, extra);
    }

    /**
     * A copy with another validation section.
     *
     * @param results the validation results
     * @return the copy
     */
    public ReleaseManifest withValidation(ExtraFields results) {
        return new ReleaseManifest(release, components, results, checklist, approvals, deployment, extra);
    }

    /**
     * A copy with another deployment record.
     *
     * @param steps the deployment steps
     * @return the copy
     */
    public ReleaseManifest withDeployment(List<DeploymentStep> steps) {
        return new ReleaseManifest(release, components, validation, checklist, approvals, steps, extra);
    }

    private int indexOf(String name) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
