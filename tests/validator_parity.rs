//! OpenFace's CNN detection validator (`DetectionValidator::Check`) on our decoded frames,
//! against the certainty OpenFace recorded (`NAME.stages.csv`, column 3, a float printed with 9
//! significant digits, so it reads back as the very float), for every frame of every video with
//! a stages dump.
//!
//! Each frame is validated as `CLNF::DetectLandmarks` does it: the grey frame
//! (`cv::cvtColor(BGR2GRAY)` of the decoded frame), OpenFace's final landmarks of that frame and
//! the CLNF's rotation (`params_global[1..4]`), all at the dump's full precision.
//!
//! Asserted: every frame's certainty the same float as OpenFace's (difference 0), and the same
//! success decision (`certainty > 0.725`) as the dump's `success` column. The dumps hold
//! successful frames only (OpenFace validates only after a successful fit; the edge-case videos
//! with failed frames have no stages dump), so every row is compared. A certainty one float ulp
//! off fails the same comparison.

mod common;

use pyfaceau::io::image::GrayImage;
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::validator::{is_success, DetectionValidator, ValidatorWorkspace};
use pyfaceau::model::landmarks::Landmarks2d;

/// The parity criterion for one frame: our certainty is OpenFace's float, and the success
/// decisions agree.
fn frame_matches(ours: f32, row: &common::StagesRow) -> bool {
    ours == row.certainty as f32 && is_success(ours) == row.success
}

fn validator() -> DetectionValidator {
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    DetectionValidator::load(&store).unwrap()
}

fn check_video(name: &str, input: &str) {
    let validator = validator();
    let stages = common::read_stages(name);
    assert!(!stages.is_empty(), "{name}: empty stages dump");
    let mut reader = VideoReader::open(common::testdata(input)).unwrap();
    let mut frame = Frame::default();
    let mut gray = GrayImage::default();
    let mut workspace = ValidatorWorkspace::default();

    let (mut sum, mut max, mut compared) = (0.0f64, 0.0f64, 0usize);
    let mut worst_frame = 0;
    let mut min_margin = f32::INFINITY;
    let mut mismatches = Vec::new();
    for row in &stages {
        assert!(
            reader.next_frame(&mut frame).unwrap(),
            "{name}: video ended before frame {}",
            row.frame
        );
        assert_eq!(frame.number, row.frame as u64, "{name}: frame numbering");
        assert!(row.success, "{name}: frame {} is a failure row", row.frame);
        gray.set_from_bgr(&frame.image).unwrap();
        let rotation = row.clnf_global.rotation;
        let result = validator
            .check_with(&mut workspace, &gray, &row.landmarks, rotation)
            .unwrap();
        assert_eq!(is_success(result.certainty), result.success());
        let d = (result.certainty as f64 - row.certainty).abs();
        sum += d;
        if d > max {
            max = d;
            worst_frame = row.frame;
        }
        compared += 1;
        if !frame_matches(result.certainty, row) {
            mismatches.push((row.frame, result.certainty, row.certainty));
        }
        // How far the winning score is ahead of the next: a measure of how much rounding
        // the decision tolerates.
        let scores = workspace.last_scores();
        let best = scores.iter().cloned().fold(f32::MIN, f32::max);
        let second = scores
            .iter()
            .cloned()
            .filter(|&s| s < best)
            .fold(f32::MIN, f32::max);
        min_margin = min_margin.min(best - second);
    }
    eprintln!(
        "{name}: {compared} frames, certainty |diff| mean {:.3e} max {:.3e} (frame {worst_frame}), \
         {} identical floats, smallest score margin {min_margin:.4}",
        sum / compared as f64,
        max,
        compared - mismatches.len()
    );
    assert!(
        mismatches.is_empty(),
        "{name}: {} frames differ (frame, ours, OpenFace): {:?}",
        mismatches.len(),
        &mismatches[..mismatches.len().min(20)]
    );
}

