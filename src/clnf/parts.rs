//! OpenFace 2.2's hierarchical part models (`CLNF::hierarchical_models`): after the main
//! 68-point fit, smaller CLNF models refine groups of landmarks — for `main_clnf_general.txt`
//! the 51-point inner face (`inner`) and the two 28-point eyes (`left_eye_28`,
//! `right_eye_28`, which also give the 56 eye landmarks used for gaze) — and the main model
//! then refits its parameters to the refined points.
//!
//! What `CLNF::Read` and `CLNF::DetectLandmarks` do, as mirrored here:
//! 1. Each `LandmarkDetector_part LOCATION NAME (main part)…` line of the main model file names
//!    a CLNF model and the pairs (index in the 68, index in the part). The part's fitting
//!    parameters are `FaceModelParameters`' defaults (as loaded without a model argument:
//!    CE-CLM's sigma 2.25 and regularisation 22.5) with `refine_parameters` off and per-name
//!    window sizes, sigma, regularisation and weight factor ([`part_params`]).
//! 2. After the main fit the part's landmarks are taken from the main landmarks through the
//!    mapping (unmapped part points stay 0, which `PDM::CalcParams` treats as invisible), and
//!    the part's parameters come from `PDM::CalcParams` on them (zero initial rotation).
//! 3. A part is fitted (`CLNF::Fit` with its own window sizes) only when the main model's scale
//!    exceeds 0.9 × the part's first patch scale; otherwise its landmarks are the projection of
//!    those initial parameters.
//! 4. If any part was fitted, every part's landmarks are written back into the 68, the main
//!    model's parameters are refitted to them with `PDM::CalcParams` (zero initial rotation:
//!    `DetectLandmarks` passes no rotation), and the output landmarks are the main PDM's
//!    projection of the refitted parameters. When no part runs the output is the main fit's
//!    own projection. The likelihood stays the main fit's.
//!
//! The inner model uses NU-RLMS with landmark weights (`weight_factor` 2.5: each landmark's
//! rows of the Jacobian scaled by the factor times its patch expert's `patch_confidence`),
//! which [`super::nu_rlms`] does not implement; [`weighted_nu_rlms`] here does, for that case
//! only. Parts with weight factor 0 use [`ClnfModel::fit`] unchanged.

use super::ccnf::ResponseWorkspace;
use super::nu_rlms::Context;
use super::{ClnfFit, ClnfModel, ClnfParams, FaceBox, GrayImage};
use crate::error::{Error, Result};
use crate::pdm::{Pdm, PdmParams};
use crate::pdm_fit::fit_pdm_params;
use crate::rotation::{
    axis_angle_to_euler, euler_to_rotation_matrix, matx_mul, orthonormalise,
    rotation_matrix_to_axis_angle, Mat3f,
};
use std::collections::HashMap;
use std::path::Path;

/// One hierarchical part model (`hierarchical_models[i]` with its name, mapping and
/// parameters).
#[derive(Debug)]
pub struct PartModel {
    /// `hierarchical_model_names[i]`, e.g. `inner`, `left_eye_28`.
    pub name: String,
    pub model: ClnfModel,
    /// `hierarchical_mapping[i]`: (landmark index in the main model, index in the part).
    pub mapping: Vec<(usize, usize)>,
    /// `hierarchical_params[i]`.
    pub params: ClnfParams,
}

/// The main CLNF model with its hierarchical part models (`CLNF::Read` of a
/// `main_clnf_*.txt` file).
#[derive(Debug)]
pub struct ClnfWithParts {
    pub main: ClnfModel,
    pub parts: Vec<PartModel>,
}

/// A part model's state after [`ClnfWithParts::refine`].
#[derive(Clone, Debug, PartialEq)]
pub struct PartFit {
    pub name: String,
    /// The part's parameters (from `CalcParams`, then the part fit when it ran).
    pub params: PdmParams,
    /// The part's `detected_landmarks`: `x_0..x_{n-1}, y_0..y_{n-1}` in image pixels.
    pub landmarks: Vec<f32>,
    /// Whether the part was fitted (main scale above 0.9 × its first patch scale).
    pub fitted: bool,
    /// The part fit's `model_likelihood` (−10, OpenFace's initial value, when not fitted).
    pub likelihood: f32,
}

/// The outcome of the main fit followed by the part models.
#[derive(Clone, Debug, PartialEq)]
pub struct FullFit {
    /// Main model parameters (refitted to the refined landmarks when a part ran).
    pub params: PdmParams,
    /// `x_0..x_67, y_0..y_67` in image pixels: the main PDM's projection of `params`.
    pub landmarks: Vec<f32>,
    /// The eye parts' landmarks in OpenFace's order (`CalculateAllEyeLandmarks`: the
    /// `left_eye_28` then the `right_eye_28` points), as `x…, y…` (2 × 56 values); empty
    /// without eye parts.
    pub eye_landmarks: Vec<f32>,
    pub parts: Vec<PartFit>,
    /// The main fit's `model_likelihood`.
    pub likelihood: f32,
    /// The main fit's success (false when the face became too small).
    pub converged: bool,
    /// Index of the rotation hypothesis kept (see [`super::ROTATION_HYPOTHESES`]).
    pub hypothesis: usize,
    /// Whether any part model was fitted (and so the main parameters refitted).
    pub parts_used: bool,
}

