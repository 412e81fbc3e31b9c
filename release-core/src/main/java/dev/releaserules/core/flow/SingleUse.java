package dev.releaserules.core.flow;

import dev.releaserules.core.ReleaseException;

/** Guards a command's {@code call()} so that it runs once. */
final class SingleUse {
    private final String command;
    private boolean called;

    SingleUse(String command) {
        this.command = command;
    }

    void markCalled() {
        if (called) {
            throw new ReleaseException(FlowMessages.usedTwice(command));
        }
        called = true;
    }
}