/// Our certainty of default's frame 1 passes the comparison; one float ulp off, it fails.
#[test]
fn one_ulp_off_fails_the_comparison() {
    let validator = validator();
    let row = &common::read_stages("default")[0];
    let mut reader = VideoReader::open(common::testdata("videos/default.wmv")).unwrap();
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    let mut gray = GrayImage::default();
    gray.set_from_bgr(&frame.image).unwrap();
    let rotation = row.clnf_global.rotation;
    let certainty = validator
        .check_with(
            &mut ValidatorWorkspace::default(),
            &gray,
            &row.landmarks,
            rotation,
        )
        .unwrap()
        .certainty;
    assert!(frame_matches(certainty, row), "frame 1 itself differs");
    let off = common::one_ulp_off(certainty);
    eprintln!("certainty {certainty} one ulp off: {off}");
    assert!(!frame_matches(off, row), "a one-ulp change went unnoticed");
}

#[test]
fn default_wmv() {
    check_video("default", "videos/default.wmv");
}

#[test]
fn webcam_sample() {
    check_video("2015-10-15-15-14", "videos/2015-10-15-15-14.avi");
}

#[test]
fn julia_roberts() {
    check_video(
        "1192_01_006_julia_roberts",
        "videos/1192_01_006_julia_roberts.avi",
    );
}

#[test]
fn al_pacino() {
    check_video("0188_03_021_al_pacino", "videos/0188_03_021_al_pacino.avi");
}

#[test]
fn bill_clinton() {
    check_video(
        "0417_02_003_bill_clinton",
        "videos/0417_02_003_bill_clinton.avi",
    );
}

#[test]
fn noam_chomsky() {
    check_video(
        "1461_01_021_noam_chomsky",
        "videos/1461_01_021_noam_chomsky.avi",
    );
}

#[test]
fn tony_blair() {
    check_video(
        "1815_01_008_tony_blair",
        "videos/1815_01_008_tony_blair.avi",
    );
}

#[test]
fn victoria_beckham() {
    check_video(
        "1869_03_009_victoria_beckham",
        "videos/1869_03_009_victoria_beckham.avi",
    );
}

#[test]
fn image_sequence() {
    check_video("imgseq", "imgseq");
}

/// Bad input is an error, not a panic.
#[test]
fn rejects_bad_landmarks() {
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    let validator = DetectionValidator::load(&store).unwrap();
    let gray = GrayImage::zeros(64, 48);
    let five = Landmarks2d::zeros(5);
    assert!(validator.certainty(&gray, &five, [0.0; 3]).is_err());
    let mut lm = Landmarks2d::from_xs_then_ys(vec![10.0f32; 136]).unwrap();
    lm.set_point(3, [f32::NAN, 10.0]);
    assert!(validator.certainty(&gray, &lm, [0.0; 3]).is_err());
    // Every landmark outside the image: an empty box, certainty 0 as in OpenFace.
    let outside = Landmarks2d::from_xs_then_ys(vec![-50.0f32; 136]).unwrap();
    assert_eq!(validator.certainty(&gray, &outside, [0.0; 3]).unwrap(), 0.0);
}

/// A missing or damaged model file is a typed error.
#[test]
fn rejects_bad_model_files() {
    use pyfaceau::Error;
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("validator_cnn.txt");
    assert!(matches!(
        DetectionValidator::read(&missing),
        Err(Error::ModelMissing { .. })
    ));
    let bytes =
        std::fs::read(common::models_dir().join(pyfaceau::landmarks::validator::VALIDATOR_CNN))
            .unwrap();
    for cut in [0, 7, 1000, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&missing, &bytes[..cut]).unwrap();
        assert!(
            matches!(
                DetectionValidator::read(&missing),
                Err(Error::ModelFormat { .. })
            ),
            "truncated at {cut}"
        );
    }
    let mut extra = bytes.clone();
    extra.push(0);
    std::fs::write(&missing, &extra).unwrap();
    assert!(matches!(
        DetectionValidator::read(&missing),
        Err(Error::ModelFormat { .. })
    ));
    let validator = DetectionValidator::read(
        &common::models_dir().join(pyfaceau::landmarks::validator::VALIDATOR_CNN),
    )
    .unwrap();
    assert_eq!((validator.view_count(), validator.points()), (7, 68));
    // Views at yaw 0, -20, -45, -70, 20, 45, 70 degrees; the nearest one is used.
    assert_eq!(validator.view_id([0.0, 0.0, 0.0]), 0);
    assert_eq!(validator.view_id([0.1, 0.4, -0.2]), 4);
    assert_eq!(validator.view_id([0.0, -0.9, 0.0]), 2);
    assert_eq!(validator.view_id([0.0, -1.5, 0.0]), 3);
}
