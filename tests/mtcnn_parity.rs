//! Parity of `pyfaceau::landmarks::mtcnn` with OpenFace 2.2's MTCNN face detector (`FaceDetectorMTCNN`).
//!
//! For every input of `testdata` (the eight sample videos, `face_exits.mp4`, `noface.mp4` and the
//! `imgseq` folder) and every detector call OpenFace made on it (`openface/NAME.mtcnn.csv`), the
//! frame is decoded with `VideoReader` (pixel-identical to OpenFace's frames) and detected again.
//! Acceptance, all **bit-identical** (tolerance 0; the CSV's 9 significant digits name each
//! float exactly):
//! - the same number of boxes (a `-1`/`nan` row means no face);
//! - every raw box (before OpenFace's correction, `used_for_init` 0 or 1) and its confidence;
//! - the same pick (`used_for_init = 1`, the widest box);
//! - the corrected initialisation box (`used_for_init = 2`).
//!
//! The detector's products are the crate's own emulation of the OpenBLAS kernel the reference
//! was made with, so this holds under any `OPENBLAS_CORETYPE`, thread count and
//! `PYFACEAU_CPU`.
//!
//! Also: a black frame and a noise frame give no face, tiny and empty frames give no face and
//! no panic, and corrupt or missing model files are one typed error naming the file.
//!
//! `cargo test --test mtcnn_parity -- --nocapture` prints the worst errors per input.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use pyfaceau::io::image::BgrImage;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::mtcnn::{correct_box, pick_widest, FaceBox, MtcnnDetector, Rect};
use pyfaceau::Error;

/// Largest allowed difference of a box edge, in pixels (bit-identical).
const EDGE_TOLERANCE: f32 = 0.0;
/// Largest allowed difference of a confidence (bit-identical).
const CONFIDENCE_TOLERANCE: f32 = 0.0;

/// One row of `NAME.mtcnn.csv`.
#[derive(Clone, Debug)]
struct Row {
    box_index: i32,
    rect: Rect,
    confidence: f32,
    used_for_init: u8,
}

/// The detector calls of one input: frame number → rows of that call.
fn read_calls(name: &str) -> BTreeMap<u64, Vec<Row>> {
    let path = common::testdata(&format!("openface/{name}.mtcnn.csv"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("frame,call,box_index,x,y,width,height,confidence,used_for_init"),
        "{}: header",
        path.display()
    );
    let mut calls: BTreeMap<u64, Vec<Row>> = BTreeMap::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 9, "{}: {line}", path.display());
        let num = |i: usize| f[i].parse::<f32>().unwrap();
        calls.entry(f[0].parse().unwrap()).or_default().push(Row {
            box_index: f[2].parse().unwrap(),
            rect: Rect {
                x: num(3),
                y: num(4),
                width: num(5),
                height: num(6),
            },
            confidence: num(7),
            used_for_init: f[8].parse().unwrap(),
        });
    }
    assert!(!calls.is_empty(), "{}: no detector calls", path.display());
    calls
}

/// Largest difference of the four edges.
fn edge_error(a: &Rect, b: &Rect) -> f32 {
    [
        (a.x - b.x).abs(),
        (a.y - b.y).abs(),
        ((a.x + a.width) - (b.x + b.width)).abs(),
        ((a.y + a.height) - (b.y + b.height)).abs(),
    ]
    .into_iter()
    .fold(0.0, f32::max)
}

/// Whether a detected box is OpenFace's: the measured differences within the limits and every
/// value the same bits.
fn box_matches(got: &FaceBox, want: &Row) -> bool {
    let e = edge_error(&got.rect(), &want.rect);
    let c = (got.confidence - want.confidence).abs();
    e <= EDGE_TOLERANCE
        && c <= CONFIDENCE_TOLERANCE
        && got.rect() == want.rect
        && got.confidence == want.confidence
}

fn detector() -> MtcnnDetector {
    MtcnnDetector::load(&common::models_dir()).expect("load MTCNN")
}

