//! `batch` on a cluster: shards `K/N` (by `--shard` or a Slurm array task's variables) split the
//! recordings so that every one is processed exactly once and the union of the outputs is the
//! unsharded run's, byte for byte; `--skip-existing` re-runs a killed shard's missing videos only;
//! `--manifest` says what became of each; the default thread count follows the CPUs the process
//! may use (`taskset`) and `SLURM_CPUS_PER_TASK`.

mod common;

use assert_cmd::Command;
use pyfaceau::io::manifest::{read_manifest, ManifestRow, RecordingStatus};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The variables a Slurm job sets that `batch` reads; removed so that a test run inside a Slurm
/// job sees only what the test sets.
const SLURM_VARS: [&str; 5] = [
    "SLURM_ARRAY_TASK_ID",
    "SLURM_ARRAY_TASK_COUNT",
    "SLURM_ARRAY_TASK_MIN",
    "SLURM_ARRAY_TASK_STEP",
    "SLURM_CPUS_PER_TASK",
];

/// `pyfaceau-rs batch INPUT -o OUTPUT EXTRA…` with `env` set on a clean Slurm environment,
/// optionally under `taskset -c CPUS`.
fn batch(
    input: &Path,
    output: &Path,
    extra: &[&str],
    env: &[(&str, &str)],
    taskset: Option<&str>,
) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("pyfaceau-rs");
    let mut cmd = match taskset {
        Some(cpus) => {
            let mut cmd = Command::new("taskset");
            cmd.args(["-c", cpus]).arg(bin);
            cmd
        }
        None => Command::new(bin),
    };
    for var in SLURM_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied())
        .args(common::run_args("batch", input, output))
        .args(extra)
        .output()
        .unwrap()
}

/// A folder of links to the public videos, two of them in a subfolder; returns it and the
/// videos' relative paths in sorted order.
fn linked_videos(dir: &Path) -> (PathBuf, Vec<String>) {
    let root = dir.join("videos");
    std::fs::create_dir_all(root.join("lab2")).unwrap();
    let mut names = Vec::new();
    for entry in std::fs::read_dir(common::testdata("videos")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let relative = if name.starts_with("default") || name.starts_with("two_faces") {
            format!("lab2/{name}")
        } else {
            name
        };
        std::os::unix::fs::symlink(&path, root.join(&relative)).unwrap();
        names.push(relative);
    }
    names.sort();
    assert_eq!(names.len(), 12, "the public videos: {names:?}");
    (root, names)
}

