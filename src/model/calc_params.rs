//! PDM parameter fitting from 2D landmarks: OpenFace 2.2's
//! `PDM::CalcParams(params_global, params_local, landmark_locations, rotation)`
//! (`lib/LandmarkDetector/src/PDM.cpp`), which `FaceAnalyser::AddNextFrame` runs on every
//! successful frame to get the parameters the AU pipeline aligns the face with.
//!
//! The algorithm, step by step as OpenFace does it (float32 throughout):
//! 1. Landmarks with `x == 0` are invisible; the mean shape and modes keep only visible points.
//! 2. Start: local parameters zero, the given rotation (zero in `AddNextFrame`), scale from the
//!    landmark box against the mean shape's box (mean of the width and height ratios),
//!    translation at the landmark box's centre.
//! 3. Up to 1000 Gauss–Newton iterations on the 6 global + m local parameters: residual
//!    `landmarks − projection`, Jacobian (`PDM::ComputeJacobian`), Hessian `JᵀJ + diag(0, 1/λ)`,
//!    gradient `Jᵀr − diag(1/λ)·p`, Cholesky solve, step scaled by 0.75, update
//!    (`PDM::UpdateModelParameters`: rotation composed through an orthonormalised small-angle
//!    matrix, axis-angle, then Euler; NaN angles become zeros).
//! 4. The error after a step uses the new global parameters with the 3D shape from before the
//!    local update; a step that does not bring the error below 0.999 × the previous error counts
//!    as "not improved", and the third such step (the counter is never reset) ends the loop.
//!
//! # Matching OpenFace's rounding
//!
//! Every product is computed the way the routine OpenFace calls computes it, because the
//! iteration count (and so the result) can depend on the last bit:
//!
//! * `cv::Mat` products of OpenCV 4.6 below 100 result rows (`Jᵀr`, the projection, the
//!   regularisation term) accumulate in double, in OpenCV's order (`GEMMSingleMul<float,double>`).
//! * The 3D shape (`PDM::CalcShape3D`, OpenBLAS `sgemm_`) and `mean + V·p` (a `cv::Mat` product
//!   with at least 100 rows, which OpenCV hands to OpenBLAS) are float fused multiply-adds in
//!   sequence, as OpenBLAS's Haswell kernel does them.
//! * The Hessian (OpenBLAS `sgemm_`) follows OpenBLAS 0.3.21's Haswell/Zen kernel
//!   (`sgemm_kernel_8x4_haswell_2.c`) element by element: fused multiply-adds in sequence, except
//!   for the tiles that kernel accumulates in two interleaved halves (the kernel the reference
//!   data was made with; OpenFace on another kernel rounds differently, this port does not).
//! * `cv::solve(…, DECOMP_CHOLESKY)` on a 40×40 float matrix runs OpenCV's own `CholImpl<float>`
//!   (LAPACK is used only from 100 rows), reproduced here: double accumulators, float storage.
//! * `cv::norm` of the float residual: sum of squares in double, rounded to float.
//!
//! The products and the solve are `crate::numeric::gauss_newton`'s (plain ports and
//! vectorised twins with identical results). Iterations run in a caller-owned [`PdmFitter`] that allocates only when the number
//! of visible points grows.

use crate::error::{Error, Result};
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{GlobalParams, Pdm, PdmParams};
use crate::model::rotation::{
    axis_angle_to_euler, euler_to_rotation_matrix, matx_mul, orthonormalise,
    rotation_matrix_to_axis_angle, Mat3f,
};
pub(crate) use crate::numeric::gauss_newton::jacobian_stride;
use crate::numeric::gauss_newton::{dot4_f64, l2_distance, min_max, HessianPlan, Kernels, Scratch};
pub(crate) use crate::numeric::opencv::OPENCV_BLAS_GEMM_MIN_ROWS;

/// Iteration cap of `PDM::CalcParams`.
const MAX_ITERATIONS: usize = 1000;
/// Step damping of `PDM::CalcParams` ("to not overshoot").
const STEP_SCALE: f32 = 0.75;
/// Relative improvement a step needs to count as improving.
const IMPROVEMENT_RATIO: f64 = 0.999;
/// Non-improving steps (in total) after which the loop stops.
const MAX_NOT_IMPROVED: usize = 3;

