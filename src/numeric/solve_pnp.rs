//! OpenCV 4.6's `cv::solvePnP(object, image, K, noArray(), rvec, tvec, true, SOLVEPNP_ITERATIVE)`
//! reproduced bit for bit, as Debian 12's OpenCV computes it against OpenBLAS 0.3.21 running its
//! Haswell kernels on one thread, so OpenFace's head pose no longer depends on the BLAS, the CPU
//! or the platform's libm.
//!
//! Call graph reproduced (no distortion, extrinsic guess given):
//!
//! * `solvePnP` → `solvePnPGeneric` → `cvFindExtrinsicCameraParams2`: points and guess converted
//!   to double, no initialisation, then Levenberg–Marquardt refinement driven by
//!   `CvLevMarq::update` (6 parameters, `2n` residuals, at most 20 iterations, relative step
//!   below `FLT_EPSILON`, `log10 λ` starting at −3 and clamped to [−16, 16]).
//! * Residuals and Jacobian: `cvProjectPoints2Internal` (with all fourteen distortion
//!   coefficients zero and an identity tilt matrix, evaluated literally, so every ±0 and every
//!   NaN propagates as in OpenCV) on top of `cvRodrigues2` with its 3×9 Jacobian; the residual
//!   is projection − observation.
//! * `JᵀJ`: `cvMulTransposed` → `cv::mulTransposed` → `MulTransposedR<double,double>` (OpenCV
//!   keeps it: only a result of 100 × 100 or more goes to `gemm`): every upper element one
//!   sequential sum of plain products over the rows, the lower triangle mirrored. The CPU
//!   dispatched build (AVX2 here) is not contracted into FMA — checked against the library.
//! * `Jᵀ·err`: `cv::gemm(J, err, GEMM_1_T)`. With `2n ≥ 100` rows (`HAL_GEMM_SMALL_MATRIX_THRESH`)
//!   it goes to `cblas_dgemm(RowMajor, Trans, NoTrans, 6, 1, 2n, …)`, i.e. OpenBLAS's column-major
//!   `dgemm_nt` with `m = 1, n = 6`: the Haswell `dgemm_kernel_4x8_haswell` 1×4 and 1×2 tiles,
//!   one FMA chain per element in row order, per `DGEMM_Q = 256` block (see `blas_jt_err`).
//!   Below 100 rows OpenCV's own `GEMMSingleMul<double,double>` (four interleaved sums).
//! * `CvLevMarq::step`: `λ = exp(log10λ · log 10)` (glibc), `diag(JᵀJ) *= 1 + λ`, then
//!   `cv::solve(…, DECOMP_SVD)`: OpenCV's own one-sided Jacobi SVD (`JacobiSVDImpl_` with
//!   `lapack.cpp`'s own `hypot`; `hal::SVD64f` only calls LAPACK from 25 rows) and
//!   `SVBkSbImpl_` back-substitution.
//! * `cvNorm` (`normL2Sqr` in groups of four) for the error norms and the relative step.
//!
//! Verified bit for bit against Debian 12's OpenCV 4.6 (`OPENBLAS_CORETYPE=Haswell`, one thread)
//! on 20 000+ random problems (3 to 520 points, float inputs as OpenFace passes them, all-zero
//! image points included); the tests below pin 52 of them.

use super::math;
#[cfg(test)]
use super::opencv::hypot;
use super::opencv::jacobi_svd;
use super::opencv::OPENCV_BLAS_GEMM_MIN_ROWS as BLAS_ROWS;

/// `FLT_EPSILON`: the termination threshold of the relative parameter change.
const FLT_EPSILON: f64 = f32::EPSILON as f64;
/// Iteration limit `cvFindExtrinsicCameraParams2` passes to `CvLevMarq`.
const MAX_ITER: usize = 20;
/// K blocking of OpenBLAS's level-3 driver for double on Haswell (`DGEMM_DEFAULT_Q`).
const DGEMM_Q: usize = 256;
/// Rows per kernel panel (`DGEMM_DEFAULT_UNROLL_M`), used by the K-block split rule.
const DGEMM_UNROLL_M: usize = 4;

