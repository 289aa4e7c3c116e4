//! CLNF with OpenFace's hierarchical part models (`main_clnf_general.txt`: inner face and both
//! 28-point eyes), fitted on the first detection of every public input from OpenFace's own
//! initialisation box (`NAME.mtcnn.csv`, `used_for_init = 2`) with the rotation hypothesis
//! OpenFace kept (`NAME.firstfit.csv`), against OpenFace's final state of that frame (first row
//! of `NAME.stages.csv`) and its eye landmarks (`NAME.csv`, `eye_lmk_*`, printed to 1 decimal).
//!
//! Asserted: the 2D landmarks and the 6 global and 34 local CLNF parameters the same floats as
//! the dump's (9 significant digits, so each reads back as the very float): error 0. The eye
//! landmarks, which the CSV prints with 1 decimal, each coordinate within that print's half unit
//! ([`EYE_PRINT_HALF_UNIT`] = 0.05 px).
mod common;

use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::clnf::parts::{ClnfWithParts, FullFit};
use pyfaceau::landmarks::clnf::sigma_cache::{self, SigmaCache};
use pyfaceau::landmarks::clnf::{ClnfParams, FloatGrayImage, Rect};
use std::sync::Arc;

/// Half a unit of the CSV's 1-decimal print of the eye landmarks, pixels.
const EYE_PRINT_HALF_UNIT: f64 = 0.05;

const ALL_INPUTS: [&str; 9] = common::INPUTS_WITH_DUMPS;

/// Inputs whose face is large enough (main scale > 0.9) for OpenFace to run the part models.
const PARTS_RUN: [&str; 3] = ["default", "2015-10-15-15-14", "imgseq"];

/// The first detection of `name`: (frame, box, hypothesis OpenFace kept).
fn first_detection(name: &str) -> (u64, Rect, usize) {
    let boxes =
        std::fs::read_to_string(common::testdata(&format!("openface/{name}.mtcnn.csv"))).unwrap();
    let fits = std::fs::read_to_string(common::testdata(&format!("openface/{name}.firstfit.csv")))
        .unwrap();
    let line = fits
        .lines()
        .skip(1)
        .find(|l| !l.trim().is_empty())
        .unwrap_or_else(|| panic!("{name}: empty firstfit"));
    let f: Vec<&str> = line.split(',').collect();
    let (frame, call) = (f[0], f[1]);
    let b = boxes
        .lines()
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|b| b[0] == frame && b[1] == call && b[8].trim() == "2")
        .unwrap_or_else(|| panic!("{name}: no init box for frame {frame}"));
    let v = |i: usize| b[i].parse::<f32>().unwrap();
    (
        frame.parse().unwrap(),
        Rect {
            x: v(3),
            y: v(4),
            width: v(5),
            height: v(6),
        },
        f[2].parse().unwrap(),
    )
}

/// OpenFace's eye landmarks (`eye_lmk_x_0..55`, `eye_lmk_y_0..55`) at `frame`.
fn csv_eye_landmarks(name: &str, frame: u64) -> Vec<f64> {
    let text = std::fs::read_to_string(common::testdata(&format!("openface/{name}.csv"))).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').map(str::trim).collect();
    let col = |h: &str| header.iter().position(|c| *c == h).unwrap();
    let (x0, y0) = (col("eye_lmk_x_0"), col("eye_lmk_y_0"));
    let row: Vec<&str> = lines
        .map(|l| l.split(',').map(str::trim).collect::<Vec<_>>())
        .find(|r| r[0].parse::<u64>().ok() == Some(frame))
        .unwrap_or_else(|| panic!("{name}: no CSV row for frame {frame}"));
    (x0..x0 + 56)
        .chain(y0..y0 + 56)
        .map(|i| row[i].parse::<f64>().unwrap())
        .collect()
}

fn gray_frame(name: &str, number: u64) -> FloatGrayImage {
    let mut reader = VideoReader::open(common::input_path(name)).unwrap();
    let mut frame = Frame::default();
    while frame.number < number {
        assert!(
            reader.next_frame(&mut frame).unwrap(),
            "{name}: video ended"
        );
    }
    FloatGrayImage::from_bgr(&frame.image).unwrap()
}