/// Fits PDM parameters to 2D landmarks with a zero initial rotation, as
/// `FaceAnalyser::AddNextFrame` calls `PDM::CalcParams`.
///
/// `landmarks` holds `2n` image coordinates in pixels, all x first then all y
/// (`x_0..x_{n-1}, y_0..y_{n-1}`), for the PDM's `n` points. A point with `x == 0` is treated as
/// not visible, as OpenFace does. Allocates a [`PdmFitter`] for the call; keep one per video to
/// fit many frames without allocating.
///
/// # Errors
/// [`Error::Invalid`] when the landmark count does not match the PDM; [`Error::Degenerate`]
/// when a coordinate or the rotation is not finite or no landmark is visible (OpenFace has no
/// defined result for these).
///
/// # Example
/// ```no_run
/// # use pyfaceau::model::{calc_params::fit_pdm_params, landmarks::Landmarks2d, pdm::Pdm};
/// let pdm = Pdm::read("models/AU_predictors/In-the-wild_aligned_PDM_68.txt".as_ref())?;
/// let landmarks = Landmarks2d::from_xs_then_ys(vec![0.5f32; 136])?; // x_0..x_67, y_0..y_67
/// let params = fit_pdm_params(&pdm, &landmarks)?;
/// println!("scale {} local {:?}", params.global.scale, params.local);
/// # Ok::<(), pyfaceau::Error>(())
/// ```
pub fn fit_pdm_params(pdm: &Pdm, landmarks: &Landmarks2d) -> Result<PdmParams> {
    PdmFitter::new(pdm).fit(landmarks)
}

/// Fits PDM parameters starting from the given Euler rotation `[rx, ry, rz]` (radians),
/// `PDM::CalcParams`' `rotation` argument. See [`fit_pdm_params`].
///
/// # Errors
/// As [`fit_pdm_params`].
pub fn fit_pdm_params_with_rotation(
    pdm: &Pdm,
    landmarks: &Landmarks2d,
    rotation: [f32; 3],
) -> Result<PdmParams> {
    PdmFitter::new(pdm).fit_with_rotation(landmarks, rotation)
}

/// A PDM with the workspace `PDM::CalcParams` needs, so fitting a frame does not allocate.
/// Fitting is sequential per call; use one fitter per worker.
#[derive(Clone, Debug)]
pub struct PdmFitter<'p> {
    pdm: &'p Pdm,
    /// `1/λ` per mode, float division as `reg_factor / eigen_values` in OpenFace.
    inv_eigen: Vec<f32>,
    /// Where OpenBLAS's kernel splits its sums, fixed by the parameter count.
    plan: HessianPlan,
    kernels: Kernels,
    ws: Workspace,
    iterations: usize,
}

/// Buffers sized for the visible points of the current frame; grown once, then reused.
#[derive(Clone, Debug, Default)]
struct Workspace {
    /// Indices of visible points.
    visible: Vec<usize>,
    /// Mean shape of the visible points: xs, ys, zs (`3v`).
    mean: Vec<f32>,
    /// Modes of the visible points, row-major `3v × m` (OpenCV's layout).
    pc: Vec<f32>,
    /// The same, mode-major: `pc_t[k * 3v + row]`.
    pc_t: Vec<f32>,
    /// Visible landmarks: xs then ys (`2v`).
    target: Vec<f32>,
    /// 3D shape used for the projection and the error (`M + V·p` as the `cv::Mat` product).
    shape_3d: Vec<f32>,
    /// 3D shape inside the Jacobian (`PDM::CalcShape3D`, always OpenBLAS).
    shape_3d_jac: Vec<f32>,
    /// Projected shape, xs then ys (`2v`).
    shape_2d: Vec<f32>,
    /// Residual `target − shape_2d` (`2v`).
    residual: Vec<f32>,
    /// Jacobian, `2v` rows (x rows, then y rows) of `stride` floats (`6 + m` used, zero padded).
    jacobian: Vec<f32>,
    /// `Jᵀr` minus the regularisation term (`6 + m`), then the update.
    gradient: Vec<f32>,
    /// Hessian, row-major `(6 + m)²`; only the lower triangle is filled.
    hessian: Vec<f32>,
    /// Scratch of the kernels (accumulators, Cholesky factor).
    scratch: Scratch,
    /// Local parameters being fitted.
    local: Vec<f32>,
}