/// `cv::solvePnP(object, image, K, no distortion, rvec, tvec, useExtrinsicGuess = true,
/// SOLVEPNP_ITERATIVE)` as OpenCV 4.6 computes it with OpenBLAS's Haswell kernel, for the camera
/// matrix `[fx 0 cx; 0 fy cy; 0 0 1]` (`camera` = `[fx, fy, cx, cy]`). `rvec`, `tvec`: the guess in, the result out (OpenCV's
/// double result; a `CV_32F` output is its `as f32` rounding). Returns `false` (and leaves the
/// vectors alone) where OpenCV would throw: fewer than 3 points or mismatched lengths.
pub fn solve_pnp_iterative(
    object: &[[f64; 3]],
    image: &[[f64; 2]],
    camera: [f64; 4],
    rvec: &mut [f64; 3],
    tvec: &mut [f64; 3],
) -> bool {
    let n = object.len();
    if n < 3 || image.len() != n {
        return false;
    }
    let rows = 2 * n;
    let cam = camera;
    let mut param = [rvec[0], rvec[1], rvec[2], tvec[0], tvec[1], tvec[2]];
    let mut jac = vec![0.0f64; rows * 6];
    let mut err = vec![0.0f64; rows];
    let mut jtj = [[0.0f64; 6]; 6];
    let mut jt_err = [0.0f64; 6];
    let mut lambda_lg10: i32 = -3;
    let mut iters = 0usize;
    let mut prev_err_norm = f64::MAX;

    // State STARTED → CALC_J: residuals and Jacobian at the guess.
    residuals(object, image, &cam, &param, &mut err, Some(&mut jac));
    loop {
        // CALC_J: normal equations, one step.
        mul_transposed(&jac, rows, &mut jtj);
        if rows >= BLAS_ROWS {
            blas_jt_err(&jac, &err, rows, &mut jt_err);
        } else {
            single_mul_jt_err(&jac, &err, rows, &mut jt_err);
        }
        let prev_param = param;
        lm_step(&jtj, &jt_err, lambda_lg10, &prev_param, &mut param);
        if iters == 0 {
            prev_err_norm = norm_l2(&err);
        }
        residuals(object, image, &cam, &param, &mut err, None);
        // CHECK_ERR, repeated while the error grows and λ may still rise.
        let err_norm = loop {
            let e = norm_l2(&err);
            if e > prev_err_norm {
                lambda_lg10 += 1;
                if lambda_lg10 <= 16 {
                    lm_step(&jtj, &jt_err, lambda_lg10, &prev_param, &mut param);
                    residuals(object, image, &cam, &param, &mut err, None);
                    continue;
                }
            }
            break e;
        };
        lambda_lg10 = (lambda_lg10 - 1).max(-16);
        iters += 1;
        if iters >= MAX_ITER || norm_relative_l2(&param, &prev_param) < FLT_EPSILON {
            break;
        }
        prev_err_norm = err_norm;
        residuals(object, image, &cam, &param, &mut err, Some(&mut jac));
    }
    rvec.copy_from_slice(&param[..3]);
    tvec.copy_from_slice(&param[3..]);
    true
}

/// `cvRodrigues2` from a rotation vector: the rotation matrix (row-major) and the 3×9
/// Jacobian `d R[k] / d r[i]` at `[i*9 + k]`.
fn rodrigues(r: [f64; 3]) -> ([f64; 9], [f64; 27]) {
    let mut jac = [0.0f64; 27];
    let theta = ((r[0] * r[0] + r[1] * r[1]) + r[2] * r[2]).sqrt();
    if theta < f64::EPSILON {
        jac[5] = -1.0;
        jac[15] = -1.0;
        jac[19] = -1.0;
        jac[7] = 1.0;
        jac[11] = 1.0;
        jac[21] = 1.0;
        return ([1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0], jac);
    }
    let c = math::cos(theta);
    let s = math::sin(theta);
    let c1 = 1.0 - c;
    let itheta = if theta != 0.0 { 1.0 / theta } else { 0.0 };
    let (x, y, z) = (r[0] * itheta, r[1] * itheta, r[2] * itheta);
    let rrt = [
        x * x,
        x * y,
        x * z,
        x * y,
        y * y,
        y * z,
        x * z,
        y * z,
        z * z,
    ];
    let r_x = [0.0, -z, y, z, 0.0, -x, -y, x, 0.0];
    let eye = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0];
    let mut rot = [0.0f64; 9];
    for k in 0..9 {
        // Matx: (c·I + c1·rrᵀ) + s·[r]ₓ, each scaled element rounded.
        rot[k] = (eye[k] * c + rrt[k] * c1) + r_x[k] * s;
    }
    let drrt = [
        x + x,
        y,
        z,
        y,
        0.0,
        0.0,
        z,
        0.0,
        0.0, //
        0.0,
        x,
        0.0,
        x,
        y + y,
        z,
        0.0,
        z,
        0.0, //
        0.0,
        0.0,
        x,
        0.0,
        0.0,
        y,
        x,
        y,
        z + z,
    ];
    let d_r_x = [
        0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 1.0, 0.0, //
        0.0, 0.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, //
        0.0, -1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0,
    ];
    for i in 0..3 {
        let ri = [x, y, z][i];
        let a0 = -s * ri;
        let a1 = (s - 2.0 * c1 * itheta) * ri;
        let a2 = c1 * itheta;
        let a3 = (c - s * itheta) * ri;
        let a4 = s * itheta;
        for k in 0..9 {
            jac[i * 9 + k] = (((a0 * eye[k] + a1 * rrt[k]) + a2 * drrt[i * 9 + k]) + a3 * r_x[k])
                + a4 * d_r_x[i * 9 + k];
        }
    }
    (rot, jac)
}

