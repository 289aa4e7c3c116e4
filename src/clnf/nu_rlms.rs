//! NU-RLMS (`CLNF::NU_RLMS`, `NonVectorisedMeanShift_precalc_kde`) and the helpers it needs:
//! the similarity between the image and the reference shape (`AlignShapesWithScale`), the
//! PDM Jacobians, OpenCV's Cholesky solve, and `PDM::UpdateModelParameters`/`Clamp`.

use super::ccnf::CcnfScale;
use super::ClnfParams;
use crate::error::Result;
use crate::pdm::{Pdm, PdmParams};
use crate::rotation::{
    axis_angle_to_euler, euler_to_rotation_matrix, matx_mul, orthonormalise,
    rotation_matrix_to_axis_angle, Mat3f,
};
use opencv::core::{self as cv, Mat};
use opencv::prelude::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Grid step of the precomputed mean-shift kernel.
const KDE_STEP: f32 = 0.1;
/// Shape movement (L2 over all coordinates, pixels) below which a pass stops.
const CONVERGED_SHAPE_MOVE: f64 = 0.01;

/// Everything one NU-RLMS pass reads.
pub struct Context<'a> {
    pub pdm: &'a Pdm,
    pub scale: &'a CcnfScale,
    pub view: usize,
    /// Per landmark a `window × window` response map (empty when not computed).
    pub responses: &'a [Vec<f32>],
    /// The shape the responses are centred on (`x…, y…`).
    pub base_shape: &'a [f32],
    /// 2×2 row-major similarity, image to reference, and its inverse.
    pub sim_img_to_ref: [f32; 4],
    pub sim_ref_to_img: [f32; 4],
    pub window: usize,
    pub opts: &'a ClnfParams,
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
                    g.push(((self.a * (vx + vy)) as f64).exp() as f32);
                }
            }
            g.into_boxed_slice()
        }))
    }
}