/// The fitting parameters `CLNF::Read` gives a part model of this name: the defaults of
/// `FaceModelParameters` constructed with only a root directory (windows 11/9/7/5, sigma
/// 1.5 × 1.5, regularisation 25 × 0.9, weight factor 0, 5 iterations) with
/// `refine_parameters` off, then per name: eyes (`left_eye`/`right_eye`) windows 5/3, sigma 2,
/// regularisation 0.1; `left_eye_28`/`right_eye_28` windows 3/5/9, sigma 1, regularisation
/// 0.5; `mouth` 7/7, sigma 2, regularisation 1; `brow` 11/9, sigma 3.5, regularisation 10;
/// `inner` window 9, sigma 1.75, regularisation 2.5, weight factor 2.5.
pub fn part_params(name: &str) -> ClnfParams {
    let mut p = ClnfParams {
        window_sizes: vec![11, 9, 7, 5],
        sigma: 1.5f32 * 1.5f32,
        reg_factor: 0.9f32 * 25.0f32,
        weight_factor: 0.0,
        iterations: 5,
        refine_parameters: false,
        ..ClnfParams::default()
    };
    let mut set = |w: &[usize], sigma: f32, reg: f32| {
        p.window_sizes = w.to_vec();
        p.sigma = sigma;
        p.reg_factor = reg;
    };
    match name {
        "left_eye" | "right_eye" => set(&[5, 3], 2.0, 0.1),
        "left_eye_28" | "right_eye_28" => set(&[3, 5, 9], 1.0, 0.5),
        "mouth" => set(&[7, 7], 2.0, 1.0),
        "brow" => set(&[11, 9], 3.5, 10.0),
        "inner" => {
            set(&[9], 1.75, 2.5);
            p.weight_factor = 2.5;
        }
        _ => {}
    }
    p
}