/// `cvProjectPoints2Internal` (zero distortion, identity tilt) minus the observations:
/// `err[2i], err[2i+1]` = projection − image point; with `jac`, rows `2i, 2i+1` of the
/// `2n × 6` Jacobian (`dp/dr` in columns 0–2, `dp/dt` in 3–5).
fn residuals(
    object: &[[f64; 3]],
    image: &[[f64; 2]],
    cam: &[f64; 4],
    param: &[f64; 6],
    err: &mut [f64],
    mut jac: Option<&mut Vec<f64>>,
) {
    let [fx, fy, cx, cy] = *cam;
    let (rm, d_rdr) = rodrigues([param[0], param[1], param[2]]);
    let t = [param[3], param[4], param[5]];
    let k = [0.0f64; 14];
    let tilt = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0f64];
    for (i, (p, obs)) in object.iter().zip(image).enumerate() {
        let (cx_, cy_, cz_) = (p[0], p[1], p[2]);
        let mut x = ((rm[0] * cx_ + rm[1] * cy_) + rm[2] * cz_) + t[0];
        let mut y = ((rm[3] * cx_ + rm[4] * cy_) + rm[5] * cz_) + t[1];
        let z0 = ((rm[6] * cx_ + rm[7] * cy_) + rm[8] * cz_) + t[2];
        let z = if z0 != 0.0 { 1.0 / z0 } else { 1.0 };
        x *= z;
        y *= z;
        let r2 = x * x + y * y;
        let r4 = r2 * r2;
        let r6 = r4 * r2;
        let a1 = 2.0 * x * y;
        let a2 = r2 + 2.0 * x * x;
        let a3 = r2 + 2.0 * y * y;
        let cdist = ((1.0 + k[0] * r2) + k[1] * r4) + k[4] * r6;
        let icdist2 = 1.0 / (((1.0 + k[5] * r2) + k[6] * r4) + k[7] * r6);
        let xd0 = ((((x * cdist) * icdist2 + k[2] * a1) + k[3] * a2) + k[8] * r2) + k[9] * r4;
        let yd0 = ((((y * cdist) * icdist2 + k[2] * a3) + k[3] * a1) + k[10] * r2) + k[11] * r4;
        let mut vt = [0.0f64; 3];
        for (row, v) in vt.iter_mut().enumerate() {
            *v = ((0.0 + tilt[row * 3] * xd0) + tilt[row * 3 + 1] * yd0) + tilt[row * 3 + 2] * 1.0;
        }
        let inv_proj = if vt[2] != 0.0 { 1.0 / vt[2] } else { 1.0 };
        let xd = inv_proj * vt[0];
        let yd = inv_proj * vt[1];
        err[2 * i] = (xd * fx + cx) - obs[0];
        err[2 * i + 1] = (yd * fy + cy) - obs[1];

        let Some(jac) = jac.as_deref_mut() else {
            continue;
        };
        let mut dm = [0.0f64; 4];
        for row in 0..2 {
            for col in 0..2 {
                dm[row * 2 + col] = tilt[row * 3 + col] * vt[2] - tilt[6 + col] * vt[row];
            }
        }
        let inv_proj_sq = inv_proj * inv_proj;
        for v in dm.iter_mut() {
            *v *= inv_proj_sq;
        }
        let tilt_mul = |a: f64, b: f64| -> (f64, f64) {
            ((0.0 + dm[0] * a) + dm[1] * b, (0.0 + dm[2] * a) + dm[3] * b)
        };
        let (jx, jy) = jac[12 * i..12 * i + 12].split_at_mut(6);

        let dxdt = [z, 0.0, -x * z];
        let dydt = [0.0, z, -y * z];
        for j in 0..3 {
            let dr2dt = 2.0 * x * dxdt[j] + 2.0 * y * dydt[j];
            let dcdist_dt = (k[0] * dr2dt + 2.0 * k[1] * r2 * dr2dt) + 3.0 * k[4] * r4 * dr2dt;
            let dicdist2_dt = -icdist2
                * icdist2
                * ((k[5] * dr2dt + 2.0 * k[6] * r2 * dr2dt) + 3.0 * k[7] * r4 * dr2dt);
            let da1dt = 2.0 * (x * dydt[j] + y * dxdt[j]);
            let dmxdt = (((((dxdt[j] * cdist * icdist2 + x * dcdist_dt * icdist2)
                + x * cdist * dicdist2_dt)
                + k[2] * da1dt)
                + k[3] * (dr2dt + 4.0 * x * dxdt[j]))
                + k[8] * dr2dt)
                + 2.0 * r2 * k[9] * dr2dt;
            let dmydt = (((((dydt[j] * cdist * icdist2 + y * dcdist_dt * icdist2)
                + y * cdist * dicdist2_dt)
                + k[2] * (dr2dt + 4.0 * y * dydt[j]))
                + k[3] * da1dt)
                + k[10] * dr2dt)
                + 2.0 * r2 * k[11] * dr2dt;
            let (d0, d1) = tilt_mul(dmxdt, dmydt);
            jx[3 + j] = fx * d0;
            jy[3 + j] = fy * d1;
        }

        let dot3 = |o: usize| (cx_ * d_rdr[o] + cy_ * d_rdr[o + 1]) + cz_ * d_rdr[o + 2];
        let dx0dr = [dot3(0), dot3(9), dot3(18)];
        let dy0dr = [dot3(3), dot3(12), dot3(21)];
        let dz0dr = [dot3(6), dot3(15), dot3(24)];
        for j in 0..3 {
            let dxdr = z * (dx0dr[j] - x * dz0dr[j]);
            let dydr = z * (dy0dr[j] - y * dz0dr[j]);
            let dr2dr = 2.0 * x * dxdr + 2.0 * y * dydr;
            let dcdist_dr = ((k[0] + 2.0 * k[1] * r2) + 3.0 * k[4] * r4) * dr2dr;
            let dicdist2_dr =
                -icdist2 * icdist2 * ((k[5] + 2.0 * k[6] * r2) + 3.0 * k[7] * r4) * dr2dr;
            let da1dr = 2.0 * (x * dydr + y * dxdr);
            let dmxdr = ((((dxdr * cdist * icdist2 + x * dcdist_dr * icdist2)
                + x * cdist * dicdist2_dr)
                + k[2] * da1dr)
                + k[3] * (dr2dr + 4.0 * x * dxdr))
                + (k[8] + 2.0 * r2 * k[9]) * dr2dr;
            let dmydr = ((((dydr * cdist * icdist2 + y * dcdist_dr * icdist2)
                + y * cdist * dicdist2_dr)
                + k[2] * (dr2dr + 4.0 * y * dydr))
                + k[3] * da1dr)
                + (k[10] + 2.0 * r2 * k[11]) * dr2dr;
            let (d0, d1) = tilt_mul(dmxdr, dmydr);
            jx[j] = fx * d0;
            jy[j] = fy * d1;
        }
    }
}

