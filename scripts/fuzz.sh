#!/usr/bin/env bash
# Fuzzes one Jazzer target of msp-json-schema for a given time; new inputs that fail are written to the target's
# regression directory (src/test/resources/<package>/<Class>Inputs/<method>/), which `./mvnw verify` replays.
#
#   scripts/fuzz.sh DecoderFuzzTest            # 10 minutes
#   scripts/fuzz.sh ValidatorFuzzTest 3600     # one hour
#
# Targets: DecoderFuzzTest, ValidatorFuzzTest, SacTallyFuzzTest, DeidentifierFuzzTest, CsvWritersFuzzTest.
#
# The duration: Jazzer 0.24's JUnit integration reads it only from @FuzzTest(maxDuration) and ignores
# -Djazzer.max_duration and JAZZER_MAX_DURATION. It passes it to libFuzzer as -max_total_time and then appends the
# libFuzzer arguments given as the JUnit configuration parameters jazzer.internal.arg.N (arg.0 stands for the
# program name and is dropped); libFuzzer keeps the last value, and JUnit reads configuration parameters from the
# system properties that surefire gets from -D. So -Djazzer.internal.arg.1=-max_total_time=N sets the duration.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:?usage: scripts/fuzz.sh <FuzzTestClass> [seconds]}"
seconds="${2:-600}"

JAZZER_FUZZ=1 ./mvnw -B -pl msp-json-schema -am test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds"