impl<'p> PdmFitter<'p> {
    /// Prepares a fitter for `pdm` (copies it).
    pub fn new(pdm: &'p Pdm) -> Self {
        let inv_eigen = pdm.eigen_values.iter().map(|&ev| 1.0f32 / ev).collect();
        PdmFitter {
            pdm,
            inv_eigen,
            plan: HessianPlan::new(6 + pdm.num_modes()),
            kernels: Kernels::detect(),
            ws: Workspace::default(),
            iterations: 0,
        }
    }

    /// The PDM this fitter fits.
    pub fn pdm(&self) -> &'p Pdm {
        self.pdm
    }

    /// Gauss–Newton iterations the last successful fit ran (at most 1000).
    pub fn last_iterations(&self) -> usize {
        self.iterations
    }

    /// Fits with a zero initial rotation, as `FaceAnalyser::AddNextFrame` does. See
    /// [`fit_pdm_params`] for the landmark layout.
    ///
    /// # Errors
    /// As [`fit_pdm_params`].
    pub fn fit(&mut self, landmarks: &Landmarks2d) -> Result<PdmParams> {
        self.fit_with_rotation(landmarks, [0.0; 3])
    }

    /// Fits starting from the Euler rotation `rotation` (radians), `PDM::CalcParams`.
    ///
    /// # Errors
    /// As [`fit_pdm_params`].
    pub fn fit_with_rotation(
        &mut self,
        landmarks: &Landmarks2d,
        rotation: [f32; 3],
    ) -> Result<PdmParams> {
        let mut out = PdmParams::default();
        self.fit_into(landmarks, rotation, &mut out)?;
        Ok(out)
    }

    /// [`fit_with_rotation`](Self::fit_with_rotation) writing into `out`, reusing its
    /// local-parameter vector: no allocation once the fitter and `out` have been used.
    ///
    /// # Errors
    /// As [`fit_pdm_params`]; `out` is left unchanged on error.
    pub fn fit_into(
        &mut self,
        landmarks: &Landmarks2d,
        rotation: [f32; 3],
        out: &mut PdmParams,
    ) -> Result<()> {
        let landmarks = landmarks.as_slice();
        let n = self.pdm.num_points();
        let m = self.pdm.num_modes();
        if landmarks.len() != 2 * n {
            return Err(Error::Invalid(format!(
                "PDM fitting: {} landmark values for a {n}-point model (expected {})",
                landmarks.len(),
                2 * n
            )));
        }
        if let Some(bad) = landmarks.iter().find(|v| !v.is_finite()) {
            return Err(Error::Degenerate {
                stage: "PDM fitting",
                detail: format!("landmark coordinate {bad} is not finite"),
            });
        }
        if !rotation.iter().all(|v| v.is_finite()) {
            return Err(Error::Degenerate {
                stage: "PDM fitting",
                detail: format!("initial rotation {rotation:?} is not finite"),
            });
        }
        self.ws.select_visible(self.pdm, landmarks);
        let v = self.ws.visible.len();
        if v == 0 {
            return Err(Error::Degenerate {
                stage: "PDM fitting",
                detail: "no visible landmark (all x are 0)".into(),
            });
        }
        self.ws.prepare(v, m, &self.plan);
        let kernels = self.kernels;
        let ws = &mut self.ws;

        // Initial global parameters: the landmark box against the box of the visible points'
        // mean shape projected with unit scale and no rotation (`CalcBoundingBox`), which is
        // the mean shape's x and y exactly.
        let (min_x, max_x) = min_max(&ws.target[..v]);
        let (min_y, max_y) = min_max(&ws.target[v..]);
        let width = (min_x - max_x).abs();
        let height = (min_y - max_y).abs();
        let (model_min_x, model_max_x) = min_max(&ws.mean[..v]);
        let (model_min_y, model_max_y) = min_max(&ws.mean[v..2 * v]);
        let model_width = (model_min_x - model_max_x).abs();
        let model_height = (model_min_y - model_max_y).abs();
        let mut scaling = ((width / model_width) + (height / model_height)) / 2.0f32;
        let mut r = euler_to_rotation_matrix(rotation);
        let mut translation = [(min_x + max_x) / 2.0f32, (min_y + max_y) / 2.0f32];
        let mut global = GlobalParams {
            scale: scaling,
            rotation,
            tx: translation[0],
            ty: translation[1],
        };
        ws.local.iter_mut().for_each(|p| *p = 0.0);

        // `shape_3D = M + V·0` is the mean shape exactly; the first error uses OpenFace's
        // explicit float loop, not the matrix product.
        for i in 0..v {
            let (x, y, z) = (ws.mean[i], ws.mean[i + v], ws.mean[i + 2 * v]);
            ws.shape_2d[i] = scaling * (r[0][0] * x + r[0][1] * y + r[0][2] * z) + translation[0];
            ws.shape_2d[i + v] =
                scaling * (r[1][0] * x + r[1][1] * y + r[1][2] * z) + translation[1];
        }
        let mut current_error = residual_norm(&ws.shape_2d, &ws.target);

        let mut not_improved = 0;
        let mut iterations = 0;
        while iterations < MAX_ITERATIONS {
            iterations += 1;
            ws.update_shape_3d(kernels);
            project(&ws.shape_3d, v, scaling, &r, translation, &mut ws.shape_2d);
            for ((res, &t), &s) in ws.residual.iter_mut().zip(&ws.target).zip(&ws.shape_2d) {
                *res = t - s;
            }
            ws.compute_jacobian(&global);
            ws.compute_gradient(kernels, &self.inv_eigen);
            ws.compute_hessian(kernels, &self.plan, &self.inv_eigen);
            let solved =
                kernels.cholesky_solve(&ws.hessian, 6 + m, &mut ws.gradient, &mut ws.scratch);
            if !solved {
                // `cv::solve` zeroes the solution when the factorisation fails.
                ws.gradient.iter_mut().for_each(|g| *g = 0.0);
            }
            let update = &mut ws.gradient;
            update.iter_mut().for_each(|u| *u *= STEP_SCALE);

            update_model_parameters(update, &mut ws.local, &mut global);
            scaling = global.scale;
            r = euler_to_rotation_matrix(global.rotation);
            translation = [global.tx, global.ty];

            // The error uses the new global parameters with the shape from before the local
            // update, as OpenFace does.
            project(&ws.shape_3d, v, scaling, &r, translation, &mut ws.shape_2d);
            let error = residual_norm(&ws.shape_2d, &ws.target);
            if IMPROVEMENT_RATIO * (current_error as f64) < error as f64 {
                not_improved += 1;
                if not_improved == MAX_NOT_IMPROVED {
                    break;
                }
            }
            current_error = error;
        }

        self.iterations = iterations;
        out.global = global;
        out.local.clear();
        out.local.extend_from_slice(&ws.local);
        Ok(())
    }
}