/// (mean, max) point distance between two `x…, y…` landmark vectors.
fn point_errors(a: &[f32], b: &[f32]) -> (f64, f64) {
    assert_eq!(a.len(), b.len());
    let n = a.len() / 2;
    let (mut sum, mut max) = (0.0f64, 0.0f64);
    for i in 0..n {
        let d = ((a[i] - b[i]) as f64).hypot((a[i + n] - b[i + n]) as f64);
        sum += d;
        max = max.max(d);
    }
    (sum / n as f64, max)
}

/// Compares a fit with OpenFace's frame; returns the failures.
fn compare(name: &str, frame: u64, fit: &FullFit) -> Vec<String> {
    let stages = common::read_stages(name);
    let row = stages
        .iter()
        .find(|r| r.frame as u64 == frame)
        .unwrap_or_else(|| panic!("{name}: no stages row for frame {frame}"));
    let mut fails = Vec::new();
    let (mean, max) = point_errors(fit.landmarks.as_slice(), row.landmarks.as_slice());
    let ours = fit.params.global.to_array();
    let theirs = row.clnf_global.to_array();
    let scale_rel = ((ours[0] - theirs[0]) as f64 / theirs[0] as f64).abs();
    let rot = (1..4)
        .map(|i| ((ours[i] - theirs[i]) as f64).abs())
        .fold(0.0, f64::max);
    let trans = (4..6)
        .map(|i| ((ours[i] - theirs[i]) as f64).abs())
        .fold(0.0, f64::max);
    let local = fit
        .params
        .local
        .iter()
        .zip(&row.clnf_local)
        .map(|(a, b)| ((a - b) as f64).abs())
        .sum::<f64>()
        / row.clnf_local.len() as f64;
    let eyes = csv_eye_landmarks(name, frame);
    let eyes_f32: Vec<f32> = eyes.iter().map(|&v| v as f32).collect();
    let (eye_mean, eye_max) = point_errors(fit.eye_landmarks.as_slice(), &eyes_f32);
    assert_eq!(
        fit.eye_landmarks.as_slice().len(),
        eyes.len(),
        "{name}: eye landmark count"
    );
    let eye_coord_max = fit
        .eye_landmarks
        .as_slice()
        .iter()
        .zip(&eyes)
        .map(|(a, b)| (f64::from(*a) - b).abs())
        .fold(0.0, f64::max);
    eprintln!(
        "{name:>30} frame {frame:>3} hyp {:>2} parts {}: landmarks mean {mean:.5} max {max:.5} px; \
         scale rel {scale_rel:.2e} rot {rot:.2e} trans {trans:.4} local mean {local:.5}; \
         eyes mean {eye_mean:.4} max {eye_max:.4} px, per coordinate {eye_coord_max:.4}",
        fit.hypothesis, fit.parts_used
    );
    let mut check = |ok: bool, what: String| {
        if !ok {
            fails.push(format!("{name} frame {frame}: {what}"));
        }
    };
    let same_floats =
        |a: &[f32], b: &[f32]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y);
    check(
        same_floats(fit.landmarks.as_slice(), row.landmarks.as_slice()),
        format!("landmarks mean {mean} max {max} px"),
    );
    check(
        same_floats(&ours, &theirs),
        format!("global {ours:?} vs {theirs:?}"),
    );
    check(
        same_floats(&fit.params.local, &row.clnf_local),
        format!("local mean {local}"),
    );
    check(
        eye_coord_max <= EYE_PRINT_HALF_UNIT,
        format!("eye coordinate off the CSV by {eye_coord_max}"),
    );
    fails
}

fn model() -> ClnfWithParts {
    ClnfWithParts::read(&common::models_dir().join("model/main_clnf_general.txt")).unwrap()
}

fn check(names: &[&str]) {
    let failures = differences(&model(), names);
    assert!(failures.is_empty(), "differences:\n{}", failures.join("\n"));
}

