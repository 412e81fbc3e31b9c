package dev.releaserules.testkit.jqwik;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Hostile inputs for every parser and loader: the shapes that broke them once, and random mutations of them. */
final class HostileGenerators {
    /** Characters that change how text reads or where a line ends, without being ASCII controls. */
    static final List<String> SNEAKY = List.of("\u202e", "\u202d", "\u2066", "\u2069", "\u200e", "\u061c", "\u2028",
            "\u2029", "\u0085", "\u000b", "\f", "\r", "\u0000", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "\u00a0",
            "\u0301", "\uffff");

    private HostileGenerators() {
    }

    private static Arbitrary<String> sneaky() {
        return Arbitraries.of(SNEAKY);
    }

    /** Inserts hostile pieces at random places of valid-looking texts. */
    private static Arbitrary<String> spliced(Arbitrary<String> base, Arbitrary<String> pieces) {
        return Combinators.combine(base, pieces, Arbitraries.doubles().between(0, 1))
                .as((text, piece, at) -> {
                    int i = (int) Math.floor(at * text.length());
                    return text.substring(0, i) + piece + text.substring(i);
                });
    }

    private static Arbitrary<String> huge(String unit, int min, int max) {
        return Arbitraries.integers().between(min, max).map(n -> unit.repeat(Math.max(1, n / unit.length())));
    }

