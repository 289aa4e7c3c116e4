//! One CCNF patch expert's whole response map on a real image area against an independent f64
//! computation: landmark 30 (nose tip), view 0, patch scale 0.25 of
//! `model/patch_experts/ccnf_patches_0.25_general.txt`, window 11, so the area of interest is
//! 21 × 21 pixels, cut from OpenFace's aligned face of default.wmv frame 1 (BGR → gray with
//! `cv::cvtColor`, then float, as `CLNF::DetectLandmarks` prepares images).
//!
//! The expert is read here by a separate parser of OpenFace's binary layout
//! (`Read_CCNF_patch_experts`, `CCNF_patch_expert::Read`, `CCNF_neuron::Read`), and the
//! response computed in f64 from OpenFace's formulas:
//! 1. every 11 × 11 patch at window position (x, y): `z = (v − mean) / ‖v − mean‖` (a zero
//!    norm counts as 1) (`im2colContrastNormBias`);
//! 2. neuron n: `d = bias_n + norm_weights_n · Σ w_n(r, c)·z(r, c)`; the map
//!    `R(y, x) = Σ_{n: α_n > 1e-4} 2α_n / (1 + e^(−d))` (`ResponseOpenBlas`);
//! 3. `Σ = (2·(Σ_n α_n · I + Σ_b β_b · S_b))⁻¹` over all neurons' α and the file's sigma
//!    components `S_b` for window 11 (`ComputeSigmas`); here `Σ·r` is solved by Cholesky
//!    instead of inverting;
//! 4. `out = Σ · vec(R)` with `vec` row-major in (y, x); if its minimum is negative it is
//!    subtracted (the shift to a zero minimum).
//!
//! Tolerance: max abs difference ≤ 1e-4 × the map's max (the code under test works in float
//! and inverts `Σ` by OpenCV's float Cholesky). A perturbed weight (1 % of one neuron's
//! largest weight) must exceed it, so the comparison can fail.

mod common;

use opencv::core::{self as cv, Mat, Rect};
use opencv::prelude::*;
use opencv::{imgcodecs, imgproc};
use pyfaceau::landmarks::clnf::ccnf::{CcnfScale, ResponseWorkspace};

const TOLERANCE: f64 = 1e-4;
const LANDMARK: usize = 30;
const WINDOW: usize = 11;

/// A little-endian cursor (independent of the crate's reader).
struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn i32(&mut self) -> i32 {
        let v = i32::from_le_bytes(self.b[self.pos..self.pos + 4].try_into().unwrap());
        self.pos += 4;
        v
    }
    fn f64(&mut self) -> f64 {
        let v = f64::from_le_bytes(self.b[self.pos..self.pos + 8].try_into().unwrap());
        self.pos += 8;
        v
    }
    fn f32(&mut self) -> f32 {
        let v = f32::from_le_bytes(self.b[self.pos..self.pos + 4].try_into().unwrap());
        self.pos += 4;
        v
    }
    /// `ReadMatBin` as (rows, cols, values).
    fn mat(&mut self) -> (usize, usize, Vec<f64>) {
        let (rows, cols, t) = (self.i32() as usize, self.i32() as usize, self.i32());
        let values = (0..rows * cols)
            .map(|_| match t {
                4 => self.i32() as f64,
                5 => self.f32() as f64,
                6 => self.f64(),
                _ => panic!("matrix type {t}"),
            })
            .collect();
        (rows, cols, values)
    }
}

#[derive(Clone)]
struct Neuron {
    norm_weights: f64,
    bias: f64,
    alpha: f64,
    /// `height × width` row-major, as in the file.
    weights: Vec<f64>,
}

struct Expert {
    width: usize,
    height: usize,
    neurons: Vec<Neuron>,
    betas: Vec<f64>,
}