impl ClnfWithParts {
    /// `CLNF::Read`: the `LandmarkDetector` line (main model) and every
    /// `LandmarkDetector_part` line (part model, name, mapping pairs) of a `main_clnf_*.txt`
    /// file; other modules are ignored.
    ///
    /// # Errors
    /// Missing or malformed files; a mapping index outside either model.
    pub fn read(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::ModelMissing {
                    path: path.to_path_buf(),
                }
            } else {
                Error::io(path, e)
            }
        })?;
        let bad = |d: String| Error::ModelFormat {
            path: path.to_path_buf(),
            detail: d,
        };
        let root = path.parent().unwrap_or(Path::new("."));
        let mut main = None;
        let mut parts = Vec::new();
        for line in text.lines() {
            let mut tokens = line.split_whitespace();
            let (Some(module), Some(loc)) = (tokens.next(), tokens.next()) else {
                continue;
            };
            let loc = root.join(loc);
            match module {
                "LandmarkDetector" => main = Some(ClnfModel::read(&loc)?),
                "LandmarkDetector_part" => {
                    let name = tokens
                        .next()
                        .ok_or_else(|| bad("part model without a name".into()))?
                        .to_string();
                    let indices = tokens
                        .map(|t| t.parse::<usize>())
                        .collect::<std::result::Result<Vec<_>, _>>()
                        .map_err(|e| bad(format!("part {name}: bad mapping index ({e})")))?;
                    if indices.len() % 2 != 0 || indices.is_empty() {
                        return Err(bad(format!("part {name}: unpaired or empty mapping")));
                    }
                    let mapping = indices.chunks_exact(2).map(|c| (c[0], c[1])).collect();
                    let mut model = ClnfModel::read(&loc)?;
                    let params = part_params(&name);
                    provide_missing_sigma_windows(&mut model, &params.window_sizes)
                        .map_err(|d| bad(format!("part {name}: {d}")))?;
                    parts.push(PartModel {
                        params,
                        name,
                        model,
                        mapping,
                    });
                }
                _ => {}
            }
        }
        let main = main.ok_or_else(|| bad("no LandmarkDetector line".into()))?;
        let n_main = main.pdm.num_points();
        for part in &parts {
            let n_part = part.model.pdm.num_points();
            if part
                .mapping
                .iter()
                .any(|&(a, b)| a >= n_main || b >= n_part)
            {
                return Err(bad(format!(
                    "part {}: mapping index outside the models ({n_main} main, {n_part} part points)",
                    part.name
                )));
            }
        }
        Ok(ClnfWithParts { main, parts })
    }

    /// `DetectLandmarksInImageMultiHypBasic` with the part models: the main model's
    /// 11-hypothesis search ([`ClnfModel::detect`]), then [`ClnfWithParts::refine`] on the
    /// hypothesis kept. (OpenFace runs the parts after every hypothesis, but they do not change
    /// the likelihood that picks the winner, so the result is the same.)
    ///
    /// # Errors
    /// As [`ClnfModel::detect`] and [`ClnfWithParts::refine`].
    pub fn detect(&self, image: &GrayImage, bbox: &FaceBox, opts: &ClnfParams) -> Result<FullFit> {
        let fit = self.main.detect(image, bbox, opts)?;
        self.refine(image, fit)
    }

    /// One main fit from a box with a given rotation hypothesis, then the part models.
    ///
    /// # Errors
    /// As [`ClnfModel::fit_from_box`] and [`ClnfWithParts::refine`].
    pub fn fit_from_box(
        &self,
        image: &GrayImage,
        bbox: &FaceBox,
        hypothesis: usize,
        opts: &ClnfParams,
    ) -> Result<FullFit> {
        let fit = self.main.fit_from_box(image, bbox, hypothesis, opts)?;
        self.refine(image, fit)
    }

    /// The hierarchical step of `CLNF::DetectLandmarks` after the main model's fit `main_fit`
    /// (see the module docs).
    ///
    /// # Errors
    /// Invalid parameters, PDM fitting or OpenCV failures.
    pub fn refine(&self, image: &GrayImage, main_fit: ClnfFit) -> Result<FullFit> {
        let n_main = self.main.pdm.num_points();
        let mut landmarks = main_fit.landmarks.clone();
        let mut part_fits = Vec::with_capacity(self.parts.len());
        let mut parts_used = false;
        for part in &self.parts {
            let pdm = &part.model.pdm;
            let n = pdm.num_points();
            let mut locs = vec![0.0f32; 2 * n];
            for &(m, p) in &part.mapping {
                locs[p] = landmarks[m];
                locs[p + n] = landmarks[m + n_main];
            }
            let init = fit_pdm_params(pdm, &locs)?;
            let first_scale = part.model.scales.first().map_or(0.0, |s| s.patch_scaling);
            let run = (main_fit.params.global.scale as f64) > 0.9 * first_scale;
            if run {
                parts_used = true;
                let fit = fit_part(&part.model, image, &init, &part.params)?;
                part_fits.push(PartFit {
                    name: part.name.clone(),
                    params: fit.params,
                    landmarks: fit.landmarks,
                    fitted: true,
                    likelihood: fit.likelihood,
                });
            } else {
                part_fits.push(PartFit {
                    name: part.name.clone(),
                    landmarks: pdm.shape_2d(&init),
                    params: init,
                    fitted: false,
                    likelihood: -10.0,
                });
            }
        }
        let mut params = main_fit.params.clone();
        if parts_used {
            for (part, fit) in self.parts.iter().zip(&part_fits) {
                let n = part.model.pdm.num_points();
                for &(m, p) in &part.mapping {
                    landmarks[m] = fit.landmarks[p];
                    landmarks[m + n_main] = fit.landmarks[p + n];
                }
            }
            params = fit_pdm_params(&self.main.pdm, &landmarks)?;
            landmarks = self.main.pdm.shape_2d(&params);
        }
        let eyes: Vec<&PartFit> = part_fits
            .iter()
            .filter(|p| p.name == "left_eye_28" || p.name == "right_eye_28")
            .collect();
        let mut eye_landmarks = Vec::new();
        for coord in 0..2 {
            for eye in &eyes {
                let n = eye.landmarks.len() / 2;
                eye_landmarks.extend_from_slice(&eye.landmarks[coord * n..(coord + 1) * n]);
            }
        }
        Ok(FullFit {
            params,
            landmarks,
            eye_landmarks,
            parts: part_fits,
            likelihood: main_fit.likelihood,
            converged: main_fit.converged,
            hypothesis: main_fit.hypothesis,
            parts_used,
        })
    }
}

/// OpenFace's CCNF experts compute `Σ` for a window size the patch file lists no edge-potential
/// components for with no components at all (`Patch_experts::Response` passes an empty list:
/// `Σ = (2·Σα·I)⁻¹`). The right-eye files list only windows 7/9/11/15, all without components,
/// while the eye parts search with windows 3 and 5. [`super::ccnf`] looks `Σ` up by the file's
/// window list, so each missing window used by `window_sizes` takes over an entry of that list
/// that has no components and whose window is not used: it then yields exactly OpenFace's `Σ`.
///
/// # Errors
/// When a used window is missing and no such entry is free.
fn provide_missing_sigma_windows(
    model: &mut ClnfModel,
    window_sizes: &[usize],
) -> std::result::Result<(), String> {
    let used: Vec<usize> = window_sizes
        .iter()
        .take(model.scales.len())
        .copied()
        .filter(|&w| w > 0)
        .collect();
    let entries = &mut model.sigma_components.windows;
    for &w in &used {
        if entries.iter().any(|(ew, _)| *ew == w) {
            continue;
        }
        let free = entries
            .iter_mut()
            .find(|(ew, comps)| comps.is_empty() && !used.contains(ew))
            .ok_or_else(|| {
                format!("no CCNF sigma components for window {w} and no empty entry to use")
            })?;
        free.0 = w;
    }
    Ok(())
}

