//! CLNF landmark fitting (OpenFace 2.2's `CLNF` with `main_clnf_general.txt`, main 68-point
//! model only): patch-expert responses ([`ccnf`]), NU-RLMS (`nu_rlms`), the fit schedule
//! over the three patch scales (`CLNF::Fit`) and the initialisation from a face box with
//! OpenFace's 11 rotation hypotheses (`DetectLandmarksInImageMultiHypBasic`).
//!
//! The same model type also runs CE-CLM (`main_ceclm_general.txt` → `cen_general.txt`): CEN
//! patch experts ([`cen`]) at four patch scales (0.25/0.35/0.5/1.0) and the early-terminating
//! hypothesis search (`DetectLandmarksInImageMultiHypEarlyTerm`,
//! [`ClnfModel::detect_early_termination`]); the fit schedule and NU-RLMS are shared. OpenFace's
//! CEN files are not distributed with its repository, so that path is tested on synthetic
//! experts only.
//!
//! The fit is OpenFace's bit for bit (see `docs/openface-notes.md`, "Bit-exact CLNF"): the
//! CCNF neuron product follows OpenBLAS's Haswell `sgemm` kernel including its split sums, the
//! alignment to the reference shape follows OpenCV's `mean`/`sum`, and the window-11 `Σ` is
//! inverted as OpenBLAS's single-threaded Haswell `sposv` does it
//! (`crate::numeric::opencv::invert_cholesky`), on any CPU.

pub mod ccnf;
pub mod cen;
pub(crate) mod nu_rlms;
pub mod parts;
pub mod sigma_cache;
pub mod warp;

use crate::error::{Error, Result};
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{GlobalParams, Pdm, PdmParams};
use crate::model::rotation::{align_shapes_with_scale, euler_to_rotation_matrix};
use crate::numeric::math;
use ccnf::{CcnfScale, PatchViews, ResponseWorkspace, SigmaComponents};
use cen::{CenJob, CenScale, CenWorkspace, EarlyTermination, InterpolationMatrix};
use nu_rlms::Pass;
use opencv::core::{self as cv, Mat};
use opencv::prelude::*;
use sigma_cache::SigmaCache;
use std::path::Path;
use std::sync::Arc;

/// OpenFace's 11 initial rotation hypotheses (Euler rx, ry, rz in radians) tried on a new
/// detection, in OpenFace's order; index 0 is frontal. (0.5236 is OpenFace's literal, not π/6.)
#[allow(clippy::approx_constant)]
pub const ROTATION_HYPOTHESES: [[f64; 3]; 11] = [
    [0.0, 0.0, 0.0],
    [0.0, -0.5236, 0.0],
    [0.0, 0.5236, 0.0],
    [0.0, -0.96, 0.0],
    [0.0, 0.96, 0.0],
    [0.0, 0.0, 0.5236],
    [0.0, 0.0, -0.5236],
    [0.0, -1.57, 0.0],
    [0.0, 1.57, 0.0],
    [0.0, -1.22, 0.698],
    [0.0, 1.22, -0.698],
];

/// Fitting parameters (`FaceModelParameters` for `main_clnf_general`).
#[derive(Clone, Debug, PartialEq)]
pub struct ClnfParams {
    /// Search window per patch scale at (re-)initialisation; 0 skips the scale.
    pub window_sizes: Vec<usize>,
    /// Mean-shift kernel width (`sigma`).
    pub sigma: f32,
    /// Shape regularisation (`reg_factor`).
    pub reg_factor: f32,
    /// NU-RLMS landmark weighting (`weight_factor`); 0 = identity weights.
    pub weight_factor: f32,
    /// Iterations per rigid and per non-rigid pass (`num_optimisation_iteration`).
    pub iterations: usize,
    /// Adjust sigma and regularisation per scale (`refine_parameters`).
    pub refine_parameters: bool,
    /// Compute the landmarks' patch responses in parallel (rayon); the result is identical
    /// either way. Turn off when already running one fit per core.
    pub parallel: bool,
}

impl Default for ClnfParams {
    /// OpenFace's defaults for `main_clnf_general` at initialisation: windows 11/9/7, sigma
    /// 1.5, regularisation 25, weight factor 0, 5 iterations; parallel patch responses.
    fn default() -> Self {
        ClnfParams {
            window_sizes: vec![11, 9, 7],
            sigma: 1.5,
            reg_factor: 25.0,
            weight_factor: 0.0,
            iterations: 5,
            refine_parameters: true,
            parallel: true,
        }
    }
}

