package dev.releaserules.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagFormatTest {

    @Test
    @DisplayName("R-T2 the default tag format is v followed by the version")
    void default_format() {
        TagFormat format = TagFormat.defaults();

        assertThat(format.format(Version.of(2, 2, 0))).isEqualTo("v2.2.0");
        assertThat(format.findVersion("v2.2.0")).contains(Version.of(2, 2, 0));
        assertThat(format.isReleaseTag("v2.2.0")).isTrue();
        assertThat(format.isReleaseTag("v2.2.0-rc.1")).isFalse();
        assertThat(format.findVersion("v2.2.0-rc.1")).contains(Version.parse("2.2.0-rc.1"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a release tag")
    @ValueSource(strings = {"latest", "v1.2", "v.7.1.0", "temporary-tag", "2024.01.15", "v2024.01.15", "1.2.3",
        "V1.2.3", "v01.2.3", "api@v1.2.3", "v1.2.3 ", "refs/tags/v1.2.3", ""})
    @DisplayName("Lessons: junk tags never count as releases")
    void junk_tags_are_not_releases(String tag) {
        assertThat(TagFormat.defaults().findVersion(tag)).isEmpty();
        assertThat(TagFormat.defaults().isReleaseTag(tag)).isFalse();
    }

    @Test
    void requiring_a_version_of_a_junk_tag_names_the_tag_and_the_form() {
        assertThatThrownBy(() -> TagFormat.defaults().requireVersion("v1.2"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid tag name \"v1.2\": expected a release tag of the form v1.2.3");
    }

    @Test
    void other_prefixes_and_no_prefix() {
        assertThat(TagFormat.withPrefix("").format(Version.of(1, 2, 3))).isEqualTo("1.2.3");
        assertThat(TagFormat.withPrefix("").findVersion("v1.2.3")).isEmpty();
        assertThat(TagFormat.withPrefix("release-").findVersion("release-1.2.3")).contains(Version.of(1, 2, 3));
    }

    @Test
    void per_component_tags() {
        TagFormat api = TagFormat.defaults().forComponent("api");
        TagFormat web = TagFormat.defaults().forComponent("web", "/");

        assertThat(api.format(Version.of(1, 2, 3))).isEqualTo("api@v1.2.3");
        assertThat(web.format(Version.of(1, 2, 3))).isEqualTo("web/v1.2.3");
        assertThat(api.findVersion("api@v1.2.3")).contains(Version.of(1, 2, 3));
        assertThat(api.findVersion("web@v1.2.3")).isEmpty();
        assertThat(api.findVersion("v1.2.3")).isEmpty();
        assertThat(TagFormat.defaults().findVersion("api@v1.2.3")).isEmpty();
    }

    @Test
    void component_names_and_separators_are_validated() {
        assertThatThrownBy(() -> TagFormat.defaults().forComponent("a b")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("component name");
        assertThatThrownBy(() -> TagFormat.defaults().forComponent("api", "#"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"@\", \"/\" or \"-\"");
        assertThat(TagFormat.defaults().forComponent("storage", "-").findVersion("storage-v7.0.0"))
                .contains(Version.of(7, 0, 0));
        assertThatThrownBy(() -> TagFormat.withPrefix("v..")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Lessons: the latest release tag is chosen by precedence, never by name order; junk ignored")
    void latest_by_precedence() {
        List<String> tags = List.of("v1.9.0", "v1.10.0", "v1.10.0-rc.3", "v2.0.0-beta.1", "latest", "v.7.1.0",
                "1.99.0", "api@v9.0.0", "v1.2");

        assertThat(TagFormat.defaults().latest(tags, false)).map(ReleaseTag::name).contains("v1.10.0");
        assertThat(TagFormat.defaults().latest(tags, true)).map(ReleaseTag::name).contains("v2.0.0-beta.1");
        assertThat(TagFormat.defaults().latest(List.of("latest"), true)).isEmpty();
        assertThat(TagFormat.defaults().forComponent("api").latest(tags, false)).map(ReleaseTag::name)
                .contains("api@v9.0.0");
    }

    @Property(tries = 200)
    void format_then_find_is_identity(@ForAll @IntRange(max = 5000) int major, @ForAll @IntRange(max = 5000) int minor,
            @ForAll @IntRange(max = 5000) int patch) {
        Version version = Version.of(major, minor, patch);
        for (TagFormat format : List.of(TagFormat.defaults(), TagFormat.withPrefix(""),
                TagFormat.defaults().forComponent("api"), TagFormat.withPrefix("rel-").forComponent("x", "/"))) {
            assertThat(format.findVersion(format.format(version))).contains(version);
            assertThat(format.isReleaseTag(format.format(version))).isTrue();
        }
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("R-C1 a component format that matches no tag names a tag and the format that would match it")
    void a_near_miss_format_is_explained() {
        java.util.List<String> tags = java.util.List.of("v6.0.0", "create-vite@5.2.0", "create-vite@5.1.0", "plugin-x@1.0.0");

        assertThat(TagFormat.defaults().forComponent("create-vite").explainNoMatch(tags)).contains(
                "no tag matches create-vite@vX.Y.Z, but 2 tags such as create-vite@5.1.0 match create-vite@X.Y.Z: use "
                        + "TagFormat.withPrefix(\"\").forComponent(\"create-vite\", \"@\")");
        assertThat(TagFormat.withPrefix("").forComponent("create-vite").explainNoMatch(tags)).isEmpty();
        assertThat(TagFormat.defaults().explainNoMatch(tags)).isEmpty();
        assertThat(TagFormat.defaults().forComponent("unknown").explainNoMatch(tags)).isEmpty();
    }
}