/// What [`compare`] finds on each of `names` with `model`.
fn differences(model: &ClnfWithParts, names: &[&str]) -> Vec<String> {
    let mut failures = Vec::new();
    for name in names {
        let (frame, bbox, hyp) = first_detection(name);
        let gray = gray_frame(name, frame);
        let main_fit = model
            .main
            .fit_from_box(&gray, &bbox, hyp, &ClnfParams::default())
            .unwrap();
        let row = &common::read_stages(name)[0];
        let (mean0, max0) = point_errors(main_fit.landmarks.as_slice(), row.landmarks.as_slice());
        eprintln!("{name:>30} main fit alone vs final: mean {mean0:.4} max {max0:.4} px");
        let fit = model.refine(&gray, main_fit).unwrap();
        failures.extend(compare(name, frame, &fit));
        if PARTS_RUN.contains(name) && !fit.parts_used {
            failures.push(format!("{name}: part models did not run"));
        }
    }
    failures
}

/// The `Σ` matrices read back from the per-user cache give the same fits, exactly, as those
/// computed: a first model computes and stores them, a second reads every one it needs. A
/// cache whose matrices are all 0.1% off (with valid checksums) makes the fits differ.
#[test]
fn sigmas_from_the_cache_give_the_same_fits() {
    let dir = tempfile::tempdir().unwrap();
    let with_cache = || {
        let cache = Arc::new(SigmaCache::open(dir.path()));
        let mut model = model();
        model.attach_sigma_cache(&cache);
        (model, cache)
    };
    let names = ["default"];
    {
        let (cold, cache) = with_cache();
        assert_eq!(differences(&cold, &names), Vec::<String>::new());
        assert_eq!(cache.stats().read, 0);
    }
    let (warm, cache) = with_cache();
    assert_eq!(differences(&warm, &names), Vec::<String>::new());
    let stats = cache.stats();
    assert!(stats.read > 100 && stats.missed == 0, "{stats:?}");
    drop((warm, cache));

    scale_every_stored_value(&dir.path().join(sigma_cache::FILE_NAME), 1.001);
    let (tampered, cache) = with_cache();
    assert!(!differences(&tampered, &names).is_empty());
    assert!(cache.stats().read > 100);
}

/// Multiplies every matrix of a `Σ` cache file by `factor`, with checksums that match.
fn scale_every_stored_value(path: &std::path::Path, factor: f32) {
    let mut b = std::fs::read(path).unwrap();
    let count = u32::from_le_bytes(b[12..16].try_into().unwrap()) as usize;
    for i in 0..count {
        let r = 16 + i * 56;
        let offset = u64::from_le_bytes(b[r + 32..r + 40].try_into().unwrap()) as usize;
        let size = u32::from_le_bytes(b[r + 40..r + 44].try_into().unwrap()) as usize;
        let stride = u32::from_le_bytes(b[r + 44..r + 48].try_into().unwrap()) as usize;
        let data = &mut b[offset..offset + size * stride * 4];
        for v in data.chunks_exact_mut(4) {
            let x = f32::from_le_bytes(v.try_into().unwrap()) * factor;
            v.copy_from_slice(&x.to_le_bytes());
        }
        let crc = crc32fast::hash(data);
        b[r + 48..r + 52].copy_from_slice(&crc.to_le_bytes());
    }
    std::fs::write(path, b).unwrap();
}

#[test]
fn reads_the_part_models() {
    let model = model();
    let names: Vec<(&str, usize, usize)> = model
        .parts
        .iter()
        .map(|p| (p.name.as_str(), p.model.pdm.num_points(), p.mapping.len()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("inner", 51, 51),
            ("left_eye_28", 28, 6),
            ("right_eye_28", 28, 6)
        ]
    );
    assert_eq!(model.parts[1].mapping[0], (36, 8));
    assert_eq!(model.parts[2].mapping[5], (47, 18));
}

#[test]
fn parts_default_and_webcam() {
    check(&ALL_INPUTS[..2]);
}

#[test]
fn parts_youtube_and_imgseq() {
    check(&ALL_INPUTS[2..]);
}

/// The full detection (11 hypotheses, then the parts) on one input gives the same result as
/// the fit from OpenFace's kept hypothesis.
#[test]
fn detect_with_parts_matches() {
    let model = model();
    let name = "0417_02_003_bill_clinton";
    let (frame, bbox, hyp) = first_detection(name);
    let gray = gray_frame(name, frame);
    let fit = model.detect(&gray, &bbox, &ClnfParams::default()).unwrap();
    assert_eq!(fit.hypothesis, hyp);
    let fails = compare(name, frame, &fit);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