    static Arbitrary<String> versions() {
        Arbitrary<String> shapes = Arbitraries.of("", " ", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "v1.2.3",
                " 1.2.3", "1.2.3 ", "1.2.3\n", "1.2.3-", "1.2.3+", "1.2.3-01", "1.2.3-rc..1", "1.2.3-rc.1+", "-1.2.3",
                "2147483647.0.0", "2147483648.0.0", "99999999999999999999.0.0", "1.2.3-99999999999999999999",
                "1.2.3-rc.99999999999999999999999999999999", "\u0661.\u0662.\u0663", "１.２.３", "1.2.3-ü", "1.2.3+build.ü",
                "1.2.3-\u202erc", "1.2.3\u0000", "0.0.0", "0.0.0-0", "1.2.3-0.a.-.--");
        Arbitrary<String> bigPre = Arbitraries.integers().between(1, 200)
                .map(n -> "1.0.0-" + "9".repeat(n));
        Arbitrary<String> hugeVersions = Arbitraries.of("1.0.0-", "1.0.0+", "").flatMap(prefix ->
                huge("a.", 10_000, 1_000_000).map(tail -> prefix + tail + "a"));
        return Arbitraries.frequencyOf(Tuple.of(8, shapes), Tuple.of(4, spliced(shapes, sneaky())), Tuple.of(3, bigPre),
                Tuple.of(1, hugeVersions), Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)));
    }

    static Arbitrary<String> ranges() {
        Arbitrary<String> shapes = Arbitraries.of("^99999999999999999999", ">=2147483648.0.0", "~2147483647.0.0",
                "^2147483647", "x.x.99999999999", ">=1.0.0-rc.99999999999999999999", "1.0.0 - 2.0.0", "||", "^", ">=",
                "<", "1.x || 2.x", "*", "x", "", " ", "^1.2", ">=1.0.0 <2.0.0", "~1", "=1.0.0", "!1.0.0", "1.0.0 -",
                "- 1.0.0", ">=1.0.0-", "^v1", "latest", "1.2.3 - 4.5.6 - 7.8.9", "((1.0.0))", "^1.2\u0000",
                "\u0661.x");
        Arbitrary<String> hyphens = Arbitraries.integers().between(1, 2_000).map(n -> "1.0.0 - ".repeat(n) + "2.0.0");
        Arbitrary<String> ors = Arbitraries.integers().between(1, 5_000).map(n -> "1.0.0 || ".repeat(n) + "2.0.0");
        Arbitrary<String> ops = Arbitraries.strings().withChars("^~<>=|-*xX. 0123456789v").ofMaxLength(60);
        return Arbitraries.frequencyOf(Tuple.of(8, shapes), Tuple.of(2, hyphens), Tuple.of(2, ors), Tuple.of(6, ops),
                Tuple.of(2, spliced(shapes, sneaky())));
    }

    static Arbitrary<String> refNames() {
        Arbitrary<String> shapes = Arbitraries.of("-x", "HEAD", "@", "@{-1}", "a@{b", "x.lock", "a/.b", "a..b", "a.",
                "/a", "a/", "a//b", "refs/heads/x", "release/v1.2.3", "backport/v1.2.3-to-develop", "a b", "a:b", "a~1",
                "a^", "a?", "a*", "a[b", "a\\b", "tab\there", "é", "release/\u202ev1", "x\ud800", "\udc00x", "😀", "");
        Arbitrary<String> pieces = Arbitraries.of("a", "v1", "/", ".", "-", "@", "{", "lock", "..", " ", "~", "é", "\u007f",
                "\u0001", "HEAD").list().ofMaxSize(12).map(parts -> String.join("", parts));
        Arbitrary<String> hugeNames = Arbitraries.of("a", "release/", "é").flatMap(unit -> huge(unit, 200, 1_000_000));
        return Arbitraries.frequencyOf(Tuple.of(6, shapes), Tuple.of(6, pieces), Tuple.of(1, hugeNames),
                Tuple.of(3, spliced(shapes, sneaky())));
    }

    static Arbitrary<String> yamls() {
        Arbitrary<String> shapes = Arbitraries.of(
                "", "---", "~", "null", "[]", "- a\n- b", "a", "a: [", "a: {", "\t a: b", "\ufeffrelease: {}",
                "release:\n  id: rel-2024-01-15-001\n  id: rel-2024-01-15-002",
                "people:\n  lead: &alice '@alice'\ncomponents:\n  - name: api\n    team_lead: *alice",
                "release: &r\n  id: rel-2024-01-15-001\nagain: *r",
                "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
                "a: !!java.net.URL [http://localhost]", "a: !!binary aGVsbG8=", "a: !custom x", "? [a, b]\n: c",
                "a: 1\n---\nb: 2", "release:\n  scheduled_at: 2024-01-15T10:00:00Z", "release:\n  id: yes",
                "channels:\n  x:\n    type: telegram\n    token: t\n    chat_id: '1'\n    api_url: ftp://x\nnotifications: []",
                "channels:\n  a:\n    type: console\n  a:\n    type: console\nnotifications: []",
                "channels: {}\nnotifications: []\nnotifications:\n  - event: release_created\n    channel: a",
                "channels:\n  a:\n    type: &t console\n  b:\n    type: *t\nnotifications: []",
                "a: \"\\ud800\"", "a: 99999999999999999999999999999999999", "a: 1e99999", "a: .nan", "a: 0x_",
                "a: b\u0000", "a:\r b:\r  c", "<<: {a: 1}");
        Arbitrary<String> deep = Arbitraries.integers().between(30, 20_000).flatMap(n -> Arbitraries.of(
                "[".repeat(n) + "]".repeat(n), "{a: ".repeat(n) + "1" + "}".repeat(n), "- ".repeat(n) + "x"));
        Arbitrary<String> bigScalar = Arbitraries.integers().between(100_000, 1_100_000).map(n -> "a: " + "x".repeat(n));
        Arbitrary<String> manyKeys = Arbitraries.integers().between(1_000, 50_000)
                .map(n -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        out.append('k').append(i).append(": v\n");
                    }
                    return out.toString();
                });
        Arbitrary<String> mutatedSeed = spliced(ManifestGenerators.manifests().map(SeedYaml::render),
                Arbitraries.of("*alice", "&x ", "!!str ", "\n  id: again\n", "\t", "\u0000", ": :", "'", "\"", "[", "{",
                        "\n---\n", "2024-01-15T10:00:00Z", "99999999999999999999", "\u202e", "\n    - ", "~"));
        return Arbitraries.frequencyOf(Tuple.of(6, shapes), Tuple.of(2, deep), Tuple.of(1, bigScalar),
                Tuple.of(1, manyKeys), Tuple.of(6, mutatedSeed), Tuple.of(2, spliced(shapes, sneaky())));
    }

    static Arbitrary<String> markdown() {
        Arbitrary<String> shapes = Arbitraries.of("~~~~\n/approve\n~~~~", "````\n```\n/approve\n```\n````",
                "<!--\n/approve\n-->", "> q\n/approve", "LGTM\u2028/approve", "LGTM\u0085/approve", "\f/approve",
                "/reject", "/reject ", "/approve\r/reject x", "- /approve", "    /approve", "<div>\n/approve\n</div>",
                "[x]: /approve", "/approve\n===", "Looks good <!--\n/approve\n-->", "`x\n/approve`", "\\/approve",
                "&#47;approve", "/apprové", "/approve\u0000", "\ud800/approve", "");
        Arbitrary<String> pathological = Arbitraries.integers().between(1_000, 60_000).flatMap(n -> Arbitraries.of(
                ">".repeat(n) + " /approve", "*".repeat(n) + "a", "[".repeat(n) + "a", "`".repeat(n), "<!--".repeat(n),
                "- ".repeat(n / 2) + "/approve", "  ".repeat(n) + "/approve", "_a".repeat(n), "![".repeat(n),
                "\n".repeat(n) + "/approve", "\r".repeat(n) + "/approve"));
        Arbitrary<String> longReject = Arbitraries.integers().between(900, 1_000_000).map(n -> "/reject " + "x".repeat(n));
        Arbitrary<String> mixed = Arbitraries.oneOf(shapes, Arbitraries.of("/approve", "> /approve", "```", "~~~", "<!--",
                "-->", "", "text", "/reject why")).list().ofMaxSize(10).map(parts -> String.join("\n", parts));
        return Arbitraries.frequencyOf(Tuple.of(6, shapes), Tuple.of(2, pathological), Tuple.of(1, longReject),
                Tuple.of(5, mixed), Tuple.of(2, spliced(shapes, sneaky())));
    }

    static Arbitrary<String> changelogs() {
        Arbitrary<String> shapes = Arbitraries.of("", "# Changelog\n", "# Changelog\r\r## 2.2.0\r\r* old\r",
                "```\n## 2.3.0\n```\n", "<!--\n## 2.3.0\n-->\n", "> ## 2.3.0\n", "## 2.3.0\n", "## [2.3.0]\n",
                "## v99999999999999999999.0.0\n", "## 1.2.3-" + "9".repeat(40) + "\n", "#".repeat(7) + " 1.0.0\n",
                "## 2.2.0\r\n\r\n* x\r\n", "\ufeff## 2.2.0\n");
        Arbitrary<String> pathological = Arbitraries.integers().between(1_000, 50_000).flatMap(n -> Arbitraries.of(
                "## 1.0.0\n".repeat(n), ">".repeat(n) + " ## 2.3.0", "```\n".repeat(n), "*".repeat(n), "\r".repeat(n)));
        Arbitrary<String> mixed = shapes.list().ofMaxSize(6).map(parts -> String.join("\n", parts));
        return Arbitraries.frequencyOf(Tuple.of(6, shapes), Tuple.of(2, pathological), Tuple.of(4, mixed),
                Tuple.of(2, spliced(shapes, sneaky())));
    }

    static Arbitrary<byte[]> fileContents(Arbitrary<String> texts) {
        Arbitrary<byte[]> utf8 = texts.map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin1 = texts.map(t -> (t + "é").getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> utf16 = texts.map(t -> t.getBytes(StandardCharsets.UTF_16));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> truncated = utf8.map(b -> b.length > 1 ? java.util.Arrays.copyOf(b, b.length - 1) : b);
        Arbitrary<byte[]> large = Arbitraries.integers().between(1_000_000, 5_000_000).map(n -> {
            byte[] bytes = new byte[n];
            java.util.Arrays.fill(bytes, (byte) 'a');
            return bytes;
        });
        return Arbitraries.frequencyOf(Tuple.of(8, utf8), Tuple.of(2, latin1), Tuple.of(2, utf16), Tuple.of(2, random),
                Tuple.of(1, truncated), Tuple.of(1, large));
    }
}
