//! Parity of [`pyfaceau::model::calc_params::fit_pdm_params`] with OpenFace 2.2's `PDM::CalcParams` as
//! `FaceAnalyser::AddNextFrame` runs it: for every successful frame of every reference video,
//! fit the AU module's PDM (`AU_predictors/In-the-wild_aligned_PDM_68.txt`) to the frame's
//! landmarks (`*.stages.csv`) and compare with the parameters OpenFace got (`fit_global`,
//! `fit_local` columns).
//!
//! Tolerances, per video (all must hold):
//! * scale: relative error ≤ 1e-3 on every frame;
//! * translation: `|Δt| / |t|` ≤ 1e-3 on every frame;
//! * rotations: absolute error ≤ 1e-3 rad on every frame;
//! * local parameters: mean absolute error over the video's frames and modes ≤ 0.05.
//!
//! Also printed (`cargo test --test pdm_fit_parity -- --nocapture`): the largest errors, how many
//! frames agree on all 40 parameters to `1e-5·max(1, |value|)` (what an exact float port
//! reaches; differences of a few float ulps come from libm or OpenBLAS details), and how many
//! agree bit for bit.

mod common;

use common::{models_dir, read_stages};
use pyfaceau::model::calc_params::PdmFitter;
use pyfaceau::model::pdm::{Pdm, PdmParams};

/// Every reference video with a `*.stages.csv` dump.
const VIDEOS: [&str; 9] = [
    "default",
    "2015-10-15-15-14",
    "1192_01_006_julia_roberts",
    "imgseq",
    "0188_03_021_al_pacino",
    "0417_02_003_bill_clinton",
    "1461_01_021_noam_chomsky",
    "1815_01_008_tony_blair",
    "1869_03_009_victoria_beckham",
];

const MAX_SCALE_REL: f64 = 1e-3;
const MAX_TRANSLATION_REL: f64 = 1e-3;
const MAX_ROTATION_ABS: f64 = 1e-3;
const MAX_LOCAL_MEAN_ABS: f64 = 0.05;
/// Per-value tolerance for counting a frame as matching an exact float port.
const CLOSE_REL: f64 = 1e-5;

fn au_pdm() -> Pdm {
    Pdm::read(&models_dir().join("AU_predictors/In-the-wild_aligned_PDM_68.txt"))
        .expect("AU PDM readable")
}

fn as_vec(p: &PdmParams) -> Vec<f32> {
    let mut v = p.global.to_array().to_vec();
    v.extend_from_slice(&p.local);
    v
}

#[derive(Default)]
struct VideoStats {
    frames: usize,
    max_scale_rel: f64,
    max_translation_rel: f64,
    max_rotation_abs: f64,
    local_abs_sum: f64,
    local_count: usize,
    max_local_abs: f64,
    close_frames: usize,
    exact_frames: usize,
    worst_frame: u32,
}