/// `CLNF::DetectLandmarks` of a part model (no hierarchy, no validation): `CLNF::Fit` from
/// `init`, with landmark weights when `opts.weight_factor > 0`.
fn fit_part(
    model: &ClnfModel,
    image: &GrayImage,
    init: &PdmParams,
    opts: &ClnfParams,
) -> Result<ClnfFit> {
    if opts.weight_factor <= 0.0 {
        return model.fit(image, init, opts);
    }
    fit_weighted(model, image, init, opts)
}

/// [`ClnfModel::fit`] with [`weighted_nu_rlms`] in place of the unweighted pass.
fn fit_weighted(
    model: &ClnfModel,
    image: &GrayImage,
    params: &PdmParams,
    opts: &ClnfParams,
) -> Result<ClnfFit> {
    let pdm = &model.pdm;
    let n = pdm.num_points();
    let g = &params.global;
    let valid = params.local.len() == pdm.num_modes()
        && params.local.iter().all(|v| v.is_finite())
        && g.scale.is_finite()
        && g.scale > 0.0
        && g.rotation.iter().all(|v| v.is_finite())
        && g.tx.is_finite()
        && g.ty.is_finite();
    if !valid {
        return Err(Error::Invalid(format!(
            "CLNF part fit: bad initial parameters {params:?}"
        )));
    }
    let mut p = params.clone();
    let mut likelihood = -10.0f32;
    let mut responses: Vec<Vec<f32>> = vec![Vec::new(); n];
    let mut ws = ResponseWorkspace::default();
    let mut kde = KdeGrids::default();
    let num_scales = model.scales.len();
    let mut converged = true;
    for scale in 0..num_scales {
        let window = opts.window_sizes.get(scale).copied().unwrap_or(0);
        if window == 0 {
            continue;
        }
        let (sim_ref_to_img, sim_img_to_ref) = model.responses(
            image,
            &p,
            scale,
            window,
            opts.parallel,
            &mut responses,
            &mut ws,
        )?;
        let mut tmp = opts.clone();
        if opts.refine_parameters {
            let scale_max = scale.min(2);
            let l = (model.scales[scale_max].patch_scaling / 0.25).ln() / 2f64.ln();
            let mut reg = (opts.reg_factor as f64 - 15.0 * l) as f32;
            if reg <= 0.0 {
                reg = 0.001;
            }
            tmp.reg_factor = reg;
            tmp.sigma = (opts.sigma as f64 + 0.25 * l) as f32;
            tmp.weight_factor =
                (opts.weight_factor as f64 + 2.0 * opts.weight_factor as f64 * l) as f32;
        }
        let base_shape = pdm.shape_2d(&p);
        let sc = &model.scales[scale];
        let view = sc.view_index(p.global.rotation);
        // `GetWeightMatrix`: per landmark the factor times its expert's confidence.
        let weights: Vec<f32> = sc.experts[view]
            .iter()
            .map(|e| tmp.weight_factor * e.as_ref().map_or(0.0, |e| e.confidence as f32))
            .collect();
        let ctx = Context {
            pdm,
            scale: sc,
            view,
            responses: &responses,
            base_shape: &base_shape,
            sim_img_to_ref,
            sim_ref_to_img,
            window,
            opts: &tmp,
        };
        weighted_nu_rlms(&ctx, &weights, &mut p, true, false, &mut kde)?;
        let last = scale == num_scales - 1
            || opts.window_sizes.get(scale + 1).copied().unwrap_or(0) == 0
            || p.global.scale < 0.30;
        let lh = weighted_nu_rlms(&ctx, &weights, &mut p, false, last, &mut kde)?;
        if last {
            likelihood = lh;
        }
        if p.global.scale < 0.25 {
            converged = false;
            break;
        }
    }
    let landmarks = pdm.shape_2d(&p);
    Ok(ClnfFit {
        params: p,
        landmarks,
        likelihood,
        converged,
        hypothesis: 0,
    })
}

/// Grid step of the precomputed mean-shift kernel (`NonVectorisedMeanShift_precalc_kde`).
const KDE_STEP: f32 = 0.1;
/// Shape movement (L2, pixels) below which a NU-RLMS pass stops.
const CONVERGED_SHAPE_MOVE: f64 = 0.01;

/// `kde_resp_precalc` per (window, kernel width), for [`weighted_nu_rlms`].
#[derive(Default)]
pub struct KdeGrids {
    grids: HashMap<(usize, u32), Vec<f32>>,
}