/// Detects on every frame OpenFace called MTCNN on and checks the acceptance criteria.
fn check_input(name: &str, input: &Path) {
    let calls = read_calls(name);
    let detector = detector();
    let mut reader = VideoReader::open(input).unwrap();
    let mut frame = Frame::default();
    let last = *calls.keys().last().unwrap();
    let (mut worst_edge, mut worst_conf, mut worst_init) = (0.0f32, 0.0f32, 0.0f32);
    let (mut boxes, mut exact) = (0usize, 0usize);
    let mut failures = Vec::new();
    while frame.number < last {
        assert!(
            reader.next_frame(&mut frame).unwrap(),
            "{name}: video ends before frame {last}"
        );
        let Some(rows) = calls.get(&frame.number) else {
            continue;
        };
        let ours = detector.detect(&frame.image).unwrap();
        let n = frame.number;

        let mut expected: Vec<&Row> = rows
            .iter()
            .filter(|r| r.box_index >= 0 && r.used_for_init < 2)
            .collect();
        expected.sort_by_key(|r| r.box_index);
        if ours.len() != expected.len() {
            failures.push(format!(
                "frame {n}: {} boxes, OpenFace {}: ours {ours:?}",
                ours.len(),
                expected.len()
            ));
            continue;
        }
        for (i, (got, want)) in ours.iter().zip(&expected).enumerate() {
            assert_eq!(want.box_index as usize, i, "{name} frame {n}: box indices");
            let e = edge_error(&got.rect(), &want.rect);
            let c = (got.confidence - want.confidence).abs();
            worst_edge = worst_edge.max(e);
            worst_conf = worst_conf.max(c);
            boxes += 1;
            let identical = box_matches(got, want);
            if identical {
                exact += 1;
            }
            if !identical {
                failures.push(format!(
                    "frame {n} box {i}: ours {got:?}, OpenFace {want:?} (edge {e}, confidence {c})"
                ));
            }
        }

        let want_pick = rows.iter().find(|r| r.used_for_init == 1);
        let want_init = rows.iter().find(|r| r.used_for_init == 2);
        let pick = pick_widest(&ours);
        match (want_pick, want_init, pick) {
            (None, None, None) => {}
            (Some(p), Some(init), Some(i)) => {
                if p.box_index as usize != i || init.box_index != p.box_index {
                    failures.push(format!(
                        "frame {n}: picked box {i}, OpenFace {}",
                        p.box_index
                    ));
                    continue;
                }
                let corrected = correct_box(&ours[i]);
                let e = edge_error(&corrected, &init.rect);
                worst_init = worst_init.max(e);
                if e > EDGE_TOLERANCE || corrected != init.rect {
                    failures.push(format!(
                        "frame {n}: initialisation box {corrected:?}, OpenFace {:?} (edge {e})",
                        init.rect
                    ));
                }
            }
            other => failures.push(format!("frame {n}: pick mismatch {other:?}")),
        }
    }
    eprintln!(
        "{name:<32} calls {:>3}  boxes {boxes:>3} ({exact} bit-exact)  worst edge {worst_edge:.2e} px  \
         worst confidence {worst_conf:.2e}  worst init box edge {worst_init:.2e} px",
        calls.len()
    );
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

fn check_video(file: &str) {
    let name = Path::new(file).file_stem().unwrap().to_str().unwrap();
    check_input(name, &common::testdata(&format!("videos/{file}")));
}

#[test]
fn parity_al_pacino() {
    check_video("0188_03_021_al_pacino.avi");
}

#[test]
fn parity_bill_clinton() {
    check_video("0417_02_003_bill_clinton.avi");
}

#[test]
fn parity_julia_roberts() {
    check_video("1192_01_006_julia_roberts.avi");
}

#[test]
fn parity_noam_chomsky() {
    check_video("1461_01_021_noam_chomsky.avi");
}

#[test]
fn parity_tony_blair() {
    check_video("1815_01_008_tony_blair.avi");
}

#[test]
fn parity_victoria_beckham() {
    check_video("1869_03_009_victoria_beckham.avi");
}

#[test]
fn parity_webcam_2015_10_15() {
    check_video("2015-10-15-15-14.avi");
}

#[test]
fn parity_default_wmv() {
    check_video("default.wmv");
}

#[test]
fn parity_face_exits() {
    check_video("face_exits.mp4");
}

#[test]
fn parity_noface() {
    check_video("noface.mp4");
}

#[test]
fn parity_imgseq() {
    check_input("imgseq", &common::testdata("imgseq"));
}

/// The comparison sees a one-ulp change of any box value: default.wmv frame 1's detection
/// matches OpenFace's, and no longer does with one edge or the confidence moved by one ulp.
#[test]
fn one_ulp_in_a_box_fails_the_comparison() {
    let calls = read_calls("default");
    let (&frame_number, rows) = calls.iter().next().unwrap();
    let want = rows.iter().find(|r| r.box_index == 0).unwrap();
    let mut reader = VideoReader::open(common::input_path("default")).unwrap();
    let mut frame = Frame::default();
    while frame.number < frame_number {
        assert!(reader.next_frame(&mut frame).unwrap());
    }
    let got = detector().detect(&frame.image).unwrap()[0];
    assert!(
        box_matches(&got, want),
        "frame {frame_number}: {got:?} vs {want:?}"
    );
    let up = |v: f32| f32::from_bits(v.to_bits() + 1);
    for perturbed in [
        FaceBox {
            x: up(got.x),
            ..got
        },
        FaceBox {
            height: up(got.height),
            ..got
        },
        FaceBox {
            confidence: up(got.confidence),
            ..got
        },
    ] {
        assert!(!box_matches(&perturbed, want), "{perturbed:?} passed");
    }
}

#[test]
fn faceless_and_tiny_images_give_no_face() {
    let detector = detector();
    let black = BgrImage::zeros(640, 480);
    assert!(detector.detect(&black).unwrap().is_empty(), "black frame");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut noise = BgrImage::zeros(320, 240);
    for v in noise.data_mut().iter_mut() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *v = (state >> 56) as u8;
    }
    let faces: Vec<FaceBox> = detector.detect(&noise).unwrap();
    assert!(faces.is_empty(), "noise frame: {faces:?}");
    for (w, h) in [(30, 30), (0, 0), (1, 1), (59, 300), (60, 60), (61, 13)] {
        let faces = detector.detect(&BgrImage::zeros(w, h)).unwrap();
        assert!(faces.is_empty(), "{w}x{h}");
    }
    // A buffer that does not match the size cannot be made.
    assert!(matches!(
        BgrImage::from_raw(10, 10, vec![0; 7]),
        Err(Error::Invalid(_))
    ));
}

