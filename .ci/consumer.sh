#!/usr/bin/env bash
# A fresh consumer of the snapshot installed in the local Maven repository, built the way a user
# builds one: a Maven project whose <dependencyManagement> is the README's XML block as written, a
# named module (module-info) whose sources are the README's Java blocks as ReadmeCodeTest extracted
# them (target/readme-snippets), run on the module path with no flags. Then a jlink image of a small
# consumer of release-core. Extra Maven options (such as -Dmaven.repo.local=...) come from MVN_OPTS_EXTRA.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
mvn_extra=${MVN_OPTS_EXTRA:-}
snippets="$root/release-modulepath-test/target/readme-snippets/src"
[ -d "$snippets" ] || { echo "consumer: $snippets is missing (run the build's tests first)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The README's first XML block, as written (the BOM import and release-core).
readme_xml=$(awk '/^```xml$/ {on = 1; next} on && /^```$/ {exit} on {print}' README.md)
mkdir -p "$work/app/src/main/java/com/example/consumer"
cat > "$work/app/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
$(printf '%s\n' "$readme_xml" | sed '/^<\/dependencies>$/i\  <dependency>\n    <groupId>dev.releaserules</groupId>\n    <artifactId>release-git</artifactId>\n  </dependency>')
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
# A named module cannot hold the unnamed package: the README's classes get one package line.
for unit in ReadmeStatements1 ReleaseJobs; do
  { echo "package com.example.consumer;"; echo; cat "$snippets/$unit.java"; } > "$work/app/src/main/java/com/example/consumer/$unit.java"
done
cat > "$work/app/src/main/java/module-info.java" <<'JAVA'
module com.example.consumer {
    requires dev.releaserules.core;
    requires dev.releaserules.git;
}
JAVA
cat > "$work/app/src/main/java/com/example/consumer/Main.java" <<'JAVA'
package com.example.consumer;

public final class Main {
    public static void main(String[] args) throws Exception {
        ReadmeStatements1.run();
        System.out.println("consumer: the README's version rules ran on the module path; ReleaseJobs compiled");
    }
}
JAVA
( cd "$work/app" && mvn -B -q -ntp $mvn_extra package dependency:build-classpath -Dmdep.outputFile=cp.txt )
java --module-path "$work/app/target/classes:$(cat "$work/app/cp.txt")" -m com.example.consumer/com.example.consumer.Main

# jlink: only explicit modules can be linked. release-core's one automatic module is semver4j 6.0.0
# (required, not exported); it gets a module descriptor from jdeps, as a jlink user would give it.
jmods="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")/jmods"
[ -d "$jmods" ] || { echo "consumer: no $jmods (install the JDK's jmods, e.g. openjdk-17-jmods) for jlink"; exit 1; }
mkdir -p "$work/tiny/src/com/example/tiny" "$work/mods" "$work/gen"
cat > "$work/tiny/src/module-info.java" <<'JAVA'
module com.example.tiny {
    requires dev.releaserules.core;
}
JAVA
cat > "$work/tiny/src/com/example/tiny/Main.java" <<'JAVA'
package com.example.tiny;

import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;

public final class Main {
    public static void main(String[] args) {
        System.out.println("next minor of 2.1.1: " + Version.parse("2.1.1").next(Increment.MINOR)
                + ", satisfies ^2.1: " + Version.parse("2.2.0").satisfies("^2.1"));
    }
}
JAVA
core_cp=$(cd "$work/app" && tr ':' '\n' < cp.txt | grep -v -e jgit -e JavaEWAH -e commons-codec -e release-git | paste -sd: -)
semver=$(tr ':' '\n' <<<"$core_cp" | grep semver4j)
jspecify=$(tr ':' '\n' <<<"$core_cp" | grep jspecify)
jdeps --module-path "$jspecify" --generate-module-info "$work/gen" "$semver" >/dev/null
javac --module-path "$jspecify" --patch-module org.semver4j="$semver" -d "$work/gen/classes" "$work"/gen/org.semver4j/module-info.java
cp "$semver" "$work/mods/semver4j.jar"
jar --update --file "$work/mods/semver4j.jar" -C "$work/gen/classes" module-info.class
for jar in $(tr ':' '\n' <<<"$core_cp" | grep -v -e semver4j); do cp "$jar" "$work/mods/"; done
javac -d "$work/tiny/classes" --module-path "$work/mods" $(find "$work/tiny/src" -name '*.java')
jlink --module-path "$jmods:$work/mods:$work/tiny/classes" --add-modules com.example.tiny \
      --launcher tiny=com.example.tiny/com.example.tiny.Main --output "$work/image" --strip-debug --no-header-files --no-man-pages
"$work/image/bin/tiny"
echo "consumer: jlink image of a release-core consumer: $(du -sh "$work/image" | cut -f1)"
