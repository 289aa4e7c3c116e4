//! The front end on frame 1 of every public input, where OpenFace detects and fits from scratch:
//! MTCNN → widest box → CLNF multi-hypothesis fit with the part models → validator, then
//! `GetPose` and `GetShape`. Run as production runs it, through
//! [`FaceTracker::track`] on the first frame of a new tracker (a detection), and through
//! [`FrontEnd::fit_frame`]. Both against OpenFace 2.2's dumps:
//! - 2D landmarks, the 6 global and 34 local CLNF parameters and the validator's certainty vs
//!   the first row of `NAME.stages.csv` (floats printed with 9 significant digits, so each reads
//!   back as the very float): the same floats (error 0), and the same success flag;
//! - eye landmarks, pose and 3D landmarks vs the CSV's first row, each value within half a unit
//!   of the CSV's print: 0.05 px for the eye landmarks and 0.05 mm for `pose_T*` and the 3D
//!   landmarks (1 decimal), 0.0005 rad for `pose_R*` (3 decimals).

mod common;

use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::landmarks::tracking::FaceTracker;
use pyfaceau::model::landmarks::Landmarks2d;
use pyfaceau::model::pdm::PdmParams;
use pyfaceau::model::pose::{head_pose, landmarks_3d, CameraIntrinsics};

/// Half a unit of a 1-decimal print (eye landmarks px, `pose_T*` and 3D landmarks mm).
const HALF_UNIT_1_DECIMAL: f64 = 0.05;
/// Half a unit of a 3-decimal print (`pose_R*`, rad).
const HALF_UNIT_3_DECIMALS: f64 = 0.0005;

fn front_end() -> FrontEnd {
    FrontEnd::load(&ModelStore::resolve(Some(&common::models_dir())).unwrap()).unwrap()
}

fn first_frame(name: &str) -> (Frame, (usize, usize)) {
    let mut reader = VideoReader::open(common::input_path(name)).unwrap();
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    let size = reader.size();
    (frame, size)
}

/// The first data row of an OpenFace CSV as (header, values).
fn csv_first_row(name: &str) -> (Vec<String>, Vec<f64>) {
    let text = std::fs::read_to_string(common::testdata(&format!("openface/{name}.csv"))).unwrap();
    let mut lines = text.lines();
    let header = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_owned)
        .collect();
    let values = lines
        .next()
        .unwrap()
        .split(',')
        .map(|v| v.trim().parse().unwrap())
        .collect();
    (header, values)
}

fn column(header: &[String], values: &[f64], name: &str) -> f64 {
    values[header.iter().position(|h| h == name).unwrap()]
}

/// What the front end reports for frame 1, from either entry point.
struct FrameOne {
    landmarks: Landmarks2d,
    eye_landmarks: Landmarks2d,
    params: PdmParams,
    certainty: f32,
    success: bool,
}

/// Compares frame 1 with OpenFace's; returns the differences beyond the asserted limits.
fn compare(fe: &FrontEnd, name: &str, size: (usize, usize), ours: &FrameOne) -> Vec<String> {
    let row = &common::read_stages(name)[0];
    assert_eq!(row.frame, 1, "{name}: first stages row");
    let (header, values) = csv_first_row(name);
    assert_eq!(
        column(&header, &values, "frame"),
        1.0,
        "{name}: first CSV row"
    );
    let n = 68;
    let mut fails = Vec::new();
    let same = |a: &[f32], b: &[f32]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y);

    let (mut mean, mut max) = (0.0f64, 0.0f64);
    for (a, b) in ours.landmarks.points().zip(row.landmarks.points()) {
        let d = ((a[0] - b[0]) as f64).hypot((a[1] - b[1]) as f64);
        mean += d / n as f64;
        max = max.max(d);
    }
    if ours.landmarks != row.landmarks {
        fails.push(format!("landmarks differ: mean {mean} px, max {max} px"));
    }
    let global = ours.params.global.to_array();
    if !same(&global, &row.clnf_global.to_array()) {
        fails.push(format!("global {global:?} vs {:?}", row.clnf_global));
    }
    if !same(&ours.params.local, &row.clnf_local) {
        fails.push("local parameters differ".to_string());
    }
    if ours.certainty != row.certainty as f32 {
        fails.push(format!("certainty {} vs {}", ours.certainty, row.certainty));
    }
    if ours.success != row.success {
        fails.push(format!("success {} vs {}", ours.success, row.success));
    }

    // Values the CSV prints with limited precision: largest |ours - printed| per group.
    let largest = |pairs: Vec<(f32, String)>| {
        pairs
            .iter()
            .map(|(v, col)| (f64::from(*v) - column(&header, &values, col)).abs())
            .fold(0.0, f64::max)
    };
    let eye_cols = (0..56)
        .map(|i| format!("eye_lmk_x_{i}"))
        .chain((0..56).map(|i| format!("eye_lmk_y_{i}")));
    assert_eq!(ours.eye_landmarks.len(), 56, "{name}: eye landmarks");
    let eyes = largest(
        ours.eye_landmarks
            .as_slice()
            .iter()
            .cloned()
            .zip(eye_cols)
            .collect(),
    );
    let camera = CameraIntrinsics::openface_default(size.0, size.1);
    let pdm = &fe.clnf.main.pdm;
    let pose = head_pose(pdm, &ours.params, &ours.landmarks, &camera).unwrap();
    let shape = landmarks_3d(pdm, &ours.params, &ours.landmarks, &camera);
    let pose_names = [
        "pose_Tx", "pose_Ty", "pose_Tz", "pose_Rx", "pose_Ry", "pose_Rz",
    ];
    let pose_t = largest(
        (0..3)
            .map(|k| (pose.translation[k], pose_names[k].to_string()))
            .collect(),
    );
    let pose_r = largest(
        (3..6)
            .map(|k| (pose.rotation[k - 3], pose_names[k].to_string()))
            .collect(),
    );
    let shape_cols = ["X", "Y", "Z"]
        .iter()
        .flat_map(|axis| (0..n).map(move |i| format!("{axis}_{i}")));
    let shape_err = largest(shape.iter().cloned().zip(shape_cols).collect());
    eprintln!(
        "{name:>30}: landmarks mean {mean:.2e} max {max:.2e} px | certainty {:.6} | \
         off the CSV print: eyes {eyes:.4} px, pose T {pose_t:.4} mm R {pose_r:.5} rad, \
         3D {shape_err:.4} mm",
        ours.certainty
    );
    for (what, err, limit) in [
        ("eye landmarks", eyes, HALF_UNIT_1_DECIMAL),
        ("pose T", pose_t, HALF_UNIT_1_DECIMAL),
        ("pose R", pose_r, HALF_UNIT_3_DECIMALS),
        ("3D landmarks", shape_err, HALF_UNIT_1_DECIMAL),
    ] {
        if err > limit {
            fails.push(format!("{what}: {err} off the CSV's print (limit {limit})"));
        }
    }
    fails.into_iter().map(|f| format!("{name}: {f}")).collect()
}

