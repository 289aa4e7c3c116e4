//! `pyfaceau-rs FaceLandmarkImg` against OpenFace 2.2's own run on the same images
//! (`../shared/testdata/openface/images/`, see its README): every stored file (CSV, `.hog`,
//! aligned BMPs, `_of_details.txt`) byte-identical, the no-face image's outputs, and the
//! error paths of stock 2.2 (a missing image stops the run with status 1 after the images
//! before it were written; a folder without images is status 1).

mod common;
mod openface_multi_common;

use assert_cmd::Command;
use openface_multi_common::{compare_dirs, files, flip_a_byte};
use std::path::{Path, PathBuf};

const OUTPUT_FLAGS: [&str; 10] = [
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
];

/// Runs `pyfaceau-rs FaceLandmarkImg ARGS` in `cwd`.
fn face_landmark_img(cwd: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .current_dir(cwd)
        .env("PYFACEAU_MODELS", common::models_dir())
        .arg("FaceLandmarkImg")
        .args(args)
        .output()
        .unwrap()
}

fn images_dir() -> PathBuf {
    common::testdata("images")
}

#[test]
fn every_reference_file_is_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let images = images_dir();
    let mut args = vec![
        "-fdir",
        images.to_str().unwrap(),
        "-out_dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(&OUTPUT_FLAGS);
    let run = face_landmark_img(tmp.path(), &args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let reference = common::testdata("openface/images");
    let input_of = |stem: &str| {
        std::fs::read_dir(&images)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_stem().is_some_and(|s| s == stem))
            .unwrap()
    };
    let comparison = compare_dirs(&out, &reference, &input_of);
    println!(
        "FaceLandmarkImg: {} of {} reference files byte-identical",
        comparison.identical.len(),
        comparison.total()
    );
    assert_eq!(comparison.total(), 57, "the stored reference files");
    assert!(
        comparison.different.is_empty(),
        "differ: {:?}",
        comparison.different
    );
    // Nothing written beyond OpenFace's files (the no-face image has no CSV), and the
    // no-face image's aligned folder exists and is empty, its `.hog` empty.
    assert_eq!(files(&out), files(&reference));
    let noface_aligned = out.join("img09_noface_aligned");
    assert!(noface_aligned.is_dir());
    assert_eq!(std::fs::read_dir(&noface_aligned).unwrap().count(), 0);
    assert_eq!(
        std::fs::metadata(out.join("img09_noface.hog"))
            .unwrap()
            .len(),
        0
    );

    // The comparison can fail: one flipped byte in a BMP, a CSV and a HOG file is found.
    for victim in [
        "img05_two_faces_aligned/face_det_000001.bmp",
        "img07_four_faces.csv",
        "img12_gray_bill_clinton.hog",
    ] {
        flip_a_byte(&out.join(victim));
    }
    let after = compare_dirs(&out, &reference, &input_of);
    assert_eq!(after.different.len(), 3, "{:?}", after.different);
}

