//! NU-RLMS (`CLNF::NU_RLMS`, `NonVectorisedMeanShift_precalc_kde`) and the helpers it needs:
//! the similarity between the image and the reference shape (`AlignShapesWithScale`) and
//! `PDM::Clamp`. The Jacobian and `PDM::UpdateModelParameters` are
//! [`crate::model::calc_params`]'s, the products and the Cholesky solve
//! `crate::numeric::gauss_newton`'s.

use super::ClnfParams;
use crate::error::{Error, Result};
use crate::model::calc_params::{compute_jacobian, jacobian_stride, update_model_parameters};
use crate::model::pdm::{Pdm, PdmParams};
use crate::model::rotation::euler_to_rotation_matrix;
use crate::numeric::gauss_newton::{l2_distance, HessianPlan, Kernels, Scratch};
use crate::numeric::math;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Grid step of the precomputed mean-shift kernel.
const KDE_STEP: f32 = 0.1;
/// Shape movement (L2 over all coordinates, pixels) below which a pass stops.
const CONVERGED_SHAPE_MOVE: f64 = 0.01;

/// Everything one NU-RLMS pass reads.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub pdm: &'a Pdm,
    /// The view's landmark visibilities (non-zero: visible).
    pub visibilities: &'a [i32],
    /// Per landmark a `window × window` response map (empty when not computed).
    pub responses: &'a [Vec<f32>],
    /// The shape the responses are centred on (`x…, y…`).
    pub base_shape: &'a [f32],
    /// 2×2 row-major similarity, image to reference, and its inverse.
    pub sim_img_to_ref: [f32; 4],
    pub sim_ref_to_img: [f32; 4],
    pub window: usize,
    pub opts: &'a ClnfParams,
    /// The diagonal of OpenFace's `GetWeightMatrix` per landmark (the same for its x and y
    /// rows: `weight_factor` × patch confidence); `None` is the identity (`weight_factor` 0).
    pub weights: Option<&'a [f32]>,
    /// The model's mean-shift kernels.
    pub kde: &'a KdeCache,
}

/// Which parameters an NU-RLMS pass optimises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// The 6 global parameters only, no shape prior.
    Rigid,
    /// Global and local parameters, with the shape prior `reg_factor/λ`.
    NonRigid,
}

/// `kde_resp_precalc`: per (window, kernel width) the Gaussian kernel on a 0.1-pixel grid,
/// shared by every fit of a model (OpenFace keeps it in the `CLNF` object). Each grid cell's
/// kernel is computed on first use rather than the whole grid up front: a fit visits a few
/// hundred of the ~12 000 cells of the 11-pixel window.
#[derive(Default)]
pub struct KdeCache {
    grids: Mutex<HashMap<(usize, u32), Arc<KdeGrid>>>,
}

impl std::fmt::Debug for KdeCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KdeCache")
    }
}

/// The kernels of one (window, kernel width), computed lazily per grid cell.
pub struct KdeGrid {
    resp_size: usize,
    a: f32,
    /// Cells per axis of the grid as OpenFace sizes it (`window / 0.1`, truncated).
    steps: usize,
    cells: Vec<OnceLock<Box<[f32]>>>,
}

impl KdeCache {
    /// The grid for `resp_size` and `a = −0.5/σ²`.
    ///
    /// OpenFace keys its cache on the window size only, so the first sigma used with a window
    /// sticks; within one fit each window is used with one sigma, so this is the same.
    fn grid(&self, resp_size: usize, a: f32) -> Arc<KdeGrid> {
        let mut grids = self.grids.lock().unwrap_or_else(|e| e.into_inner());
        grids
            .entry((resp_size, a.to_bits()))
            .or_insert_with(|| {
                let steps = (resp_size as f32 / KDE_STEP) as usize;
                Arc::new(KdeGrid {
                    resp_size,
                    a,
                    steps,
                    cells: (0..steps * steps).map(|_| OnceLock::new()).collect(),
                })
            })
            .clone()
    }
}