/// `cv::mulTransposed(J, JᵀJ, true)` for a `rows × 6` double matrix: OpenCV's
/// `MulTransposedR<double,double>`, each upper element `Σ_k J[k][i]·J[k][j]` accumulated in row
/// order from zero, then `completeSymm` copies it below the diagonal.
fn mul_transposed(jac: &[f64], rows: usize, out: &mut [[f64; 6]; 6]) {
    for i in 0..6 {
        for j in i..6 {
            let mut s = 0.0f64;
            for k in 0..rows {
                s += jac[k * 6 + i] * jac[k * 6 + j];
            }
            out[i][j] = s;
            out[j][i] = s;
        }
    }
}

/// `Jᵀ·err` through `cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, 6, 1, rows, 1, J, 6,
/// err, 1, 0, out, 1)`: OpenBLAS computes the column-major `1 × 6` product `errᵀ·J` (`dgemm_nt`).
/// `beta = 0` zeroes the output; the level-3 driver cuts `k = rows` into `DGEMM_Q` blocks
/// (`Q` while `2Q` remain, then half the rest rounded up to a multiple of 4, then the rest);
/// per block the Haswell kernel's 1×4 / 1×2 tiles (`KERNEL1x4_SUB`, `KERNEL1x2_SUB`) form each
/// element as one `vfmadd231sd` chain from zero in row order, and `SAVE` adds `alpha·sum` to the
/// output (`alpha = 1`).
fn blas_jt_err(jac: &[f64], err: &[f64], rows: usize, out: &mut [f64; 6]) {
    *out = [0.0; 6];
    let mut ls = 0;
    while ls < rows {
        let rem = rows - ls;
        let min_l = if rem >= 2 * DGEMM_Q {
            DGEMM_Q
        } else if rem > DGEMM_Q {
            (rem / 2).div_ceil(DGEMM_UNROLL_M) * DGEMM_UNROLL_M
        } else {
            rem
        };
        for (j, o) in out.iter_mut().enumerate() {
            let mut acc = 0.0f64;
            for k in ls..ls + min_l {
                acc = err[k].mul_add(jac[k * 6 + j], acc);
            }
            *o += acc * 1.0;
        }
        ls += min_l;
    }
}

/// `Jᵀ·err` for fewer than 100 rows: OpenCV's `GEMMSingleMul<double,double>` (`A·Bᵀ` branch):
/// four sums over `k ≡ 0, 1, 2, 3 (mod 4)` (the tail into the first), added as
/// `((s0 + s1) + s2) + s3`, times `alpha = 1`.
fn single_mul_jt_err(jac: &[f64], err: &[f64], rows: usize, out: &mut [f64; 6]) {
    for (j, o) in out.iter_mut().enumerate() {
        let (mut s0, mut s1, mut s2, mut s3) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
        let mut k = 0;
        while k + 4 <= rows {
            s0 += jac[k * 6 + j] * err[k];
            s1 += jac[(k + 1) * 6 + j] * err[k + 1];
            s2 += jac[(k + 2) * 6 + j] * err[k + 2];
            s3 += jac[(k + 3) * 6 + j] * err[k + 3];
            k += 4;
        }
        while k < rows {
            s0 += jac[k * 6 + j] * err[k];
            k += 1;
        }
        *o = (((s0 + s1) + s2) + s3) * 1.0;
    }
}