/// Every file under `dir` (relative path → bytes), manifests excluded.
fn outputs(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if !path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("manifest")
            {
                let relative = path.strip_prefix(dir).unwrap().to_path_buf();
                found.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    found
}

fn statuses(rows: &[ManifestRow]) -> Vec<(String, RecordingStatus)> {
    rows.iter().map(|r| (r.input.clone(), r.status)).collect()
}

fn stderr(run: &std::process::Output) -> String {
    String::from_utf8_lossy(&run.stderr).into_owned()
}

#[test]
fn four_shards_process_every_public_video_once_like_the_unsharded_run() {
    let dir = tempfile::tempdir().unwrap();
    let (videos, names) = linked_videos(dir.path());

    let whole = dir.path().join("whole");
    let started = std::time::Instant::now();
    let run = batch(&videos, &whole, &["--recursive", "--quiet"], &[], None);
    assert!(run.status.success(), "{}", stderr(&run));
    eprintln!("unsharded: {:.1} s", started.elapsed().as_secs_f64());
    let expected = outputs(&whole);
    assert_eq!(expected.len(), 12);

    // The four tasks of an array, writing into one folder as a job array does: by --shard, by
    // Slurm's variables (an explicit --shard wins over them), and with IDs from 1.
    let sharded = dir.path().join("sharded");
    let manifest = |k: usize| sharded.join(format!("manifest-{k}.csv"));
    let task_env = |id: &str| {
        vec![
            ("SLURM_ARRAY_TASK_ID", id.to_string()),
            ("SLURM_ARRAY_TASK_COUNT", "4".to_string()),
            ("SLURM_ARRAY_TASK_MIN", "1".to_string()),
        ]
    };
    let started = std::time::Instant::now();
    for k in 0..4 {
        let manifest = manifest(k).to_string_lossy().into_owned();
        let (shard, env) = match k {
            0 => (Some("0/4".to_string()), Vec::new()),
            1 => (Some("1/4".to_string()), task_env("4")),
            _ => (None, task_env(&(k + 1).to_string())),
        };
        let mut extra = vec!["--recursive", "--skip-existing", "--manifest", &manifest];
        if let Some(shard) = &shard {
            extra.extend(["--shard", shard]);
        }
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let run = batch(&videos, &sharded, &extra, &env, None);
        assert!(run.status.success(), "shard {k}: {}", stderr(&run));
        assert!(
            stderr(&run).contains(&format!("shard {k}/4: 3 videos (3 done, 0 skipped")),
            "shard {k}: {}",
            stderr(&run)
        );
    }
    eprintln!("4 shards: {:.1} s", started.elapsed().as_secs_f64());

    // Each shard took the videos at positions k, k+4, k+8 of the sorted relative paths, all done.
    let mut seen = Vec::new();
    for k in 0..4 {
        let rows = read_manifest(&manifest(k)).unwrap();
        let want: Vec<(String, RecordingStatus)> = names
            .iter()
            .skip(k)
            .step_by(4)
            .map(|n| (n.clone(), RecordingStatus::Done))
            .collect();
        assert_eq!(statuses(&rows), want, "shard {k}");
        for row in &rows {
            assert!(row.output.exists(), "{}", row.output.display());
            assert!(row.frames.is_some_and(|n| n > 0) && row.seconds.is_some());
            assert!(row.error.is_empty());
        }
        seen.extend(rows.into_iter().map(|r| r.input));
    }
    seen.sort();
    assert_eq!(seen, names, "every video exactly once");
    let got = outputs(&sharded);
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected {
        assert!(got[path] == *bytes, "{} differs", path.display());
    }

    // A killed task: one output of shard 1 is missing. The re-run writes only that one.
    let rows = read_manifest(&manifest(1)).unwrap();
    let victim = &rows[1];
    std::fs::remove_file(&victim.output).unwrap();
    let kept = &rows[0].output;
    let kept_time = std::fs::metadata(kept).unwrap().modified().unwrap();
    let rerun_manifest = sharded.join("manifest-1-rerun.csv");
    let run = batch(
        &videos,
        &sharded,
        &[
            "--recursive",
            "--skip-existing",
            "--shard",
            "1/4",
            "--manifest",
            rerun_manifest.to_str().unwrap(),
        ],
        &[],
        None,
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let rerun = read_manifest(&rerun_manifest).unwrap();
    let want: Vec<(String, RecordingStatus)> = rows
        .iter()
        .map(|r| {
            let status = if r.input == victim.input {
                RecordingStatus::Done
            } else {
                RecordingStatus::Skipped
            };
            (r.input.clone(), status)
        })
        .collect();
    assert_eq!(statuses(&rerun), want);
    assert!(rerun
        .iter()
        .filter(|r| r.status == RecordingStatus::Skipped)
        .all(|r| r.frames.is_none() && r.seconds.is_none()));
    assert_eq!(
        std::fs::metadata(kept).unwrap().modified().unwrap(),
        kept_time,
        "a finished output is left alone"
    );
    assert!(
        outputs(&sharded) == expected,
        "the re-run restores the output"
    );
}

/// The first CPU this process may run on (`taskset -c 0` where CPU 0 is allowed).
fn first_allowed_cpu() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let list = status
        .lines()
        .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
        .unwrap();
    list.trim().split([',', '-']).next().unwrap().to_string()
}

/// The `worker threads: N` of `batch`'s summary line.
fn worker_threads(run: &std::process::Output) -> usize {
    let text = stderr(run);
    assert!(run.status.success(), "{text}");
    let line = text.lines().last().unwrap_or_default();
    line.rsplit_once("worker threads: ")
        .and_then(|(_, n)| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no thread count in {text}"))
}

#[test]
fn worker_threads_follow_taskset_and_slurm_cpus_per_task() {
    let dir = tempfile::tempdir().unwrap();
    let videos = dir.path().join("videos");
    std::fs::create_dir_all(&videos).unwrap();
    std::os::unix::fs::symlink(common::input_path("noface"), videos.join("noface.mp4")).unwrap();
    let out = dir.path().join("out");
    let cpus = std::thread::available_parallelism().unwrap().get();
    let one = first_allowed_cpu();
    let one = Some(one.as_str());
    assert_eq!(worker_threads(&batch(&videos, &out, &[], &[], None)), cpus);
    assert_eq!(worker_threads(&batch(&videos, &out, &[], &[], one)), 1);
    let slurm_one = [("SLURM_CPUS_PER_TASK", "1")];
    assert_eq!(
        worker_threads(&batch(&videos, &out, &[], &slurm_one, None)),
        1
    );
    // Slurm's count never raises the threads above the affinity mask; --threads wins over both.
    let slurm_many = [("SLURM_CPUS_PER_TASK", "64")];
    assert_eq!(
        worker_threads(&batch(&videos, &out, &[], &slurm_many, one)),
        1
    );
    assert_eq!(
        worker_threads(&batch(&videos, &out, &["--threads", "3"], &slurm_one, one)),
        3
    );
}

#[test]
fn a_shard_without_videos_writes_an_empty_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let videos = dir.path().join("videos");
    std::fs::create_dir_all(&videos).unwrap();
    std::os::unix::fs::symlink(common::input_path("noface"), videos.join("noface.mp4")).unwrap();
    let out = dir.path().join("out");
    let manifest = dir.path().join("logs/manifest-5.csv");
    let run = batch(
        &videos,
        &out,
        &["--manifest", manifest.to_str().unwrap()],
        &[
            ("SLURM_ARRAY_TASK_ID", "5"),
            ("SLURM_ARRAY_TASK_COUNT", "8"),
        ],
        None,
    );
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(read_manifest(&manifest).unwrap().is_empty());
    assert!(!out.join("noface.csv").exists());
}

#[test]
fn malformed_shards_and_slurm_variables_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let videos = dir.path().join("videos");
    std::fs::create_dir_all(&videos).unwrap();
    std::os::unix::fs::symlink(common::input_path("noface"), videos.join("noface.mp4")).unwrap();
    let out = dir.path().join("out");
    // (arguments, environment, what the message names)
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 7] = [
        (&["--shard", "4/4"], &[], "4/4"),
        (&["--shard", "one/4"], &[], "one/4"),
        (&["--shard", "2"], &[], "K/N"),
        (
            &[],
            &[("SLURM_ARRAY_TASK_ID", "2")],
            "SLURM_ARRAY_TASK_COUNT",
        ),
        (
            &[],
            &[
                ("SLURM_ARRAY_TASK_ID", "x"),
                ("SLURM_ARRAY_TASK_COUNT", "4"),
            ],
            "SLURM_ARRAY_TASK_ID",
        ),
        (
            &[],
            &[
                ("SLURM_ARRAY_TASK_ID", "7"),
                ("SLURM_ARRAY_TASK_COUNT", "4"),
            ],
            "--shard",
        ),
        (&[], &[("SLURM_CPUS_PER_TASK", "0")], "SLURM_CPUS_PER_TASK"),
    ];
    for (extra, env, needle) in cases {
        let run = batch(&videos, &out, extra, env, None);
        let text = stderr(&run);
        assert_eq!(run.status.code(), Some(2), "{extra:?} {env:?}: {text}");
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(
            text.starts_with("error: ") && text.contains(needle),
            "{text}"
        );
        assert!(!out.exists(), "no output after {text}");
    }
}