impl ClnfParams {
    /// OpenFace's parameters for CE-CLM (`main_ceclm_general`) at initialisation: windows
    /// 11/9/7/5 (the fourth for the 1.0 patch scale), sigma 1.5 × 1.5 and regularisation
    /// 25 × 0.9 (in float, as `FaceModelParameters` adjusts them for that model), weight factor
    /// 0, 5 iterations.
    pub fn ceclm() -> Self {
        ClnfParams {
            window_sizes: vec![11, 9, 7, 5],
            sigma: 1.5f32 * 1.5f32,
            reg_factor: 0.9f32 * 25.0f32,
            ..ClnfParams::default()
        }
    }
}

pub use crate::landmarks::mtcnn::Rect;

/// The outcome of one fit.
#[derive(Clone, Debug, PartialEq)]
pub struct ClnfFit {
    pub params: PdmParams,
    /// In image pixels (`CalcShape2D` of the final parameters).
    pub landmarks: Landmarks2d,
    /// `model_likelihood`: mean log-likelihood of the last pass.
    pub likelihood: f32,
    /// False when the face became too small (scale < 0.25), as `CLNF::Fit` reports.
    pub converged: bool,
    /// Index into [`ROTATION_HYPOTHESES`] (0 for a single fit).
    pub hypothesis: usize,
    /// The patch experts' view at the last fitted scale (`view_used`).
    pub view: usize,
}

/// The outcome of a multi-hypothesis search ([`ClnfModel::detect_hypotheses`]).
#[derive(Clone, Debug, PartialEq)]
pub struct HypothesisSearch {
    /// The fit OpenFace keeps (its landmarks, parameters and `detection_success`).
    pub best: ClnfFit,
    /// With early termination but no hypothesis passing its cutoff, the last of the completed
    /// hypotheses when it is not `best`: OpenFace's `detection_certainty` is left from that
    /// fit's validation (`DetectLandmarksInImageMultiHypEarlyTerm` restores everything else
    /// from the best). `None` otherwise.
    pub certainty_from: Option<ClnfFit>,
}

/// The main CLNF model: PDM plus CCNF patch experts at each patch scale, or, for CE-CLM, CEN
/// patch experts (which take precedence when a file lists both, as in OpenFace).
#[derive(Debug)]
pub struct ClnfModel {
    pub pdm: Pdm,
    /// The patch experts, one entry per patch scale.
    pub patch_experts: PatchExperts,
    /// The `EarlyTermination` parameters, when the model file names them (CE-CLM).
    pub early_termination: Option<EarlyTermination>,
    sigma_components: SigmaComponents,
    kde: nu_rlms::KdeCache,
}

/// OpenFace's `Patch_experts` of one model: CCNF experts (`PatchesCCNF` lines) or CEN
/// experts (`PatchesCEN` lines, which take precedence when a model file names both), one
/// entry per patch scale, at least one.
#[derive(Debug)]
pub enum PatchExperts {
    Ccnf(Vec<CcnfScale>),
    Cen(Vec<CenScale>),
}

impl PatchExperts {
    /// Number of patch scales.
    pub fn scale_count(&self) -> usize {
        match self {
            PatchExperts::Ccnf(s) => s.len(),
            PatchExperts::Cen(s) => s.len(),
        }
    }

    /// The views of patch scale `scale`.
    ///
    /// # Panics
    /// When `scale >= scale_count()`.
    pub fn views(&self, scale: usize) -> &PatchViews {
        match self {
            PatchExperts::Ccnf(s) => &s[scale].views,
            PatchExperts::Cen(s) => &s[scale].views,
        }
    }

    /// `GetWeightMatrix`'s diagonal for `scale` and `view`: per landmark `factor` times its
    /// expert's confidence (0 without an expert), into `out`.
    fn weights(&self, scale: usize, view: usize, factor: f32, out: &mut Vec<f32>) {
        out.clear();
        match self {
            PatchExperts::Ccnf(s) => out.extend(
                s[scale].experts[view]
                    .iter()
                    .map(|e| factor * e.as_ref().map_or(0.0, |e| e.confidence as f32)),
            ),
            PatchExperts::Cen(s) => out.extend(
                s[scale].experts[view]
                    .iter()
                    .map(|e| factor * e.confidence as f32),
            ),
        }
    }
}