impl KdeGrid {
    /// Cell `idx` (= `x·steps + y`): `exp(a·((dy − ii)² + (dx − jj)²))` over `ii, jj`
    /// (float, `exp` in double), `dx = 0.1·x`, `dy = 0.1·y`; `None` outside the grid.
    fn kernel(&self, idx: usize) -> Option<&[f32]> {
        let cell = self.cells.get(idx)?;
        Some(cell.get_or_init(|| {
            let n = self.resp_size;
            let dx = (idx / self.steps) as f32 * KDE_STEP;
            let dy = (idx % self.steps) as f32 * KDE_STEP;
            let mut g = Vec::with_capacity(n * n);
            for ii in 0..n {
                let vx = (dy - ii as f32) * (dy - ii as f32);
                for jj in 0..n {
                    let vy = (dx - jj as f32) * (dx - jj as f32);
                    g.push(math::exp((self.a * (vx + vy)) as f64) as f32);
                }
            }
            g.into_boxed_slice()
        }))
    }
}

/// Buffers of [`nu_rlms`], reused across passes and fits of one PDM.
#[derive(Debug)]
pub struct Workspace {
    kernels: Kernels,
    /// Hessian plans by parameter count (6 rigid, 6 + m otherwise).
    plans: Vec<(usize, HessianPlan)>,
    scratch: Scratch,
    /// The PDM's modes mode-major (`pc_t[k·3n + row]`), for `CalcShape3D`.
    pc_t: Vec<f32>,
    shape_3d: Vec<f32>,
    current: Vec<f32>,
    previous: Vec<f32>,
    dxs: Vec<f32>,
    dys: Vec<f32>,
    mean_shifts: Vec<f32>,
    jacobian: Vec<f32>,
    /// The row-weighted Jacobian (`J_w = W·J`) of a weighted pass.
    jacobian_w: Vec<f32>,
    rhs: Vec<f32>,
    hessian: Vec<f32>,
    reg: Vec<f32>,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            kernels: Kernels::detect(),
            plans: Vec::new(),
            scratch: Scratch::default(),
            pc_t: Vec::new(),
            shape_3d: Vec::new(),
            current: Vec::new(),
            previous: Vec::new(),
            dxs: Vec::new(),
            dys: Vec::new(),
            mean_shifts: Vec::new(),
            jacobian: Vec::new(),
            jacobian_w: Vec::new(),
            rhs: Vec::new(),
            hessian: Vec::new(),
            reg: Vec::new(),
        }
    }
}

impl Workspace {
    /// `CalcShape2D` of `params` into `current`: `CalcShape3D` (OpenBLAS's fused chains, as
    /// [`Pdm::shape_3d`]) into `shape_3d`, then the float projection of [`Pdm::shape_2d`].
    fn shape_2d(&mut self, pdm: &Pdm, params: &PdmParams) {
        let n = pdm.num_points();
        self.kernels.shape_3d(
            &pdm.mean_shape,
            &self.pc_t,
            &params.local,
            &mut self.shape_3d,
        );
        let g = &params.global;
        let r = euler_to_rotation_matrix(g.rotation);
        let sh = &self.shape_3d;
        for i in 0..n {
            let (x, y, z) = (sh[i], sh[i + n], sh[i + 2 * n]);
            self.current[i] = g.scale * (r[0][0] * x + r[0][1] * y + r[0][2] * z) + g.tx;
            self.current[i + n] = g.scale * (r[1][0] * x + r[1][1] * y + r[1][2] * z) + g.ty;
        }
    }

