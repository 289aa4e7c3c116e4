//! CLNF (main 68-point model, `main_clnf_general.txt`) fitted from OpenFace's own
//! initialisation boxes (`NAME.mtcnn.csv`, `used_for_init = 2`) against OpenFace's landmarks
//! right after that fit (`NAME.firstfit.csv`, floats printed with 9 significant digits, so each
//! reads back as the very float), with the hypothesis OpenFace kept.
//!
//! Asserted: every landmark of every detection of the 9 inputs the same float as OpenFace's
//! (largest point distance [`MAX_PX`] = 0 px). A fit with one coordinate one float ulp off fails
//! the same comparison.
mod common;

use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::clnf::{ClnfModel, ClnfParams, FloatGrayImage, Rect};

/// Largest landmark distance accepted, pixels: none.
const MAX_PX: f64 = 0.0;

/// (mean, max) point distance between two `x…, y…` landmark vectors, pixels.
fn landmark_errors(ours: &[f32], theirs: &[f32]) -> (f64, f64) {
    assert_eq!(ours.len(), theirs.len(), "landmark counts");
    let n = ours.len() / 2;
    let (mut sum, mut max) = (0.0f64, 0.0f64);
    for i in 0..n {
        let dx = (ours[i] - theirs[i]) as f64;
        let dy = (ours[i + n] - theirs[i + n]) as f64;
        let d = dx.hypot(dy);
        sum += d;
        max = max.max(d);
    }
    (sum / n as f64, max)
}

/// The parity criterion for one fit.
fn fit_matches(ours: &[f32], theirs: &[f32]) -> bool {
    landmark_errors(ours, theirs).1 <= MAX_PX
}

struct Detection {
    frame: u64,
    bbox: Rect,
    hypothesis: usize,
    landmarks: Vec<f32>,
}

fn detections(name: &str) -> Vec<Detection> {
    let boxes =
        std::fs::read_to_string(common::testdata(&format!("openface/{name}.mtcnn.csv"))).unwrap();
    let fits = std::fs::read_to_string(common::testdata(&format!("openface/{name}.firstfit.csv")))
        .unwrap();
    let mut out = Vec::new();
    for line in fits.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 3 + 136);
        let (frame, call) = (f[0], f[1]);
        let b = boxes
            .lines()
            .map(|l| l.split(',').collect::<Vec<_>>())
            .find(|b| b[0] == frame && b[1] == call && b[8].trim() == "2")
            .unwrap_or_else(|| panic!("{name}: no init box for frame {frame}"));
        let v = |i: usize| b[i].parse::<f32>().unwrap();
        out.push(Detection {
            frame: frame.parse().unwrap(),
            bbox: Rect {
                x: v(3),
                y: v(4),
                width: v(5),
                height: v(6),
            },
            hypothesis: f[2].parse().unwrap(),
            landmarks: f[3..].iter().map(|s| s.parse::<f32>().unwrap()).collect(),
        });
    }
    out
}

/// (mean, max) landmark distance in pixels for every detection of `name`.
fn run(model: &ClnfModel, name: &str) -> Vec<(u64, usize, f64, f64)> {
    let dets = detections(name);
    assert!(!dets.is_empty(), "{name}: no detections");
    let mut reader = VideoReader::open(common::input_path(name)).unwrap();
    let mut frame = Frame::default();
    let mut results = Vec::new();
    for det in &dets {
        while frame.number < det.frame {
            assert!(
                reader.next_frame(&mut frame).unwrap(),
                "{name}: video ended"
            );
        }
        let gray = FloatGrayImage::from_bgr(&frame.image).unwrap();
        let fit = model
            .fit_from_box(&gray, &det.bbox, det.hypothesis, &ClnfParams::default())
            .unwrap();
        let (mean, max) = landmark_errors(fit.landmarks.as_slice(), &det.landmarks);
        eprintln!(
            "{name:>34} frame {:>4} hyp {:>2}: mean {mean:.6} px, max {max:.6} px (likelihood {:.4})",
            det.frame, det.hypothesis, fit.likelihood
        );
        results.push((det.frame, det.hypothesis, mean, max));
    }
    results
}

fn model() -> ClnfModel {
    ClnfModel::read(&common::models_dir().join("model/main_clnf_general.txt")).unwrap()
}

