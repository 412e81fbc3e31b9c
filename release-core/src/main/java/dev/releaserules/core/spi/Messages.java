package dev.releaserules.core.spi;

/** The messages of this package, in one place. */
final class Messages {
    private Messages() {
    }

    static String unsupported(String capability) {
        return "This code host does not support " + capability;
    }

    static String unsupportedByRepository(String capability) {
        return "This source repository adapter does not support " + capability;
    }
}