    /// Sizes the buffers for `pdm` and `p` parameters (no allocation once grown).
    fn prepare(&mut self, pdm: &Pdm, p: usize) {
        let n = pdm.num_points();
        let m = pdm.num_modes();
        if self.pc_t.len() != 3 * n * m {
            self.pc_t.clear();
            self.pc_t.resize(3 * n * m, 0.0);
            for row in 0..3 * n {
                for k in 0..m {
                    self.pc_t[k * 3 * n + row] = pdm.princ_comp[row * m + k];
                }
            }
        }
        if !self.plans.iter().any(|(q, _)| *q == p) {
            self.plans.push((p, HessianPlan::new(p)));
        }
        self.shape_3d.resize(3 * n, 0.0);
        self.current.resize(2 * n, 0.0);
        self.previous.resize(2 * n, 0.0);
        self.dxs.clear();
        self.dxs.resize(n, 0.0);
        self.dys.clear();
        self.dys.resize(n, 0.0);
        self.mean_shifts.resize(2 * n, 0.0);
        self.jacobian.resize(2 * n * jacobian_stride(p), 0.0);
        self.rhs.resize(p, 0.0);
        self.hessian.resize(p * p, 0.0);
    }
}

impl Workspace {
    /// The mean shifts of the current shape in image coordinates: the current shape's offsets
    /// from the base shape mapped into the reference frame (plus the window's half size), the
    /// KDE mean shift on the response maps there ([`mean_shift`]), mapped back to the image.
    fn mean_shifts_in_image(&mut self, ctx: &Context, grid: &KdeGrid, half: f32) {
        let n = self.dxs.len();
        let s = ctx.sim_img_to_ref;
        for i in 0..n {
            let ox = self.current[i] - ctx.base_shape[i];
            let oy = self.current[i + n] - ctx.base_shape[i + n];
            let rx = (ox as f64 * s[0] as f64 + oy as f64 * s[1] as f64) as f32;
            let ry = (ox as f64 * s[2] as f64 + oy as f64 * s[3] as f64) as f32;
            self.dxs[i] = rx + half;
            self.dys[i] = ry + half;
        }
        mean_shift(
            grid,
            ctx.responses,
            ctx.visibilities,
            &self.dxs,
            &self.dys,
            ctx.window,
            &mut self.mean_shifts,
        );
        let s = ctx.sim_ref_to_img;
        for i in 0..n {
            let (mx, my) = (self.mean_shifts[i] as f64, self.mean_shifts[i + n] as f64);
            self.mean_shifts[i] = (mx * s[0] as f64 + my * s[1] as f64) as f32;
            self.mean_shifts[i + n] = (mx * s[2] as f64 + my * s[3] as f64) as f32;
        }
    }

    /// `J_w = W·J` when there are weights (one float product per entry; x and y rows share the
    /// weight), then the rows of invisible landmarks zeroed in `J`, `J_w` and the mean shifts.
    fn weight_and_mask(&mut self, weights: Option<&[f32]>, vis: &[i32], stride: usize) {
        let n = self.dxs.len();
        if let Some(w) = weights {
            self.jacobian_w.resize(self.jacobian.len(), 0.0);
            for (i, &wi) in w.iter().enumerate().take(n) {
                for row in [i, i + n] {
                    let span = row * stride..(row + 1) * stride;
                    for (d, &j) in self.jacobian_w[span.clone()]
                        .iter_mut()
                        .zip(&self.jacobian[span])
                    {
                        *d = j * wi;
                    }
                }
            }
        }
        for (i, _) in vis.iter().enumerate().take(n).filter(|(_, &v)| v == 0) {
            for row in [i, i + n] {
                self.jacobian[row * stride..(row + 1) * stride].fill(0.0);
                if weights.is_some() {
                    self.jacobian_w[row * stride..(row + 1) * stride].fill(0.0);
                }
            }
            self.mean_shifts[i] = 0.0;
            self.mean_shifts[i + n] = 0.0;
        }
    }
}