/// `CvLevMarq::step` with all parameters free: `λ = exp(log10λ · log(10))`, the normal matrix's
/// diagonal scaled by `1 + λ`, solved with `cv::solve(…, DECOMP_SVD)`, `param = prev − x`.
fn lm_step(
    jtj: &[[f64; 6]; 6],
    jt_err: &[f64; 6],
    lambda_lg10: i32,
    prev: &[f64; 6],
    param: &mut [f64; 6],
) {
    let lambda = math::exp(f64::from(lambda_lg10) * math::ln(10.0));
    let mut a = *jtj;
    for (i, row) in a.iter_mut().enumerate() {
        row[i] *= 1.0 + lambda;
    }
    let x = solve_svd6(&a, jt_err);
    for i in 0..6 {
        param[i] = prev[i] - x[i];
    }
}

/// `cv::solve(A, b, x, DECOMP_SVD)` for a 6×6 double system: `A` transposed into the work
/// matrix, `JacobiSVDImpl_` (OpenCV's own; `hal::SVD64f` sends fewer than 25 rows there), then
/// `SVBkSbImpl_` with threshold `2·DBL_EPSILON·Σw`.
fn solve_svd6(a: &[[f64; 6]; 6], b: &[f64; 6]) -> [f64; 6] {
    let mut at = [[0.0f64; 6]; 6];
    for i in 0..6 {
        for j in 0..6 {
            at[i][j] = a[j][i];
        }
    }
    let mut w = [0.0f64; 6];
    let mut vt = [[0.0f64; 6]; 6];
    jacobi_svd(&mut at, &mut w, &mut vt);
    let mut threshold = 0.0f64;
    for wi in w {
        threshold += wi;
    }
    threshold *= f64::EPSILON * 2.0;
    let mut x = [0.0f64; 6];
    for i in 0..6 {
        let wi = w[i];
        if wi.abs() <= threshold {
            continue;
        }
        let wi = 1.0 / wi;
        let mut s = 0.0f64;
        for j in 0..6 {
            s += at[i][j] * b[j];
        }
        s *= wi;
        for j in 0..6 {
            x[j] += s * vt[i][j];
        }
    }
    x
}

/// `cv::norm(v, NORM_L2)` for a continuous double array: `normL2Sqr` (groups of four added
/// left to right into the running sum, then the tail), square root.
fn norm_l2(v: &[f64]) -> f64 {
    let mut s = 0.0f64;
    let mut chunks = v.chunks_exact(4);
    for c in &mut chunks {
        s += ((c[0] * c[0] + c[1] * c[1]) + c[2] * c[2]) + c[3] * c[3];
    }
    for &x in chunks.remainder() {
        s += x * x;
    }
    s.sqrt()
}