impl KdeGrids {
    fn grid(&mut self, resp_size: usize, a: f32) -> &[f32] {
        self.grids
            .entry((resp_size, a.to_bits()))
            .or_insert_with(|| {
                let steps = (resp_size as f32 / KDE_STEP) as usize;
                let mut g = Vec::with_capacity(steps * steps * resp_size * resp_size);
                for x in 0..steps {
                    let dx = x as f32 * KDE_STEP;
                    for y in 0..steps {
                        let dy = y as f32 * KDE_STEP;
                        for ii in 0..resp_size {
                            let vx = (dy - ii as f32) * (dy - ii as f32);
                            for jj in 0..resp_size {
                                let vy = (dx - jj as f32) * (dx - jj as f32);
                                g.push(((a * (vx + vy)) as f64).exp() as f32);
                            }
                        }
                    }
                }
                g
            })
    }
}

/// `CLNF::NU_RLMS` with a diagonal landmark weight matrix (the same weight for x and y of
/// landmark i): the transposed Jacobian is weighted (`PDM::ComputeJacobian`'s `Jacob_t_w`),
/// so the step solves `(JᵀWJ + R)·Δ = JᵀW·v − R·p`. Otherwise as [`super::nu_rlms::nu_rlms`]; this
/// is its weighted twin (the unweighted pass does not take weights).
///
/// # Errors
/// None at present (kept fallible like [`super::nu_rlms::nu_rlms`]).
pub fn weighted_nu_rlms(
    ctx: &Context,
    weights: &[f32],
    params: &mut PdmParams,
    rigid: bool,
    compute_likelihood: bool,
    kde: &mut KdeGrids,
) -> Result<f32> {
    let pdm = ctx.pdm;
    let n = pdm.num_points();
    let m = pdm.num_modes();
    let p = if rigid { 6 } else { 6 + m };
    let vis = &ctx.scale.visibilities[ctx.view];
    let reg: Vec<f32> = pdm
        .eigen_values
        .iter()
        .map(|&e| ctx.opts.reg_factor / e)
        .collect();
    let a = (-0.5f64 / (ctx.opts.sigma * ctx.opts.sigma) as f64) as f32;
    let half = ((ctx.window - 1) / 2) as f32;
    let resp_size = ctx.window;

    let mut dxs = vec![0.0f32; n];
    let mut dys = vec![0.0f32; n];
    let mut mean_shifts = vec![0.0f32; 2 * n];
    let mut jac = vec![0.0f32; 2 * n * p];
    let mut jac_w = vec![0.0f32; 2 * n * p];
    let mut previous: Vec<f32> = Vec::new();
    for iter in 0..ctx.opts.iterations {
        let current = pdm.shape_2d(params);
        if iter > 0 && l2_distance(&current, &previous) < CONVERGED_SHAPE_MOVE {
            break;
        }
        previous.clone_from(&current);
        compute_jacobian(pdm, params, rigid, &mut jac);
        for i in 0..n {
            let w = weights.get(i).copied().unwrap_or(0.0);
            for row in [i, i + n] {
                for c in 0..p {
                    jac_w[row * p + c] = jac[row * p + c] * w;
                }
            }
        }

        let s = ctx.sim_img_to_ref;
        for i in 0..n {
            let ox = current[i] - ctx.base_shape[i];
            let oy = current[i + n] - ctx.base_shape[i + n];
            let rx = (ox as f64 * s[0] as f64 + oy as f64 * s[1] as f64) as f32;
            let ry = (ox as f64 * s[2] as f64 + oy as f64 * s[3] as f64) as f32;
            dxs[i] = rx + half;
            dys[i] = ry + half;
        }
        let grid = kde.grid(resp_size, a);
        mean_shift(
            grid,
            ctx.responses,
            vis,
            &dxs,
            &dys,
            resp_size,
            &mut mean_shifts,
        );
        let s = ctx.sim_ref_to_img;
        for i in 0..n {
            let (mx, my) = (mean_shifts[i] as f64, mean_shifts[i + n] as f64);
            mean_shifts[i] = (mx * s[0] as f64 + my * s[1] as f64) as f32;
            mean_shifts[i + n] = (mx * s[2] as f64 + my * s[3] as f64) as f32;
        }
        for i in 0..n {
            if vis[i] == 0 {
                for row in [i, i + n] {
                    jac[row * p..(row + 1) * p].fill(0.0);
                    jac_w[row * p..(row + 1) * p].fill(0.0);
                }
                mean_shifts[i] = 0.0;
                mean_shifts[i + n] = 0.0;
            }
        }
        let mut rhs = vec![0.0f32; p];
        let mut column = vec![0.0f32; 2 * n];
        for (c, r) in rhs.iter_mut().enumerate() {
            for (k, v) in column.iter_mut().enumerate() {
                *v = jac_w[k * p + c];
            }
            *r = dot4_f64(&column, &mean_shifts) as f32;
        }
        if !rigid {
            for j in 0..m {
                let t = reg[j] as f64 * params.local[j] as f64;
                rhs[6 + j] = (rhs[6 + j] as f64 - t) as f32;
            }
        }
        // Hessian = JᵀW·J + prior (OpenBLAS sgemm: fused multiply-add chains).
        let mut hessian = vec![0.0f32; p * p];
        for r in 0..p {
            for c in 0..p {
                let mut acc = 0.0f32;
                for k in 0..2 * n {
                    acc = jac_w[k * p + r].mul_add(jac[k * p + c], acc);
                }
                hessian[r * p + c] = acc;
            }
        }
        if !rigid {
            for j in 0..m {
                hessian[(6 + j) * p + 6 + j] += reg[j];
            }
        }
        if !cholesky_solve(&hessian, p, &mut rhs) {
            rhs.fill(0.0);
        }
        update_model_parameters(&rhs, rigid, params);
        clamp_local(pdm, &mut params.local);
    }

    let mut loglhood = 0.0f32;
    if compute_likelihood {
        let sigma = ctx.opts.sigma;
        for i in 0..n {
            if vis[i] == 0 {
                continue;
            }
            let Some(resp) = ctx
                .responses
                .get(i)
                .filter(|r| r.len() == resp_size * resp_size)
            else {
                continue;
            };
            let (dx, dy) = (dxs[i], dys[i]);
            let mut sum = 0.0f32;
            for ii in 0..resp_size {
                let vx = (dy - ii as f32) * (dy - ii as f32);
                for jj in 0..resp_size {
                    let vy = (dx - jj as f32) * (dx - jj as f32);
                    let w = (-0.5 * (vx + vy) as f64 / (sigma * sigma) as f64).exp();
                    sum += (resp[ii * resp_size + jj] as f64 * w) as f32;
                }
            }
            loglhood = (loglhood as f64 + (sum as f64 + 1e-8).ln()) as f32;
        }
        let visible: f64 = vis.iter().map(|&v| v as f64).sum();
        loglhood = (loglhood as f64 / visible) as f32;
    }
    Ok(loglhood)
}