/// One NU-RLMS pass (`CLNF::NU_RLMS`) over the parameters `pass` names. Updates `params` in
/// place; returns the mean log-likelihood when `compute_likelihood`, else 0.
///
/// With [`Context::weights`] the step solves `(JᵀWJ + R)·Δ = JᵀW·v − R·p` as OpenFace forms it:
/// `J_w = W·J` rounded to float (`PDM::ComputeJacobian`), `J_wᵀv` by OpenCV's `gemm` and the
/// Hessian by OpenBLAS's `sgemm` with `A = J`, `B = J_w`.
///
/// The Jacobian and the parameter update are [`crate::model::calc_params`]'s, the products and
/// the Cholesky solve `crate::numeric::gauss_newton`'s (OpenCV's `gemm` for `Jᵀv`, OpenBLAS
/// Haswell's `sgemm` split rule for `JᵀJ`, OpenCV's `CholImpl`), vectorised at the AVX2 + FMA
/// CPU level.
///
/// # Errors
/// Parameters that do not fit the PDM, or fewer weights than landmarks.
pub fn nu_rlms(
    ctx: &Context,
    pass: Pass,
    compute_likelihood: bool,
    params: &mut PdmParams,
    ws: &mut Workspace,
) -> Result<f32> {
    let pdm = ctx.pdm;
    let n = pdm.num_points();
    let m = pdm.num_modes();
    if params.local.len() != m || ctx.base_shape.len() != 2 * n || ctx.responses.len() < n {
        return Err(Error::Invalid(format!(
            "NU-RLMS: {} local parameters, {} base coordinates, {} responses for a {n}-point, \
             {m}-mode PDM",
            params.local.len(),
            ctx.base_shape.len(),
            ctx.responses.len()
        )));
    }
    let weights = ctx.weights;
    let rigid = pass == Pass::Rigid;
    if let Some(w) = weights.filter(|w| w.len() < n) {
        return Err(Error::Invalid(format!(
            "NU-RLMS: {} landmark weights for a {n}-point PDM",
            w.len()
        )));
    }
    let p = if rigid { 6 } else { 6 + m };
    let stride = jacobian_stride(p);
    ws.prepare(pdm, p);
    let vis = ctx.visibilities;
    ws.reg.clear();
    ws.reg
        .extend(pdm.eigen_values.iter().map(|&e| ctx.opts.reg_factor / e));
    let a = (-0.5f64 / (ctx.opts.sigma * ctx.opts.sigma) as f64) as f32;
    let half = ((ctx.window - 1) / 2) as f32;
    let resp_size = ctx.window;
    let grid = ctx.kde.grid(resp_size, a);
    let kernels = ws.kernels;
    let plan_index = ws.plans.iter().position(|(q, _)| *q == p).unwrap_or(0);
    ws.scratch.prepare(p, &ws.plans[plan_index].1);

    for iter in 0..ctx.opts.iterations {
        ws.shape_2d(pdm, params);
        if iter > 0 && l2_distance(&ws.current, &ws.previous) < CONVERGED_SHAPE_MOVE {
            break;
        }
        ws.previous.copy_from_slice(&ws.current);
        // The Jacobian's `CalcShape3D` is the one just computed for the current shape.
        compute_jacobian(
            &ws.shape_3d,
            &pdm.princ_comp,
            m,
            p - 6,
            &params.global,
            stride,
            &mut ws.jacobian,
        );

        ws.mean_shifts_in_image(ctx, &grid, half);
        ws.weight_and_mask(weights, vis, stride);
        let weighted = if weights.is_some() {
            &ws.jacobian_w
        } else {
            &ws.jacobian
        };
        // J_w_t_m = J_wᵀ·v (OpenCV gemm), minus the prior.
        kernels.jt_r(
            weighted,
            stride,
            &ws.mean_shifts,
            &mut ws.rhs,
            &mut ws.scratch.jtr,
        );
        if !rigid {
            for j in 0..m {
                let t = ws.reg[j] as f64 * params.local[j] as f64;
                ws.rhs[6 + j] = (ws.rhs[6 + j] as f64 - t) as f32;
            }
        }
        // Hessian = prior + J_wᵀJ (OpenBLAS sgemm), lower triangle.
        let plan = &ws.plans[plan_index].1;
        kernels.jt_w_j(
            plan,
            &ws.jacobian,
            weighted,
            2 * n,
            stride,
            &mut ws.scratch,
            &mut ws.hessian,
        );
        if !rigid {
            for j in 0..m {
                ws.hessian[(6 + j) * p + 6 + j] += ws.reg[j];
            }
        }
        if !kernels.cholesky_solve(&ws.hessian, p, &mut ws.rhs, &mut ws.scratch) {
            ws.rhs.fill(0.0);
        }
        update_model_parameters(&ws.rhs, &mut params.local, &mut params.global);
        clamp_local(pdm, &mut params.local);
    }
    Ok(if compute_likelihood {
        log_likelihood(ctx, &ws.dxs, &ws.dys)
    } else {
        0.0
    })
}

