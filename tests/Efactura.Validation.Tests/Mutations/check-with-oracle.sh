#!/usr/bin/env bash
# Regenerates mutation-verdicts.tsv: writes every mutation MutationAgreementTests generates, runs the official
# validators (the oracle beside the project, ../shared/oracle) on all of them in one call, and records for each
# mutation its SHA-256, the XSD verdict and the fired id:flag sets of ANAF CIUS-RO 1.0.9 and CEN EN 16931 1.3.16
# ("ERROR" when the official Schematron stops with a dynamic error on that mutation).
# Run it after changing MutationKinds or the examples.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
oracle=${EFACTURA_ORACLE:-$root/../shared/oracle/validate.sh}
[ -x "$oracle" ] || oracle=/work/shared/oracle/validate.sh
[ -x "$oracle" ] || { echo "oracle not found (set EFACTURA_ORACLE)" >&2; exit 2; }
# Dates without a time zone compare with zoned ones in the JVM's default time zone (XPath's implicit time zone):
# pin it to UTC, the validator's default, so the verdicts do not depend on the machine's zone.
export ORACLE_JAVA_OPTS="${ORACLE_JAVA_OPTS:-} -Duser.timezone=UTC"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
EFACTURA_WRITE_MUTATIONS="$out/files" dotnet test "$root/tests/Efactura.Validation.Tests" \
  --filter "FullyQualifiedName~MutationAgreementTests.Every_mutation_has_the_official_verdict_on_its_exact_bytes" >/dev/null
[ -s "$out/files/manifest.tsv" ] || { echo "no mutations were written" >&2; exit 1; }
mv "$out/files/manifest.tsv" "$out/manifest.tsv"
"$oracle" --tsv "$out/files" > "$out/oracle.tsv" 2>"$out/oracle.log" || true
# The oracle stops a file at the first rule set that raises a dynamic error; run those files set by set to learn
# which set failed and what the other one fired.
mkdir -p "$out/errors"
awk -F'\t' '$2=="ERROR" {print $1}' "$out/oracle.tsv" | while read -r f; do cp "$f" "$out/errors/"; done
: > "$out/by-set.tsv"
if [ -n "$(ls -A "$out/errors")" ]; then
  for set in en16931 ciusro; do
    "$oracle" --tsv --no-xsd --sets "$set" "$out/errors" 2>>"$out/oracle.log" | sed "s/\tERROR\t/\tERROR:$set\t/" >> "$out/by-set.tsv" || true
  done
fi
python3 - "$out/manifest.tsv" "$out/oracle.tsv" "$out/by-set.tsv" "$here/mutation-verdicts.tsv" <<'PY'
import sys, os, collections
manifest, oracle, by_set, target = sys.argv[1:]
xsd, fired, errors = {}, collections.defaultdict(set), set()
def read(path, sets_from_second_run):
    for line in open(path, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) < 5: continue
        name = os.path.basename(c[0])[:-len(".xml")]
        if c[1].startswith("ERROR:"): errors.add((name, c[1][6:]))
        elif c[1] == "ERROR" or c[1] == "xsd":
            if c[1] == "xsd": xsd.setdefault(name, c[3])
        elif c[2] != "-" and (name, c[1]) not in sets_from_second_run:
            fired[(name, c[1])].add(c[4] + ":" + c[3])
rerun = {os.path.basename(l.split("\t")[0])[:-len(".xml")] for l in open(by_set, encoding="utf-8") if "\t" in l}
read(oracle, {(n, s) for n in rerun for s in ("en16931", "ciusro")})
read(by_set, set())
rows = [l.rstrip("\n").split("\t") for l in open(manifest, encoding="utf-8")][1:]
with open(target, "w", encoding="utf-8", newline="\n") as out:
    out.write("id\tsha256\txsd\tciusro_fired\ten16931_fired\tdescription\n")
    for id, sha, description in sorted(rows):
        # A Schematron dynamic error (e.g. a non-numeric amount in xs:decimal) stops that set: no verdict, "ERROR".
        f = lambda s: "ERROR" if (id, s) in errors else " ".join(sorted(fired[(id, s)])) or "-"
        out.write(f"{id}\t{sha}\t{xsd.get(id, 'UNKNOWN')}\t{f('ciusro')}\t{f('en16931')}\t{description}\n")
print(f"{len(rows)} mutations, {sum(1 for r in rows if xsd.get(r[0]) == 'VALID')} XSD-valid, {len(errors)} (mutation, set) errors", file=sys.stderr)
PY
