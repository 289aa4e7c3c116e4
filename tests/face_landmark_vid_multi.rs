//! `pyfaceau-rs FaceLandmarkVidMulti` against OpenFace 2.2's own runs
//! (`../shared/testdata/openface/multi/`, see its README): the CSV and `_of_details.txt` of
//! two_faces and faces_come_and_go and the 8 stored aligned BMPs byte-identical. The HOG files
//! were not stored; ours must have one record per CSV row with the row's success as its flag.

mod common;
mod openface_multi_common;

use assert_cmd::Command;
use openface_multi_common::{compare_dirs, flip_a_byte};
use std::path::{Path, PathBuf};

/// Runs `FaceLandmarkVidMulti -f VIDEO` with the reference's flags into `out`.
fn run_video(cwd: &Path, video: &Path, out: &Path) {
    let run = Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .current_dir(cwd)
        .env("PYFACEAU_MODELS", common::models_dir())
        .arg("FaceLandmarkVidMulti")
        .args([
            "-f",
            video.to_str().unwrap(),
            "-out_dir",
            out.to_str().unwrap(),
        ])
        .args([
            "-mloc",
            "model/main_clnf_general.txt",
            "-2Dfp",
            "-3Dfp",
            "-pdmparams",
            "-pose",
            "-aus",
            "-gaze",
            "-hogalign",
            "-simalign",
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// The `.hog` records' flags (1 / −1 as ±1.0) in file order.
fn hog_flags(path: &Path) -> Vec<f32> {
    let bytes = std::fs::read(path).unwrap();
    let mut flags = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let int = |i: usize| i32::from_le_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
        let (cols, rows, channels) = (int(at), int(at + 4), int(at + 8));
        flags.push(f32::from_le_bytes(
            bytes[at + 12..at + 16].try_into().unwrap(),
        ));
        at += 16 + 4 * cols * rows * channels;
    }
    assert_eq!(at, bytes.len(), "whole records");
    flags
}

/// The CSV's `success` column.
fn csv_successes(path: &Path) -> Vec<f32> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header.iter().position(|&c| c == "success").unwrap();
    lines
        .map(|l| {
            if l.split(',').nth(col).unwrap() == "1" {
                1.0
            } else {
                -1.0
            }
        })
        .collect()
}

fn check_video(stem: &str, expected_files: usize) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let video = common::testdata(&format!("videos/{stem}.mp4"));
    run_video(tmp.path(), &video, &out);

    // The stored files of this video only.
    let stored = common::testdata("openface/multi");
    let reference = tempfile::tempdir().unwrap();
    for name in openface_multi_common::files(&stored) {
        if name.starts_with(&format!("{stem}.")) || name.starts_with(&format!("{stem}_")) {
            let dest = reference.path().join(&name);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(stored.join(&name), dest).unwrap();
        }
    }
    let input_of = |_: &str| -> PathBuf { video.clone() };
    let comparison = compare_dirs(&out, reference.path(), &input_of);
    println!(
        "FaceLandmarkVidMulti {stem}: {} of {} reference files byte-identical",
        comparison.identical.len(),
        comparison.total()
    );
    assert_eq!(comparison.total(), expected_files);
    assert!(
        comparison.different.is_empty(),
        "differ: {:?}",
        comparison.different
    );
    assert_eq!(
        hog_flags(&out.join(format!("{stem}.hog"))),
        csv_successes(&out.join(format!("{stem}.csv"))),
        "one HOG record per row, flag = success"
    );

    // The comparison can fail: one flipped byte is found.
    flip_a_byte(&out.join(format!("{stem}.csv")));
    let after = compare_dirs(&out, reference.path(), &input_of);
    assert_eq!(after.different, vec![format!("{stem}.csv")]);
}

#[test]
fn two_faces_is_byte_identical() {
    check_video("two_faces", 10);
}

#[test]
fn faces_come_and_go_is_byte_identical() {
    check_video("faces_come_and_go", 2);
}

/// The binary run through a link named `FaceLandmarkVidMulti` is that program: an input that
/// cannot be opened is one `error:` line and exit status 1, the next input is still processed
/// (and has only the columns asked for).
#[test]
fn through_a_link_missing_input_is_an_error_and_the_rest_is_processed() {
    let tmp = tempfile::tempdir().unwrap();
    let link = tmp.path().join("FaceLandmarkVidMulti");
    std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("pyfaceau-rs"), &link).unwrap();
    let video = common::testdata("videos/two_faces.mp4");
    let out = tmp.path().join("out");
    let run = std::process::Command::new(&link)
        .env("PYFACEAU_MODELS", common::models_dir())
        .args(["-f", "missing.mp4", "-f", video.to_str().unwrap()])
        .args(["-out_dir", out.to_str().unwrap(), "-pose"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("missing.mp4"), "{}", errors[0]);
    let csv = std::fs::read_to_string(out.join("two_faces.csv")).unwrap();
    assert_eq!(
        csv.lines().next().unwrap(),
        "frame,face_id,timestamp,confidence,success,pose_Tx,pose_Ty,pose_Tz,pose_Rx,pose_Ry,pose_Rz"
    );
    assert_eq!(csv.lines().count(), 1 + 410);
}

/// A truncated video keeps the rows of the frames read (equal to those of the intact video,
/// but for the frame the cut goes through), with one `warning:` line and exit status 3.
#[test]
fn truncated_video_keeps_the_rows_of_the_frames_read() {
    let tmp = tempfile::tempdir().unwrap();
    let intact = common::input_path("default");
    let cut = tmp.path().join("cut.wmv");
    std::fs::write(&cut, &std::fs::read(&intact).unwrap()[..1_000_000]).unwrap();
    let rows = |video: &Path, out: &Path| -> (Option<i32>, String, Vec<String>) {
        let run = Command::cargo_bin("pyfaceau-rs")
            .unwrap()
            .env("PYFACEAU_MODELS", common::models_dir())
            .args([
                "FaceLandmarkVidMulti",
                "--quiet",
                "-f",
                video.to_str().unwrap(),
            ])
            .args(["-out_dir", out.to_str().unwrap(), "-aus", "-pose", "-2Dfp"])
            .output()
            .unwrap();
        let stem = video.file_stem().unwrap().to_str().unwrap();
        let csv = std::fs::read_to_string(out.join(format!("{stem}.csv"))).unwrap();
        (
            run.status.code(),
            String::from_utf8_lossy(&run.stderr).into_owned(),
            csv.lines().skip(1).map(str::to_owned).collect(),
        )
    };
    let (code, stderr, full) = rows(&intact, &tmp.path().join("full"));
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr, damaged) = rows(&cut, &tmp.path().join("cut"));
    assert_eq!(code, Some(3), "{stderr}");
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("damaged"), "{}", warnings[0]);
    assert!(
        damaged.len() > 10 && damaged.len() < full.len(),
        "{}",
        damaged.len()
    );
    let kept = damaged.len() - 1;
    assert_eq!(damaged[..kept], full[..kept]);
}