#[test]
fn corrupt_and_missing_models_are_typed_errors() {
    let src = common::models_dir().join("model/mtcnn_detector");
    let dir = tempfile::tempdir().unwrap();
    let dst = dir.path().join("model/mtcnn_detector");
    std::fs::create_dir_all(&dst).unwrap();
    for f in ["MTCNN_detector.txt", "PNet.dat", "RNet.dat", "ONet.dat"] {
        std::fs::copy(src.join(f), dst.join(f)).unwrap();
    }
    assert!(MtcnnDetector::load(dir.path()).is_ok());

    // Truncated ONet.
    let onet = std::fs::read(dst.join("ONet.dat")).unwrap();
    std::fs::write(dst.join("ONet.dat"), &onet[..onet.len() / 2]).unwrap();
    let err = MtcnnDetector::load(dir.path()).unwrap_err();
    eprintln!("truncated ONet: {err}");
    assert!(matches!(err, Error::ModelFormat { .. }), "{err}");
    assert!(err.to_string().contains("ONet.dat"), "{err}");
    assert_eq!(err.to_string().lines().count(), 1);

    // Missing RNet.
    std::fs::write(dst.join("ONet.dat"), &onet).unwrap();
    std::fs::remove_file(dst.join("RNet.dat")).unwrap();
    let err = MtcnnDetector::load(dir.path()).unwrap_err();
    assert!(matches!(err, Error::ModelMissing { .. }), "{err}");
    assert!(err.to_string().contains("RNet.dat"), "{err}");

    // A list without a network.
    std::fs::write(dst.join("MTCNN_detector.txt"), "PNet PNet.dat\n").unwrap();
    let err = MtcnnDetector::load(dir.path()).unwrap_err();
    assert!(matches!(err, Error::ModelFormat { .. }), "{err}");

    // No model directory at all.
    let err = MtcnnDetector::load(&dir.path().join("nowhere")).unwrap_err();
    assert!(matches!(err, Error::ModelMissing { .. }), "{err}");
}
