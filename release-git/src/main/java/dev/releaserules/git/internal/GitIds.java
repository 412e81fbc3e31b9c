package dev.releaserules.git.internal;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.spi.RefName;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/** Object ids and ref names as JGit takes them, checked at the adapter's boundary. */
final class GitIds {
    private GitIds() {
    }


    static ObjectId objectId(String id) {
        if (!ObjectId.isId(id)) {
            throw new InvalidInputException("object id", id, "a full 40-character object id");
        }
        return ObjectId.fromString(id);
    }

    /** The ref's name, when git accepts it. */
    static String refName(RefName ref) {
        if (!Repository.isValidRefName(ref.name())) {
            throw new InvalidInputException("ref name", ref.name(), "a full ref name under refs/ that git accepts");
        }
        return ref.name();
    }
}
