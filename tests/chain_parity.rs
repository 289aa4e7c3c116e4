//! The back end as one chain, on our own decoded frames: FFmpeg frame → `PDM::CalcParams` on
//! OpenFace's full-precision landmarks → masked aligned face → FHOG → face analyser, checked
//! stage by stage against OpenFace's dumps:
//! - HOG vs `NAME.hog` (`-hogalign`): every value bit-identical (difference 0);
//! - per-frame AU predictions before post-processing vs the `AUxx=value` columns of
//!   `NAME.stages.csv`, printed with 9 significant digits: every value within half a unit of
//!   the print's 9th significant digit ([`common::half_unit_9g`]).

mod common;

use pyfaceau::face_analyser::analyser::{AnalyserOptions, AuAnalyser};
use pyfaceau::io::landmarks_csv::LandmarkRow;
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::model::pose::CameraIntrinsics;
use pyfaceau::pipeline::{BackEnd, FaceObservation, FrameWorker};

fn check_chain(name: &str, input: &str) {
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    let backend = BackEnd::load(&store, false).unwrap();
    let stages = common::read_stages(name);
    let hog_ref = common::read_hog_file(&common::testdata(&format!("openface/{name}.hog")));
    assert_eq!(stages.len(), hog_ref.len(), "{name}: one HOG frame per row");

    let mut reader = VideoReader::open(common::testdata(input)).unwrap();
    let (w, h) = reader.size();
    let camera = CameraIntrinsics::openface_default(w, h);
    let mut worker = FrameWorker::new(&backend);
    let mut analyser = AuAnalyser::new(
        &backend.au_models,
        &backend.pdm,
        AnalyserOptions::for_models(&backend.au_models),
    )
    .unwrap();
    let names: Vec<String> = backend
        .au_models
        .intensity_names()
        .iter()
        .chain(backend.au_models.presence_names())
        .cloned()
        .collect();

    let mut frame = Frame::default();
    let (mut hog_sum, mut hog_max, mut hog_n, mut hog_identical) = (0.0f64, 0.0f64, 0usize, 0usize);
    let mut au_sum = vec![0.0f64; names.len()];
    let mut au_max = vec![0.0f64; names.len()];
    let mut au_outside = vec![0usize; names.len()];
    for (row, hog_frame) in stages.iter().zip(&hog_ref) {
        assert!(
            reader.next_frame(&mut frame).unwrap(),
            "{name}: frame {}",
            row.frame
        );
        assert_eq!(frame.number, row.frame as u64);
        let input_row = LandmarkRow {
            frame: frame.number,
            success: row.success,
            confidence: Some(row.certainty),
            landmarks: row.landmarks.clone(),
        };
        let result = worker
            .process(
                &backend,
                &frame,
                &FaceObservation::from_landmark_row(&input_row),
                &camera,
            )
            .unwrap();
        assert_eq!(hog_frame.good, row.success);
        assert_eq!(result.hog.len(), hog_frame.values.len());
        for (&ours, &theirs) in result.hog.iter().zip(&hog_frame.values) {
            let d = (ours - theirs as f64).abs();
            hog_sum += d;
            hog_max = hog_max.max(d);
            hog_identical += usize::from(d == 0.0);
        }
        hog_n += result.hog.len();

        let pred = analyser
            .add_frame_predicted(&result.hog, &result.params, row.success)
            .unwrap();
        let ours: Vec<f64> = pred
            .intensities
            .iter()
            .chain(&pred.presences)
            .cloned()
            .collect();
        for (k, name_k) in names.iter().enumerate() {
            // Intensities and presences share AU names: look each up in its own list.
            let dump = if k < pred.intensities.len() {
                &row.au_reg
            } else {
                &row.au_class
            };
            let (_, theirs) = dump
                .iter()
                .find(|(n, _)| n == name_k)
                .unwrap_or_else(|| panic!("{name_k} missing from the dump"));
            let d = (ours[k] - theirs).abs();
            au_sum[k] += d;
            au_max[k] = au_max[k].max(d);
            au_outside[k] += usize::from(!common::within_print_9g(ours[k], *theirs));
        }
    }
    assert!(
        !reader.next_frame(&mut frame).unwrap(),
        "{name}: more frames than the dump"
    );

    let hog_mean = hog_sum / hog_n as f64;
    eprintln!(
        "{name}: HOG mean |d| {hog_mean:.3e}, max {hog_max:.3e}, bit-identical {:.4}%",
        100.0 * hog_identical as f64 / hog_n as f64
    );
    assert_eq!(
        hog_identical, hog_n,
        "{name}: HOG not bit-identical (max |d| {hog_max:e})"
    );
    let frames = stages.len() as f64;
    for (k, n) in names.iter().enumerate() {
        let mean = au_sum[k] / frames;
        let kind = if k < backend.au_models.intensity_names().len() {
            "r"
        } else {
            "c"
        };
        eprintln!(
            "{name}: {n}_{kind} mean |d| {mean:.3e} max {:.3e}",
            au_max[k]
        );
        assert_eq!(
            au_outside[k], 0,
            "{name}: {n}_{kind}: frames outside the dump's 9-digit print (max |d| {:e})",
            au_max[k]
        );
    }
}

#[test]
fn default_wmv_chain() {
    check_chain("default", "videos/default.wmv");
}

#[test]
fn webcam_sample_chain() {
    check_chain("2015-10-15-15-14", "videos/2015-10-15-15-14.avi");
}

#[test]
fn image_sequence_chain() {
    check_chain("imgseq", "imgseq");
}
