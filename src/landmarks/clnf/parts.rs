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
//! rows of the Jacobian scaled by the factor times its patch expert's `patch_confidence`);
//! [`ClnfModel::fit`] passes those weights to `super::nu_rlms::nu_rlms` whenever the weight
//! factor is positive. Parts with weight factor 0 take the unweighted path.

use super::sigma_cache::SigmaCache;
use super::{ClnfFit, ClnfModel, ClnfParams, FloatGrayImage, Rect};
use crate::error::{Error, Result};
use crate::model::calc_params::fit_pdm_params;
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::PdmParams;
use std::path::Path;
use std::sync::Arc;

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
    /// Indices into `parts` of the two eye models, left then right as listed (resolved when
    /// the model loads; empty when the model has no eyes).
    eye_parts: Vec<usize>,
}

/// A part model's state after [`ClnfWithParts::refine`].
#[derive(Clone, Debug, PartialEq)]
pub struct PartFit {
    pub name: String,
    /// The part's parameters (from `CalcParams`, then the part fit when it ran).
    pub params: PdmParams,
    /// The part's `detected_landmarks` in image pixels.
    pub landmarks: Landmarks2d,
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
    /// In image pixels: the main PDM's projection of `params`.
    pub landmarks: Landmarks2d,
    /// The eye parts' landmarks in OpenFace's order (`CalculateAllEyeLandmarks`: the
    /// `left_eye_28` then the `right_eye_28` points, 56 in all); empty without eye parts.
    pub eye_landmarks: Landmarks2d,
    pub parts: Vec<PartFit>,
    /// The main fit's `model_likelihood`.
    pub likelihood: f32,
    /// The main fit's success (false when the face became too small).
    pub converged: bool,
    /// Index of the rotation hypothesis kept (see [`super::ROTATION_HYPOTHESES`]).
    pub hypothesis: usize,
    /// Whether any part model was fitted (and so the main parameters refitted).
    pub parts_used: bool,
    /// When OpenFace's `detection_certainty` comes from another completed hypothesis than
    /// this fit (CE-CLM's early-termination search, see
    /// [`super::HypothesisSearch::certainty_from`]): that hypothesis's full fit. The validator
    /// should then run on it for the certainty, and on this fit for the success decision.
    pub certainty_from: Option<Box<FullFit>>,
}