/// `NonVectorisedMeanShift_precalc_kde` (see [`super::nu_rlms`]).
fn mean_shift(
    grid: &[f32],
    responses: &[Vec<f32>],
    vis: &[i32],
    dxs: &[f32],
    dys: &[f32],
    resp_size: usize,
    out: &mut [f32],
) {
    let n = dxs.len();
    let steps = (resp_size as f32 / KDE_STEP + 0.5) as usize;
    let cells = resp_size * resp_size;
    let lim = resp_size as f32 - KDE_STEP;
    for i in 0..n {
        let resp = &responses[i];
        if vis[i] == 0 || resp.len() != cells {
            out[i] = 0.0;
            out[i + n] = 0.0;
            continue;
        }
        let dx = if dxs[i] < 0.0 { 0.0 } else { dxs[i].min(lim) };
        let dy = if dys[i] < 0.0 { 0.0 } else { dys[i].min(lim) };
        let col = (dy / KDE_STEP + 0.5) as usize;
        let row = (dx / KDE_STEP + 0.5) as usize;
        let idx = row * steps + col;
        let kernel = &grid[idx * cells..(idx + 1) * cells];
        let (mut mx, mut my, mut sum) = (0.0f32, 0.0f32, 0.0f32);
        for ii in 0..resp_size {
            for jj in 0..resp_size {
                let v = resp[ii * resp_size + jj] * kernel[ii * resp_size + jj];
                sum += v;
                mx += v * jj as f32;
                my += v * ii as f32;
            }
        }
        out[i] = mx / sum - dx;
        out[i + n] = my / sum - dy;
    }
}

/// `cv::norm(a, b)` (L2) in double, OpenCV's four-lane order.
fn l2_distance(a: &[f32], b: &[f32]) -> f64 {
    let mut s = 0.0f64;
    let mut ca = a.chunks_exact(4);
    let mut cb = b.chunks_exact(4);
    for (x, y) in (&mut ca).zip(&mut cb) {
        let d = |l: usize| (x[l] - y[l]) as f64;
        s += d(0) * d(0) + d(1) * d(1) + d(2) * d(2) + d(3) * d(3);
    }
    for (&x, &y) in ca.remainder().iter().zip(cb.remainder()) {
        let d = (x - y) as f64;
        s += d * d;
    }
    s.sqrt()
}

/// OpenCV gemm's matrix-vector dot product: four interleaved double sums.
fn dot4_f64(a: &[f32], b: &[f32]) -> f64 {
    let mut s = [0.0f64; 4];
    let unrolled = a.len() - a.len() % 4;
    for k in 0..a.len() {
        let lane = if k < unrolled { k % 4 } else { 0 };
        s[lane] += a[k] as f64 * b[k] as f64;
    }
    ((s[0] + s[1]) + s[2]) + s[3]
}

