#!/usr/bin/env bash
# Builds the C# runtime on its own and runs its unit tests, with Mono's mcs and NUnit 2.6 from Debian (no
# dotnet needed): the library alone as a publisher builds it (C# 6, warnings at level 4 as errors, XML
# docs on every public member), then the library and its tests together, so that the tests reach
# internal helpers, run by nunit-console. The Json.NET adapter (newtonsoft/) likewise: alone against the
# library and Debian's Json.NET 6 (the oldest it supports), then with its tests and the core's synthetic
# policies. .ci/install-csharp installs the tools.
# Usage: runtime/csharp/build.sh [output folder]    (default: .cache/csharp-runtime at the repository root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../.cache/csharp-runtime}"
refs=(-r:System.Numerics.dll -r:System.Net.Http.dll)
nunit=/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll
newtonsoft=/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll
mkdir -p "$out"
flags=(-langversion:6 -warn:4 -warnaserror -nologo "${refs[@]}")
shopt -s nullglob
sources=("$here"/src/*.cs)
tests=("$here"/tests/*.cs)
adapter=("$here"/newtonsoft/src/*.cs)
adapterTests=("$here"/newtonsoft/tests/*.cs)

mcs "${flags[@]}" -target:library "-doc:$out/VpnErrorCodes.Runtime.xml" "-out:$out/VpnErrorCodes.Runtime.dll" "${sources[@]}"
mcs "${flags[@]}" -target:library "-r:$nunit" "-out:$out/VpnErrorCodes.Runtime.Tests.dll" "${sources[@]}" "${tests[@]}"
mcs "${flags[@]}" -target:library "-r:$newtonsoft" "-r:$out/VpnErrorCodes.Runtime.dll" "-doc:$out/VpnErrorCodes.NewtonsoftJson.xml" "-out:$out/VpnErrorCodes.NewtonsoftJson.dll" "${adapter[@]}"
mcs "${flags[@]}" -target:library "-r:$nunit" "-r:$newtonsoft" "-out:$out/VpnErrorCodes.NewtonsoftJson.Tests.dll" "${sources[@]}" "$here/tests/Synthetic.cs" "${adapter[@]}" "${adapterTests[@]}"
nunit-console -nologo -noshadow -nothread "-xml=$out/TestResult.xml" "$out/VpnErrorCodes.Runtime.Tests.dll" "$out/VpnErrorCodes.NewtonsoftJson.Tests.dll"
