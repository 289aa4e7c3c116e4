//! Output files get the mode the user's umask gives (0644 under umask 022, 0640 under 027),
//! as files written by any other tool do: the CSV, the `.hog` file, aligned faces and model
//! files installed by `models fetch`.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

/// Runs the binary with `args` under `umask`, through `sh` so the umask is the process's own.
fn run_under_umask(umask: &str, args: &[&std::ffi::OsStr]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("pyfaceau-rs");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn check_extract(umask: &str, expected: u32) {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("out.csv");
    let hog = dir.path().join("out.hog");
    let aligned = dir.path().join("aligned");
    let input = common::input_path("imgseq");
    let landmarks = common::testdata("openface/imgseq.csv");
    let models = common::models_dir();
    run_under_umask(
        umask,
        &[
            "extract".as_ref(),
            "--quiet".as_ref(),
            input.as_os_str(),
            "-o".as_ref(),
            csv.as_os_str(),
            "--landmarks".as_ref(),
            landmarks.as_os_str(),
            "--hog".as_ref(),
            hog.as_os_str(),
            "--aligned".as_ref(),
            aligned.as_os_str(),
            "--models".as_ref(),
            models.as_os_str(),
        ],
    );
    assert_eq!(mode(&csv), expected, "CSV under umask {umask}");
    assert_eq!(mode(&hog), expected, "HOG under umask {umask}");
    let face = aligned.join("frame_det_00_000001.bmp");
    assert_eq!(mode(&face), expected, "aligned face under umask {umask}");
}

#[test]
fn extract_outputs_follow_umask_022() {
    check_extract("022", 0o644);
}

#[test]
fn extract_outputs_follow_umask_027() {
    check_extract("027", 0o640);
}

#[test]
fn installed_models_follow_umask() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("models");
    let from = common::models_dir();
    run_under_umask(
        "002",
        &[
            "models".as_ref(),
            "fetch".as_ref(),
            "--from".as_ref(),
            from.as_os_str(),
            "--models".as_ref(),
            dest.as_os_str(),
        ],
    );
    let file = dest.join("AU_predictors/main_dynamic_svms.txt");
    assert_eq!(mode(&file), 0o664);
}