/// `PDM::ComputeRigidJacobian` / `PDM::ComputeJacobian` (unweighted): `2n × p` row-major.
fn compute_jacobian(pdm: &Pdm, params: &PdmParams, rigid: bool, jac: &mut [f32]) {
    let n = pdm.num_points();
    let m = pdm.num_modes();
    let p = if rigid { 6 } else { 6 + m };
    let shape = pdm.shape_3d(&params.local);
    let s = params.global.scale;
    let r = euler_to_rotation_matrix(params.global.rotation);
    let (r11, r12, r13) = (r[0][0], r[0][1], r[0][2]);
    let (r21, r22, r23) = (r[1][0], r[1][1], r[1][2]);
    for i in 0..n {
        let (x, y, z) = (shape[i], shape[i + n], shape[i + 2 * n]);
        let (jx, jy) = {
            let (a, b) = jac.split_at_mut((i + n) * p);
            (&mut a[i * p..(i + 1) * p], &mut b[..p])
        };
        jx[0] = x * r11 + y * r12 + z * r13;
        jy[0] = x * r21 + y * r22 + z * r23;
        jx[1] = s * (y * r13 - z * r12);
        jy[1] = s * (y * r23 - z * r22);
        jx[2] = -s * (x * r13 - z * r11);
        jy[2] = -s * (x * r23 - z * r21);
        jx[3] = s * (x * r12 - y * r11);
        jy[3] = s * (x * r22 - y * r21);
        jx[4] = 1.0;
        jy[4] = 0.0;
        jx[5] = 0.0;
        jy[5] = 1.0;
        if !rigid {
            for j in 0..m {
                let (vx, vy, vz) = (pdm.pc(i, j), pdm.pc(i + n, j), pdm.pc(i + 2 * n, j));
                jx[6 + j] = s * (r11 * vx + r12 * vy + r13 * vz);
                jy[6 + j] = s * (r21 * vx + r22 * vy + r23 * vz);
            }
        }
    }
}

/// `cv::solve(A, b, DECOMP_CHOLESKY)` for a small float system (OpenCV's `CholImpl<float>`,
/// reading the lower triangle). False when a pivot is below `FLT_EPSILON`.
fn cholesky_solve(a: &[f32], n: usize, b: &mut [f32]) -> bool {
    let mut l = vec![0.0f32; n * n];
    for i in 0..n {
        for j in 0..i {
            let mut s = a[i * n + j] as f64;
            for k in 0..j {
                s -= (l[i * n + k] * l[j * n + k]) as f64;
            }
            l[i * n + j] = (s * l[j * n + j] as f64) as f32;
        }
        let mut s = a[i * n + i] as f64;
        for k in 0..i {
            let t = l[i * n + k] as f64;
            s -= t * t;
        }
        if s < f32::EPSILON as f64 {
            return false;
        }
        l[i * n + i] = (1.0 / s.sqrt()) as f32;
    }
    for i in 0..n {
        let mut s = b[i] as f64;
        for k in 0..i {
            s -= (l[i * n + k] * b[k]) as f64;
        }
        b[i] = (s * l[i * n + i] as f64) as f32;
    }
    for i in (0..n).rev() {
        let mut s = b[i] as f64;
        for k in (i + 1..n).rev() {
            s -= (l[k * n + i] * b[k]) as f64;
        }
        b[i] = (s * l[i * n + i] as f64) as f32;
    }
    true
}

/// `PDM::UpdateModelParameters`.
fn update_model_parameters(delta: &[f32], rigid: bool, params: &mut PdmParams) {
    let g = &mut params.global;
    g.scale += delta[0];
    g.tx += delta[4];
    g.ty += delta[5];
    let r1 = euler_to_rotation_matrix(g.rotation);
    let r2: Mat3f = [
        [1.0, -delta[3], delta[2]],
        [delta[3], 1.0, -delta[1]],
        [-delta[2], delta[1], 1.0],
    ];
    let r3 = matx_mul(&r1, &orthonormalise(&r2));
    let mut euler = axis_angle_to_euler(rotation_matrix_to_axis_angle(&r3));
    if euler.iter().any(|v| v.is_nan()) {
        euler = [0.0; 3];
    }
    g.rotation = euler;
    if !rigid {
        for (l, d) in params.local.iter_mut().zip(&delta[6..]) {
            *l += d;
        }
    }
}

