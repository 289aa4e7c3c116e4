//! The whole product against C++ OpenFace 2.2: `pyfaceau-rs extract VIDEO -o CSV` with the
//! built-in detector and tracker (no `--landmarks`), compared with OpenFace's CSV through the
//! `compare` code path, on every public input.
//!
//! The CLNF fit is bit-exact with OpenFace's (tests/tracking_parity.rs) on any CPU, so the
//! CSVs are OpenFace's: success, 2D landmarks, every AU column and every gaze column identical
//! on every frame of all 11 inputs (the only differing text is the last digit of a pose value
//! on a few face_exits frames, and noface's degenerate pose translation of ~2e7 mm, 1e-7
//! relative). Limits: AU r ≥ [`AU_MIN_R`] and MAE [`AU_MAE`] (0: the same 2-decimal text),
//! presence agreement [`PRESENCE_AGREEMENT`], success identical, landmarks [`LANDMARK_PX`] (0),
//! head rotation ≤ [`ROTATION_RAD`] and translation ≤ [`TRANSLATION_MM`] (the last printed
//! digit), gaze angles ≤ [`GAZE_RAD`] (0), and every gaze cell (`gaze_*` vectors with 6
//! decimals and angles, `eye_lmk_*` 2D and 3D) the same text as OpenFace's
//! ([`common::gaze_text_differences`], tolerance 0). A gaze vector component one float ulp off,
//! where that ulp changes its 6-decimal text, fails that comparison.

mod common;

use assert_cmd::Command;
use pyfaceau::compare::{compare_files, Comparison, Thresholds};
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::output::{
    format_row_prefix, CsvColumns, CsvFormat, CsvLayout, CsvSeparator, RowPrefix,
};
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::landmarks::tracking::FaceTracker;
use pyfaceau::model::pdm::GlobalParams;
use pyfaceau::model::pose::{CameraIntrinsics, HeadPose};
use pyfaceau::pipeline::FaceObservation;

const LANDMARK_PX: f64 = 0.0;
const ROTATION_RAD: f64 = 1e-5;
const TRANSLATION_MM: f64 = 1e-3;
const GAZE_RAD: f64 = 0.0;
const AU_MAE: f64 = 0.0;
const AU_MIN_R: f64 = 0.999_999;
const AU_MEAN_R: f64 = 0.999_999;
const PRESENCE_AGREEMENT: f64 = 1.0;
const EXIT_SUCCESS_AGREEMENT: f64 = 1.0;

fn extract(name: &str, dir: &std::path::Path) -> std::path::PathBuf {
    let output = dir.join(format!("{name}.csv"));
    Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args(
            "extract",
            &common::input_path(name),
            &output,
        ))
        .arg("--quiet")
        .assert()
        .success();
    output
}

fn compare(name: &str, ours: &std::path::Path, thresholds: &Thresholds) -> Comparison {
    let reference = common::testdata(&format!("openface/{name}.csv"));
    let comparison = compare_files(ours, &reference, thresholds).unwrap();
    eprintln!(
        "== {name}\n{}\nparity row: {}",
        comparison.report.render_table(),
        comparison.report.parity_row(name)
    );
    comparison
}

/// The gaze cells of `ours` that differ in text from OpenFace's CSV for `name`.
fn gaze_differences(name: &str, ours: &std::path::Path) -> Vec<String> {
    let reference = common::testdata(&format!("openface/{name}.csv"));
    let differences = common::gaze_text_differences(
        &std::fs::read_to_string(ours).unwrap(),
        &std::fs::read_to_string(reference).unwrap(),
    );
    eprintln!("{name}: {} gaze cells differ", differences.len());
    differences
}

fn thresholds() -> Thresholds {
    Thresholds {
        min_r: AU_MIN_R,
        max_mae: AU_MAE,
        min_presence_agreement: PRESENCE_AGREEMENT,
        max_landmark_px: LANDMARK_PX,
        max_translation_mm: TRANSLATION_MM,
        max_rotation_rad: ROTATION_RAD,
        max_gaze_rad: GAZE_RAD,
        min_success_agreement: 1.0,
        max_missing_frames: 0,
    }
}

