package dev.releaserules.testkit.repository;

import dev.releaserules.core.spi.SourceRepository;
import java.util.Map;

/** The port's contract suite on the in-memory repository: the flow's rules without git. */
class InMemorySourceRepositoryContractTest extends SourceRepositoryContract {

    @Override
    protected SourceRepository published() {
        InMemorySourceRepository origin = InMemorySourceRepository.bare();
        InMemorySourceRepository setup = InMemorySourceRepository.init("main").addRemote("origin", origin);
        setup.commitOn("main", Map.of("version.txt", "2.2.0\n"), "chore: start");
        setup.createTag("v2.2.0", setup.requireCommit("main"), "Release v2.2.0",
                new dev.releaserules.core.spi.Identity("dev", "dev@example.com"), java.time.Instant.EPOCH);
        setup.commitOn("develop", Map.of("api.txt", "orders\n"), "feat(api): add the orders endpoint");
        setup.pushAll();
        InMemorySourceRepository clone = InMemorySourceRepository.cloneOf(origin, "origin");
        clone.createRef(dev.releaserules.core.spi.RefName.branch("develop"), clone.requireCommit("origin/develop"));
        return clone.checkout("develop");
    }
}