/// The response map summed with Gaussian weights around (dx, dy), in float in row order:
/// `Σ (float)(r · exp(−0.5·(vx + vy) / σ²))`, the weights in double.
fn weighted_response_sum(resp: &[f32], size: usize, (dx, dy): (f32, f32), sigma: f32) -> f32 {
    #[cfg(target_arch = "x86_64")]
    if crate::numeric::cpu::CpuLevel::get().vector() {
        // SAFETY: AVX2 and FMA are available (the CPU level says so).
        return unsafe { weighted_response_sum_x86(resp, size, (dx, dy), sigma) };
    }
    weighted_response_sum_plain(resp, size, (dx, dy), sigma)
}

fn weighted_response_sum_plain(resp: &[f32], size: usize, (dx, dy): (f32, f32), sigma: f32) -> f32 {
    let mut sum = 0.0f32;
    for ii in 0..size {
        let vx = (dy - ii as f32) * (dy - ii as f32);
        for jj in 0..size {
            sum += weighted(resp[ii * size + jj], vx, dx - jj as f32, sigma);
        }
    }
    sum
}

/// One term of [`weighted_response_sum`]: `(float)(r · exp(−0.5·(vx + d²) / σ²))`.
#[inline(always)]
fn weighted(r: f32, vx: f32, d: f32, sigma: f32) -> f32 {
    let w = math::exp(-0.5 * (vx + d * d) as f64 / (sigma * sigma) as f64);
    (r as f64 * w) as f32
}

/// [`weighted_response_sum`] with the weights four at a time (`exp_pd`, equal to `exp` lane
/// by lane; the other operations exact conversions and IEEE arithmetic as in the scalar
/// loop), the sum still in row order. The scalar `exp` there calls a software `fma` in the
/// portable build: 1.7% of a tracked frame.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn weighted_response_sum_x86(
    resp: &[f32],
    size: usize,
    (dx, dy): (f32, f32),
    sigma: f32,
) -> f32 {
    use std::arch::x86_64::*;
    assert!(resp.len() >= size * size);
    let s2 = _mm256_set1_pd((sigma * sigma) as f64);
    let half = _mm256_set1_pd(-0.5);
    let mut vys = [0.0f32; 4];
    let mut ws = [0.0f64; 4];
    let mut sum = 0.0f32;
    for ii in 0..size {
        let vx = (dy - ii as f32) * (dy - ii as f32);
        let row = &resp[ii * size..(ii + 1) * size];
        let mut jj = 0;
        while jj + 4 <= size {
            for (l, vy) in vys.iter_mut().enumerate() {
                let d = dx - (jj + l) as f32;
                *vy = vx + d * d;
            }
            let arg = _mm256_div_pd(
                _mm256_mul_pd(half, _mm256_cvtps_pd(_mm_loadu_ps(vys.as_ptr()))),
                s2,
            );
            _mm256_storeu_pd(ws.as_mut_ptr(), math::x86::exp_pd(arg));
            for (l, &w) in ws.iter().enumerate() {
                sum += (row[jj + l] as f64 * w) as f32;
            }
            jj += 4;
        }
        for (j, &r) in row.iter().enumerate().skip(jj) {
            sum += weighted(r, vx, dx - j as f32, sigma);
        }
    }
    sum
}