/// One image given with `-f` writes the same files as in the folder run.
#[test]
fn single_file_matches_its_reference() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let image = images_dir().join("img06_three_faces.png");
    let mut args = vec![
        "-f",
        image.to_str().unwrap(),
        "-out_dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(&OUTPUT_FLAGS);
    let run = face_landmark_img(tmp.path(), &args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let reference = tempfile::tempdir().unwrap();
    let stored = common::testdata("openface/images");
    for name in files(&stored) {
        if name.starts_with("img06_three_faces") {
            let dest = reference.path().join(&name);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(stored.join(&name), dest).unwrap();
        }
    }
    let comparison = compare_dirs(&out, reference.path(), &|_| image.clone());
    assert_eq!(comparison.total(), 6);
    assert!(
        comparison.different.is_empty(),
        "{:?}",
        comparison.different
    );
}

fn error_lines(run: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&run.stderr)
        .lines()
        .filter(|l| l.starts_with("error:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn missing_image_stops_after_the_images_before_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let first = images_dir().join("img01_single_al_pacino.png");
    let missing = tmp.path().join("missing.png");
    let after = images_dir().join("img02_single_noam_chomsky.png");
    let run = face_landmark_img(
        tmp.path(),
        &[
            "-f",
            first.to_str().unwrap(),
            "-f",
            missing.to_str().unwrap(),
            "-f",
            after.to_str().unwrap(),
            "-out_dir",
            out.to_str().unwrap(),
            "-aus",
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    let errors = error_lines(&run);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("missing.png"), "{}", errors[0]);
    let written = files(&out);
    assert!(
        written.contains("img01_single_al_pacino.csv"),
        "{written:?}"
    );
    assert!(written.contains("img01_single_al_pacino_of_details.txt"));
    assert!(
        written
            .iter()
            .all(|f| !f.starts_with("img02") && !f.starts_with("missing")),
        "{written:?}"
    );
}

#[test]
fn folder_without_images_and_missing_folder_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("no_images");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("notes.txt"), "not an image").unwrap();
    std::fs::write(empty.join("upper.PNG"), "upper-case extension").unwrap();
    for dir in [empty.clone(), tmp.path().join("does_not_exist")] {
        let run = face_landmark_img(
            tmp.path(),
            &["-fdir", dir.to_str().unwrap(), "-out_dir", "out", "-aus"],
        );
        assert_eq!(run.status.code(), Some(1), "{}", dir.display());
        let errors = error_lines(&run);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].contains(dir.to_str().unwrap()), "{}", errors[0]);
        assert!(!tmp.path().join("out").exists());
    }
}

/// The binary run through a link named `FaceLandmarkImg` is that program.
#[test]
fn through_a_link_named_face_landmark_img() {
    let tmp = tempfile::tempdir().unwrap();
    let link = tmp.path().join("FaceLandmarkImg");
    std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("pyfaceau-rs"), &link).unwrap();
    let image = images_dir().join("img05_two_faces.png");
    let run = std::process::Command::new(&link)
        .env("PYFACEAU_MODELS", common::models_dir())
        .args(["-f", image.to_str().unwrap(), "-out_dir", "out", "-aus"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let csv = std::fs::read_to_string(tmp.path().join("out/img05_two_faces.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("face,confidence,AU01_r,"), "{header}");
    assert_eq!(csv.lines().count(), 1 + 2);
    assert!(!tmp.path().join("out/img05_two_faces.hog").exists());
}

/// `-nobadaligned` writes the aligned faces of the fits the validator accepted only, the same
/// bytes as OpenFace's; the CSV and HOG keep every face.
#[test]
fn no_bad_aligned_skips_rejected_faces() {
    let tmp = tempfile::tempdir().unwrap();
    let image = images_dir().join("img06_three_faces.png");
    let run = face_landmark_img(
        tmp.path(),
        &[
            "-f",
            image.to_str().unwrap(),
            "-out_dir",
            "out",
            "-simalign",
            "-hogalign",
            "-nobadaligned",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = tmp.path().join("out");
    // Face 0 (confidence 0.717) was rejected, faces 1 and 2 accepted.
    let aligned = files(&out.join("img06_three_faces_aligned"));
    let expected: std::collections::BTreeSet<String> =
        ["face_det_000001.bmp", "face_det_000002.bmp"]
            .map(String::from)
            .into();
    assert_eq!(aligned, expected);
    let reference = common::testdata("openface/images");
    for name in &aligned {
        let rel = format!("img06_three_faces_aligned/{name}");
        assert_eq!(
            std::fs::read(out.join(&rel)).unwrap(),
            std::fs::read(reference.join(&rel)).unwrap(),
            "{rel}"
        );
    }
    assert_eq!(
        std::fs::read(out.join("img06_three_faces.hog")).unwrap(),
        std::fs::read(reference.join("img06_three_faces.hog")).unwrap()
    );
}