#[test]
fn tracked_extraction_matches_openface() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for name in common::INPUTS_WITH_DUMPS {
        let ours = extract(name, dir.path());
        let limits = thresholds();
        let report = compare(name, &ours, &limits).report;
        let gaze = gaze_differences(name, &ours);
        if !gaze.is_empty() {
            failures.push(format!(
                "{name}: {} gaze cells differ, first {:?}",
                gaze.len(),
                &gaze[..gaze.len().min(5)]
            ));
        }
        let rs: Vec<f64> = report
            .aus
            .iter()
            .filter_map(|a| a.intensity.as_ref()?.pearson_r)
            .collect();
        let mean_r = rs.iter().sum::<f64>() / rs.len() as f64;
        eprintln!("{name}: mean AU r {mean_r:.4} over {} AUs", rs.len());
        if !report.passed {
            let failed: Vec<String> = report.failures().map(|c| format!("{c:?}")).collect();
            failures.push(format!("{name}: {failed:?}"));
        }
        if rs.len() < 16 || mean_r < AU_MEAN_R {
            failures.push(format!(
                "{name}: mean AU r {mean_r:.4} over {} AUs",
                rs.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// face_exits (the face leaves for 100 frames) and noface (never a face).
#[test]
fn lost_and_missing_faces() {
    let dir = tempfile::tempdir().unwrap();
    let ours = extract("face_exits", dir.path());
    // Pose differs in the last printed digit on a few exit frames (solvePnP on a face at the
    // border); everything else is the same text.
    let exits = Thresholds {
        min_success_agreement: EXIT_SUCCESS_AGREEMENT,
        max_rotation_rad: 1e-4,
        max_translation_mm: 0.01,
        ..thresholds()
    };
    let report = compare("face_exits", &ours, &exits).report;
    let failed: Vec<String> = report.failures().map(|c| format!("{c:?}")).collect();
    assert!(report.passed, "face_exits: {failed:?}");
    let gaze = gaze_differences("face_exits", &ours);
    assert!(gaze.is_empty(), "face_exits: {gaze:?}");

    let ours = extract("noface", dir.path());
    let report = compare("noface", &ours, &thresholds()).report;
    assert!(report.passed, "noface");
    let gaze = gaze_differences("noface", &ours);
    assert!(gaze.is_empty(), "noface: {gaze:?}");
    let text = std::fs::read_to_string(&ours).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let success = header.iter().position(|&h| h == "success").unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 30, "noface: one row per frame");
    assert!(
        rows.iter().all(|r| r[success] == "0"),
        "noface: success=0 rows"
    );
}

/// The text comparison sees one float ulp: default's first [`ULP_FRAMES`] frames, tracked and
/// written in-process with the CSV writer's formatting, pass it against OpenFace's rows; the
/// first gaze vector component whose 6-decimal text a one-ulp change alters, changed by that
/// ulp, fails it with exactly that cell.
#[test]
fn one_ulp_gaze_change_fails_the_text_comparison() {
    const ULP_FRAMES: usize = 30;
    let fe = FrontEnd::load(&ModelStore::resolve(Some(&common::models_dir())).unwrap()).unwrap();
    let mut reader = VideoReader::open(common::input_path("default")).unwrap();
    let (w, h) = reader.size();
    let camera = CameraIntrinsics::openface_default(w, h);
    let mut tracker = FaceTracker::new(&fe);
    let mut frame = Frame::default();
    let mut rows = Vec::new();
    while rows.len() < ULP_FRAMES && reader.next_frame(&mut frame).unwrap() {
        let tracked = tracker.track(&frame.image).unwrap();
        let observation = FaceObservation::from_tracked(&fe, tracked, &camera).unwrap();
        rows.push(RowPrefix {
            frame: frame.number,
            face_id: 0,
            timestamp: frame.timestamp,
            confidence: observation.confidence,
            success: observation.success,
            gaze: observation.gaze,
            pose: HeadPose::default(),
            landmarks_2d: observation.landmarks,
            landmarks_3d: Vec::new(),
            params_global: GlobalParams::default(),
            params_local: Vec::new(),
        });
    }
    assert_eq!(rows.len(), ULP_FRAMES, "default: frame count");
    let format = CsvFormat {
        columns: CsvColumns {
            gaze: true,
            ..CsvColumns::NONE
        },
        separator: CsvSeparator::Comma,
    };
    let header = CsvLayout::new(68, 34, Vec::new(), Vec::new())
        .with_format(format)
        .header();
    let csv = |rows: &[RowPrefix]| {
        let mut text = header.clone();
        let mut line = String::new();
        for row in rows {
            format_row_prefix(row, format, &mut line);
            text.push('\n');
            text.push_str(&line);
        }
        text
    };
    let reference: String = std::fs::read_to_string(common::testdata("openface/default.csv"))
        .unwrap()
        .lines()
        .take(ULP_FRAMES + 1)
        .map(|l| format!("{l}\n"))
        .collect();
    let differences = common::gaze_text_differences(&csv(&rows), &reference);
    assert!(differences.is_empty(), "default itself: {differences:?}");

    // A one-ulp step away from zero or towards it, whichever changes the printed text.
    let visible_ulp = |v: f32| {
        [
            common::one_ulp_off(v),
            f32::from_bits(v.to_bits().wrapping_sub(1)),
        ]
        .into_iter()
        .find(|u| format!("{u:.6}") != format!("{v:.6}"))
    };
    let (row, eye, axis, moved) = (0..rows.len())
        .flat_map(|r| (0..2).flat_map(move |e| (0..3).map(move |a| (r, e, a))))
        .find_map(|(r, e, a)| visible_ulp(rows[r].gaze.gaze[e][a]).map(|u| (r, e, a, u)))
        .expect("a gaze component within one ulp of a 6-decimal rounding boundary");
    let before = rows[row].gaze.gaze[eye][axis];
    rows[row].gaze.gaze[eye][axis] = moved;
    let differences = common::gaze_text_differences(&csv(&rows), &reference);
    eprintln!(
        "frame {} gaze_{eye}: {before:e} -> {moved:e}: {differences:?}",
        row + 1
    );
    let column = format!("gaze_{eye}_{}", ["x", "y", "z"][axis]);
    assert_eq!(differences.len(), 1, "a one-ulp change went unnoticed");
    assert!(
        differences[0].starts_with(&format!("frame {} {column}:", row + 1)),
        "{differences:?}"
    );
}
