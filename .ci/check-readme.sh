#!/usr/bin/env bash
# Fails when the README's Quick start commands drift from what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=$(awk '/^## Quick start/{s=1;next} /^## /{if(s)exit} s' README.md)
samples=$(printf '%s\n' "$quick" | awk '/^```/{b++;next} b==1&&NF{print;exit}')
tests=$(printf '%s\n' "$quick" | awk '/^```/{b++;next} b==3&&NF{print;exit}')
[ -n "$samples" ] && [ -n "$tests" ] || { echo "README.md: Quick start needs two fenced commands" >&2; exit 1; }
for cmd in "$samples" "$tests"; do
  grep -qxF "./mvnw ${cmd#./mvnw }" .ci/run || { echo "README command not run by .ci/run: $cmd" >&2; exit 1; }
done
grep -q '<id>samples</id>' pom.xml || { echo "pom.xml has no 'samples' profile for: $samples" >&2; exit 1; }
grep -q '<module>samples/support-agent</module>' pom.xml || { echo "samples/support-agent is not in the build" >&2; exit 1; }
echo "README commands match CI: '$samples' and '$tests'"

# README code marked with <!-- snippet: FILE --> must be that compiled file, word for word.
python3 - <<'PY'
import re, sys
readme = open('README.md', encoding='utf-8').read()
bad = 0
for path, code in re.findall(r'<!-- snippet: (\S+) -->\s*```\w*\n(.*?)```', readme, re.S):
    if open(path, encoding='utf-8').read() != code:
        print(f'README snippet differs from {path}', file=sys.stderr)
        bad += 1
sys.exit(1 if bad else 0)
PY
echo "README snippets match their files"

# Every playgent.* key (core's SettingKeys, the one spelling of each) is documented: the keys the
# extension reads in the README's configuration table, the plugin's in its README's parameter tables.
keys=core/src/main/java/com/playgent/core/settings/SettingKeys.java
[ -f "$keys" ] || { echo "$keys is missing" >&2; exit 1; }
missing=$(grep -o 'public static final String [A-Z_]* = "[^"]*"' "$keys" \
  | sed 's/.*= "//; s/"$//' | while read -r key; do
      grep -q "| \`$key\` |" README.md maven-plugin/README.md || echo "$key"; done)
[ -z "$missing" ] || { echo "no README documents: $missing" >&2; exit 1; }
echo "README and maven-plugin/README document every configuration key ($(grep -c 'public static final String' "$keys"))"

# Every configuration key the extension reads is in the README's configuration table.
# PlaygentConfig names core's SettingKeys constants; each is looked up there for its spelling.
names=$(grep -o 'public static final String [A-Z_]* = SettingKeys\.[A-Z_]*;' junit-extension/src/main/java/com/playgent/junit/PlaygentConfig.java \
  | sed 's/.*SettingKeys\.//; s/;$//')
[ -n "$names" ] || { echo "no configuration keys found in PlaygentConfig.java" >&2; exit 1; }
missing=$(for name in $names; do
  key=$(grep -o "String $name = \"[^\"]*\"" core/src/main/java/com/playgent/core/settings/SettingKeys.java | sed 's/.*= "//; s/"$//')
  grep -q "| \`$key\` |" README.md || echo "${key:-$name}"
done)
[ -z "$missing" ] || { echo "README.md configuration table lacks: $missing" >&2; exit 1; }
echo "README documents every configuration key"
