#!/usr/bin/env bash
# One call on the lent H200: environment, then Nsight Compute profiles of DL iterations into $OUT.
#   bash .devwork/h200.sh 2>&1 | tee $OUT/log.txt
# Each profile runs under `timeout`; nothing new starts once BUDGET seconds have passed.
set -u
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
T0=$(date +%s)
BUDGET=${BUDGET:-450}
HERE=$(cd "$(dirname "$0")" && pwd)
REC=$HERE/profiling            # copies of tools/profiling/{ncu_profile.sh,profile_model.py}
W=/tmp/prof; mkdir -p "$W"
TAR=$OUT/profiles.tar
METRICS=lts__t_sectors_op_read.sum,lts__t_sectors_op_write.sum,lts__t_sectors_op_atom.sum,lts__t_sectors_op_red.sum,lts__t_sectors_srcunit_tex_op_read.sum,lts__t_sectors_srcunit_tex_op_write.sum,dram__sectors_read.sum,dram__sectors_write.sum,gpu__time_duration.sum
el() { echo $(( $(date +%s) - T0 )); }

echo "=== env (t=$(el)s) $(date -u +%FT%TZ)"
nvidia-smi -L
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.sm,clocks.mem,clocks.max.sm,clocks.max.mem,power.limit --format=csv
command -v ncu; ncu --version
uname -r
timeout 60 python3 - <<'EOF'
import sys, torch, torchvision, transformers
p = torch.cuda.get_device_properties(0)
print("python", sys.version.split()[0], "| torch", torch.__version__, "| cuda", torch.version.cuda,
      "| cudnn", torch.backends.cudnn.version(), "| torchvision", torchvision.__version__, "| transformers", transformers.__version__)
print("device", p.name, "| SMs", p.multi_processor_count, "| L2_cache_size", getattr(p, "L2_cache_size", "?"),
      "| total_memory", p.total_memory, "| cc", "%d.%d" % (p.major, p.minor))
EOF
echo "env done at t=$(el)s"

# ncu options beyond the recipe's: leave the clocks alone (METHOD.md); keep the L2 between kernels
# (no flush: the steady state the analytic model describes); short kernel names (smaller files)
EXTRA="--clock-control none --cache-control none --print-kernel-base function"
MODE=recipe

summarize() {  # name csv console rc t
  local name=$1 csv=$2 con=$3 rc=$4 t=$5 rows passes
  rows=$(grep -c '^"[0-9]' "$csv" 2>/dev/null); rows=${rows:-0}
  passes=$(cat "$csv" "$con" 2>/dev/null | grep -o '[0-9]\+ pass\(es\)\?$' | sort | uniq -c | tr '\n' ';')
  echo "RESULT $name rc=$rc wall=${t}s rows=$rows passes=[$passes] bytes=$(stat -c %s "$csv" 2>/dev/null || echo 0)"
  grep -m3 -i 'error\|warn' "$csv" "$con" 2>/dev/null | cut -c1-300
  tail -n 3 "$con" | cut -c1-300
  gzip -9 -c "$csv" > "$W/$name.ncu-raw.csv.gz" 2>/dev/null
  tail -c 200000 "$con" | gzip -9 > "$W/$name.console.txt.gz"
  tar -rf "$TAR" -C "$W" "$name.ncu-raw.csv.gz" "$name.console.txt.gz"
  LAST_ROWS=$rows
}

profile() {  # name limit [CACHE=all] -- profile_model.py args
  local name=$1 limit=$2; shift 2
  local extra=$EXTRA
  if [[ $1 == flush ]]; then extra=${EXTRA/--cache-control none/--cache-control all}; shift; fi
  local now left csv=$W/$name.ncu-raw.csv con=$W/$name.console.txt rc t1
  now=$(el); left=$(( BUDGET - now ))
  if (( left < 45 )); then echo "SKIP $name (t=${now}s, ${left}s left)"; return; fi
  (( limit > left )) && limit=$left
  echo "=== $name (t=${now}s, limit ${limit}s, mode $MODE): $*"
  t1=$(date +%s)
  case $MODE in
    recipe) NCU_OPTS=$extra timeout -k 5 "$limit" bash "$REC/ncu_profile.sh" "$csv" "$@" > "$con" 2>&1; rc=$? ;;
    nvtx)   timeout -k 5 "$limit" ncu --csv --page raw --print-units base --metrics "$METRICS" --target-processes all \
              $extra --nvtx --nvtx-include "deepnvm-profiled/" --log-file "$csv" python3 "$REC/profile_model.py" "$@" > "$con" 2>&1; rc=$? ;;
    plain)  timeout -k 5 "$limit" ncu --csv --page raw --print-units base --metrics "$METRICS" --target-processes all \
              --clock-control none --profile-from-start off --log-file "$csv" python3 "$REC/profile_model.py" "$@" > "$con" 2>&1; rc=$? ;;
  esac
  summarize "$name" "$csv" "$con" "$rc" $(( $(date +%s) - t1 ))
}

# probe: the cheapest workload; fall back if it records no kernel rows
LAST_ROWS=0
profile h200-alexnet-infer-fp16-b64 90 --model alexnet --phase infer --batch 64 --precision fp16
if (( LAST_ROWS == 0 )); then MODE=nvtx; profile h200-alexnet-infer-fp16-b64-nvtx 90 --model alexnet --phase infer --batch 64 --precision fp16; fi
if (( LAST_ROWS == 0 )); then MODE=plain; profile h200-alexnet-infer-fp16-b64-plain 90 --model alexnet --phase infer --batch 64 --precision fp16; fi
if (( LAST_ROWS == 0 )); then echo "PROBE FAILED: no kernel rows in any mode"; ncu --list-chips 2>&1 | head -5; cp "$TAR" "$OUT/" 2>/dev/null; echo "done t=$(el)s"; exit 1; fi

if [[ ${SECOND:-0} == 1 ]]; then
profile h200-resnet50-infer-fp16-b8-repeat 90 --model resnet50 --phase infer --batch 8 --precision fp16
profile h200-mobilenet_v2-infer-fp16-b32 90 --model mobilenet_v2 --phase infer --batch 32 --precision fp16
profile h200-bert_base-train-tf32-b8 120 --model bert_base --phase train --batch 8 --precision tf32 --seq 128
echo "=== done at t=$(el)s"; exit 0
fi
# cheapest first (kernel count), so that a slow profiler leaves the most profiles behind
profile h200-vgg16-infer-fp16-b16       80 --model vgg16      --phase infer --batch 16 --precision fp16
profile h200-squeezenet-infer-fp16-b32  80 --model squeezenet --phase infer --batch 32 --precision fp16
profile h200-alexnet-train-tf32-b64     90 --model alexnet    --phase train --batch 64 --precision tf32
profile h200-resnet50-infer-fp16-b8    110 --model resnet50   --phase infer --batch 8  --precision fp16
profile h200-bert_base-infer-fp16-b8   110 --model bert_base  --phase infer --batch 8  --precision fp16 --seq 128
profile h200-resnet18-train-tf32-b32   150 --model resnet18   --phase train --batch 32 --precision tf32
profile h200-googlenet-train-tf32-b16  200 --model googlenet  --phase train --batch 16 --precision tf32
profile h200-resnet50-infer-fp16-b8-flush 90 flush --model resnet50 --phase infer --batch 8 --precision fp16
profile h200-resnet50-train-tf32-b32   200 --model resnet50   --phase train --batch 32 --precision tf32
echo "=== done at t=$(el)s"
tar -tvf "$TAR"