/// `PDM::UpdateModelParameters`: scale and translation added, the rotation composed with the
/// orthonormalised small-angle rotation of the update and taken back to Euler angles through
/// axis-angle (NaN angles become zeros), local parameters added (none when `delta` holds
/// only the 6 global values, as in CLNF's rigid passes). Shared with CLNF's NU-RLMS.
pub(crate) fn update_model_parameters(delta: &[f32], local: &mut [f32], global: &mut GlobalParams) {
    global.scale += delta[0];
    global.tx += delta[4];
    global.ty += delta[5];

    let r1 = euler_to_rotation_matrix(global.rotation);
    let r2: Mat3f = [
        [1.0, -delta[3], delta[2]],
        [delta[3], 1.0, -delta[1]],
        [-delta[2], delta[1], 1.0],
    ];
    let r2 = orthonormalise(&r2);
    let r3 = matx_mul(&r1, &r2);
    let mut euler = axis_angle_to_euler(rotation_matrix_to_axis_angle(&r3));
    if euler.iter().any(|a| a.is_nan()) {
        euler = [0.0; 3];
    }
    global.rotation = euler;

    for (p, d) in local.iter_mut().zip(&delta[6..]) {
        *p += d;
    }
}

impl Workspace {
    /// Keeps the visible points' rows of the PDM and landmarks (`CalcParams`' subsampling).
    fn select_visible(&mut self, pdm: &Pdm, landmarks: &[f32]) {
        let n = pdm.num_points();
        let m = pdm.num_modes();
        self.visible.clear();
        self.visible.extend((0..n).filter(|&i| landmarks[i] != 0.0));
        let v = self.visible.len();
        self.mean.clear();
        self.pc.clear();
        self.target.clear();
        for axis in 0..3 {
            for &i in &self.visible {
                let row = axis * n + i;
                self.mean.push(pdm.mean_shape[row]);
                self.pc
                    .extend_from_slice(&pdm.princ_comp[row * m..(row + 1) * m]);
            }
        }
        self.pc_t.clear();
        self.pc_t.resize(3 * v * m, 0.0);
        for row in 0..3 * v {
            for k in 0..m {
                self.pc_t[k * 3 * v + row] = self.pc[row * m + k];
            }
        }
        for axis in 0..2 {
            for &i in &self.visible {
                self.target.push(landmarks[axis * n + i]);
            }
        }
    }