#[test]
fn fit_matches_openface_calc_params_on_every_reference_video() {
    let pdm = au_pdm();
    let mut fitter = PdmFitter::new(&pdm);
    let mut failures = Vec::new();
    let mut table = format!(
        "{:<30} {:>6} {:>10} {:>10} {:>10} {:>10} {:>10} {:>8} {:>8} {:>6}\n",
        "video",
        "frames",
        "scale_rel",
        "trans_rel",
        "rot_abs",
        "loc_mean",
        "loc_max",
        "~1e-5",
        "exact",
        "worst"
    );
    for name in VIDEOS {
        let rows = read_stages(name);
        let mut st = VideoStats::default();
        for row in rows.iter().filter(|r| r.success) {
            let fit = fitter
                .fit(&row.landmarks)
                .unwrap_or_else(|e| panic!("{name} frame {}: {e}", row.frame));
            let ours = as_vec(&fit);
            let mut theirs = row.fit_global.to_vec();
            theirs.extend_from_slice(&row.fit_local);
            assert_eq!(ours.len(), theirs.len(), "{name}: parameter count");

            let d = |i: usize| (ours[i] as f64 - theirs[i] as f64).abs();
            let scale_rel = d(0) / (theirs[0] as f64).abs();
            let t_norm = (theirs[4] as f64).hypot(theirs[5] as f64);
            let translation_rel = (d(4)).hypot(d(5)) / t_norm;
            let rotation_abs = d(1).max(d(2)).max(d(3));
            st.frames += 1;
            st.max_scale_rel = st.max_scale_rel.max(scale_rel);
            st.max_translation_rel = st.max_translation_rel.max(translation_rel);
            st.max_rotation_abs = st.max_rotation_abs.max(rotation_abs);
            let mut frame_local_max = 0.0f64;
            for i in 6..ours.len() {
                st.local_abs_sum += d(i);
                st.local_count += 1;
                frame_local_max = frame_local_max.max(d(i));
            }
            if frame_local_max > st.max_local_abs {
                st.max_local_abs = frame_local_max;
                st.worst_frame = row.frame;
            }
            if (0..ours.len()).all(|i| d(i) <= CLOSE_REL * (theirs[i] as f64).abs().max(1.0)) {
                st.close_frames += 1;
            }
            if ours == theirs {
                st.exact_frames += 1;
            }
        }
        let local_mean = st.local_abs_sum / st.local_count.max(1) as f64;
        table += &format!(
            "{:<30} {:>6} {:>10.2e} {:>10.2e} {:>10.2e} {:>10.2e} {:>10.2e} {:>8} {:>8} {:>6}\n",
            name,
            st.frames,
            st.max_scale_rel,
            st.max_translation_rel,
            st.max_rotation_abs,
            local_mean,
            st.max_local_abs,
            st.close_frames,
            st.exact_frames,
            st.worst_frame
        );
        if st.frames == 0 {
            failures.push(format!("{name}: no successful frame"));
        }
        if st.max_scale_rel > MAX_SCALE_REL {
            failures.push(format!("{name}: scale rel error {:.3e}", st.max_scale_rel));
        }
        if st.max_translation_rel > MAX_TRANSLATION_REL {
            failures.push(format!(
                "{name}: translation rel error {:.3e}",
                st.max_translation_rel
            ));
        }
        if st.max_rotation_abs > MAX_ROTATION_ABS {
            failures.push(format!(
                "{name}: rotation error {:.3e}",
                st.max_rotation_abs
            ));
        }
        if local_mean > MAX_LOCAL_MEAN_ABS {
            failures.push(format!("{name}: local mean abs error {local_mean:.3e}"));
        }
    }
    eprint!("PDM::CalcParams parity (errors are maxima over frames, loc_mean the mean):\n{table}");
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Landmarks with `x == 0` are dropped from the fit, as OpenFace does: hiding points of a real
/// frame still gives a sensible fit close to the full one, and the result does not depend on
/// the hidden points' y values.
#[test]
fn invisible_landmarks_are_ignored() {
    let pdm = au_pdm();
    let rows = read_stages("default");
    let row = rows.iter().find(|r| r.success).expect("a successful frame");
    let n = pdm.num_points();
    let full = PdmFitter::new(&pdm).fit(&row.landmarks).unwrap();

    let mut hidden = row.landmarks.clone();
    for i in [0usize, 8, 16, 30] {
        hidden[i] = 0.0;
        hidden[i + n] = 12345.0;
    }
    let a = PdmFitter::new(&pdm).fit(&hidden).unwrap();
    for i in [0usize, 8, 16, 30] {
        hidden[i + n] = -1.0;
    }
    let b = PdmFitter::new(&pdm).fit(&hidden).unwrap();
    assert_eq!(a, b, "hidden points' y must not matter");
    let rel = (a.global.scale - full.global.scale).abs() / full.global.scale;
    eprintln!("4 hidden points: scale rel change {rel:.2e}");
    assert!(rel < 0.05, "scale moved by {rel}");

    // With fewer than 34 visible points `M + V·p` has under 100 rows and OpenCV computes it
    // itself (double sums) instead of handing it to OpenBLAS: still a sensible fit.
    let mut few = row.landmarks.clone();
    for i in (0..n).filter(|i| i % 2 == 1 || *i > 60) {
        few[i] = 0.0;
    }
    let c = PdmFitter::new(&pdm).fit(&few).unwrap();
    let rel = (c.global.scale - full.global.scale).abs() / full.global.scale;
    eprintln!(
        "{} visible points: scale rel change {rel:.2e}",
        few[..n].iter().filter(|x| **x != 0.0).count()
    );
    assert!(rel < 0.05, "scale moved by {rel}");
}

#[test]
fn bad_input_is_an_error() {
    let pdm = au_pdm();
    let mut fitter = PdmFitter::new(&pdm);
    assert!(fitter.fit(&[1.0; 10]).is_err(), "wrong length");
    let mut lm = read_stages("imgseq")[0].landmarks.clone();
    lm[3] = f32::NAN;
    assert!(fitter.fit(&lm).is_err(), "NaN");
    assert!(fitter.fit(&[0.0; 136]).is_err(), "nothing visible");
}

/// OpenFace's output landmarks are `PDM::CalcShape2D` of the landmark model's final parameters
/// (`CLNF::Fit` ends with `CalcParams` + `CalcShape2D` on the AU module's PDM file), so
/// [`Pdm::shape_2d`] of the `*.stages.csv` CLNF parameters must give the landmarks back. Tolerance:
/// none on the x and y values is asserted beyond 1e-3 px; bit-exact counts are printed.
#[test]
fn shape_2d_reproduces_openface_landmarks() {
    let pdm = au_pdm();
    let mut failures = Vec::new();
    let mut table = String::new();
    for name in VIDEOS {
        let (mut frames, mut exact, mut max_err) = (0usize, 0usize, 0.0f64);
        for row in read_stages(name).iter().filter(|r| r.success) {
            let g = row.clnf_global;
            let params = PdmParams {
                global: pyfaceau::model::pdm::GlobalParams {
                    scale: g[0],
                    rotation: [g[1], g[2], g[3]],
                    tx: g[4],
                    ty: g[5],
                },
                local: row.clnf_local.clone(),
            };
            let shape = pdm.shape_2d(&params);
            frames += 1;
            if shape == row.landmarks {
                exact += 1;
            }
            for (a, b) in shape.iter().zip(&row.landmarks) {
                max_err = max_err.max((a - b).abs() as f64);
            }
        }
        table += &format!(
            "{name:<30} {exact:>4}/{frames:<4} frames bit-exact, max |Δ| {max_err:.2e} px\n"
        );
        if max_err > 1e-3 {
            failures.push(format!("{name}: max landmark error {max_err:.3e} px"));
        }
    }
    eprint!("PDM::CalcShape2D of the CLNF parameters against OpenFace's landmarks:\n{table}");
    assert!(failures.is_empty(), "{failures:#?}");
}
