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

# Every configuration key the extension reads is in the README's configuration table. PlaygentConfig
# names core's SettingKeys constants, which spell each key once.
python3 - <<'PY'
import re, sys
spelled = dict(re.findall(r'public static final String (\w+) = "([^"]+)"',
                          open('core/src/main/java/com/playgent/core/settings/SettingKeys.java', encoding='utf-8').read()))
config = open('junit-extension/src/main/java/com/playgent/junit/PlaygentConfig.java', encoding='utf-8').read()
keys = [spelled[name] for name in re.findall(r'public static final String \w+ = SettingKeys\.(\w+);', config)]
keys += re.findall(r'public static final String \w+ = "([^"]+)"', config)
readme = open('README.md', encoding='utf-8').read()
missing = [k for k in keys if f'| `{k}` |' not in readme]
if not keys or missing:
    print('README.md configuration table lacks: ' + (', '.join(missing) or 'every key (none found in PlaygentConfig)'),
          file=sys.stderr)
    sys.exit(1)
print(f'README documents every configuration key ({len(keys)})')
PY
