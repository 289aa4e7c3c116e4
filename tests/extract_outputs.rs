//! The extra outputs of `extract`: OpenFace's binary HOG file (`--hog`, `-hogalign`) and the
//! aligned faces (`--aligned`, `-simalign`). Fed OpenFace's own landmarks (`--landmarks` from
//! `*.stages.csv`), they must be exactly OpenFace's: the HOG files byte for byte
//! (default, 2015-10-15-15-14, imgseq), the aligned faces of default.wmv pixel for pixel
//! (written as PNG; OpenFace's BMPs were converted losslessly to the reference PNGs), all 288 of
//! them. With the built-in tracker (no `--landmarks`) the HOG file of default.wmv is OpenFace's
//! byte for byte too: one record per frame, OpenFace's success flags and values.

mod common;

use assert_cmd::Command;
use opencv::imgcodecs;
use opencv::prelude::*;

/// Frames of default.wmv, all successful in OpenFace's run.
const DEFAULT_FRAMES: usize = 288;

fn extract(input: &std::path::Path, extra: &[&std::ffi::OsStr]) {
    Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(["extract", "--quiet", "--models"])
        .arg(common::models_dir())
        .arg(input)
        .args(extra)
        .assert()
        .success();
}

#[test]
fn hog_files_are_openface_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["default", "2015-10-15-15-14", "imgseq"] {
        let landmarks = dir.path().join(format!("{name}.landmarks.csv"));
        common::landmarks_csv_from_stages(name, &landmarks);
        let csv = dir.path().join(format!("{name}.csv"));
        let hog = dir.path().join(format!("{name}.hog"));
        extract(
            &common::input_path(name),
            &[
                "-o".as_ref(),
                csv.as_os_str(),
                "--landmarks".as_ref(),
                landmarks.as_os_str(),
                "--hog".as_ref(),
                hog.as_os_str(),
            ],
        );
        let ours = std::fs::read(&hog).unwrap();
        let reference = std::fs::read(common::testdata(&format!("openface/{name}.hog"))).unwrap();
        let frames = common::read_hog_file(&hog).len();
        eprintln!(
            "{name}: {} bytes, {frames} frames, identical: {}",
            ours.len(),
            ours == reference
        );
        assert!(
            ours == reference,
            "{name}: HOG file differs from OpenFace's"
        );
    }
}

#[test]
fn aligned_faces_are_openface_pixel_for_pixel() {
    let dir = tempfile::tempdir().unwrap();
    let landmarks = dir.path().join("landmarks.csv");
    common::landmarks_csv_from_stages("default", &landmarks);
    let aligned = dir.path().join("aligned");
    extract(
        &common::input_path("default"),
        &[
            "-o".as_ref(),
            dir.path().join("out.csv").as_os_str(),
            "--landmarks".as_ref(),
            landmarks.as_os_str(),
            "--aligned".as_ref(),
            aligned.as_os_str(),
            "--aligned-format".as_ref(),
            "png".as_ref(),
        ],
    );
    // The reference must hold all 288 faces: a missing or partial folder fails, never passes
    // on fewer comparisons.
    let reference_dir = common::testdata("openface/default_aligned");
    let mut names: Vec<_> = std::fs::read_dir(&reference_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    let expected: Vec<std::ffi::OsString> = (1..=DEFAULT_FRAMES)
        .map(|f| format!("frame_det_00_{f:06}.png").into())
        .collect();
    assert_eq!(
        names,
        expected,
        "{} must hold exactly the {DEFAULT_FRAMES} aligned faces of default.wmv",
        reference_dir.display()
    );
    let ours: Vec<_> = std::fs::read_dir(&aligned).unwrap().collect();
    assert_eq!(ours.len(), names.len(), "one face per successful frame");
    let read = |p: &std::path::Path| {
        let m = imgcodecs::imread(p.to_str().unwrap(), imgcodecs::IMREAD_COLOR).unwrap();
        assert_eq!((m.cols(), m.rows()), (112, 112), "{}", p.display());
        m.data_bytes().unwrap().to_vec()
    };
    let mut differing = 0;
    for name in &names {
        if read(&aligned.join(name)) != read(&reference_dir.join(name)) {
            differing += 1;
        }
    }
    eprintln!("aligned faces: {} files, {differing} differ", names.len());
    assert_eq!(differing, 0, "aligned faces differ from OpenFace's");
}

#[test]
fn tracked_hog_file_is_openface_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let hog = dir.path().join("default.hog");
    extract(
        &common::input_path("default"),
        &[
            "-o".as_ref(),
            dir.path().join("default.csv").as_os_str(),
            "--hog".as_ref(),
            hog.as_os_str(),
        ],
    );
    let reference_path = common::testdata("openface/default.hog");
    let ours = common::read_hog_file(&hog);
    let reference = common::read_hog_file(&reference_path);
    assert_eq!(ours.len(), reference.len());
    for (o, r) in ours.iter().zip(&reference) {
        assert_eq!(
            (o.good, o.rows, o.cols, o.channels),
            (r.good, r.rows, r.cols, r.channels)
        );
    }
    // The tracker is bit-exact, so the whole file is OpenFace's.
    assert!(
        std::fs::read(&hog).unwrap() == std::fs::read(&reference_path).unwrap(),
        "tracked HOG file differs from OpenFace's"
    );
}