/// The float grayscale image CLNF samples (`cv::Mat_<float>` from `cvtColor(BGR2GRAY)` +
/// `convertTo`). The conversion to float is exact, so the 8-bit grey image is kept (a quarter
/// of the memory; the validator reads the same one) and read as floats by the patch warp.
#[derive(Default)]
pub struct FloatGrayImage {
    gray: crate::io::image::GrayImage,
}

impl FloatGrayImage {
    /// `ConvertToGrayscale_8bit` (`cv::cvtColor`, BGR to gray) then `convertTo(CV_32F)`, as
    /// `CLNF::DetectLandmarks` prepares the image.
    ///
    /// # Errors
    /// OpenCV failures.
    pub fn from_bgr(image: &crate::io::image::BgrImage) -> Result<Self> {
        let mut out = FloatGrayImage::default();
        out.set_from_bgr(image)?;
        Ok(out)
    }

    /// The float image of an 8-bit grey image (`convertTo(CV_32F)`, exact).
    ///
    /// # Errors
    /// OpenCV failures.
    pub fn from_gray8(gray: &crate::io::image::GrayImage) -> Result<Self> {
        Ok(FloatGrayImage { gray: gray.clone() })
    }

    /// [`FloatGrayImage::from_bgr`] into this image, reusing its buffer when the size matches
    /// (allocating a large frame's buffer per frame costs page faults).
    ///
    /// # Errors
    /// OpenCV failures.
    pub fn set_from_bgr(&mut self, image: &crate::io::image::BgrImage) -> Result<()> {
        self.gray.set_from_bgr(image)
    }

    /// The 8-bit grey image (`ConvertToGrayscale_8bit`), which the validator reads.
    pub fn gray(&self) -> &crate::io::image::GrayImage {
        &self.gray
    }
}

impl ClnfModel {
    /// Reads `CLNF::Read_CLNF` from a `clnf_*.txt` file (`PDM`, `PatchesCCNF` lines; other
    /// modules ignored), or the main `main_clnf_*.txt` (follows its `LandmarkDetector` line).
    ///
    /// # Errors
    /// Missing or malformed files, or a file without PDM or patch experts.
    pub fn read(path: &Path) -> Result<Self> {
        let text = crate::io::model_file::read_model_list(path)?;
        let mut pdm = None;
        let mut ccnf_scales = Vec::new();
        let mut sigma_components = SigmaComponents::default();
        let mut cen_scales = Vec::new();
        let mut early_term_path = None;
        for (module, loc, _) in crate::io::model_file::model_list_entries(path, &text) {
            match module {
                "LandmarkDetector" => return ClnfModel::read(&loc),
                "PDM" => pdm = Some(Pdm::read(&loc)?),
                "PatchesCCNF" => {
                    let (scale, sigma) = CcnfScale::read(&loc)?;
                    ccnf_scales.push(scale);
                    sigma_components = sigma;
                }
                "PatchesCEN" => cen_scales.push(CenScale::read(&loc)?),
                "EarlyTermination" => early_term_path = Some(loc),
                _ => {}
            }
        }
        let bad = |d: &str| Error::ModelFormat {
            path: path.to_path_buf(),
            detail: d.into(),
        };
        let pdm = pdm.ok_or_else(|| bad("no PDM line"))?;
        // `Patch_experts::Read`: CEN experts override the CCNF ones (and their views).
        let n = pdm.num_points();
        let patch_experts = if !cen_scales.is_empty() {
            if cen_scales
                .iter()
                .any(|s| s.experts.iter().any(|e| e.len() != n))
            {
                return Err(bad("patch experts and PDM disagree on the landmark count"));
            }
            PatchExperts::Cen(cen_scales)
        } else if !ccnf_scales.is_empty() {
            if ccnf_scales
                .iter()
                .any(|s| s.experts.iter().any(|e| e.len() != n))
            {
                return Err(bad("patch experts and PDM disagree on the landmark count"));
            }
            PatchExperts::Ccnf(ccnf_scales)
        } else {
            return Err(bad("no PatchesCCNF or PatchesCEN line"));
        };
        for scale in 0..patch_experts.scale_count() {
            if patch_experts
                .views(scale)
                .visibilities
                .iter()
                .any(|v| v.len() != n)
            {
                return Err(bad("patch experts and PDM disagree on the landmark count"));
            }
        }
        let early_termination = match early_term_path {
            Some(p) => Some(EarlyTermination::read(
                &p,
                patch_experts.views(0).centers.len(),
            )?),
            None => None,
        };
        Ok(ClnfModel {
            pdm,
            patch_experts,
            early_termination,
            sigma_components,
            kde: Default::default(),
        })
    }

