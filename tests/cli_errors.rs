//! Bad input to `pyfaceau-rs extract`: each case must exit non-zero with exactly one line on
//! stderr, `error: ...`, naming what is wrong — never a panic, never a partial output file.

mod common;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Self {
        Case {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A landmarks CSV for the first frames of default.wmv, from OpenFace's own CSV.
    fn landmarks(&self) -> PathBuf {
        let p = self.path("landmarks.csv");
        std::fs::copy(common::testdata("openface/default.csv"), &p).unwrap();
        p
    }

    /// A copy of the AU models with one byte of one file changed.
    fn tampered_models(&self) -> (PathBuf, &'static str) {
        self.tampered("AU_predictors/svr_combined/AU_12_static_intensity_comb.dat")
    }

    /// A copy of the models with one byte of `victim` changed.
    fn tampered(&self, victim: &'static str) -> (PathBuf, &'static str) {
        let dest = self.path("models");
        common::copy_dir(&common::models_dir(), &dest);
        let file = dest.join(victim);
        let mut bytes = std::fs::read(&file).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x01;
        std::fs::write(&file, bytes).unwrap();
        (dest, victim)
    }
}

/// Runs `extract INPUT -o OUTPUT --landmarks LANDMARKS --models MODELS` and returns its single
/// stderr line; asserts a non-zero exit without a panic and no file at `output`.
fn extract_error(input: &Path, output: &Path, landmarks: &Path, models: &Path) -> String {
    run_error(input, output, models, Some(landmarks))
}

/// As [`extract_error`] with the built-in tracker (no `--landmarks`).
fn tracked_error(input: &Path, output: &Path, models: &Path) -> String {
    run_error(input, output, models, None)
}

fn run_error(input: &Path, output: &Path, models: &Path, landmarks: Option<&Path>) -> String {
    let mut cmd = Command::cargo_bin("pyfaceau-rs").unwrap();
    cmd.arg("extract")
        .arg("--quiet")
        .arg(input)
        .arg("-o")
        .arg(output)
        .arg("--models")
        .arg(models);
    if let Some(landmarks) = landmarks {
        cmd.arg("--landmarks").arg(landmarks);
    }
    let out = cmd.output().unwrap();
    assert!(!output.exists(), "no output file after an error");
    assert!(!out.status.success(), "must fail");
    assert_ne!(out.status.code(), Some(101), "must not panic");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "exactly one line: {stderr:?}");
    assert!(lines[0].starts_with("error: "), "{stderr:?}");
    lines[0].to_string()
}

#[test]
fn missing_models_dir() {
    let c = Case::new();
    let lm = c.landmarks();
    let out = c.path("out.csv");
    let missing = c.path("no-models");
    let video = common::testdata("videos/default.wmv");
    let err = extract_error(&video, &out, &lm, &missing);
    assert!(err.contains("no-models"), "{err}");
}

#[test]
fn tampered_model_file_is_named() {
    let c = Case::new();
    let lm = c.landmarks();
    let out = c.path("out.csv");
    let (models, victim) = c.tampered_models();
    let video = common::testdata("videos/default.wmv");
    let err = extract_error(&video, &out, &lm, &models);
    assert!(err.contains(victim.rsplit('/').next().unwrap()), "{err}");
}

#[test]
fn landmarks_csv_with_missing_column() {
    let c = Case::new();
    let lm = c.path("bad.csv");
    std::fs::write(&lm, "frame,success,x_0\n1,1,3.0\n").unwrap();
    let out = c.path("out.csv");
    let video = common::testdata("videos/default.wmv");
    let models = common::models_dir();
    let err = extract_error(&video, &out, &lm, &models);
    assert!(err.contains("missing column `x_1`"), "{err}");
}

