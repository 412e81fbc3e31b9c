package dev.releaserules.git.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * An object reader that keeps the bytes of the commits it has read, up to a byte budget, least
 * recently used first out. A walk over it parses a commit it met before without looking it up in
 * a pack and inflating it again: a whole changelog walks one range per release, and ranges that
 * start on release branches overlap and share their boundaries. Every walk is still a fresh
 * {@code RevWalk} (no flags carried over from an earlier one), so the cost of a range stays the
 * size of the range. Not thread-safe, as any object reader.
 */
final class CommitCache extends ObjectReader.Filter {
    /** Bytes of commit objects kept: about 70,000 commits of a typical history. */
    static final long DEFAULT_BUDGET = 32L << 20;
    /** Estimated bytes per entry beyond the commit's own: key, entry, array header. */
    private static final int OVERHEAD = 96;

    private final ObjectReader delegate;
    private final long budget;
    private long used;
    private final LinkedHashMap<ObjectId, byte[]> commits = new LinkedHashMap<>(1024, 0.75f, true);

    CommitCache(ObjectReader delegate, long budget) {
        this.delegate = delegate;
        this.budget = budget;
    }

    @Override
    protected ObjectReader delegate() {
        return delegate;
    }

    @Override
    public ObjectLoader open(AnyObjectId objectId, int typeHint)
            throws MissingObjectException, IncorrectObjectTypeException, IOException {
        if (typeHint != Constants.OBJ_COMMIT) {
            return delegate.open(objectId, typeHint);
        }
        byte[] bytes = commits.get(objectId);
        if (bytes == null) {
            ObjectLoader loader = delegate.open(objectId, typeHint);
            if (loader.isLarge()) {
                return loader;
            }
            bytes = loader.getCachedBytes();
            remember(objectId.copy(), bytes);
        }
        return new ObjectLoader.SmallObject(Constants.OBJ_COMMIT, bytes);
    }

    private void remember(ObjectId id, byte[] bytes) {
        long size = bytes.length + OVERHEAD;
        if (size > budget) {
            return;
        }
        commits.put(id, bytes);
        used += size;
        var eldest = commits.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            Map.Entry<ObjectId, byte[]> entry = eldest.next();
            used -= entry.getValue().length + OVERHEAD;
            eldest.remove();
        }
    }

    /** How many commits are kept. */
    int size() {
        return commits.size();
    }

    @Override
    public ObjectReader newReader() {
        return delegate.newReader();
    }

    @Override
    public void close() {
        commits.clear();
        used = 0;
        delegate.close();
    }
}