    /// Keeps this model's CCNF `Σ` matrices in `cache` across runs (read when there, added
    /// when computed; see [`sigma_cache`]). The responses are the same with or without it.
    pub fn attach_sigma_cache(&mut self, cache: Arc<SigmaCache>) {
        self.sigma_components.stored = Some(cache);
    }

    /// `PDM::CalcParams(params_global, bounding_box, params_local = 0, rotation)`: scale from
    /// the box against the rotated mean shape's extents (mean of the width and height
    /// ratios), translation at the box centre corrected by the extents' mid-point.
    pub fn init_from_box(&self, bbox: &Rect, rotation: [f32; 3]) -> PdmParams {
        let n = self.pdm.num_points();
        let m = self.pdm.num_modes();
        let local = vec![0.0f32; m];
        let shape = self.pdm.shape_3d(&local);
        let r = euler_to_rotation_matrix(rotation);
        // `cv::Mat(R) * reshaped`: a small OpenCV gemm, double sums rounded to float.
        let rot = |row: usize, i: usize| -> f32 {
            let rr = &r[row];
            (rr[0] as f64 * shape[i] as f64
                + rr[1] as f64 * shape[i + n] as f64
                + rr[2] as f64 * shape[i + 2 * n] as f64) as f32
        };
        let (mut min_x, mut max_x, mut min_y, mut max_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for i in 0..n {
            let (x, y) = (rot(0, i) as f64, rot(1, i) as f64);
            min_x = min_x.min(x);
            max_x = max_x.max(x);
            min_y = min_y.min(y);
            max_y = max_y.max(y);
        }
        let width = (min_x - max_x).abs() as f32;
        let height = (min_y - max_y).abs() as f32;
        let scaling = ((bbox.width / width) + (bbox.height / height)) / 2.0f32;
        let mut tx = bbox.x + bbox.width / 2.0;
        let mut ty = bbox.y + bbox.height / 2.0;
        tx = (tx as f64 - scaling as f64 * (min_x + max_x) / 2.0) as f32;
        ty = (ty as f64 - scaling as f64 * (min_y + max_y) / 2.0) as f32;
        PdmParams {
            global: GlobalParams {
                scale: scaling,
                rotation,
                tx,
                ty,
            },
            local,
        }
    }

    /// `CLNF::Fit` from `params` over the patch scales with `opts.window_sizes`, with
    /// `GetWeightMatrix`'s landmark weights when `weight_factor` (after refinement) is positive.
    ///
    /// # Errors
    /// Invalid parameters or OpenCV failures.
    pub fn fit(
        &self,
        image: &FloatGrayImage,
        params: &PdmParams,
        opts: &ClnfParams,
    ) -> Result<ClnfFit> {
        let n = self.pdm.num_points();
        let g = &params.global;
        let valid = params.local.len() == self.pdm.num_modes()
            && params.local.iter().all(|v| v.is_finite())
            && g.scale.is_finite()
            && g.rotation.iter().all(|v| v.is_finite())
            && g.tx.is_finite()
            && g.ty.is_finite();
        if !valid {
            return Err(Error::Degenerate {
                stage: "CLNF fit",
                detail: format!("non-finite initial parameters {params:?}"),
            });
        }
        let mut p = params.clone();
        let mut likelihood = -10.0f32;
        let mut view_used = 0;
        let mut responses: Vec<Vec<f32>> = vec![Vec::new(); n];
        let mut ws = ResponseWorkspace::default();
        let mut nws = nu_rlms::Workspace::default();
        let mut weights: Vec<f32> = Vec::new();
        let num_scales = self.patch_experts.scale_count();
        for scale in 0..num_scales {
            let window = opts.window_sizes.get(scale).copied().unwrap_or(0);
            if window == 0 {
                continue;
            }
            let (sim_ref_to_img, sim_img_to_ref) = self.responses(
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
                let scaling = self.patch_experts.views(scale_max).patch_scaling;
                let l = math::ln(scaling / 0.25) / math::ln(2.0);
                let mut reg = (opts.reg_factor as f64 - 15.0 * l) as f32;
                if reg <= 0.0 {
                    reg = 0.001;
                }
                tmp.reg_factor = reg;
                tmp.sigma = (opts.sigma as f64 + 0.25 * l) as f32;
                tmp.weight_factor =
                    (opts.weight_factor as f64 + 2.0 * opts.weight_factor as f64 * l) as f32;
            }
            let base_shape = self.pdm.shape_2d(&p);
            let views = self.patch_experts.views(scale);
            let view = views.view_index(p.global.rotation);
            view_used = view;
            if tmp.weight_factor > 0.0 {
                self.patch_experts
                    .weights(scale, view, tmp.weight_factor, &mut weights);
            }
            let w = (tmp.weight_factor > 0.0).then_some(weights.as_slice());
            let ctx = nu_rlms::Context {
                pdm: &self.pdm,
                visibilities: &views.visibilities[view],
                responses: &responses,
                base_shape: base_shape.as_slice(),
                sim_img_to_ref,
                sim_ref_to_img,
                window,
                opts: &tmp,
                weights: w,
                kde: &self.kde,
            };
            nu_rlms::nu_rlms(&ctx, Pass::Rigid, false, &mut p, &mut nws)?;
            let last = scale == num_scales - 1
                || opts.window_sizes.get(scale + 1).copied().unwrap_or(0) == 0
                || p.global.scale < 0.30;
            let lh = nu_rlms::nu_rlms(&ctx, Pass::NonRigid, last, &mut p, &mut nws)?;
            if last {
                likelihood = lh;
            }
            if p.global.scale < 0.25 {
                let landmarks = self.pdm.shape_2d(&p);
                return Ok(ClnfFit {
                    params: p,
                    landmarks,
                    likelihood,
                    converged: false,
                    hypothesis: 0,
                    view: view_used,
                });
            }
        }
        let landmarks = self.pdm.shape_2d(&p);
        Ok(ClnfFit {
            params: p,
            landmarks,
            likelihood,
            converged: true,
            hypothesis: 0,
            view: view_used,
        })
    }

    /// One fit from a face box with the given hypothesis index (see [`ROTATION_HYPOTHESES`]).
    ///
    /// # Errors
    /// As [`ClnfModel::fit`]; an out-of-range hypothesis or a degenerate box.
    pub fn fit_from_box(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
        hypothesis: usize,
        opts: &ClnfParams,
    ) -> Result<ClnfFit> {
        let rot = ROTATION_HYPOTHESES.get(hypothesis).ok_or_else(|| {
            Error::Invalid(format!("rotation hypothesis {hypothesis} out of range"))
        })?;
        if !(bbox.width > 0.0 && bbox.height > 0.0 && bbox.x.is_finite() && bbox.y.is_finite()) {
            return Err(Error::Invalid(format!(
                "CLNF: degenerate face box {bbox:?}"
            )));
        }
        let init = self.init_from_box(bbox, rot.map(|v| v as f32));
        let mut fit = self.fit(image, &init, opts)?;
        fit.hypothesis = hypothesis;
        Ok(fit)
    }

    /// OpenFace's multi-hypothesis search from a face box (main model only): with early
    /// termination parameters (CE-CLM) [`ClnfModel::detect_early_termination`], otherwise
    /// `DetectLandmarksInImageMultiHypBasic`. Returns the fit OpenFace keeps.
    ///
    /// # Errors
    /// As [`ClnfModel::fit_from_box`].
    pub fn detect(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
        opts: &ClnfParams,
    ) -> Result<ClnfFit> {
        Ok(self.detect_hypotheses(image, bbox, opts)?.best)
    }

    /// As [`ClnfModel::detect`], also reporting which fit OpenFace's `detection_certainty`
    /// would come from (see [`HypothesisSearch`]).
    ///
    /// # Errors
    /// As [`ClnfModel::fit_from_box`].
    pub fn detect_hypotheses(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
        opts: &ClnfParams,
    ) -> Result<HypothesisSearch> {
        match &self.early_termination {
            Some(et) => self.detect_early_termination(image, bbox, opts, et),
            None => Ok(HypothesisSearch {
                best: self.detect_basic(image, bbox, opts)?,
                certainty_from: None,
            }),
        }
    }

    /// `DetectLandmarksInImageMultiHypEarlyTerm` (main model only). Each rotation hypothesis is
    /// fitted at the first patch scale only (the other windows set to 0); its likelihood,
    /// weighted per view by `et` (view of that fit), is compared with the view's cutoff. The
    /// first hypothesis above its cutoff is completed at the remaining scales (window 0 for the
    /// first) and kept. If none passes, the three with the highest weighted likelihood (in
    /// descending order) are completed from their first-scale parameters and the one with the
    /// highest `model_likelihood` is kept (the first on ties).
    ///
    /// OpenFace stores each hypothesis's local parameters without copying them and zeroes the
    /// model's local parameters at the start of the next hypothesis, which zeroes the stored
    /// ones too: every stored hypothesis but the last restarts from its global parameters with
    /// zero local parameters. This is reproduced.
    ///
    /// # Errors
    /// As [`ClnfModel::fit_from_box`]; [`Error::Invalid`] when the view is outside `et`.
    pub fn detect_early_termination(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
        opts: &ClnfParams,
        et: &EarlyTermination,
    ) -> Result<HypothesisSearch> {
        let mut first = opts.clone();
        for w in first.window_sizes.iter_mut().skip(1) {
            *w = 0;
        }
        let mut rest = opts.clone();
        if let Some(w) = rest.window_sizes.first_mut() {
            *w = 0;
        }
        let mut stored: Vec<(f32, PdmParams, usize)> = Vec::new();
        for h in 0..ROTATION_HYPOTHESES.len() {
            // The aliasing of OpenFace's stored local parameters (see above).
            if let Some(prev) = stored.last_mut() {
                prev.1.local.iter_mut().for_each(|v| *v = 0.0);
            }
            let fit = self.fit_from_box(image, bbox, h, &first)?;
            let (score, pass) = et.score(fit.likelihood, fit.view).ok_or_else(|| {
                Error::Invalid(format!(
                    "early termination has no parameters for view {}",
                    fit.view
                ))
            })?;
            if pass {
                let mut done = self.fit(image, &fit.params, &rest)?;
                done.hypothesis = h;
                return Ok(HypothesisSearch {
                    best: done,
                    certainty_from: None,
                });
            }
            stored.push((score, fit.params, h));
        }
        // `std::sort` by descending score (ties keep the hypothesis order here).
        let mut order: Vec<usize> = (0..stored.len()).collect();
        order.sort_by(|&a, &b| {
            stored[b]
                .0
                .partial_cmp(&stored[a].0)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let mut best: Option<ClnfFit> = None;
        let mut last = None;
        for &i in order.iter().take(3) {
            let (_, params, h) = &stored[i];
            let mut fit = self.fit(image, params, &rest)?;
            fit.hypothesis = *h;
            if best.as_ref().is_none_or(|b| b.likelihood < fit.likelihood) {
                best = Some(fit.clone());
            }
            last = Some(fit);
        }
        let best = best.ok_or_else(|| Error::Invalid("no rotation hypothesis".into()))?;
        let certainty_from = last.filter(|l| *l != best);
        Ok(HypothesisSearch {
            best,
            certainty_from,
        })
    }

    /// `DetectLandmarksInImageMultiHypBasic` (main model only): fits from each of the 11
    /// rotation hypotheses and keeps the first with the highest `model_likelihood`.
    ///
    /// # Errors
    /// As [`ClnfModel::fit_from_box`].
    pub fn detect_basic(
        &self,
        image: &FloatGrayImage,
        bbox: &Rect,
        opts: &ClnfParams,
    ) -> Result<ClnfFit> {
        let mut best: Option<ClnfFit> = None;
        for h in 0..ROTATION_HYPOTHESES.len() {
            let fit = self.fit_from_box(image, bbox, h, opts)?;
            if best.as_ref().is_none_or(|b| b.likelihood < fit.likelihood) {
                best = Some(fit);
            }
        }
        best.ok_or_else(|| Error::Invalid("no rotation hypothesis".into()))
    }

    /// `Patch_experts::Response` for the CCNF experts: the image region around each visible
    /// landmark, warped by the similarity from the image to the reference shape at the
    /// patch scale (`cv::warpAffine`, inverse map, bilinear, constant-0 border), then each
    /// expert's response. Returns (`sim_ref_to_img`, `sim_img_to_ref`) as 2×2 row-major.
    #[allow(clippy::too_many_arguments)]
    fn responses(
        &self,
        image: &FloatGrayImage,
        p: &PdmParams,
        scale: usize,
        window: usize,
        parallel: bool,
        out: &mut [Vec<f32>],
        ws: &mut ResponseWorkspace,
    ) -> Result<([f32; 4], [f32; 4])> {
        let views = self.patch_experts.views(scale);
        let view = views.view_index(p.global.rotation);
        let landmarks = self.pdm.shape_2d(p);
        let reference = self.pdm.shape_2d(&PdmParams {
            global: GlobalParams {
                scale: views.patch_scaling as f32,
                rotation: [0.0; 3],
                tx: 0.0,
                ty: 0.0,
            },
            local: p.local.clone(),
        });
        let sim = align_shapes_with_scale(&landmarks.to_points(), &reference.to_points());
        let sim_img_to_ref = [sim[0][0], sim[0][1], sim[1][0], sim[1][1]];
        let a = sim_img_to_ref;
        let det = a[0] * a[3] - a[1] * a[2];
        if det == 0.0 || !det.is_finite() {
            return Err(Error::Degenerate {
                stage: "CLNF patch responses",
                detail: "singular similarity transform".into(),
            });
        }
        let d = 1.0f32 / det;
        let sim_ref_to_img = [a[3] * d, -a[1] * d, -a[2] * d, a[0] * d];
        let a1 = sim_ref_to_img[0];
        let b1 = -sim_ref_to_img[1];
        let ccnf = match &self.patch_experts {
            PatchExperts::Ccnf(scales) => &scales[scale],
            PatchExperts::Cen(scales) => {
                let ctx = CenContext {
                    image,
                    cen: &scales[scale],
                    view,
                    window,
                    landmarks: &landmarks,
                    a1,
                    b1,
                };
                ctx.responses(parallel, out)?;
                return Ok((sim_ref_to_img, sim_img_to_ref));
            }
        };
        let one = |i: usize, resp: &mut Vec<f32>, ws: &mut ResponseWorkspace, area: &mut Mat| {
            resp.clear();
            if views.visibilities[view][i] == 0 {
                return Ok(());
            }
            let Some(expert) = ccnf.experts[view][i].as_ref() else {
                return Ok(());
            };
            let size = (window + expert.width - 1, window + expert.height - 1);
            patch_area(image, landmarks.point(i), (a1, b1), size, area)?;
            resp.resize(window * window, 0.0);
            expert.response(
                area.data_typed::<f32>()?,
                window,
                &self.sigma_components,
                resp,
                ws,
            )
        };
        if parallel {
            use rayon::prelude::*;
            out.par_iter_mut().enumerate().try_for_each_init(
                || (ResponseWorkspace::default(), Mat::default()),
                |(ws, area), (i, resp)| one(i, resp, ws, area),
            )?;
        } else {
            let mut area = Mat::default();
            for (i, resp) in out.iter_mut().enumerate() {
                one(i, resp, ws, &mut area)?;
            }
        }
        Ok((sim_ref_to_img, sim_img_to_ref))
    }
}

/// The inputs of the CEN half of `Patch_experts::Response` for one scale and view.
struct CenContext<'a> {
    image: &'a FloatGrayImage,
    cen: &'a CenScale,
    view: usize,
    window: usize,
    /// In image pixels.
    landmarks: &'a Landmarks2d,
    /// The similarity from the reference frame to the image (`a1`, `b1` as in OpenFace).
    a1: f32,
    b1: f32,
}

/// One CEN job's responses: (landmark, map) and, for a frontal pair, the mirror's.
type CenJobResult = (usize, Vec<f32>, Option<(usize, Vec<f32>)>);

impl CenContext<'_> {
    /// `Patch_experts::Response` with CEN experts: per job (see [`CenScale::jobs`]) the area
    /// of interest around the landmark (and its mirror partner's in view 0) as for CCNF, then
    /// [`cen::CenPatchExpert::response_sparse`]. Landmarks without a job get an empty response.
    fn responses(&self, parallel: bool, out: &mut [Vec<f32>]) -> Result<()> {
        let jobs = self.cen.jobs(self.view).map_err(Error::Invalid)?;
        let interpolation = InterpolationMatrix::new(self.window)?;
        let run = |job: &CenJob,
                   (ws, left, right): &mut (CenWorkspace, Mat, Mat)|
         -> Result<CenJobResult> {
            let mut own = Vec::new();
            let mut other = Vec::new();
            match *job {
                CenJob::Own { landmark } => {
                    let e = &self.cen.experts[self.view][landmark];
                    self.area(landmark, e, left)?;
                    e.response_sparse(
                        Some(left.data_typed::<f32>()?),
                        None,
                        &interpolation,
                        &mut own,
                        &mut other,
                        ws,
                    )?;
                    Ok((landmark, own, None))
                }
                CenJob::WithMirror { landmark, mirror } => {
                    let e = &self.cen.experts[self.view][landmark];
                    self.area(landmark, e, left)?;
                    self.area(mirror, e, right)?;
                    e.response_sparse(
                        Some(left.data_typed::<f32>()?),
                        Some(right.data_typed::<f32>()?),
                        &interpolation,
                        &mut own,
                        &mut other,
                        ws,
                    )?;
                    Ok((landmark, own, Some((mirror, other))))
                }
                CenJob::Mirrored {
                    landmark,
                    source_view,
                    source_landmark,
                } => {
                    let e = &self.cen.experts[source_view][source_landmark];
                    self.area(landmark, e, right)?;
                    e.response_sparse(
                        None,
                        Some(right.data_typed::<f32>()?),
                        &interpolation,
                        &mut other,
                        &mut own,
                        ws,
                    )?;
                    Ok((landmark, own, None))
                }
            }
        };
        let results: Vec<CenJobResult> = if parallel {
            use rayon::prelude::*;
            jobs.par_iter()
                .map_init(
                    || (CenWorkspace::default(), Mat::default(), Mat::default()),
                    |state, job| run(job, state),
                )
                .collect::<Result<_>>()?
        } else {
            let mut state = (CenWorkspace::default(), Mat::default(), Mat::default());
            jobs.iter()
                .map(|job| run(job, &mut state))
                .collect::<Result<_>>()?
        };
        for resp in out.iter_mut() {
            resp.clear();
        }
        for (i, resp, mirror) in results {
            out[i] = resp;
            if let Some((m, resp)) = mirror {
                out[m] = resp;
            }
        }
        Ok(())
    }

    /// The area of interest around `landmark` for `expert`'s patch size (`cv::warpAffine`,
    /// inverse map, bilinear, constant-0 border), as for CCNF.
    fn area(&self, landmark: usize, expert: &cen::CenPatchExpert, area: &mut Mat) -> Result<()> {
        let size = (
            self.window + expert.width - 1,
            self.window + expert.height - 1,
        );
        let centre = self.landmarks.point(landmark);
        patch_area(self.image, centre, (self.a1, self.b1), size, area)?;
        Ok(())
    }
}

/// The area of interest around a landmark at `centre` (image pixels), `size` = (width, height)
/// in reference-frame pixels, through the similarity whose rotation-scale part is
/// `(a1, b1)` = (`sim_ref_to_img(0,0)`, `−sim_ref_to_img(0,1)`): `cv::warpAffine` with the
/// inverse map, bilinear, constant-0 border, as `Patch_experts::Response` extracts it for both
/// CCNF and CEN experts ([`warp::warp_affine_bilinear`], OpenCV's arithmetic bit for bit).
fn patch_area(
    image: &FloatGrayImage,
    centre: [f32; 2],
    (a1, b1): (f32, f32),
    size: (usize, usize),
    area: &mut Mat,
) -> Result<()> {
    let (aw, ah) = size;
    if area.rows() != ah as i32 || area.cols() != aw as i32 || area.typ() != cv::CV_32F {
        *area = Mat::new_rows_cols_with_default(ah as i32, aw as i32, cv::CV_32F, 0.0.into())?;
    }
    let gray = &image.gray;
    warp::warp_affine_bilinear_u8(
        gray.data(),
        (gray.width(), gray.height()),
        warp::patch_area_transform(centre, (a1, b1), aw),
        (aw, ah),
        area.data_typed_mut::<f32>()?,
    );
    Ok(())
}
