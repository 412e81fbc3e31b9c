package dev.releaserules.core.spi;

/** The messages of this package, in one place. */
final class Messages {
    static final String FULL_REF_NAME = "a full ref name under refs/, such as refs/heads/main, without spaces, "
            + "control characters, \"..\" or \"//\"";
    static final String SHORT_NAME = "a short name without refs/, such as main or v1.2.3";

    private Messages() {
    }

    static String unsupported(String capability) {
        return "This code host does not support " + capability;
    }

    static String revisionNotFound(String revision) {
        return "Revision \"" + revision + "\" does not exist in the repository";
    }

    static String detachedHead() {
        return "HEAD is detached (or the repository is bare): check out a branch first";
    }

    static String dirtyWorkTree() {
        return "The work tree has uncommitted changes: commit or stash them first";
    }
}