/// `CLNF::NU_RLMS`' model likelihood: the mean over visible landmarks of the log of the
/// response map weighted by a Gaussian of width `sigma` around (dx, dy).
fn log_likelihood(ctx: &Context, dxs: &[f32], dys: &[f32]) -> f32 {
    let vis = ctx.visibilities;
    let resp_size = ctx.window;
    let sigma = ctx.opts.sigma;
    let mut loglhood = 0.0f32;
    for i in 0..dxs.len() {
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
        let sum = weighted_response_sum(resp, resp_size, (dxs[i], dys[i]), sigma);
        loglhood = (loglhood as f64 + math::ln(sum as f64 + 1e-8)) as f32;
    }
    let visible: f64 = vis.iter().map(|&v| v as f64).sum();
    (loglhood as f64 / visible) as f32
}

/// `NonVectorisedMeanShift_precalc_kde`: per visible landmark, the KDE-weighted mean of its
/// response map around (dx, dy) (clamped to the map, snapped to the 0.1 grid) minus (dx, dy).
fn mean_shift(
    grid: &KdeGrid,
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
    // Landmarks go through the sums four at a time (independent chains in flight); each
    // landmark's own sums keep their order.
    let mut group: [MeanShiftItem; 4] = [(0, 0.0, 0.0, &[], &[]); 4];
    let mut len = 0;
    for i in 0..n {
        out[i] = 0.0;
        out[i + n] = 0.0;
        let resp = &responses[i];
        if vis[i] == 0 || resp.len() != cells {
            continue;
        }
        let lim = resp_size as f32 - KDE_STEP;
        let dx = dxs[i].max(0.0).min(lim);
        let dy = dys[i].max(0.0).min(lim);
        let dx = if dxs[i] < 0.0 { 0.0 } else { dx };
        let dy = if dys[i] < 0.0 { 0.0 } else { dy };
        let col = (dy / KDE_STEP + 0.5) as usize;
        let row = (dx / KDE_STEP + 0.5) as usize;
        let idx = row * steps + col;
        let Some(kernel) = grid.kernel(idx) else {
            continue;
        };
        group[len] = (i, dx, dy, resp, kernel);
        len += 1;
        if len == 4 {
            mean_shift_group(&group, 4, resp_size, n, out);
            len = 0;
        }
    }
    if len > 0 {
        for l in len..4 {
            group[l] = group[0];
        }
        mean_shift_group(&group, len, resp_size, n, out);
    }
}

/// A landmark for [`mean_shift_group`]: index, clamped (dx, dy), response map, KDE kernel.
type MeanShiftItem<'a> = (usize, f32, f32, &'a [f32], &'a [f32]);

/// The KDE-weighted means of four landmarks (the first `used` are written).
fn mean_shift_group(
    group: &[MeanShiftItem; 4],
    used: usize,
    resp_size: usize,
    n: usize,
    out: &mut [f32],
) {
    let cells = resp_size * resp_size;
    let resp: [&[f32]; 4] = std::array::from_fn(|l| &group[l].3[..cells]);
    let kernel: [&[f32]; 4] = std::array::from_fn(|l| &group[l].4[..cells]);
    let (mut mx, mut my, mut sum) = ([0.0f32; 4], [0.0f32; 4], [0.0f32; 4]);
    for ii in 0..resp_size {
        for jj in 0..resp_size {
            let c = ii * resp_size + jj;
            for l in 0..4 {
                let v = resp[l][c] * kernel[l][c];
                sum[l] += v;
                mx[l] += v * jj as f32;
                my[l] += v * ii as f32;
            }
        }
    }
    for l in 0..used {
        let (i, dx, dy, _, _) = group[l];
        out[i] = mx[l] / sum[l] - dx;
        out[i + n] = my[l] / sum[l] - dy;
    }
}