/// The expert of `landmark` in `view`, and the sigma components listed for `window`.
fn parse_expert(
    bytes: &[u8],
    view: usize,
    landmark: usize,
    window: usize,
) -> (Expert, Vec<Vec<f64>>) {
    let mut c = Cursor { b: bytes, pos: 0 };
    let _scaling = c.f64();
    let views = c.i32() as usize;
    for _ in 0..views {
        c.mat();
    }
    let mut n_points = 0;
    for _ in 0..views {
        n_points = c.mat().0;
    }
    let n_windows = c.i32() as usize;
    let mut components = Vec::new();
    let mut n_betas = 0;
    for _ in 0..n_windows {
        let w = c.i32() as usize;
        let n = c.i32() as usize;
        n_betas = n_betas.max(n);
        for _ in 0..n {
            let (_, _, m) = c.mat();
            if w == window {
                components.push(m);
            }
        }
    }
    for v in 0..views {
        for i in 0..n_points {
            assert_eq!(c.i32(), 5);
            let width = c.i32() as usize;
            let height = c.i32() as usize;
            let n_neurons = c.i32() as usize;
            if n_neurons == 0 {
                c.i32();
                continue;
            }
            let mut neurons = Vec::new();
            for _ in 0..n_neurons {
                assert_eq!(c.i32(), 2);
                let _type = c.i32();
                let norm_weights = c.f64();
                let bias = c.f64();
                let alpha = c.f64();
                let (rows, cols, weights) = c.mat();
                assert_eq!((rows, cols), (height, width));
                neurons.push(Neuron {
                    norm_weights,
                    bias,
                    alpha,
                    weights,
                });
            }
            let betas: Vec<f64> = (0..n_betas).map(|_| c.f64()).collect();
            let _confidence = c.f64();
            if v == view && i == landmark {
                return (
                    Expert {
                        width,
                        height,
                        neurons,
                        betas,
                    },
                    components,
                );
            }
        }
    }
    panic!("no expert for landmark {landmark} in view {view}");
}

/// Solves `A·x = b` for a symmetric positive definite `A` (n × n row-major) by Cholesky.
fn cholesky_solve(a: &[f64], b: &[f64]) -> Vec<f64> {
    let n = b.len();
    let mut l = vec![0.0f64; n * n];
    for i in 0..n {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i * n + k] * l[j * n + k]).sum();
            if i == j {
                let d = a[i * n + i] - s;
                assert!(d > 0.0, "not positive definite");
                l[i * n + i] = d.sqrt();
            } else {
                l[i * n + j] = (a[i * n + j] - s) / l[j * n + j];
            }
        }
    }
    let mut y = vec![0.0f64; n];
    for i in 0..n {
        let s: f64 = (0..i).map(|k| l[i * n + k] * y[k]).sum();
        y[i] = (b[i] - s) / l[i * n + i];
    }
    let mut x = vec![0.0f64; n];
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|k| l[k * n + i] * x[k]).sum();
        x[i] = (y[i] - s) / l[i * n + i];
    }
    x
}

/// Steps 1–4 of the module docs, in f64.
fn oracle(e: &Expert, components: &[Vec<f64>], area: &[f32], window: usize) -> Vec<f64> {
    let (pw, ph) = (e.width, e.height);
    let aw = window + pw - 1;
    let mut r = vec![0.0f64; window * window];
    for y in 0..window {
        for x in 0..window {
            let patch: Vec<f64> = (0..ph)
                .flat_map(|yy| (0..pw).map(move |xx| (yy, xx)))
                .map(|(yy, xx)| area[(y + yy) * aw + x + xx] as f64)
                .collect();
            let mean = patch.iter().sum::<f64>() / patch.len() as f64;
            let mut norm = patch.iter().map(|v| (v - mean).powi(2)).sum::<f64>().sqrt();
            if norm == 0.0 {
                norm = 1.0;
            }
            for nr in e.neurons.iter().filter(|n| n.alpha > 1e-4) {
                let dot: f64 = patch
                    .iter()
                    .zip(&nr.weights)
                    .map(|(v, w)| w * (v - mean) / norm)
                    .sum();
                let d = nr.bias + nr.norm_weights * dot;
                r[y * window + x] += 2.0 * nr.alpha / (1.0 + (-d).exp());
            }
        }
    }
    let n = window * window;
    let sum_alpha: f64 = e.neurons.iter().map(|n| n.alpha).sum();
    let mut sigma_inv = vec![0.0f64; n * n];
    for (beta, s) in e.betas.iter().zip(components) {
        for (q, v) in sigma_inv.iter_mut().zip(s) {
            *q += beta * v;
        }
    }
    for i in 0..n {
        sigma_inv[i * n + i] += sum_alpha;
    }
    sigma_inv.iter_mut().for_each(|v| *v *= 2.0);
    let mut out = cholesky_solve(&sigma_inv, &r);
    let min = out.iter().cloned().fold(f64::INFINITY, f64::min);
    if min < 0.0 {
        out.iter_mut().for_each(|v| *v -= min);
    }
    out
}

