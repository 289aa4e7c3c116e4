//! Landmark tracking through whole videos (`DetectLandmarksInVideo`) against OpenFace 2.2.
//!
//! One tracking step: from OpenFace's own state after frame t−1 (the CLNF parameters in
//! `NAME.stages.csv`, full precision), our tracker's frame t against OpenFace's frame t, on
//! every tracked frame of the 9 inputs with a dump: the landmarks bit-identical (mean and
//! worst error [`STEP_MEAN_PX`] = [`STEP_POINT_PX`] = 0; measured 0 on all 2712 steps, with
//! any CPU), the same
//! success flag, certainty within
//! [`STEP_CERTAINTY`] on at least [`STEP_CERTAINTY_SHARE`] of the frames (the validator's
//! certainty moves in steps of 1/30 when a landmark crosses a bin edge). This is the test that
//! localises a tracking error to one frame.
//!
//! Free-running, for every public input with a full-precision dump (2722 frames), all exact:
//! - the frames on which the detector ran are exactly those of `NAME.mtcnn.csv`;
//! - the `success` flag is identical on every frame;
//! - 2D landmarks: mean error over all frames ≤ [`MEAN_PX`], the worst frame's mean ≤
//!   [`FRAME_MEAN_PX`], and no single point further than [`POINT_PX`];
//! - the validator's certainty within [`CERTAINTY`] on every frame.
//!
//! For `face_exits` (the face leaves and comes back; OpenFace's CSV only, 1-decimal landmarks)
//! and `noface`: the same detector frames and the same success flag on every frame, and the
//! landmarks within [`EXIT_POINT_PX`] + the print's half unit on every successful frame.
//!
//! Every product is the crate's own emulation of the libraries OpenFace calls, so all of this
//! holds under any `OPENBLAS_CORETYPE`, thread count and `PYFACEAU_CPU`.

mod common;

use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::landmarks::tracking::{FaceTracker, TrackedFrame};
use pyfaceau::model::pdm::{GlobalParams, PdmParams};
use std::collections::BTreeSet;

/// One step: mean landmark error over a video's tracked frames, px (bit-identical).
const STEP_MEAN_PX: f64 = 0.0;
/// One step: largest error of any landmark, px (bit-identical).
const STEP_POINT_PX: f64 = 0.0;
/// One step: certainty difference allowed on most frames.
const STEP_CERTAINTY: f64 = 1e-3;
/// One step: share of frames whose certainty is within [`STEP_CERTAINTY`].
const STEP_CERTAINTY_SHARE: f64 = 0.98;
/// Free-running: mean landmark error over all frames of a video, px.
const MEAN_PX: f64 = 0.0;
/// Free-running: mean landmark error of the worst frame, px.
const FRAME_MEAN_PX: f64 = 0.0;
/// Free-running: largest error of any single landmark, px.
const POINT_PX: f64 = 0.0;
/// Free-running: share of frames whose certainty is within [`STEP_CERTAINTY`].
const CERTAINTY_SHARE: f64 = 1.0;

const WITH_STAGES: [&str; 9] = common::INPUTS_WITH_DUMPS;

fn front_end() -> FrontEnd {
    FrontEnd::load(&ModelStore::resolve(Some(&common::models_dir())).unwrap()).unwrap()
}

/// Tracks every frame of `name`'s input.
fn track(front_end: &FrontEnd, name: &str) -> Vec<TrackedFrame> {
    let mut reader = VideoReader::open(common::input_path(name)).unwrap();
    let mut frame = Frame::default();
    let mut tracker = FaceTracker::new(front_end);
    let mut out = Vec::new();
    while reader.next_frame(&mut frame).unwrap() {
        out.push(tracker.track(&frame.image).unwrap());
    }
    out
}

/// The 1-based frames on which OpenFace called its detector (`NAME.mtcnn.csv`).
fn detector_frames(name: &str) -> BTreeSet<usize> {
    let text =
        std::fs::read_to_string(common::testdata(&format!("openface/{name}.mtcnn.csv"))).unwrap();
    text.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect()
}