/// One NU-RLMS pass (`CLNF::NU_RLMS` with identity weights when `weight_factor` is 0):
/// `rigid` optimises the 6 global parameters only; otherwise all, with the shape prior
/// `reg_factor/λ`. Updates `params` in place; returns the mean log-likelihood when
/// `compute_likelihood`, else 0.
///
/// # Errors
/// OpenCV failures.
pub fn nu_rlms(
    ctx: &Context,
    params: &mut PdmParams,
    rigid: bool,
    compute_likelihood: bool,
    kde: &KdeCache,
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
    let mut previous: Vec<f32> = Vec::new();
    let grid = kde.grid(resp_size, a);
    for iter in 0..ctx.opts.iterations {
        let current = pdm.shape_2d(params);
        if iter > 0 && l2_distance(&current, &previous) < CONVERGED_SHAPE_MOVE {
            break;
        }
        previous.clone_from(&current);
        compute_jacobian(pdm, params, rigid, &mut jac);

        // Offsets of the current shape from the base shape, in the reference frame.
        let s = ctx.sim_img_to_ref;
        for i in 0..n {
            let ox = current[i] - ctx.base_shape[i];
            let oy = current[i + n] - ctx.base_shape[i + n];
            let rx = (ox as f64 * s[0] as f64 + oy as f64 * s[1] as f64) as f32;
            let ry = (ox as f64 * s[2] as f64 + oy as f64 * s[3] as f64) as f32;
            dxs[i] = rx + half;
            dys[i] = ry + half;
        }
        mean_shift(
            &grid,
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
                jac[i * p..(i + 1) * p].iter_mut().for_each(|v| *v = 0.0);
                jac[(i + n) * p..(i + n + 1) * p]
                    .iter_mut()
                    .for_each(|v| *v = 0.0);
                mean_shifts[i] = 0.0;
                mean_shifts[i + n] = 0.0;
            }
        }
        // J_w_t_m = Jᵀ·v (OpenCV gemm: double sums in groups of four), minus the prior.
        let mut rhs = vec![0.0f32; p];
        let mut column = vec![0.0f32; 2 * n];
        for (c, r) in rhs.iter_mut().enumerate() {
            for (k, v) in column.iter_mut().enumerate() {
                *v = jac[k * p + c];
            }
            *r = dot4_f64(&column, &mean_shifts) as f32;
        }
        if !rigid {
            for j in 0..m {
                let t = reg[j] as f64 * params.local[j] as f64;
                rhs[6 + j] = (rhs[6 + j] as f64 - t) as f32;
            }
        }
        // Hessian = prior + JᵀJ (OpenBLAS sgemm: fused multiply-add chains).
        let mut hessian = vec![0.0f32; p * p];
        for r in 0..p {
            for c in 0..=r {
                let mut acc = 0.0f32;
                for k in 0..2 * n {
                    acc = jac[k * p + r].mul_add(jac[k * p + c], acc);
                }
                hessian[r * p + c] = acc;
                hessian[c * p + r] = acc;
            }
        }
        if !rigid {
            for j in 0..m {
                hessian[(6 + j) * p + 6 + j] += reg[j];
            }
        }
        if !cholesky_solve(&hessian, p, &mut rhs) {
            rhs.iter_mut().for_each(|v| *v = 0.0);
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
                    let v = (resp[ii * resp_size + jj] as f64 * w) as f32;
                    sum += v;
                }
            }
            loglhood = (loglhood as f64 + (sum as f64 + 1e-8).ln()) as f32;
        }
        let visible: f64 = vis.iter().map(|&v| v as f64).sum();
        loglhood = (loglhood as f64 / visible) as f32;
    }
    Ok(loglhood)
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
    for i in 0..n {
        let resp = &responses[i];
        if vis[i] == 0 || resp.len() != cells {
            out[i] = 0.0;
            out[i + n] = 0.0;
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
            out[i] = 0.0;
            out[i + n] = 0.0;
            continue;
        };
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

/// `cv::norm(a, b)` (L2) of two float vectors, in double.
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

/// OpenCV gemm's dot product for `A·B` with a vector: four interleaved double sums.
fn dot4_f64(a: &[f32], b: &[f32]) -> f64 {
    let mut s = [0.0f64; 4];
    let unrolled = a.len() - a.len() % 4;
    for k in 0..a.len() {
        let lane = if k < unrolled { k % 4 } else { 0 };
        s[lane] += a[k] as f64 * b[k] as f64;
    }
    ((s[0] + s[1]) + s[2]) + s[3]
}

/// `PDM::ComputeRigidJacobian` / `PDM::ComputeJacobian`: `2n × p` row-major, x rows then y
/// rows, float arithmetic as OpenFace writes it.
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

/// `cv::solve(A, b, DECOMP_CHOLESKY)` for a float system below 100 rows (OpenCV's
/// `CholImpl<float>`: double running sums, float factor with inverted diagonal). Solves in
/// place; false when a pivot is below `FLT_EPSILON`.
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

/// `PDM::UpdateModelParameters` (rotation composed through the orthonormalised small-angle
/// matrix and axis-angle; NaN angles become zeros).
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

/// `Utilities::AlignShapesWithScale(src, dst)`: the 2×2 scale-rotation (row-major) taking the
/// mean-normalised `src` onto `dst` (RMS scales, Kabsch rotation by OpenCV's SVD). Shapes are
/// `x…, y…` of `n` points.
pub fn align_shapes_with_scale(src: &[f32], dst: &[f32], n: usize) -> [f32; 4] {
    let normalise = |s: &[f32]| -> ([Vec<f32>; 2], f32) {
        let mut cols = [s[..n].to_vec(), s[n..2 * n].to_vec()];
        for c in cols.iter_mut() {
            let mean = (c.iter().map(|&v| v as f64).sum::<f64>() / n as f64) as f32;
            c.iter_mut().for_each(|v| *v -= mean);
        }
        let sq: f64 = cols
            .iter()
            .flat_map(|c| c.iter())
            .map(|&v| (v * v) as f64)
            .sum();
        let scale = (sq / n as f64).sqrt() as f32;
        let inv = (1.0f64 / scale as f64) as f32;
        for c in cols.iter_mut() {
            c.iter_mut().for_each(|v| *v *= inv);
        }
        (cols, scale)
    };
    let (a, s_src) = normalise(src);
    let (b, s_dst) = normalise(dst);
    let s = s_dst / s_src;
    // align_from.t() * align_to (2×2), double sums rounded to float.
    let mut h = [0.0f32; 4];
    for r in 0..2 {
        for c in 0..2 {
            h[r * 2 + c] = dot4_f64(&a[r], &b[c]) as f32;
        }
    }
    let rot = kabsch_from_cross(&h);
    [s * rot[0], s * rot[1], s * rot[2], s * rot[3]]
}

/// `AlignShapesKabsch2D` from the 2×2 cross-covariance: `R = V·diag(1, ±1)·Uᵀ` with OpenCV's
/// SVD (`cv::SVD`, float).
fn kabsch_from_cross(h: &[f32; 4]) -> [f32; 4] {
    let svd = || -> opencv::Result<([f32; 4], [f32; 4])> {
        let m = Mat::new_rows_cols_with_data(2, 2, h)?;
        let (mut w, mut u, mut vt) = (Mat::default(), Mat::default(), Mat::default());
        cv::sv_decomp(&m, &mut w, &mut u, &mut vt, 0)?;
        let get = |x: &Mat| -> opencv::Result<[f32; 4]> {
            let d = x.data_typed::<f32>()?;
            Ok([d[0], d[1], d[2], d[3]])
        };
        Ok((get(&u)?, get(&vt)?))
    };
    let Ok((u, vt)) = svd() else {
        return [1.0, 0.0, 0.0, 1.0];
    };
    // V·Uᵀ, then its determinant's sign.
    let v = [vt[0], vt[2], vt[1], vt[3]];
    let ut = [u[0], u[2], u[1], u[3]];
    let mul = |x: &[f32; 4], y: &[f32; 4]| -> [f32; 4] {
        let e = |r: usize, c: usize| {
            (x[r * 2] as f64 * y[c] as f64 + x[r * 2 + 1] as f64 * y[2 + c] as f64) as f32
        };
        [e(0, 0), e(0, 1), e(1, 0), e(1, 1)]
    };
    let vut = mul(&v, &ut);
    let det = vut[0] as f64 * vut[3] as f64 - vut[1] as f64 * vut[2] as f64;
    let corr = [1.0, 0.0, 0.0, if det > 0.0 { 1.0 } else { -1.0 }];
    mul(&mul(&v, &corr), &ut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cholesky_solves_a_small_system() {
        let a = [4.0f32, 2.0, 2.0, 3.0];
        let mut b = [2.0f32, 1.0];
        assert!(cholesky_solve(&a, 2, &mut b));
        assert!((b[0] - 0.5).abs() < 1e-6 && b[1].abs() < 1e-6, "{b:?}");
    }

    #[test]
    fn alignment_of_a_rotated_scaled_copy() {
        let n = 5;
        let src = [0.0f32, 1.0, 2.0, 0.5, 3.0, 0.0, 1.0, 0.0, 2.0, 1.5];
        let (c, s) = (0.3f32.cos() * 2.0, 0.3f32.sin() * 2.0);
        let mut dst = [0.0f32; 10];
        for i in 0..n {
            dst[i] = c * src[i] - s * src[i + n] + 7.0;
            dst[i + n] = s * src[i] + c * src[i + n] - 3.0;
        }
        let a = align_shapes_with_scale(&src, &dst, n);
        for (x, y) in a.iter().zip([c, -s, s, c]) {
            assert!((x - y).abs() < 1e-5, "{a:?}");
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
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/models/openface-2.2/model/pdms/In-the-wild_aligned_PDM_68.txt");
        let pdm = Pdm::read(&dir).unwrap();
        let n = pdm.num_points();
        let scale = CcnfScale {
            patch_scaling: 0.25,
            centers: vec![[0.0; 3]],
            visibilities: vec![vec![1; n]],
            experts: vec![Vec::new()],
        };
        let opts = ClnfParams {
            iterations: 1,
            ..ClnfParams::default()
        };
        let params = PdmParams {
            global: crate::pdm::GlobalParams {
                scale: 2.0,
                rotation: [0.0; 3],
                tx: 300.0,
                ty: 200.0,
            },
            local: vec![0.0; pdm.num_modes()],
        };
        let base = pdm.shape_2d(&params);
        for (peak_x, expected_dtx) in [(6usize, 1.0f32), (5, 0.0)] {
            let mut map = vec![0.0f32; 121];
            map[5 * 11 + peak_x] = 1.0;
            let responses = vec![map; n];
            let ctx = Context {
                pdm: &pdm,
                scale: &scale,
                view: 0,
                responses: &responses,
                base_shape: &base,
                sim_img_to_ref: [1.0, 0.0, 0.0, 1.0],
                sim_ref_to_img: [1.0, 0.0, 0.0, 1.0],
                window: 11,
                opts: &opts,
            };
            let mut p = params.clone();
            nu_rlms(&ctx, &mut p, true, false, &KdeCache::default()).unwrap();
            let g = p.global;
            assert!((g.tx - 300.0 - expected_dtx).abs() < 1e-3, "{g:?}");
            assert!((g.ty - 200.0).abs() < 1e-3, "{g:?}");
            assert!((g.scale - 2.0).abs() < 1e-5, "{g:?}");
            assert!(g.rotation.iter().all(|r| r.abs() < 1e-5), "{g:?}");
        }
    }
}
