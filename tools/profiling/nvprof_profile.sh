#!/usr/bin/env bash
# The same with nvprof, for GPUs of compute capability <= 7.x (Pascal, Volta) such as the GTX 1080 Ti:
#   tools/profiling/nvprof_profile.sh OUT.csv --model alexnet --phase train --batch 64
# TRACE=1 writes one row per launch with its duration (--print-gpu-trace) instead of the summary.
set -euo pipefail
out=${1:?usage: nvprof_profile.sh OUT.csv [profile_model.py options]}
shift
metrics=l2_read_transactions,l2_write_transactions,l2_tex_read_transactions,l2_tex_write_transactions,dram_read_transactions,dram_write_transactions
trace=()
if [[ "${TRACE:-0}" == 1 ]]; then trace=(--print-gpu-trace); fi
nvprof --csv "${trace[@]}" --metrics "$metrics" --profile-from-start off --log-file "$out" \
  python3 "$(dirname "$0")/profile_model.py" "$@"
echo "wrote $out; now: deepnvm profile $out --json"
