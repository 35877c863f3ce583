#!/usr/bin/env bash
# Profile one iteration of a model with Nsight Compute and write the CSV `deepnvm profile` reads.
#   tools/profiling/ncu_profile.sh OUT.csv --model resnet50 --phase train --batch 32 --precision fp16
# Needs: an NVIDIA GPU of compute capability >= 7.0, Nsight Compute (`ncu`, or `nv-nsight-cu-cli` before
# CUDA 11), PyTorch with CUDA, torchvision, transformers. Not run in CI.
# The metric list is exactly what the importer needs (src/DeepNvm.Workloads/Profiles/ProfileMetrics.cs):
# all-client L2 sectors (read, write, atomics, reductions), the L1/TEX-only family, DRAM sectors, time.
set -euo pipefail
out=${1:?usage: ncu_profile.sh OUT.csv [profile_model.py options]}
shift
NCU=${NCU:-$(command -v ncu || command -v nv-nsight-cu-cli)}
PAGE=${PAGE:-raw}   # raw: one row per launch (smaller); details: one row per launch and metric
# NCU_OPTS: more ncu options, split on blanks, e.g. NCU_OPTS="--clock-control none --cache-control none"
read -r -a extra <<< "${NCU_OPTS:-}"
metrics=lts__t_sectors_op_read.sum,lts__t_sectors_op_write.sum,lts__t_sectors_op_atom.sum,lts__t_sectors_op_red.sum,lts__t_sectors_srcunit_tex_op_read.sum,lts__t_sectors_srcunit_tex_op_write.sum,dram__sectors_read.sum,dram__sectors_write.sum,gpu__time_duration.sum
"$NCU" --csv --page "$PAGE" --print-units base --metrics "$metrics" \
  --profile-from-start off --target-processes all ${extra[@]+"${extra[@]}"} --log-file "$out" \
  python3 "$(dirname "$0")/profile_model.py" "$@"
echo "wrote $out; now: deepnvm profile $out --json"
