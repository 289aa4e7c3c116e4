//! `pyfaceau-rs batch`: a folder of recordings, videos processed side by side. Each CSV must be
//! byte-identical to what `extract` writes for that video alone (results never depend on what
//! else runs), a broken video must not stop the others and must be reported on one line with a
//! non-zero exit, and `--skip-existing` must resume without redoing finished videos.

mod common;

use assert_cmd::Command;
use std::path::Path;

fn batch(input: &Path, output: &Path, extra: &[&str]) -> std::process::Output {
    Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args("batch", input, output))
        .arg("--quiet")
        .args(extra)
        .output()
        .unwrap()
}

fn extract(input: &Path, output: &Path) {
    Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args("extract", input, output))
        .arg("--quiet")
        .assert()
        .success();
}

#[test]
fn a_folder_of_recordings() {
    let dir = tempfile::tempdir().unwrap();
    let videos = dir.path().join("videos");
    std::fs::create_dir_all(videos.join("session2")).unwrap();
    let clinton = common::input_path("0417_02_003_bill_clinton");
    let default = common::input_path("default");
    std::fs::copy(&clinton, videos.join("clinton.avi")).unwrap();
    std::fs::copy(&default, videos.join("session2/default.wmv")).unwrap();
    std::fs::write(videos.join("broken.mp4"), b"not a video at all").unwrap();
    std::fs::write(videos.join("notes.txt"), b"ignored").unwrap();
    let out = dir.path().join("out");

    // Without --recursive: clinton and the broken file; the broken one fails alone.
    let run = batch(&videos, &out, &[]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with("error: ") && lines[0].contains("broken.mp4"),
        "{stderr}"
    );
    assert!(out.join("clinton.csv").exists());
    assert!(!out.join("broken.csv").exists());
    assert!(!out.join("session2").exists());

    // Recursive, skipping what exists: only session2/default.wmv is new.
    let before = std::fs::metadata(out.join("clinton.csv"))
        .unwrap()
        .modified()
        .unwrap();
    std::fs::remove_file(videos.join("broken.mp4")).unwrap();
    let run = batch(&videos, &out, &["--recursive", "--skip-existing"]);
    assert!(run.status.success(), "{:?}", run);
    let after = std::fs::metadata(out.join("clinton.csv"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "an existing CSV is left alone");
    assert!(out.join("session2/default.csv").exists());

    // Same bytes as `extract` on each video alone.
    for (video, csv) in [
        (clinton.as_path(), out.join("clinton.csv")),
        (default.as_path(), out.join("session2/default.csv")),
    ] {
        let alone = dir.path().join("alone.csv");
        extract(video, &alone);
        assert!(
            std::fs::read(&alone).unwrap() == std::fs::read(&csv).unwrap(),
            "{} differs from extract's output",
            csv.display()
        );
    }
}

#[test]
fn a_folder_without_videos_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let run = batch(dir.path(), &dir.path().join("out"), &[]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no video files"), "{stderr}");
}