/// Whether a part model is one of the eyes whose landmarks OpenFace reports and gaze uses
/// (`CalculateAllEyeLandmarks`: `left_eye_28`, `right_eye_28`).
pub fn is_eye_part(name: &str) -> bool {
    name == "left_eye_28" || name == "right_eye_28"
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
    /// [`ClnfModel::attach_sigma_cache`] for the main model and every part.
    pub fn attach_sigma_cache(&mut self, cache: &Arc<SigmaCache>) {
        self.main.attach_sigma_cache(Arc::clone(cache));
        for part in &mut self.parts {
            part.model.attach_sigma_cache(Arc::clone(cache));
        }
    }

    /// The eye part models (`CalculateAllEyeLandmarks`' order).
    pub fn eye_parts(&self) -> impl Iterator<Item = &PartModel> + '_ {
        self.eye_parts.iter().map(|&i| &self.parts[i])
    }

    /// Indices into [`ClnfWithParts::parts`] (and into a [`FullFit`]'s part fits) of the eyes.
    pub fn eye_part_indices(&self) -> &[usize] {
        &self.eye_parts
    }

    /// `CLNF::Read`: the `LandmarkDetector` line (main model) and every
    /// `LandmarkDetector_part` line (part model, name, mapping pairs) of a `main_clnf_*.txt`
    /// file; other modules are ignored.
    ///
    /// # Errors
    /// Missing or malformed files; a mapping index outside either model.
    pub fn read(path: &Path) -> Result<Self> {
        let text = crate::io::model_file::read_model_list(path)?;
        let bad = |d: String| Error::ModelFormat {
            path: path.to_path_buf(),
            detail: d,
        };
        let mut main = None;
        let mut parts = Vec::new();
        for (module, loc, mut tokens) in crate::io::model_file::model_list_entries(path, &text) {
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
                    let model = ClnfModel::read(&loc)?;
                    let params = part_params(&name);
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
        let eye_parts = (0..parts.len())
            .filter(|&i| is_eye_part(&parts[i].name))
            .collect();
        Ok(ClnfWithParts {
            main,
            parts,
            eye_parts,
        })
    }

    /// `DetectLandmarksInImageMultiHypBasic` (or, with early termination, `…EarlyTerm`) with
    /// the part models: the main model's 11-hypothesis search
    /// ([`ClnfModel::detect_hypotheses`]), then [`ClnfWithParts::refine`] on the hypothesis
    /// kept (and on the one OpenFace's certainty comes from, when another). (OpenFace runs the
    /// parts after every completed hypothesis, but they do not change the likelihood that
    /// picks the winner, so the result is the same.)
    ///
    /// # Errors
    /// As [`ClnfModel::detect`] and [`ClnfWithParts::refine`].
    pub fn detect(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
        opts: &ClnfParams,
    ) -> Result<FullFit> {
        let search = self.main.detect_hypotheses(image, bbox, opts)?;
        let mut fit = self.refine(image, search.best)?;
        if let Some(other) = search.certainty_from {
            fit.certainty_from = Some(Box::new(self.refine(image, other)?));
        }
        Ok(fit)
    }

    /// One main fit from a box with a given rotation hypothesis, then the part models.
    ///
    /// # Errors
    /// As [`ClnfModel::fit_from_box`] and [`ClnfWithParts::refine`].
    pub fn fit_from_box(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
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
    pub fn refine(&self, image: &FloatGrayImage, main_fit: ClnfFit) -> Result<FullFit> {
        let mut landmarks = main_fit.landmarks.clone();
        // The parts are independent given the main landmarks; OpenFace fits them in parallel
        // too (`parallel_for_` in `CLNF::DetectLandmarks`). Results do not depend on the order.
        let fit_part = |part: &PartModel| -> Result<PartFit> {
            let pdm = &part.model.pdm;
            let mut locs = Landmarks2d::zeros(pdm.num_points());
            for &(m, p) in &part.mapping {
                locs.set_point(p, landmarks.point(m));
            }
            let init = fit_pdm_params(pdm, &locs)?;
            let first_scale = part.model.patch_experts.views(0).patch_scaling;
            if (main_fit.params.global.scale as f64) > 0.9 * first_scale {
                // `CLNF::Fit` of the part, with landmark weights when its weight factor is set.
                let fit = part.model.fit(image, &init, &part.params)?;
                Ok(PartFit {
                    name: part.name.clone(),
                    params: fit.params,
                    landmarks: fit.landmarks,
                    fitted: true,
                    likelihood: fit.likelihood,
                })
            } else {
                Ok(PartFit {
                    name: part.name.clone(),
                    landmarks: pdm.shape_2d(&init),
                    params: init,
                    fitted: false,
                    likelihood: -10.0,
                })
            }
        };
        let part_fits: Vec<PartFit> = {
            use rayon::prelude::*;
            self.parts.par_iter().map(fit_part).collect::<Result<_>>()?
        };
        let parts_used = part_fits.iter().any(|p| p.fitted);
        let mut params = main_fit.params.clone();
        if parts_used {
            for (part, fit) in self.parts.iter().zip(&part_fits) {
                for &(m, p) in &part.mapping {
                    landmarks.set_point(m, fit.landmarks.point(p));
                }
            }
            params = fit_pdm_params(&self.main.pdm, &landmarks)?;
            landmarks = self.main.pdm.shape_2d(&params);
        }
        let eye_points: Vec<[f32; 2]> = self
            .eye_parts
            .iter()
            .flat_map(|&i| part_fits[i].landmarks.points())
            .collect();
        let eye_landmarks = Landmarks2d::from_points(&eye_points);
        Ok(FullFit {
            params,
            landmarks,
            eye_landmarks,
            parts: part_fits,
            likelihood: main_fit.likelihood,
            converged: main_fit.converged,
            hypothesis: main_fit.hypothesis,
            parts_used,
            certainty_from: None,
        })
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