fn check(names: &[&str]) {
    let model = model();
    let mut failures = Vec::new();
    for name in names {
        for (frame, h, mean, max) in run(&model, name) {
            if max > MAX_PX {
                failures.push(format!(
                    "{name} frame {frame} hyp {h}: mean {mean}, max {max}"
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "not identical:\n{}",
        failures.join("\n")
    );
}

#[test]
fn first_fit_default_and_webcam() {
    check(&["default", "2015-10-15-15-14"]);
}

#[test]
fn first_fit_all_inputs() {
    check(&[
        "0188_03_021_al_pacino",
        "0417_02_003_bill_clinton",
        "1192_01_006_julia_roberts",
        "1461_01_021_noam_chomsky",
        "1815_01_008_tony_blair",
        "1869_03_009_victoria_beckham",
        "imgseq",
    ]);
}

/// Our fit from default's first detection passes the comparison; with one landmark coordinate
/// one float ulp off it fails.
#[test]
fn one_ulp_off_fails_the_comparison() {
    let model = model();
    let det = &detections("default")[0];
    let mut reader = VideoReader::open(common::input_path("default")).unwrap();
    let mut frame = Frame::default();
    while frame.number < det.frame {
        assert!(reader.next_frame(&mut frame).unwrap());
    }
    let gray = FloatGrayImage::from_bgr(&frame.image).unwrap();
    let mut ours = model
        .fit_from_box(&gray, &det.bbox, det.hypothesis, &ClnfParams::default())
        .unwrap()
        .landmarks
        .into_vec();
    assert!(
        fit_matches(&ours, &det.landmarks),
        "default frame {} itself differs",
        det.frame
    );
    // x of point 30 (the nose tip).
    ours[30] = common::one_ulp_off(ours[30]);
    let (mean, max) = landmark_errors(&ours, &det.landmarks);
    eprintln!("x_30 one ulp off: mean {mean:.3e} px, max {max:.3e} px");
    assert!(
        !fit_matches(&ours, &det.landmarks),
        "a one-ulp change went unnoticed"
    );
}

/// The 11-hypothesis search (`DetectLandmarksInImageMultiHypBasic`, main model only) keeps the
/// hypothesis OpenFace kept, and its landmarks are OpenFace's.
#[test]
fn multi_hypothesis_keeps_openfaces_choice() {
    let model = model();
    for name in [
        "default",
        "0417_02_003_bill_clinton",
        "1869_03_009_victoria_beckham",
    ] {
        let dets = detections(name);
        let mut reader = VideoReader::open(common::input_path(name)).unwrap();
        let mut frame = Frame::default();
        let det = &dets[0];
        while frame.number < det.frame {
            assert!(reader.next_frame(&mut frame).unwrap());
        }
        let gray = FloatGrayImage::from_bgr(&frame.image).unwrap();
        let fit = model
            .detect(&gray, &det.bbox, &ClnfParams::default())
            .unwrap();
        eprintln!(
            "{name}: kept hypothesis {} (OpenFace {})",
            fit.hypothesis, det.hypothesis
        );
        assert_eq!(fit.hypothesis, det.hypothesis, "{name}");
        let (mean, max) = landmark_errors(fit.landmarks.as_slice(), &det.landmarks);
        assert!(
            fit_matches(fit.landmarks.as_slice(), &det.landmarks),
            "{name}: mean {mean} px, max {max} px"
        );
    }
}

/// Boxes at or past the border, tiny or degenerate: a fit or an error, never a panic.
#[test]
fn odd_boxes_do_not_panic() {
    let model = model();
    let mut reader = VideoReader::open(common::input_path("default")).unwrap();
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    let gray = FloatGrayImage::from_bgr(&frame.image).unwrap();
    let boxes = [
        (-150.0, -150.0, 200.0, 200.0),
        (600.0, 440.0, 200.0, 200.0),
        (10.0, 10.0, 4.0, 4.0),
        (300.0, 200.0, 0.5, 0.5),
        (0.0, 0.0, 0.0, 10.0),
        (f32::NAN, 0.0, 10.0, 10.0),
        (0.0, 0.0, 5000.0, 5000.0),
    ];
    for (x, y, width, height) in boxes {
        let bbox = Rect {
            x,
            y,
            width,
            height,
        };
        match model.fit_from_box(&gray, &bbox, 0, &ClnfParams::default()) {
            Ok(fit) => eprintln!(
                "{bbox:?}: converged {} scale {}",
                fit.converged, fit.params.global.scale
            ),
            Err(e) => eprintln!("{bbox:?}: error {e}"),
        }
    }
}
