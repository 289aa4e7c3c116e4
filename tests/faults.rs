//! Faults during a run: a signal, a full disk, an output folder that disappears, two `batch`
//! runs writing into one folder. Each ends with a clear message and no partial or corrupt file
//! at any final path, and a rerun finishes the work.

mod common;

use assert_cmd::cargo::cargo_bin;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn video(name: &str) -> PathBuf {
    common::testdata(&format!("videos/{name}"))
}

fn pyfaceau() -> Command {
    let mut c = Command::new(cargo_bin("pyfaceau-rs"));
    c.env("PYFACEAU_MODELS", common::models_dir());
    c
}

/// Every file below `dir`, relative.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

/// Temporary files left behind.
fn leftovers(dir: &Path) -> Vec<String> {
    files(dir)
        .into_iter()
        .filter(|f| f.contains(".tmp") || f.contains(".pyfaceau-"))
        .collect()
}

/// Waits until `dir` holds at least `n` aligned faces (the run is under way).
fn wait_for_progress(dir: &Path, n: usize) {
    let start = Instant::now();
    while files(dir).iter().filter(|f| f.ends_with(".bmp")).count() < n {
        assert!(start.elapsed() < Duration::from_secs(120), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// SIGINT and SIGTERM stop the run between frames: one `error:` line, exit 130, no CSV or HOG
/// at the final paths and no temporary file; a rerun writes everything.
#[test]
fn a_signal_leaves_no_partial_output() {
    for signal in [libc::SIGTERM, libc::SIGINT] {
        let dir = tempfile::tempdir().unwrap();
        let (csv, hog, aligned) = (
            dir.path().join("x.csv"),
            dir.path().join("x.hog"),
            dir.path().join("aligned"),
        );
        let child = pyfaceau()
            .args([
                "extract",
                video("2015-10-15-15-14.avi").to_str().unwrap(),
                "-o",
            ])
            .arg(&csv)
            .arg("--hog")
            .arg(&hog)
            .arg("--aligned")
            .arg(&aligned)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_for_progress(&aligned, 20);
        // SAFETY: `kill` on a child process id this test owns.
        assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "signal {signal}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains("interrupted"),
            "{stderr}"
        );
        assert!(!csv.exists() && !hog.exists(), "signal {signal}");
        assert_eq!(leftovers(dir.path()), Vec::<String>::new());

        let rerun = pyfaceau()
            .args([
                "extract",
                video("2015-10-15-15-14.avi").to_str().unwrap(),
                "-o",
            ])
            .arg(&csv)
            .arg("--hog")
            .arg(&hog)
            .arg("-q")
            .output()
            .unwrap();
        assert!(rerun.status.success());
        assert_eq!(
            std::fs::read(&hog).unwrap(),
            std::fs::read(common::testdata("openface/2015-10-15-15-14.hog")).unwrap()
        );
    }
}

/// A disk that fills during the run: one `error:` line naming the output and the cause, exit
/// 2, nothing at the final path, no temporary file.
#[test]
fn a_full_disk_leaves_no_partial_output() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    // A 256 KB file system; the CSV of this video is about 3.5 MB.
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
        .arg(&small)
        .status()
        .is_ok_and(|s| s.success());
    let csv = small.join("x.csv");
    let mut cmd = if mounted {
        let mut c = pyfaceau();
        c.args([
            "extract",
            video("2015-10-15-15-14.avi").to_str().unwrap(),
            "-o",
        ])
        .arg(&csv);
        c
    } else {
        // Without the right to mount: a file-size limit, which fails writes the same way
        // (EFBIG instead of ENOSPC; SIGXFSZ ignored so the write returns the error).
        let mut c = Command::new("sh");
        c.env("PYFACEAU_MODELS", common::models_dir())
            .arg("-c")
            .arg(format!(
                "trap '' XFSZ; ulimit -f 256; exec '{}' extract '{}' -o '{}'",
                cargo_bin("pyfaceau-rs").display(),
                video("2015-10-15-15-14.avi").display(),
                csv.display()
            ));
        c
    };
    /// Unmounts the small file system however the test ends.
    struct Unmount<'a>(&'a Path, bool);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            if self.1 {
                let _ = Command::new("umount").arg(self.0).status();
            }
        }
    }
    let _unmount = Unmount(&small, mounted);
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("x.csv"), "{stderr}");
    assert!(
        stderr.contains("No space left") || stderr.contains("too large"),
        "{stderr}"
    );
    assert!(!csv.exists());
    assert_eq!(leftovers(&small), Vec::<String>::new());
}

/// The output folder is removed while the run writes into it: one `error:` line, no panic; a
/// rerun into a new folder finishes.
#[test]
fn a_vanishing_output_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let aligned = out_dir.join("aligned");
    let csv = out_dir.join("x.csv");
    let child = pyfaceau()
        .args([
            "extract",
            video("2015-10-15-15-14.avi").to_str().unwrap(),
            "-o",
        ])
        .arg(&csv)
        .arg("--aligned")
        .arg(&aligned)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_progress(&aligned, 20);
    std::fs::remove_dir_all(&out_dir).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: ") && stderr.contains("out/"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    std::fs::create_dir(&out_dir).unwrap();
    let rerun = pyfaceau()
        .args([
            "extract",
            video("2015-10-15-15-14.avi").to_str().unwrap(),
            "-o",
        ])
        .arg(&csv)
        .arg("-q")
        .output()
        .unwrap();
    assert!(rerun.status.success());
    assert!(csv.exists());
}

/// Two `batch` runs into one output folder at once (e.g. two Slurm shards given the same
/// index): both succeed, every CSV is whole and the same as a single run's, no temporary file
/// is left.
#[test]
fn two_batch_runs_into_one_folder() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    let names = ["0417_02_003_bill_clinton", "1815_01_008_tony_blair"];
    for n in names {
        std::os::unix::fs::symlink(video(&format!("{n}.avi")), input.join(format!("{n}.avi")))
            .unwrap();
    }
    let out = dir.path().join("out");
    let spawn = || {
        pyfaceau()
            .arg("batch")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .args(["--hog", "--threads", "1", "-q"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for run in [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()] {
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    assert_eq!(leftovers(&out), Vec::<String>::new());
    let single = dir.path().join("single");
    let run = pyfaceau()
        .arg("batch")
        .arg(&input)
        .arg("-o")
        .arg(&single)
        .args(["--hog", "-q"])
        .output()
        .unwrap();
    assert!(run.status.success());
    assert_eq!(files(&out), files(&single));
    for f in files(&single) {
        assert_eq!(
            std::fs::read(out.join(&f)).unwrap(),
            std::fs::read(single.join(&f)).unwrap(),
            "{f}"
        );
    }
}