#[test]
fn landmarks_csv_with_non_numeric_value() {
    let c = Case::new();
    let text = std::fs::read_to_string(common::testdata("openface/default.csv")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let col = header.iter().position(|h| *h == "y_10").unwrap();
    let mut fields: Vec<String> = lines[5].split(',').map(str::to_owned).collect();
    fields[col] = "nan?".into();
    lines[5] = fields.join(",");
    let lm = c.path("bad.csv");
    std::fs::write(&lm, lines.join("\n")).unwrap();
    let out = c.path("out.csv");
    let video = common::testdata("videos/default.wmv");
    let models = common::models_dir();
    let err = extract_error(&video, &out, &lm, &models);
    assert!(err.contains("line 6") && err.contains("y_10"), "{err}");
}

#[test]
fn unreadable_video() {
    let c = Case::new();
    let lm = c.landmarks();
    let video = c.path("not-a-video.mp4");
    std::fs::write(&video, "this is text, not a video\n").unwrap();
    let out = c.path("out.csv");
    let models = common::models_dir();
    let err = extract_error(&video, &out, &lm, &models);
    assert!(err.contains("not-a-video.mp4"), "{err}");
}

#[test]
fn missing_video() {
    let c = Case::new();
    let lm = c.landmarks();
    let video = c.path("missing.avi");
    let out = c.path("out.csv");
    let models = common::models_dir();
    let err = extract_error(&video, &out, &lm, &models);
    assert!(err.contains("missing.avi"), "{err}");
}

#[test]
fn unwritable_output() {
    let c = Case::new();
    let lm = c.landmarks();
    let out = c.path("no-such-dir/out.csv");
    let video = common::testdata("videos/default.wmv");
    let models = common::models_dir();
    let err = extract_error(&video, &out, &lm, &models);
    assert!(err.contains("no-such-dir/out.csv"), "{err}");
}

#[test]
fn landmarks_for_frames_the_video_lacks() {
    let c = Case::new();
    // default.csv has 288 frames; the image sequence has 30.
    let lm = c.landmarks();
    let out = c.path("out.csv");
    let input = common::testdata("imgseq");
    let models = common::models_dir();
    let err = extract_error(&input, &out, &lm, &models);
    assert!(err.contains("258 rows"), "{err}");
}

#[test]
fn tracked_mode_bad_inputs() {
    let c = Case::new();
    let models = common::models_dir();
    let video = c.path("not-a-video.mp4");
    std::fs::write(&video, "this is text, not a video\n").unwrap();
    let err = tracked_error(&video, &c.path("a.csv"), &models);
    assert!(err.contains("not-a-video.mp4"), "{err}");
    let err = tracked_error(&c.path("missing.avi"), &c.path("b.csv"), &models);
    assert!(err.contains("missing.avi"), "{err}");
    let default = common::testdata("videos/default.wmv");
    let err = tracked_error(&default, &c.path("no-such-dir/out.csv"), &models);
    assert!(err.contains("no-such-dir/out.csv"), "{err}");
    // A landmark model file changed by one byte is caught by its checksum and named.
    let (tampered, victim) = c.tampered("model/patch_experts/ccnf_patches_0.35_general.txt");
    let err = tracked_error(&default, &c.path("c.csv"), &tampered);
    assert!(err.contains(victim.rsplit('/').next().unwrap()), "{err}");
}

/// An unwritable `--hog` file or `--aligned` folder fails the run before any output appears.
#[test]
fn unwritable_extra_outputs() {
    let c = Case::new();
    let video = common::testdata("videos/default.wmv");
    for (flag, target) in [
        ("--hog", "no-such-dir/x.hog"),
        ("--aligned", "file/aligned"),
    ] {
        std::fs::write(c.path("file"), b"a file, not a folder").unwrap();
        let out = c.path("out.csv");
        let run = Command::cargo_bin("pyfaceau-rs")
            .unwrap()
            .args(common::run_args("extract", &video, &out))
            .arg("--quiet")
            .arg(flag)
            .arg(c.path(target))
            .output()
            .unwrap();
        assert!(!out.exists(), "{flag}: no CSV after an error");
        assert_eq!(run.status.code(), Some(2), "{flag}");
        let stderr = String::from_utf8(run.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{flag}: {stderr}");
        assert!(
            stderr.starts_with("error: ") && stderr.contains(target),
            "{flag}: {stderr}"
        );
    }
}

/// An unknown `--aligned-format` is refused before any work: exit 2, no CSV, and clap's usage
/// error (the `error:` line naming the value, then the accepted formats).
#[test]
fn unknown_aligned_face_format() {
    let c = Case::new();
    let out = c.path("out.csv");
    let run = Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args(
            "extract",
            &common::testdata("videos/default.wmv"),
            &out,
        ))
        .arg("--quiet")
        .args(["--aligned", "faces", "--aligned-format", "gif"])
        .output()
        .unwrap();
    assert!(!out.exists(), "no CSV after an error");
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8(run.stderr).unwrap();
    let first = stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error: ")
            && first.contains("'gif'")
            && first.contains("--aligned-format"),
        "{stderr}"
    );
    assert!(stderr.contains("bmp, png, jpg"), "{stderr}");
}