/// What production runs: the first frame of a new tracker is a detection.
#[test]
fn tracker_frame_one_matches_openface_on_every_input() {
    let fe = front_end();
    let mut failures = Vec::new();
    for name in common::INPUTS_WITH_DUMPS {
        let (frame, size) = first_frame(name);
        let mut tracker = FaceTracker::new(&fe);
        let tracked = tracker.track(&frame.image).unwrap();
        assert!(
            matches!(tracked.detection, Some(Some(_))),
            "{name}: frame 1 is not a detection with a face"
        );
        assert!(tracker.is_tracking(), "{name}: not tracking after frame 1");
        let ours = FrameOne {
            landmarks: tracked.landmarks,
            eye_landmarks: tracked.eye_landmarks,
            params: tracked.params,
            certainty: tracked.certainty,
            success: tracked.success,
        };
        failures.extend(compare(&fe, name, size, &ours));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// [`FrontEnd::fit_frame`], the one-frame entry point, gives the same frame 1.
#[test]
fn fit_frame_matches_openface_on_every_input() {
    let fe = front_end();
    let mut failures = Vec::new();
    for name in common::INPUTS_WITH_DUMPS {
        let (frame, size) = first_frame(name);
        let fit = fe
            .fit_frame(&frame.image)
            .unwrap()
            .unwrap_or_else(|| panic!("{name}: no face found"));
        let ours = FrameOne {
            landmarks: fit.landmarks,
            eye_landmarks: fit.eye_landmarks,
            params: fit.params,
            certainty: fit.certainty,
            success: fit.success,
        };
        failures.extend(compare(&fe, name, size, &ours));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn faceless_frame_gives_no_fit() {
    let fe = front_end();
    let (frame, _) = first_frame("noface");
    assert!(fe.fit_frame(&frame.image).unwrap().is_none());
    let black = pyfaceau::io::image::BgrImage::zeros(640, 480);
    assert!(fe.fit_frame(&black).unwrap().is_none());
}

#[test]
fn tiny_and_cropped_faces_never_panic() {
    let fe = front_end();
    let (frame, _) = first_frame("default");
    // The face cropped at the border: the left 230 columns of the 640x480 frame.
    let (w, h) = (230, 480);
    let mut cropped = pyfaceau::io::image::BgrImage::zeros(w, h);
    for y in 0..h {
        let src = &frame.image.data()[y * 640 * 3..y * 640 * 3 + w * 3];
        cropped.data_mut()[y * w * 3..(y + 1) * w * 3].copy_from_slice(src);
    }
    let _ = fe.fit_frame(&cropped).unwrap();
    // A tiny frame: every 16th pixel (40x30).
    let (w, h) = (40, 30);
    let mut tiny = pyfaceau::io::image::BgrImage::zeros(w, h);
    for y in 0..h {
        for x in 0..w {
            let p = frame.image.pixel(x * 16, y * 16);
            tiny.data_mut()[(y * w + x) * 3..(y * w + x) * 3 + 3].copy_from_slice(&p);
        }
    }
    let _ = fe.fit_frame(&tiny).unwrap();
}

#[test]
fn corrupt_landmark_model_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let models = dir.path().join("models");
    common::copy_dir(&common::models_dir(), &models);
    let victim = models.join("model/mtcnn_detector/ONet.dat");
    let mut bytes = std::fs::read(&victim).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&victim, bytes).unwrap();
    let err = FrontEnd::load(&ModelStore::resolve(Some(&models)).unwrap())
        .err()
        .expect("a truncated model must not load")
        .to_string();
    assert!(err.contains("ONet.dat"), "{err}");
    assert!(!err.contains('\n'), "one line: {err}");
}