/// `PDM::Clamp`: each local parameter to ±3√λ.
fn clamp_local(pdm: &Pdm, local: &mut [f32]) {
    for (p, &e) in local.iter_mut().zip(&pdm.eigen_values) {
        // `n_sigmas * sqrt(e)`: the float 3 times the double `sqrt` (the C function), in
        // double, rounded to float once.
        let v = (3.0f64 * (e as f64).sqrt()) as f32;
        if p.abs() > v {
            *p = if *p > 0.0 { v } else { -v };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::landmarks::Landmarks2d;
    use crate::model::pdm::GlobalParams;

    /// The weighted sum of the likelihood, four weights at a time, is the scalar loop's float
    /// on random maps, offsets and widths (windows 5 to 11, with and without a tail).
    #[test]
    fn weighted_response_sums_agree() {
        let mut rng = crate::test_support::Rng(0x5eed_1234_abcd_0001);
        for case in 0..400 {
            let size = 5 + case % 7;
            let resp: Vec<f32> = (0..size * size).map(|_| (rng.next() + 1.0) * 0.3).collect();
            let d = (rng.next() * size as f32, rng.next() * size as f32);
            let sigma = 1.0 + (rng.next() + 1.0) * 1.5;
            let plain = weighted_response_sum_plain(&resp, size, d, sigma);
            let dispatched = weighted_response_sum(&resp, size, d, sigma);
            assert_eq!(plain.to_bits(), dispatched.to_bits(), "case {case}");
        }
    }

    /// The real 68-point PDM with a pose, visibilities and options for synthetic passes.
    struct Fixture {
        pdm: Pdm,
        params: PdmParams,
        visibilities: Vec<i32>,
        opts: ClnfParams,
        kde: KdeCache,
    }

    impl Fixture {
        fn new(rotation: [f32; 3], hidden: &[usize], opts: ClnfParams) -> Self {
            let path = crate::test_support::shared_dir()
                .join("models/openface-2.2/model/pdms/In-the-wild_aligned_PDM_68.txt");
            let pdm = Pdm::read(&path).unwrap();
            let mut visibilities = vec![1; pdm.num_points()];
            hidden.iter().for_each(|&i| visibilities[i] = 0);
            let params = PdmParams {
                global: GlobalParams {
                    scale: 2.0,
                    rotation,
                    tx: 300.0,
                    ty: 200.0,
                },
                local: vec![0.0; pdm.num_modes()],
            };
            Fixture {
                pdm,
                params,
                visibilities,
                opts,
                kde: KdeCache::default(),
            }
        }

        /// A pass's context: `responses` centred on `base`, the similarity `sim` (image to
        /// reference) and its inverse.
        fn context<'a>(
            &'a self,
            responses: &'a [Vec<f32>],
            base: &'a Landmarks2d,
            sim: [f32; 4],
            window: usize,
        ) -> Context<'a> {
            let det = sim[0] * sim[3] - sim[1] * sim[2];
            Context {
                pdm: &self.pdm,
                visibilities: &self.visibilities,
                responses,
                base_shape: base.as_slice(),
                sim_img_to_ref: sim,
                sim_ref_to_img: [sim[3] / det, -sim[1] / det, -sim[2] / det, sim[0] / det],
                window,
                opts: &self.opts,
                weights: None,
                kde: &self.kde,
            }
        }
    }

    /// One rigid NU-RLMS iteration on the real PDM with synthetic response maps: every map is
    /// a single peak one pixel right of its centre, the similarity is the identity. Then (from
    /// `NonVectorisedMeanShift_precalc_kde`) each mean shift is exactly (+1, 0) — a delta
    /// response makes the KDE-weighted mean the peak itself — and, since that shift is
    /// `J·e_tx`, the Gauss-Newton step is `e_tx`: tx grows by 1, the rest stays (up to
    /// float rounding). With the peak at the centre nothing moves at all.
    #[test]
    fn one_rigid_iteration_on_shifted_peaks() {
        let opts = ClnfParams {
            iterations: 1,
            ..ClnfParams::default()
        };
        let f = Fixture::new([0.0; 3], &[], opts);
        let base = f.pdm.shape_2d(&f.params);
        for (peak_x, expected_dtx) in [(6usize, 1.0f32), (5, 0.0)] {
            let mut map = vec![0.0f32; 121];
            map[5 * 11 + peak_x] = 1.0;
            let responses = vec![map; f.pdm.num_points()];
            let ctx = f.context(&responses, &base, [1.0, 0.0, 0.0, 1.0], 11);
            let mut p = f.params.clone();
            nu_rlms(&ctx, Pass::Rigid, false, &mut p, &mut Workspace::default()).unwrap();
            let g = p.global;
            assert!((g.tx - 300.0 - expected_dtx).abs() < 1e-3, "{g:?}");
            assert!((g.ty - 200.0).abs() < 1e-3, "{g:?}");
            assert!((g.scale - 2.0).abs() < 1e-5, "{g:?}");
            assert!(g.rotation.iter().all(|r| r.abs() < 1e-5), "{g:?}");
        }
    }

    /// Per landmark a smooth bump at a landmark-dependent place in a 9×9 map.
    fn bump_responses(n: usize) -> Vec<Vec<f32>> {
        (0..n)
            .map(|i| {
                let (px, py) = ((i * 7 % 9) as f32, (i * 5 % 9) as f32);
                (0..81)
                    .map(|k| {
                        let (y, x) = ((k / 9) as f32, (k % 9) as f32);
                        (-((x - px).powi(2) + (y - py).powi(2)) / 4.0).exp()
                    })
                    .collect()
            })
            .collect()
    }

    fn pass(ctx: &Context, weights: Option<&[f32]>, params: &mut PdmParams, pass: Pass) -> f32 {
        let ctx = Context { weights, ..*ctx };
        nu_rlms(&ctx, pass, true, params, &mut Workspace::default()).unwrap()
    }

    /// With unit weights the weighted pass is the unweighted one, bit for bit (`1·J = J`).
    #[test]
    fn unit_weights_reproduce_the_unweighted_pass() {
        let f = Fixture::new([0.05, -0.1, 0.02], &[3], ClnfParams::default());
        let n = f.pdm.num_points();
        let base = f.pdm.shape_2d(&f.params);
        let responses = bump_responses(n);
        let ctx = f.context(&responses, &base, [0.9, 0.1, -0.1, 0.9], 9);
        let ones = vec![1.0f32; n];
        for kind in [Pass::Rigid, Pass::NonRigid] {
            let mut a = f.params.clone();
            let mut b = f.params.clone();
            let la = pass(&ctx, None, &mut a, kind);
            let lb = pass(&ctx, Some(&ones), &mut b, kind);
            assert_ne!(a, f.params, "the pass should move the parameters");
            assert_eq!(a, b, "{kind:?}");
            assert_eq!(la.to_bits(), lb.to_bits(), "{la} vs {lb}");
        }
    }

    /// Uneven weights change the step; too few weights are an error.
    #[test]
    fn weights_change_the_step() {
        let f = Fixture::new([0.05, -0.1, 0.02], &[3], ClnfParams::default());
        let n = f.pdm.num_points();
        let base = f.pdm.shape_2d(&f.params);
        let responses = bump_responses(n);
        let ctx = f.context(&responses, &base, [1.0, 0.0, 0.0, 1.0], 9);
        let uneven: Vec<f32> = (0..n).map(|i| 0.5 + (i % 4) as f32).collect();
        let mut a = f.params.clone();
        let mut b = f.params.clone();
        pass(&ctx, Some(&vec![1.0; n]), &mut a, Pass::NonRigid);
        pass(&ctx, Some(&uneven), &mut b, Pass::NonRigid);
        assert!(a.global.tx.is_finite() && b.global.tx.is_finite());
        assert_ne!(a, b);
        let short = Context {
            weights: Some(&uneven[..n - 1]),
            ..ctx
        };
        let mut c = f.params.clone();
        let result = nu_rlms(
            &short,
            Pass::NonRigid,
            false,
            &mut c,
            &mut Workspace::default(),
        );
        assert!(result.is_err());
    }
}