    /// Sizes the buffers for `v` visible points and `m` modes (no allocation once grown).
    fn prepare(&mut self, v: usize, m: usize, plan: &HessianPlan) {
        let p = 6 + m;
        self.shape_3d.resize(3 * v, 0.0);
        self.shape_3d_jac.resize(3 * v, 0.0);
        self.shape_2d.resize(2 * v, 0.0);
        self.residual.resize(2 * v, 0.0);
        self.jacobian.resize(2 * v * jacobian_stride(p), 0.0);
        self.gradient.resize(p, 0.0);
        self.hessian.resize(p * p, 0.0);
        self.local.resize(m, 0.0);
        self.scratch.prepare(p, plan);
    }

    /// `shape_3D = M + V·p` as the `cv::Mat` product does it, and the Jacobian's
    /// `PDM::CalcShape3D` (always OpenBLAS).
    fn update_shape_3d(&mut self, kernels: Kernels) {
        let rows = self.mean.len();
        kernels.shape_3d(&self.mean, &self.pc_t, &self.local, &mut self.shape_3d_jac);
        if rows >= OPENCV_BLAS_GEMM_MIN_ROWS {
            self.shape_3d.copy_from_slice(&self.shape_3d_jac);
        } else {
            // OpenCV's own gemm (`A·Bᵀ` path): four interleaved double sums, plus C, rounded once.
            let m = self.local.len();
            for (row, out) in self.shape_3d.iter_mut().enumerate() {
                let dot = dot4_f64(&self.pc[row * m..(row + 1) * m], &self.local);
                *out = (dot + self.mean[row] as f64) as f32;
            }
        }
    }

    /// `PDM::ComputeJacobian` (identity weights) of the visible points.
    fn compute_jacobian(&mut self, global: &GlobalParams) {
        let m = self.local.len();
        compute_jacobian(
            &self.shape_3d_jac,
            &self.pc,
            m,
            m,
            global,
            jacobian_stride(6 + m),
            &mut self.jacobian,
        );
    }

    /// `J_w_t_m = Jᵀ·r` (OpenCV gemm), then minus `diag(1/λ)·p` on the local rows (OpenCV gemm
    /// with C: `g − (1/λ)·p` in double, rounded once).
    fn compute_gradient(&mut self, kernels: Kernels, inv_eigen: &[f32]) {
        let m = self.local.len();
        let p = 6 + m;
        kernels.jt_r(
            &self.jacobian,
            jacobian_stride(p),
            &self.residual,
            &mut self.gradient,
            &mut self.scratch.jtr,
        );
        let local_rows = &mut self.gradient[6..6 + m];
        for ((g, &inv), &p) in local_rows.iter_mut().zip(inv_eigen).zip(&self.local) {
            let reg = inv as f64 * p as f64;
            *g = (*g as f64 - reg) as f32;
        }
    }

    /// The lower triangle of `JᵀJ + diag(0, 1/λ)` as OpenBLAS's Haswell `sgemm_` computes it:
    /// `hessian[r·p + c]` for `c ≤ r` is OpenBLAS's `C(c, r)`.
    fn compute_hessian(&mut self, kernels: Kernels, plan: &HessianPlan, inv_eigen: &[f32]) {
        let p = 6 + self.local.len();
        kernels.jt_j(
            plan,
            &self.jacobian,
            self.residual.len(),
            jacobian_stride(p),
            &mut self.scratch,
            &mut self.hessian,
        );
        for (j, &reg) in inv_eigen.iter().enumerate() {
            let d = (6 + j) * p + 6 + j;
            self.hessian[d] += reg;
        }
    }
}

