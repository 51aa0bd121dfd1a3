#!/usr/bin/env bash
# Submits a sitrep ingest of a corpus as a Slurm array job (ingest-array.sbatch) and the report
# that follows it (ingest-report.sbatch, once every task has ended), with the list of input files,
# the per-task logs and statuses and the report in one run directory.
#
#   scripts/slurm/submit.sh --tasks 8 --db postgresql://user@dbhost/conflict /data/articles /data/feed.jsonl
#   scripts/slurm/submit.sh --tasks 32 --sbatch "--partition=short --time=02:00:00 --mem=4G" --wait corpus/
#
# Options:
#   -n, --tasks N        array tasks, each ingesting one shard (default 8)
#   --db URL             the store, postgresql://... (default $SITREP_DB)
#   --sitrep PATH        the sitrep executable (default $SITREP, else sitrep on PATH)
#   --run-dir DIR        logs and statuses, on a file system every node sees
#                        (default ./sitrep-ingest-YYYYmmdd-HHMMSS)
#   --ingest-args "..."  more options for sitrep ingest (--lang fr, --no-geocode, --max-bytes N)
#   --sbatch "..."       more options for sbatch, for both jobs (--partition, --account, --time,
#                        --mem, --qos)
#   --throttle N         at most N tasks at once (--array=0-(N-1)%N)
#   --wait               wait for the report, print it, and exit with its status (0: all stored)
#
# It prints the two job ids and where the run directory is; `squeue -u $USER` follows the jobs,
# `cat RUN_DIR/report.log` gives the report once done. Paths are taken from the directory this is
# run in, which is where the jobs run too.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }
die() { printf 'submit: %s\n' "$*" >&2; exit 2; }

tasks=8 db=${SITREP_DB:-} sitrep=${SITREP:-sitrep} run_dir="" ingest_args=${SITREP_INGEST_ARGS:-}
sbatch_args="" throttle="" wait=0
inputs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help) usage; exit 0 ;;
    -n | --tasks) tasks=${2:?}; shift 2 ;;
    --db) db=${2:?}; shift 2 ;;
    --sitrep) sitrep=${2:?}; shift 2 ;;
    --run-dir) run_dir=${2:?}; shift 2 ;;
    --ingest-args) ingest_args=${2?}; shift 2 ;;
    --sbatch) sbatch_args=${2?}; shift 2 ;;
    --throttle) throttle=${2:?}; shift 2 ;;
    --wait) wait=1; shift ;;
    --) shift; inputs+=("$@"); break ;;
    -*) die "unknown option $1 (--help)" ;;
    *) inputs+=("$1"); shift ;;
  esac
done
[ ${#inputs[@]} -gt 0 ] || die "no inputs: give files or directories (--help)"
[[ "$tasks" =~ ^[1-9][0-9]*$ ]] || die "--tasks: a number of tasks, 1 or more"
[ -z "$throttle" ] || [[ "$throttle" =~ ^[1-9][0-9]*$ ]] || die "--throttle: a number, 1 or more"
case "$db" in
  postgresql://* | postgres://*) ;;
  "") die "no store: --db postgresql://user@host/database, or set SITREP_DB" ;;
  *) die "--db must be a postgresql:// URL: tasks on several nodes cannot share a SQLite file" ;;
esac
sitrep_path=$(command -v "$sitrep") || die "'$sitrep' is not an executable (--sitrep PATH)"
case "$sitrep_path" in /*) ;; *) sitrep_path=$PWD/$sitrep_path ;; esac
command -v sbatch >/dev/null || die "sbatch is not on PATH: run this on a Slurm login node"

run_dir=${run_dir:-$PWD/sitrep-ingest-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$run_dir"
run_dir=$(cd "$run_dir" && pwd)
[ -z "$(ls -A "$run_dir")" ] || die "$run_dir is not empty: give a new --run-dir"

# One list of the input files for every task: the same shards whatever the corpus does meanwhile,
# and the directories walked once rather than by every task.
bash "$here/ingest-array.sbatch" --list "${inputs[@]}" >"$run_dir/files.list" || die "cannot list the inputs"
files=$(tr -cd '\0' <"$run_dir/files.list" | wc -c)
[ "$files" -gt 0 ] || die "no input files in ${inputs[*]}"
printf '%s\n' "$tasks" >"$run_dir/shards"

export SITREP=$sitrep_path SITREP_DB=$db SITREP_RUN_DIR=$run_dir SITREP_FILE_LIST=$run_dir/files.list
export SITREP_INGEST_ARGS=$ingest_args SITREP_SHARDS=$tasks
read -r -a extra <<<"$sbatch_args"
array=0-$((tasks - 1))${throttle:+%$throttle}
array_job=$(sbatch --parsable --export=ALL --chdir="$PWD" --array="$array" --output="$run_dir/task-%a.log" \
  "${extra[@]}" "$here/ingest-array.sbatch")
array_job=${array_job%%;*}
report_job=$(sbatch --parsable --export=ALL --chdir="$PWD" --dependency="afterany:$array_job" \
  --output="$run_dir/report.log" "${extra[@]}" "$here/ingest-report.sbatch" "$array_job")
report_job=${report_job%%;*}
echo "submit: $files input files in $tasks tasks: array job $array_job, report job $report_job; logs in $run_dir"

[ "$wait" -eq 1 ] || exit 0
# Wait for the report job to end (it depends on the array), then show it.
active=pending,running,suspended,completing,configuring
while squeue -h -j "$report_job" -t "$active" -o %T 2>/dev/null | grep -q .; do sleep 2; done
[ -s "$run_dir/report.log" ] || die "the report job $report_job left no report in $run_dir/report.log"
cat "$run_dir/report.log"
[ -r "$run_dir/report.status" ] || die "the report job $report_job did not finish (no $run_dir/report.status)"
exit "$(cat "$run_dir/report.status")"