fn our_detector_frames(frames: &[TrackedFrame]) -> BTreeSet<usize> {
    frames
        .iter()
        .enumerate()
        .filter(|(_, f)| f.detection.is_some())
        .map(|(i, _)| i + 1)
        .collect()
}

/// Per-point Euclidean errors of 68-point landmark vectors (`x…, y…`).
fn point_errors(ours: &[f32], reference: &[f64]) -> Vec<f64> {
    let n = ours.len() / 2;
    (0..n)
        .map(|i| {
            let dx = ours[i] as f64 - reference[i];
            let dy = ours[i + n] as f64 - reference[i + n];
            (dx * dx + dy * dy).sqrt()
        })
        .collect()
}

fn pdm_params(global: &GlobalParams, local: &[f32]) -> PdmParams {
    PdmParams {
        global: *global,
        local: local.to_vec(),
    }
}

#[test]
fn one_tracking_step_from_openface_state() {
    let fe = front_end();
    let mut failures = Vec::new();
    for name in WITH_STAGES {
        let reference = common::read_stages(name);
        let detector = detector_frames(name);
        let mut reader = VideoReader::open(common::input_path(name)).unwrap();
        let mut frame = Frame::default();
        let (mut steps, mut sum, mut worst_point) = (0usize, 0.0f64, 0.0f64);
        let (mut certainty_same, mut success_mismatch) = (0usize, Vec::new());
        let mut index = 0usize;
        while reader.next_frame(&mut frame).unwrap() {
            index += 1;
            // Frames OpenFace tracked from a validated previous frame (no detector call).
            if index == 1 || detector.contains(&index) || !reference[index - 2].success {
                continue;
            }
            let previous = &reference[index - 2];
            let mut tracker = FaceTracker::new(&fe);
            tracker.resume_from(
                pdm_params(&previous.clnf_global, &previous.clnf_local),
                true,
            );
            let ours = tracker.track(&frame.image).unwrap();
            assert!(
                ours.detection.is_none(),
                "{name} frame {index}: unexpected detector call"
            );
            let r = &reference[index - 1];
            let reference_points: Vec<f64> =
                r.landmarks.as_slice().iter().map(|&v| v as f64).collect();
            let errors = point_errors(ours.landmarks.as_slice(), &reference_points);
            sum += errors.iter().sum::<f64>() / errors.len() as f64;
            worst_point = errors.iter().copied().fold(worst_point, f64::max);
            certainty_same +=
                ((ours.certainty as f64 - r.certainty).abs() <= STEP_CERTAINTY) as usize;
            if ours.success != r.success {
                success_mismatch.push(index);
            }
            steps += 1;
        }
        let mean = sum / steps as f64;
        let share = certainty_same as f64 / steps as f64;
        eprintln!(
            "{name}: one step on {steps} frames: landmarks mean {mean:.6} px, worst point \
             {worst_point:.4} px, certainty within {STEP_CERTAINTY} on {:.1}%, success mismatches {}",
            100.0 * share,
            success_mismatch.len()
        );
        if steps == 0 || mean > STEP_MEAN_PX || worst_point > STEP_POINT_PX {
            failures.push(format!(
                "{name}: {steps} steps, mean {mean:.6} px, worst point {worst_point:.4} px"
            ));
        }
        if share < STEP_CERTAINTY_SHARE || !success_mismatch.is_empty() {
            failures.push(format!(
                "{name}: certainty share {share:.3}, success differs on {success_mismatch:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn tracking_matches_openface_on_every_frame() {
    let fe = front_end();
    let mut failures = Vec::new();
    for name in WITH_STAGES {
        let reference = common::read_stages(name);
        let ours = track(&fe, name);
        assert_eq!(ours.len(), reference.len(), "{name}: frame count");

        let (ref_det, our_det) = (detector_frames(name), our_detector_frames(&ours));
        let mut success_mismatch = Vec::new();
        let (mut sum, mut count, mut worst_frame, mut worst_point) =
            (0.0, 0usize, (0.0, 0), 0.0f64);
        let mut certainty_same = 0usize;
        for (i, (o, r)) in ours.iter().zip(&reference).enumerate() {
            if o.success != r.success {
                success_mismatch.push(i + 1);
            }
            certainty_same += ((o.certainty as f64 - r.certainty).abs() <= STEP_CERTAINTY) as usize;
            let reference_points: Vec<f64> =
                r.landmarks.as_slice().iter().map(|&v| v as f64).collect();
            let errors = point_errors(o.landmarks.as_slice(), &reference_points);
            let mean = errors.iter().sum::<f64>() / errors.len() as f64;
            sum += mean;
            count += 1;
            if mean > worst_frame.0 {
                worst_frame = (mean, i + 1);
            }
            worst_point = errors.iter().copied().fold(worst_point, f64::max);
        }
        let mean = sum / count as f64;
        eprintln!(
            "{name}: {} frames, detector on {:?} (OpenFace {:?}), success mismatches {}, \
             landmarks mean {mean:.5} px, worst frame {:.5} px (frame {}), worst point {worst_point:.4} px, \
             certainty within {STEP_CERTAINTY} on {:.1}% of frames",
            ours.len(),
            our_det,
            ref_det,
            success_mismatch.len(),
            worst_frame.0,
            worst_frame.1,
            100.0 * certainty_same as f64 / ours.len() as f64,
        );
        if our_det != ref_det {
            failures.push(format!(
                "{name}: detector frames {our_det:?} vs {ref_det:?}"
            ));
        }
        if !success_mismatch.is_empty() {
            failures.push(format!(
                "{name}: success differs on frames {success_mismatch:?}"
            ));
        }
        if mean > MEAN_PX || worst_frame.0 > FRAME_MEAN_PX || worst_point > POINT_PX {
            failures.push(format!(
                "{name}: landmarks mean {mean:.4} / worst frame {:.4} / worst point {worst_point:.4} px",
                worst_frame.0
            ));
        }
        if (certainty_same as f64) < CERTAINTY_SHARE * ours.len() as f64 {
            failures.push(format!(
                "{name}: certainty within {STEP_CERTAINTY} on only {certainty_same} of {} frames",
                ours.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// OpenFace's CSV as (header, rows of values).
fn read_csv(name: &str) -> (Vec<String>, Vec<Vec<f64>>) {
    let text = std::fs::read_to_string(common::testdata(&format!("openface/{name}.csv"))).unwrap();
    let mut lines = text.lines();
    let header = lines
        .next()
        .unwrap()
        .split(',')
        .map(|s| s.trim().to_owned())
        .collect();
    let rows = lines
        .map(|l| l.split(',').map(|v| v.trim().parse().unwrap()).collect())
        .collect();
    (header, rows)
}

/// `face_exits`: largest landmark error on successful frames outside the exit stretch, px,
/// beyond the 1-decimal print's half unit (our landmarks are OpenFace's bit for bit under the
/// reference kernel: checked against OpenFace 2.2 itself built from the reference sources,
/// 0 differing frames of 842; this allows for the print only).
const EXIT_POINT_PX: f64 = 0.001;
/// `face_exits`: share of frames with OpenFace's success flag (measured 1.0).
const EXIT_SUCCESS_SHARE: f64 = 1.0;
/// `face_exits`: detector calls may differ by this many inside the exit stretch (measured 0).
const EXIT_EXTRA_CALLS: usize = 0;

#[test]
fn lost_and_missing_faces_follow_openface() {
    let fe = front_end();
    let mut failures = Vec::new();

    // noface: the detector every 12th frame (1, 13, 25), never a face.
    let ours = track(&fe, "noface");
    let (ref_det, our_det) = (detector_frames("noface"), our_detector_frames(&ours));
    let successes = ours.iter().filter(|f| f.success).count();
    eprintln!(
        "noface: {} frames, {successes} successful, detector on {our_det:?} (OpenFace {ref_det:?})",
        ours.len()
    );
    if our_det != ref_det || successes != 0 || ours.len() != 30 {
        failures.push(format!(
            "noface: detector {our_det:?}, {successes} successes"
        ));
    }
    if ours
        .iter()
        .any(|f| f.landmarks.as_slice().iter().any(|&v| v != 0.0))
    {
        failures.push("noface: landmarks without a face".into());
    }

    // face_exits: the face leaves at frame 334 and is found again at 437. While it is leaving,
    // OpenFace's validator decisions sit on the boundary (certainty 0.02 / 0.98 on alternate
    // frames), so the stretch from 3 frames before the first failure to the re-acquisition is
    // compared by its ends, the rest frame by frame.
    let (header, rows) = read_csv("face_exits");
    let col = |c: &str| header.iter().position(|h| h == c).unwrap();
    let (success_col, x0) = (col("success"), col("x_0"));
    let ours = track(&fe, "face_exits");
    assert_eq!(ours.len(), rows.len(), "face_exits: frame count");
    let ref_success: Vec<bool> = rows.iter().map(|r| r[success_col] != 0.0).collect();
    let first_failure = ref_success.iter().position(|s| !s).unwrap() + 1;
    let last_failure = ref_success.iter().rposition(|s| !s).unwrap() + 1;
    let stretch = first_failure - 3..=last_failure;
    let (ref_det, our_det) = (detector_frames("face_exits"), our_detector_frames(&ours));
    let mut outside_mismatch = Vec::new();
    let mut agree = 0usize;
    let mut worst_point = (0.0f64, 0usize);
    for (i, (o, r)) in ours.iter().zip(&rows).enumerate() {
        let frame = i + 1;
        agree += (o.success == ref_success[i]) as usize;
        if stretch.contains(&frame) {
            continue;
        }
        if o.success != ref_success[i] {
            outside_mismatch.push(frame);
        }
        if ref_success[i] {
            let errors = point_errors(o.landmarks.as_slice(), &r[x0..x0 + 136]);
            let worst = errors.iter().copied().fold(0.0, f64::max);
            if worst > worst_point.0 {
                worst_point = (worst, frame);
            }
        }
    }
    let first_call_after = |set: &BTreeSet<usize>| set.iter().copied().find(|&f| f > 1);
    let reacquired = ours.iter().rposition(|f| !f.success).map(|i| i + 2);
    let share = agree as f64 / ours.len() as f64;
    eprintln!(
        "face_exits: {} frames, {} successful (OpenFace {}), success agreement {:.1}%, \
         outside frames {stretch:?}: mismatches {outside_mismatch:?}, worst point {:.3} px (frame {}); \
         detector calls {} (OpenFace {}), first after frame 1: {:?} (OpenFace {:?}); \
         successful again from frame {reacquired:?} (OpenFace {})",
        ours.len(),
        ours.iter().filter(|f| f.success).count(),
        ref_success.iter().filter(|&&s| s).count(),
        100.0 * share,
        worst_point.0,
        worst_point.1,
        our_det.len(),
        ref_det.len(),
        first_call_after(&our_det),
        first_call_after(&ref_det),
        last_failure + 1,
    );
    if !outside_mismatch.is_empty() || share < EXIT_SUCCESS_SHARE {
        failures.push(format!(
            "face_exits: success agreement {share:.3}, mismatches outside the stretch {outside_mismatch:?}"
        ));
    }
    // 1-decimal print: half a unit on each coordinate.
    if worst_point.0 > EXIT_POINT_PX + 0.05 * 2f64.sqrt() {
        failures.push(format!(
            "face_exits: worst point {worst_point:?} (px, frame)"
        ));
    }
    if first_call_after(&our_det) != first_call_after(&ref_det)
        || reacquired != Some(last_failure + 1)
        || our_det.len().abs_diff(ref_det.len()) > EXIT_EXTRA_CALLS
        || our_det
            .iter()
            .any(|f| !ref_det.contains(f) && !stretch.contains(f))
    {
        failures.push(format!(
            "face_exits: detector frames {our_det:?} vs {ref_det:?}"
        ));
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