/// `PDM::Clamp`: each local parameter to ±3√λ.
fn clamp_local(pdm: &Pdm, local: &mut [f32]) {
    for (p, &e) in local.iter_mut().zip(&pdm.eigen_values) {
        let v = 3.0f32 * e.sqrt();
        if p.abs() > v {
            *p = if *p > 0.0 { v } else { -v };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_parameters_per_name() {
        let inner = part_params("inner");
        assert_eq!(inner.window_sizes, vec![9]);
        assert_eq!(
            (inner.sigma, inner.reg_factor, inner.weight_factor),
            (1.75, 2.5, 2.5)
        );
        assert!(!inner.refine_parameters);
        let eye = part_params("left_eye_28");
        assert_eq!(eye.window_sizes, vec![3, 5, 9]);
        assert_eq!(
            (eye.sigma, eye.reg_factor, eye.weight_factor),
            (1.0, 0.5, 0.0)
        );
        let other = part_params("unknown");
        assert_eq!((other.sigma, other.reg_factor), (2.25, 22.5));
    }
}

#[cfg(test)]
mod weighted_tests {
    use super::*;
    use crate::clnf::ccnf::CcnfScale;
    use crate::pdm::GlobalParams;

    fn setup() -> (Pdm, CcnfScale, Vec<Vec<f32>>, PdmParams) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/models/openface-2.2/model/pdms/In-the-wild_aligned_PDM_68.txt");
        let pdm = Pdm::read(&path).unwrap();
        let n = pdm.num_points();
        let mut vis = vec![1; n];
        vis[3] = 0;
        let scale = CcnfScale {
            patch_scaling: 0.25,
            centers: vec![[0.0; 3]],
            visibilities: vec![vis],
            experts: vec![Vec::new()],
        };
        // Per landmark a smooth bump at a landmark-dependent place in a 9×9 map.
        let responses = (0..n)
            .map(|i| {
                let (px, py) = ((i * 7 % 9) as f32, (i * 5 % 9) as f32);
                (0..81)
                    .map(|k| {
                        let (y, x) = ((k / 9) as f32, (k % 9) as f32);
                        (-((x - px).powi(2) + (y - py).powi(2)) / 4.0).exp()
                    })
                    .collect()
            })
            .collect();
        let params = PdmParams {
            global: GlobalParams {
                scale: 2.0,
                rotation: [0.05, -0.1, 0.02],
                tx: 300.0,
                ty: 200.0,
            },
            local: vec![0.0; pdm.num_modes()],
        };
        (pdm, scale, responses, params)
    }

    /// With unit weights the weighted pass is the unweighted one.
    #[test]
    fn unit_weights_reproduce_the_unweighted_pass() {
        let (pdm, scale, responses, params) = setup();
        let n = pdm.num_points();
        let base = pdm.shape_2d(&params);
        let opts = ClnfParams::default();
        let ctx = Context {
            pdm: &pdm,
            scale: &scale,
            view: 0,
            responses: &responses,
            base_shape: &base,
            sim_img_to_ref: [0.9, 0.1, -0.1, 0.9],
            sim_ref_to_img: [1.0 / 0.82 * 0.9, -0.1 / 0.82, 0.1 / 0.82, 0.9 / 0.82],
            window: 9,
            opts: &opts,
        };
        for rigid in [true, false] {
            let mut a = params.clone();
            let mut b = params.clone();
            let la = super::super::nu_rlms::nu_rlms(
                &ctx,
                &mut a,
                rigid,
                true,
                &super::super::nu_rlms::KdeCache::default(),
                &mut super::super::nu_rlms::Workspace::default(),
            )
            .unwrap();
            let lb = weighted_nu_rlms(
                &ctx,
                &vec![1.0; n],
                &mut b,
                rigid,
                true,
                &mut KdeGrids::default(),
            )
            .unwrap();
            assert_ne!(a, params, "the pass should move the parameters");
            // Same arithmetic today (bit for bit); a small tolerance leaves room for
            // re-ordered sums in an optimised unweighted pass.
            let flat = |p: &PdmParams| {
                let g = &p.global;
                let mut v = vec![
                    g.scale,
                    g.rotation[0],
                    g.rotation[1],
                    g.rotation[2],
                    g.tx,
                    g.ty,
                ];
                v.extend_from_slice(&p.local);
                v
            };
            for (x, y) in flat(&a).iter().zip(flat(&b)) {
                assert!(
                    (x - y).abs() <= 1e-4 * (1.0 + x.abs()),
                    "rigid {rigid}: {a:?} vs {b:?}"
                );
            }
            assert!((la - lb).abs() <= 1e-5, "{la} vs {lb}");
        }
    }

    /// Uneven weights change the step; zero weight on a landmark removes its pull.
    #[test]
    fn weights_change_the_step() {
        let (pdm, scale, responses, params) = setup();
        let n = pdm.num_points();
        let base = pdm.shape_2d(&params);
        let opts = ClnfParams::default();
        let ctx = Context {
            pdm: &pdm,
            scale: &scale,
            view: 0,
            responses: &responses,
            base_shape: &base,
            sim_img_to_ref: [1.0, 0.0, 0.0, 1.0],
            sim_ref_to_img: [1.0, 0.0, 0.0, 1.0],
            window: 9,
            opts: &opts,
        };
        let uneven: Vec<f32> = (0..n).map(|i| 0.5 + (i % 4) as f32).collect();
        let mut a = params.clone();
        let mut b = params.clone();
        weighted_nu_rlms(
            &ctx,
            &vec![1.0; n],
            &mut a,
            false,
            false,
            &mut KdeGrids::default(),
        )
        .unwrap();
        weighted_nu_rlms(
            &ctx,
            &uneven,
            &mut b,
            false,
            false,
            &mut KdeGrids::default(),
        )
        .unwrap();
        assert!(a.global.tx.is_finite() && b.global.tx.is_finite());
        assert_ne!(a, b);
    }
}