/// `cvNorm(a, b, CV_RELATIVE_L2)`: `‖a − b‖₂ / (‖b‖₂ + DBL_EPSILON)`.
fn norm_relative_l2(a: &[f64; 6], b: &[f64; 6]) -> f64 {
    let d = [
        a[0] - b[0],
        a[1] - b[1],
        a[2] - b[2],
        a[3] - b[3],
        a[4] - b[4],
        a[5] - b[5],
    ];
    norm_l2(&d) / (norm_l2(b) + f64::EPSILON)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pinned problem: the generator's inputs (every value a float, as OpenFace passes them)
    /// and OpenCV 4.6's `solvePnP` answer with OpenBLAS 0.3.21's Haswell kernel on one thread.
    struct Problem {
        object: Vec<[f64; 3]>,
        image: Vec<[f64; 2]>,
        cam: [f64; 4],
        rvec: [f64; 3],
        tvec: [f64; 3],
    }

    /// Xorshift generator of reproducible, realistic head-pose problems: 3D points within
    /// ±100 mm, rotation up to ±0.8 rad, depth 300–2000 mm, OpenFace's default camera for a few
    /// image sizes, image points = projection + noise up to 4 px, guess = truth perturbed.
    /// `zero` gives all-zero image points (OpenFace's failed frames).
    fn problem(seed: u64, n: usize, zero: bool) -> Problem {
        let mut st = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut u = move || {
            st ^= st << 13;
            st ^= st >> 7;
            st ^= st << 17;
            (st >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut s = |a: f64| (u() * 2.0 - 1.0) * a;
        let f32r = |v: f64| v as f32 as f64;
        let (w, h) = [
            (640.0, 480.0),
            (1280.0, 720.0),
            (1920.0, 1080.0),
            (320.0, 240.0),
        ][((s(1.0) + 1.0) * 2.0) as usize % 4];
        let fx = 500.0f32 * (w as f32 / 640.0);
        let fy = 500.0f32 * (h as f32 / 480.0);
        let f = ((fx + fy) / 2.0) as f64;
        let object: Vec<[f64; 3]> = (0..n)
            .map(|_| [f32r(s(80.0)), f32r(s(100.0)), f32r(s(50.0) + 20.0)])
            .collect();
        let r = [s(0.8), s(0.8), s(0.8)];
        let tz = 1150.0 + s(850.0);
        let t = [s(0.25) * tz, s(0.2) * tz, tz];
        let (rm, _) = rodrigues(r);
        let noise = 2.0 + s(2.0);
        let image = object
            .iter()
            .map(|p| {
                let x = rm[0] * p[0] + rm[1] * p[1] + rm[2] * p[2] + t[0];
                let y = rm[3] * p[0] + rm[4] * p[1] + rm[5] * p[2] + t[1];
                let z = rm[6] * p[0] + rm[7] * p[1] + rm[8] * p[2] + t[2];
                let (a, b) = (s(noise), s(noise));
                if zero {
                    [0.0, 0.0]
                } else {
                    [f32r(f * x / z + w / 2.0 + a), f32r(f * y / z + h / 2.0 + b)]
                }
            })
            .collect();
        let rvec = [
            f32r(r[0] + s(0.15)),
            f32r(r[1] + s(0.15)),
            f32r(r[2] + s(0.15)),
        ];
        let tvec = [
            f32r(t[0] + s(0.1) * tz),
            f32r(t[1] + s(0.1) * tz),
            f32r(tz * (1.0 + s(0.3))),
        ];
        Problem {
            object,
            image,
            cam: [f, f, w / 2.0, h / 2.0],
            rvec,
            tvec,
        }
    }

    /// The pinned cases: (seed, points, all-zero image points).
    fn cases() -> Vec<(u64, usize, bool)> {
        let mut v: Vec<(u64, usize, bool)> = (1..=44).map(|s| (s, 68, false)).collect();
        v.extend([
            (101, 3, false),
            (102, 4, false),
            (103, 20, false),
            (104, 49, false),
        ]);
        v.extend([
            (105, 50, false),
            (106, 129, false),
            (107, 300, false),
            (108, 68, true),
        ]);
        v
    }

    /// Prints the pinned problems in the C++ harness's input format (`n`, then every input as
    /// float bits in hex); run with `--ignored --nocapture` to regenerate [`EXPECTED`].
    #[test]
    #[ignore]
    fn dump_problems() {
        for (seed, n, zero) in cases() {
            let p = problem(seed, n, zero);
            let mut line = format!("{n}");
            let vals = p.object.iter().flatten().chain(p.image.iter().flatten());
            for v in vals
                .chain(p.cam.iter())
                .chain(p.rvec.iter())
                .chain(p.tvec.iter())
            {
                line += &format!(" {:08x}", (*v as f32).to_bits());
            }
            println!("{line}");
        }
    }

    #[test]
    fn matches_opencv_haswell() {
        let cases = cases();
        assert_eq!(cases.len(), EXPECTED.len());
        for ((seed, n, zero), want) in cases.into_iter().zip(EXPECTED) {
            let p = problem(seed, n, zero);
            let (mut r, mut t) = (p.rvec, p.tvec);
            assert!(solve_pnp_iterative(
                &p.object, &p.image, p.cam, &mut r, &mut t
            ));
            let got = [r[0], r[1], r[2], t[0], t[1], t[2]].map(f64::to_bits);
            assert_eq!(got, *want, "seed {seed}, {n} points");
        }
    }

    #[test]
    fn rejects_too_few_points() {
        let (mut r, mut t) = ([0.1; 3], [0.0, 0.0, 500.0]);
        assert!(!solve_pnp_iterative(
            &[[0.0; 3]; 2],
            &[[0.0; 2]; 2],
            [1.0, 1.0, 0.0, 0.0],
            &mut r,
            &mut t
        ));
        assert_eq!((r, t), ([0.1; 3], [0.0, 0.0, 500.0]));
    }

    #[test]
    fn opencv_hypot() {
        assert_eq!(hypot(3.0, -4.0), 5.0);
        assert_eq!(hypot(0.0, 0.0), 0.0);
    }

    /// OpenCV's `solvePnP` results (rvec, tvec as double bits) for [`cases`].
    #[rustfmt::skip]
    const EXPECTED: &[[u64; 6]] = &[
        [0x3fe416c28fde0e9d, 0x3fe0040c88084b15, 0xbfe8af3ea519d347, 0xc0788af1bc4b952d, 0xc07324e9c4ddf268, 0x409bc4891a96d639],
        [0x3fb2c3cfcd047d71, 0xbfe035890581a157, 0x3fe439211a688ed6, 0xc0250a58af374eb0, 0xc00e5705d954c992, 0x4081faf7088c523b],
        [0x3fe58b3fd63c1a6e, 0x3fe29a4f4b607798, 0xbfe355282575a969, 0x406c2d7bb70fc08b, 0x406a4602f745b10a, 0x4097313402c96e12],
        [0xbfe4967fd9c09824, 0xbfb4d1d342e80872, 0xbfe5f5473104f085, 0xc0371811086dc07e, 0x4062c4a87d374496, 0x408d3cad1fcab5da],
        [0xbfe2b1157acdf616, 0xbfe862da12c7b9d3, 0xbfe8b95a8426a562, 0xc0531d53b2a1fb77, 0xc02fd3b41e00d840, 0x407d0915cbd44ce7],
        [0xbfde432be6d17c5e, 0xbfccd6b967efb516, 0xbfc2e448330fbeb2, 0x4077dac357744dd9, 0xc0605d91f987e596, 0x409dad222f388b54],
        [0x3fcdb3e2d39455a9, 0x3fc645f4c3ec3bae, 0x3fe50dec47dec3bd, 0x406687e74c74adbe, 0xc06e54d1b718a810, 0x4094e64716d86044],
        [0xbfdbdcd620c50869, 0x3fd03430fceb5c01, 0x3fe2a6b956981c0a, 0x40553350a97ca1df, 0x4069ed658f46cbd7, 0x4099f732d3ebd457],
        [0xbfb988fb4567fc19, 0x3fce441c82a1c84f, 0x3fe36ef5b2b32bd5, 0x4049e65ccaa644c8, 0x4045b2dde2442d04, 0x408685704f717846],
        [0x3fe76151cfd837f6, 0xbfe600505b9f5677, 0xbf7bb3827d4747a5, 0x4040dba479b8af0c, 0xc064d3fe44a5860f, 0x408ff8375cdddf0f],
        [0xbfc8a38fe4300ea0, 0x3fdd5ecf5b8812d8, 0xbfc407735d719256, 0x4060d78df582ec77, 0x40675cd02c2a9e17, 0x409b1c2525afa926],
        [0xbfd67bed48dba7e0, 0x3fe89587fbab1708, 0x3fe808d3f1ccad8d, 0x4055083e94e3802b, 0x4038dfcf3de41fde, 0x409baad6d8d5e5a8],
        [0xbfdad21aae29882c, 0x3fe84fb01f06461d, 0xbfc16e6fc787c0f1, 0x40709e7553cf4f13, 0xc05951f79ef96e02, 0x4096fa16a9063999],
        [0xbfda78c87ecc0cbe, 0x3fb8c0a168409ac4, 0x3fe214812c7894dd, 0xc074d9b3c11ae7a3, 0xc06c8c10a60a25fb, 0x409bf8e18465f35c],
        [0xbfe6325e3bb92785, 0xbfd52350b1a36dbd, 0xbfda10e55a313c60, 0xc05e422848a03460, 0x4067b96726180c81, 0x4094f41c0d1f94e5],
        [0xbfc7a7ab68c0a89b, 0x3fc2a1ce9ea8a931, 0x3fe7e642a50ee10b, 0xc06c117f93858a2c, 0x405fb407d7382a84, 0x4090ebd9b8aecc03],
        [0xbfe606aa8c8cc430, 0x3fbba67b16f6b804, 0x3fd96d0bd2ce1766, 0xc056a452f0f22448, 0x4056c5f0864fc3f7, 0x40932faccf318e9c],
        [0xbfddf97a535704fc, 0xbfce8312542c3901, 0x3fd166958e553b60, 0x405a66b5563eb249, 0x406e073319000295, 0x409bf792f7a2da9f],
        [0xbfb79c550a1b2256, 0x3fd170f560b122a9, 0xbfdb43c866eeb7da, 0x404ea99745e3abfd, 0x4023ee3a0f60d784, 0x4077ed4616173f39],
        [0x3fe213d0c8c6aebe, 0x3fe932edc41574bb, 0xbfd19595fb02ad9b, 0xc05107e5b8b55b0d, 0x4057c456403413a4, 0x40835fdfc0404f39],
        [0x3fe8b272d98091ba, 0x3fe6db979c1e8983, 0xbfe1dc448aece8a1, 0xc05cac6673ef51ad, 0xc0330a26e4f169fe, 0x407e07ccda9a9d9b],
        [0xbfcf7447969bc055, 0xbfd4cf4e3a30e536, 0xbfe4c8fc92f3e4d1, 0xc068e30f7f574a12, 0xc06c9705aff2e75d, 0x4092657c25c17393],
        [0xbfc0de40e30d1b4e, 0xbfdf10b810511a9b, 0x3fd03529865c4150, 0x4065cc9bdb352e99, 0xc05450509dbca95f, 0x408c00864dd429bc],
        [0xbfe263a576bf3d92, 0x3fe694e926649fec, 0x3fe3f3868f3f1e7f, 0xc047a905b432e1ad, 0xc04c9a72d131984e, 0x4076522a8f3a4eb1],
        [0x3fe5326617e52e90, 0x3fe5a7d636b3c532, 0xbfda0e9bc32a70cc, 0x401a8311813e1630, 0xc05fe285f6bc274d, 0x408cced95be61029],
        [0xbfe1897a773fb9ca, 0x3fc0dd8e4d3885ab, 0x3fe0c248ef9c6de9, 0xc04c350ba349f954, 0x4060089a2d025fd5, 0x40914d8451847a65],
        [0xbfd0306e7f6b0c18, 0x3fc07f0a4907017d, 0xbfdf00afc9a8cf9b, 0x40601c965bc6288a, 0x4063e24318ae8fff, 0x408f26dccda29243],
        [0x3fe0c3ecb0fc2061, 0x3fd32741c7adbb6e, 0xbfe5aa3a5f37cad2, 0x40579b671d06f03f, 0x406cda5a96763b50, 0x409c8311f16ee86e],
        [0x3fe3683b33625552, 0xbfdee41d008dc81b, 0x3fe6e27a8b47b06f, 0x404ab61624857566, 0xc05f188f9928d51a, 0x408a413e30aaeb77],
        [0x3fe1bf06040f8dd9, 0xbfe8a91b49c0f3b2, 0x3fe33656ff4de041, 0xc05d43bab3bc8026, 0xc068344f579d86c7, 0x4099aa00e986feda],
        [0x3fd369258dae6f56, 0x3fb3bc2283507df5, 0xbfc205b52e12ff51, 0xc0600b444999dc86, 0x405396ffd9047c41, 0x4086dc709138c4ad],
        [0xbfe324138ddbadc6, 0xbfc3d28ee3ea4495, 0x3fb93e214663c2ce, 0x4050f98af4497ec4, 0xc05f23414c0d5d54, 0x409056c6be8e4201],
        [0x3fc7f48a3b03144b, 0x3fc913c284965866, 0x3fc478d9f1c7415d, 0x405cf82360da3fc2, 0x40657b8459992f80, 0x409746c855fb912b],
        [0xbfd2b3eb6cc17ead, 0xbfd5ba09373c51b7, 0x3fdc0f4b43b334fc, 0x40767f44a719e9e7, 0xc0719c5267bea71f, 0x40977cb062d1ada7],
        [0xbfbb4c7c03648b4a, 0x3fc622ee0995448a, 0xbfe8571348e5bb50, 0x405a539d604922db, 0x406423364011cb9c, 0x4096371163700123],
        [0xbfb8cee8d8c64962, 0x3faae1ef35da25fe, 0xbfd016f4c2245474, 0xc060cd9fbab882dd, 0xc070cfc9671dec56, 0x409c3d6ff23f4ad3],
        [0x3fdb047032750c7e, 0x3fb74bc1d02ae5e0, 0x3fe57def9f9b46a8, 0x4051f94462228be2, 0xc0302fab8dd7a42d, 0x407d12d8df546bc1],
        [0xbfe12e488b26e164, 0xbfc8c33e50fee8c7, 0xbfe203f8e31c122c, 0x4066890dafccd4dc, 0xc07081ef55f3e1ae, 0x409a7dee8e1e8ebc],
        [0xbfc44ca353d297e9, 0xbfd3335ffcbee29a, 0xbfd89c539eed888e, 0xc05cf6d7bb63fcc2, 0x404d64a872b35f42, 0x4087ae821d06f000],
        [0xbfe7102e119884cf, 0xbfe4099a44683af3, 0x3fe0104df8b62b98, 0x40696aa5aa187b06, 0xc065154f3adeeb4e, 0x4092d9866a80944c],
        [0xbf96a219b2d12baf, 0x3fb6e82022382b2a, 0xbfa008f21854c39d, 0xc06aded20b395ce3, 0xc06132be6e1acfc9, 0x4096ca48f80d310d],
        [0xbfe1fabf049fabdf, 0x3fe3297cbb01700c, 0xbfb38d1c6e3bf1a6, 0x405e7e386dfdbbc1, 0xc05763669d7a6f21, 0x4080f6120b8261d0],
        [0x3fda92f62624c1db, 0x3fc67db56ed13369, 0x3fe0468fb6018431, 0xc06700f5801277d0, 0x4058ded4d0e968ad, 0x4087eb2658ea54a6],
        [0xbfaf31265fbcb900, 0xbfa3de8d559c6e48, 0xbfe83d8cfa922e21, 0x406d919e778e882c, 0x406cce83e17c6f91, 0x4094533aed8fd639],
        [0xbf84d62ff1cd39ae, 0x3fc5d77b3f16daf9, 0x3fbc74413dda8816, 0xc04bd3e0698e1057, 0x40548a25f56640d8, 0x408e2fdd26a99811],
        [0xbfe76cfb2c618209, 0xbfdbfb192f867773, 0xbfdf31f58163a2b7, 0xc04e2e1fdabf04c6, 0x4046dbcd44b378ab, 0x40804f6b154f51e5],
        [0xbfdd2ceac1cf4f60, 0xbfe289bd993241fb, 0x3fd8dd3ecb1a550f, 0x400e3c7387098b27, 0xc064a875ed3bb15c, 0x409a935e7a50da2c],
        [0x3fe58cc592801cb1, 0xbfe841126a4cc82e, 0x3fe2705c5696639a, 0xc02b57cc473cf251, 0x4047652fefda3cc4, 0x4073876f4a1e2d9e],
        [0x3fe096ee1d738fc6, 0xbfe53cd6a7535b39, 0xbfdcc01ec0b2d8a4, 0x404560f2d8fc62a9, 0x405d3cf5a4df9773, 0x4083f57e11aabbc4],
        [0x3fc07c2589674994, 0xbfd671378117357f, 0x3fc82132a3575b53, 0x406815b96375036f, 0xc04c90f4ffacf9d3, 0x40943b0dd7cd0b73],
        [0xbfa12c847c1df09a, 0x3fe7228662c38c28, 0x3fe77136552f0dbb, 0xc07cc89fa108dede, 0xc03a7e45d29ccc0f, 0x409ce5486ea697b8],
        [0x3ffd08d1ce3015a5, 0xbff0f79cfd6b5be4, 0xbfc8a25a594cc7f8, 0xc17b58be69478f45, 0xc174828e3357327c, 0x41855d557b8a1f7b],
    ];
}