/// `PDM::ComputeJacobian` (identity weights; `modes == m`) or `PDM::ComputeRigidJacobian`
/// (`modes == 0`): for the `v` points of `shape_3d` (xs, ys, zs), an x row (rows `0..v`) and a
/// y row (rows `v..2v`) of `[scale, rx, ry, rz, tx, ty, modes…]`, each row `stride` floats,
/// float arithmetic as OpenFace writes it. `pc` holds the points' modes row-major
/// (`3v × m`). Shared with CLNF's NU-RLMS.
pub(crate) fn compute_jacobian(
    shape_3d: &[f32],
    pc: &[f32],
    m: usize,
    modes: usize,
    global: &GlobalParams,
    stride: usize,
    jacobian: &mut [f32],
) {
    let v = shape_3d.len() / 3;
    let s = global.scale;
    let r = euler_to_rotation_matrix(global.rotation);
    let (r11, r12, r13) = (r[0][0], r[0][1], r[0][2]);
    let (r21, r22, r23) = (r[1][0], r[1][1], r[1][2]);
    let sh = shape_3d;
    let (jx_all, jy_all) = jacobian[..2 * v * stride].split_at_mut(v * stride);
    for i in 0..v {
        let (x, y, z) = (sh[i], sh[i + v], sh[i + 2 * v]);
        let jx = &mut jx_all[i * stride..(i + 1) * stride];
        let jy = &mut jy_all[i * stride..(i + 1) * stride];
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
        let vx = &pc[i * m..i * m + modes];
        let vy = &pc[(i + v) * m..(i + v) * m + modes];
        let vz = &pc[(i + 2 * v) * m..(i + 2 * v) * m + modes];
        let (jx_modes, jy_modes) = (&mut jx[6..6 + modes], &mut jy[6..6 + modes]);
        for j in 0..modes {
            jx_modes[j] = s * (r11 * vx[j] + r12 * vy[j] + r13 * vz[j]);
            jy_modes[j] = s * (r21 * vx[j] + r22 * vy[j] + r23 * vz[j]);
        }
    }
}

/// The projection `scaling · shape_3Dᵀ · R_2Dᵀ` (OpenCV gemm, `GEMM_1_T | GEMM_2_T`: each dot
/// product of three in double, times the scale in double, rounded to float) plus the
/// translation in float. Output xs then ys.
pub(crate) fn project(
    shape_3d: &[f32],
    v: usize,
    scaling: f32,
    r: &Mat3f,
    t: [f32; 2],
    out: &mut [f32],
) {
    let s = scaling as f64;
    for i in 0..v {
        let (x, y, z) = (
            shape_3d[i] as f64,
            shape_3d[i + v] as f64,
            shape_3d[i + 2 * v] as f64,
        );
        for axis in 0..2 {
            let row = &r[axis];
            let dot = x * row[0] as f64 + y * row[1] as f64 + z * row[2] as f64;
            out[axis * v + i] = ((dot * s) as f32) + t[axis];
        }
    }
}

/// [`l2_distance`] rounded to float, as `CalcParams` stores its error.
pub(crate) fn residual_norm(a: &[f32], b: &[f32]) -> f32 {
    l2_distance(a, b) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Rng;

    /// Fits with the plain ports only give the same parameters as with the vector kernels.
    #[test]
    fn plain_and_vector_fits_agree() {
        let mut rng = Rng(42);
        let m = 34;
        let n = 68;
        let pdm = Pdm {
            mean_shape: (0..3 * n).map(|_| rng.next() * 60.0).collect(),
            princ_comp: (0..3 * n * m).map(|_| rng.next() * 0.2).collect(),
            eigen_values: (0..m).map(|k| 100.0 / (1 + k) as f32).collect(),
        };
        let mut fitter = PdmFitter::new(&pdm);
        let mut plain = PdmFitter::new(&pdm);
        plain.kernels = Kernels::plain();
        for trial in 0..20 {
            let landmarks = Landmarks2d::from_xs_then_ys(
                (0..2 * n)
                    .map(|i| 200.0 + pdm.mean_shape[i] * 1.5 + rng.next() * 3.0)
                    .collect(),
            )
            .unwrap();
            let a = fitter.fit(&landmarks).expect("fit");
            let b = plain.fit(&landmarks).expect("fit");
            assert_eq!(a, b, "trial {trial}");
            assert_eq!(fitter.last_iterations(), plain.last_iterations());
        }
    }
}