/// The 21 × 21 float gray area around the nose tip of the aligned face.
fn real_area(size: usize) -> Vec<f32> {
    let path = common::testdata("openface/default_aligned/frame_det_00_000001.png");
    let bgr = imgcodecs::imread(path.to_str().unwrap(), imgcodecs::IMREAD_COLOR).unwrap();
    assert!(bgr.cols() == 112 && bgr.rows() == 112);
    let mut gray = Mat::default();
    imgproc::cvt_color_def(&bgr, &mut gray, imgproc::COLOR_BGR2GRAY).unwrap();
    let mut gray_f = Mat::default();
    gray.convert_to_def(&mut gray_f, cv::CV_32F).unwrap();
    let roi = Mat::roi(&gray_f, Rect::new(46, 52, size as i32, size as i32))
        .unwrap()
        .try_clone()
        .unwrap();
    roi.data_typed::<f32>().unwrap().to_vec()
}

fn max_error(got: &[f32], want: &[f64]) -> (f64, f64) {
    let max = want.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    let err = got
        .iter()
        .zip(want)
        .fold(0.0f64, |m, (&g, &w)| m.max((g as f64 - w).abs()));
    (err, max)
}

#[test]
fn landmark_30_response_matches_f64_formulas() {
    let path = common::models_dir().join("model/patch_experts/ccnf_patches_0.25_general.txt");
    let bytes = std::fs::read(&path).unwrap();
    let (expert, components) = parse_expert(&bytes, 0, LANDMARK, WINDOW);
    assert_eq!((expert.width, expert.height), (11, 11));
    assert_eq!(components.len(), expert.betas.len());
    let area = real_area(WINDOW + expert.width - 1);
    let spread =
        area.iter().fold(0.0f32, |m, v| m.max(*v)) - area.iter().fold(255.0f32, |m, v| m.min(*v));
    assert!(spread > 20.0, "the crop must show structure ({spread})");

    let (scale, sigma_components) = CcnfScale::read(&path).unwrap();
    let e = scale.experts[0][LANDMARK].as_ref().unwrap();
    let mut got = vec![0.0f32; WINDOW * WINDOW];
    e.response(
        &area,
        WINDOW,
        &sigma_components,
        &mut got,
        &mut ResponseWorkspace::default(),
    )
    .unwrap();
    let want = oracle(&expert, &components, &area, WINDOW);
    let (err, max) = max_error(&got, &want);
    let peak = want
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.partial_cmp(b.1).unwrap())
        .unwrap()
        .0;
    eprintln!(
        "CCNF landmark {LANDMARK} window {WINDOW}: map max {max:.6e} at (x {}, y {}), max abs error {err:.3e} = {:.3e} of the max (tolerance {TOLERANCE:e})",
        peak % WINDOW,
        peak / WINDOW,
        err / max
    );
    assert!(max > 0.0);
    assert!(err <= TOLERANCE * max, "{err:e} > {TOLERANCE:e} × {max:e}");

    // The comparison can fail: one weight off by 1 % of its neuron's largest weight.
    let mut perturbed = expert;
    let strongest = perturbed
        .neurons
        .iter()
        .enumerate()
        .filter(|(_, n)| n.alpha > 1e-4)
        .max_by(|a, b| a.1.alpha.partial_cmp(&b.1.alpha).unwrap())
        .unwrap()
        .0;
    let nr = &mut perturbed.neurons[strongest];
    let big = nr.weights.iter().fold(0.0f64, |m, w| m.max(w.abs()));
    nr.weights[60] += 0.01 * big;
    let (err_p, _) = max_error(&got, &oracle(&perturbed, &components, &area, WINDOW));
    eprintln!(
        "with weight 60 of neuron {strongest} perturbed: {:.3e} of the max",
        err_p / max
    );
    assert!(err_p > TOLERANCE * max);
}
