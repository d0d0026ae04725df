#!/usr/bin/env bash
# Runs ANAF's official validators (the oracle beside the project, ../shared/oracle) on every example's
# expected XML and records their verdicts in oracle-verdicts.tsv, the test data ExampleInvoicesTests
# reads. Run it after regenerating examples/expected (EFACTURA_UPDATE_EXAMPLES=1 dotnet test ...).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${EFACTURA_ORACLE:-$here/../../shared/oracle/validate.sh}
[ -x "$oracle" ] || { echo "oracle not found at $oracle (set EFACTURA_ORACLE)" >&2; exit 2; }
cd "$here"
tsv=$(mktemp); trap 'rm -f "$tsv"' EXIT
"$oracle" --tsv expected/*.xml > "$tsv" || true
{
  printf 'file\tsha256\txsd\tciusro_fired\ten16931_fired\n'
  for f in expected/*.xml; do
    sha=$(sha256sum "$f" | cut -d' ' -f1)
    xsd=$(awk -F'\t' -v f="$f" '$1==f && $2=="xsd" {print $4}' "$tsv" | head -1)
    fired() { awk -F'\t' -v f="$f" -v s="$1" '$1==f && $2==s && $3!="-" {print $5":"$4}' "$tsv" | sort -u | tr '\n' ' ' | sed 's/ $//'; }
    c=$(fired ciusro); e=$(fired en16931)
    printf '%s\t%s\t%s\t%s\t%s\n' "$f" "$sha" "${xsd:-UNKNOWN}" "${c:--}" "${e:--}"
  done
} > oracle-verdicts.tsv
cat oracle-verdicts.tsv | cut -f1,3-5
