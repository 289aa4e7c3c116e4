//! OpenCV 4.6's own numeric routines that OpenFace's numbers depend on, reproduced so the
//! result does not depend on OpenCV's build, its CPU dispatch or the BLAS it links.

use super::cholesky_openblas::invert_spd_like_opencv_lapack;
use super::cpu::CpuLevel;
use super::gauss_newton::cholesky_factor_plain;
#[cfg(doc)]
use super::gauss_newton::cholesky_substitute_plain;
use super::sgemm;

/// OpenCV hands Cholesky problems of this many rows or more to LAPACK
/// (`HAL_CHOLESKY_SMALL_MATRIX_THRESH`).
pub const OPENCV_LAPACK_CHOLESKY_MIN_ROWS: usize = 100;

/// `cv::invert(a, dst, DECOMP_CHOLESKY)` of a symmetric positive-definite float matrix
/// (row-major `n × n`): below 100 rows OpenCV's `CholImpl<float>` solving for the identity,
/// column by column (each column's arithmetic is independent of the others in `CholImpl`);
/// from 100 rows LAPACK's `sposv` as OpenBLAS 0.3.21 computes it on one thread with its
/// Haswell kernels ([`invert_spd_like_opencv_lapack`]). Where OpenCV reports failure (a pivot
/// below `FLT_EPSILON`, or not positive definite for LAPACK) it zeroes the result, and so does
/// this function.
pub fn invert_cholesky(a: &[f32], n: usize) -> Vec<f32> {
    assert_eq!(
        a.len(),
        n * n,
        "invert_cholesky: {} values for {n} × {n}",
        a.len()
    );
    if n >= OPENCV_LAPACK_CHOLESKY_MIN_ROWS {
        return invert_spd_like_opencv_lapack(a, n).unwrap_or_else(|| vec![0.0; n * n]);
    }
    let mut inverse = vec![0.0f32; n * n];
    let mut factor = vec![0.0f32; n * n];
    if !cholesky_factor_plain(a, n, &mut factor) {
        return inverse;
    }
    let mut j = 0;
    while j < n {
        if j + 8 <= n {
            substitute_identity_columns::<8>(&factor, n, j, &mut inverse);
            j += 8;
        } else {
            substitute_identity_columns::<1>(&factor, n, j, &mut inverse);
            j += 1;
        }
    }
    inverse
}

/// `d = a·B + c` for a double row vector `a` (length `k`) and a `k × cols` row-major `B`, as
/// OpenCV 4.6's `cv::gemm` computes a one-row product (`GEMMSingleMul`, `A·B` path): every
/// output is its own double sum from zero over `k` in order, each product rounded before it is
/// added (no fused multiply-add), then `c` added. The loop runs over `k` outside and the
/// outputs inside, which vectorises without changing any output's sequence of roundings.
pub fn gemm_row_f64(a: &[f64], b: &[f64], c: &[f64], out: &mut [f64]) {
    let cols = out.len();
    assert!(
        b.len() == a.len() * cols && c.len() == cols,
        "gemm_row_f64 shapes"
    );
    out.iter_mut().for_each(|o| *o = 0.0);
    for (&ak, row) in a.iter().zip(b.chunks_exact(cols.max(1))) {
        for (o, &bkj) in out.iter_mut().zip(row) {
            *o += ak * bkj;
        }
    }
    for (o, &cj) in out.iter_mut().zip(c) {
        *o += cj;
    }
}

/// `CholImpl`'s two substitutions ([`cholesky_substitute_plain`]) for the identity columns
/// `first..first + W` at once, one per lane (each lane goes through one column's operations),
/// stored into the row-major `inverse`.
fn substitute_identity_columns<const W: usize>(
    l: &[f32],
    n: usize,
    first: usize,
    inverse: &mut [f32],
) {
    let mut b = vec![[0.0f32; W]; n];
    for c in 0..W {
        b[first + c][c] = 1.0;
    }
    for i in 0..n {
        let mut s: [f64; W] = b[i].map(f64::from);
        for k in 0..i {
            let lik = l[i * n + k];
            for (sc, &bk) in s.iter_mut().zip(&b[k]) {
                *sc -= (lik * bk) as f64;
            }
        }
        let d = l[i * n + i] as f64;
        b[i] = s.map(|sc| (sc * d) as f32);
    }
    for i in (0..n).rev() {
        let mut s: [f64; W] = b[i].map(f64::from);
        for k in (i + 1..n).rev() {
            let lki = l[k * n + i];
            for (sc, &bk) in s.iter_mut().zip(&b[k]) {
                *sc -= (lki * bk) as f64;
            }
        }
        let d = l[i * n + i] as f64;
        b[i] = s.map(|sc| (sc * d) as f32);
    }
    for (i, lanes) in b.iter().enumerate() {
        inverse[i * n + first..i * n + first + W].copy_from_slice(lanes);
    }
}

/// `cv::sum` of a continuous float array as OpenCV 4.6 computes it with its AVX-512 kernel
/// (`Sum_SIMD<float, double>`, the one the reference machine and this project's machines
/// run): blocks of 16 floats into two 8-lane double accumulators (lanes 0–7, 8–15), their
/// lane sums added in lane order; then groups of 4 summed in float and added; then single
/// values. (OpenCV's AVX2 and SSE kernels use 8 and 4 lanes, so OpenFace's own result depends
/// on the CPU it runs on.)
pub fn sum_f32(v: &[f32]) -> f64 {
    const W: usize = 16;
    let (mut lo, mut hi) = ([0.0f64; W / 2], [0.0f64; W / 2]);
    let blocks = v.len() / W;
    for block in v[..blocks * W].chunks_exact(W) {
        for l in 0..W / 2 {
            lo[l] += block[l] as f64;
            hi[l] += block[W / 2 + l] as f64;
        }
    }
    let mut sum = 0.0f64;
    for l in 0..W / 2 {
        sum += lo[l] + hi[l];
    }
    let rest = &v[blocks * W..];
    let quads = rest.len() / 4;
    for q in rest[..quads * 4].chunks_exact(4) {
        sum += (q[0] + q[1] + q[2] + q[3]) as f64;
    }
    for &x in &rest[quads * 4..] {
        sum += x as f64;
    }
    sum
}

/// Checks that an OpenCV routine wrote into the caller's buffer that `mat` wraps (its data
/// pointer is still `expected`). OpenCV reallocates an output only when its size or type does
/// not match, which the callers rule out; a reallocation would leave the caller's buffer stale,
/// so it is an internal error, never a silently wrong result.
///
/// # Errors
/// [`crate::Error::Invalid`] naming `routine` when the data moved.
pub fn ensure_written_in_place(
    mat: &impl opencv::prelude::MatTraitConst,
    expected: *const u8,
    routine: &'static str,
) -> crate::error::Result<()> {
    if mat.data() != expected {
        return Err(crate::error::Error::Invalid(format!(
            "{routine} did not write into the output buffer"
        )));
    }
    Ok(())
}

/// OpenCV hands float and double `gemm` to BLAS from this many result rows
/// (`HAL_GEMM_SMALL_MATRIX_THRESH`).
pub const OPENCV_BLAS_GEMM_MIN_ROWS: usize = 100;

/// `out = A·B (+ C)` for row-major float matrices (`a`: `rows × inner`, `b`: `inner × cols`,
/// `c` and `out`: `rows × cols`) as OpenCV 4.6's `cv::gemm(A, B, 1, C, 1 or 0)` computes it
/// below 100 result rows (`GEMMSingleMul<float, double>`, `A·B` path): every output a double
/// sum from zero over `inner` in order, each product of two floats formed in double, then
/// `C` added in double and the result rounded to float once. An inner size of 2 to 4 equal to
/// the result's row or column count takes OpenCV's unrolled path instead: the products summed
/// left to right in float, then `C` added in double.
///
/// # Panics
/// When a slice does not match its shape.
pub fn gemm_f32_small(
    a: &[f32],
    (rows, inner): (usize, usize),
    b: &[f32],
    cols: usize,
    c: Option<&[f32]>,
    out: &mut [f32],
    acc: &mut Vec<f64>,
) {
    assert!(a.len() >= rows * inner && b.len() >= inner * cols && out.len() >= rows * cols);
    assert!(c.is_none_or(|c| c.len() >= rows * cols));
    if (2..=4).contains(&inner) && (inner == rows || inner == cols) {
        for i in 0..rows {
            for j in 0..cols {
                let mut t = a[i * inner] * b[j];
                for k in 1..inner {
                    t += a[i * inner + k] * b[k * cols + j];
                }
                let c_ij = c.map_or(0.0, |c| c[i * cols + j] as f64);
                out[i * cols + j] = (t as f64 + c_ij) as f32;
            }
        }
        return;
    }
    acc.clear();
    acc.resize(cols, 0.0);
    for i in 0..rows {
        acc.iter_mut().for_each(|s| *s = 0.0);
        for (k, &aik) in a[i * inner..(i + 1) * inner].iter().enumerate() {
            let aik = aik as f64;
            for (s, &bkj) in acc.iter_mut().zip(&b[k * cols..(k + 1) * cols]) {
                *s += aik * bkj as f64;
            }
        }
        let row = &mut out[i * cols..(i + 1) * cols];
        match c {
            Some(c) => {
                for ((o, &s), &cij) in row.iter_mut().zip(acc.iter()).zip(&c[i * cols..]) {
                    *o = (s + cij as f64) as f32;
                }
            }
            None => {
                for (o, &s) in row.iter_mut().zip(acc.iter()) {
                    *o = s as f32;
                }
            }
        }
    }
}

/// `out = A·B (+ C)` for row-major float matrices as OpenCV 4.6's `cv::gemm(A, B, 1, C, 1 or
/// 0)` computes it, on either of its paths: below 100 result rows its own double sums
/// ([`gemm_f32_small`]); from 100 rows `cblas_sgemm` with `C` copied into the result and
/// beta 1, as OpenBLAS's single-threaded Haswell kernel rounds it
/// ([`super::sgemm::opencv_blas_gemm_row_major`]).
///
/// # Panics
/// When a slice does not match its shape.
pub fn gemm_f32(
    a: &[f32],
    (rows, inner): (usize, usize),
    b: &[f32],
    cols: usize,
    c: Option<&[f32]>,
    out: &mut [f32],
    acc: &mut Vec<f64>,
) {
    if rows < OPENCV_BLAS_GEMM_MIN_ROWS {
        return gemm_f32_small(a, (rows, inner), b, cols, c, out, acc);
    }
    let vector = CpuLevel::get().vector();
    match c {
        Some(c) => sgemm::opencv_blas_gemm_row_major_add(a, rows, inner, b, cols, c, out, vector),
        None => sgemm::opencv_blas_gemm_row_major(a, rows, inner, b, cols, out, vector),
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
}

/// The element types OpenCV's Jacobi SVD is instantiated for (`f32`, `f64`), with the constants
/// OpenCV passes for each (`hal::SVD32f` / `hal::SVD64f`).
pub trait SvdScalar:
    sealed::Sealed
    + Copy
    + PartialOrd
    + std::ops::Add<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
    + std::ops::Neg<Output = Self>
{
    const ZERO: Self;
    const ONE: Self;
    /// Convergence threshold: `FLT_EPSILON·2` or `DBL_EPSILON·10`.
    const EPS: Self;
    /// Smallest singular value treated as non-zero: `FLT_MIN` or `DBL_MIN`.
    const MIN_VAL: f64;
    fn to_f64(self) -> f64;
    fn from_f64(v: f64) -> Self;
    fn abs(self) -> Self;
}

impl SvdScalar for f32 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    const EPS: Self = f32::EPSILON * 2.0;
    const MIN_VAL: f64 = f32::MIN_POSITIVE as f64;
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    fn abs(self) -> Self {
        f32::abs(self)
    }
}

impl SvdScalar for f64 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    const EPS: Self = f64::EPSILON * 10.0;
    const MIN_VAL: f64 = f64::MIN_POSITIVE;
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(v: f64) -> Self {
        v
    }
    fn abs(self) -> Self {
        f64::abs(self)
    }
}

/// OpenCV's own `hypot` template in `lapack.cpp` (not the C library's): the larger magnitude
/// times `sqrt(1 + r²)`.
pub(crate) fn hypot(a: f64, b: f64) -> f64 {
    let (a, b) = (a.abs(), b.abs());
    if a > b {
        let r = b / a;
        return a * (1.0 + r * r).sqrt();
    }
    if b > 0.0 {
        let r = a / b;
        return b * (1.0 + r * r).sqrt();
    }
    0.0
}

/// `cv::RNG`: multiply-with-carry, `state = (u32)state · 4164903690 + (state >> 32)`.
struct CvRng(u64);

impl CvRng {
    fn next(&mut self) -> u32 {
        self.0 = (self.0 as u32 as u64)
            .wrapping_mul(4_164_903_690)
            .wrapping_add(self.0 >> 32);
        self.0 as u32
    }
}

/// `cv::SVD::compute(a, w, u, vt)` of a small square matrix (below LAPACK's 25 rows OpenCV
/// runs [`jacobi_svd`] on the transpose): `a = u·diag(w)·vt`, singular values decreasing.
pub fn svd<T: SvdScalar, const N: usize>(a: &[[T; N]; N]) -> ([T; N], [[T; N]; N], [[T; N]; N]) {
    // OpenCV works on the transpose: rows of `at` become the left singular vectors.
    let mut at = [[T::ZERO; N]; N];
    for i in 0..N {
        for j in 0..N {
            at[i][j] = a[j][i];
        }
    }
    let mut vt = [[T::ZERO; N]; N];
    let mut w = [0.0f64; N];
    jacobi_svd(&mut at, &mut w, &mut vt);
    let mut u = [[T::ZERO; N]; N];
    for i in 0..N {
        for j in 0..N {
            u[i][j] = at[j][i];
        }
    }
    (w.map(T::from_f64), u, vt)
}

/// OpenCV 4.6's `JacobiSVDImpl_<T>` for a square `N × N` matrix given by its rows `at` (the
/// transpose of the matrix decomposed; `m = n = n1 = N`, `minval` = `T::MIN_VAL`, `eps` =
/// `T::EPS`), which `cv::SVD` and `cv::solve(DECOMP_SVD)` run below LAPACK's threshold:
/// one-sided Jacobi rotations (at most 30 sweeps; rotations in `T`, norms and the rotation
/// angle in double), singular values sorted descending with their rows, rows normalised into
/// the left singular vectors, and for a zero singular value a random vector from
/// `cv::RNG(0x12345678)` made orthogonal to the rows before it. `w` receives the singular
/// values, `vt` the right singular vectors as rows.
#[allow(clippy::needless_range_loop)] // a literal port: indices as in OpenCV
pub fn jacobi_svd<T: SvdScalar, const N: usize>(
    at: &mut [[T; N]; N],
    w: &mut [f64; N],
    vt: &mut [[T; N]; N],
) {
    let eps = T::EPS.to_f64();
    let max_iter = N.max(30);
    let norm_sq = |row: &[T; N]| {
        let mut sd = 0.0f64;
        for &t in row {
            sd += t.to_f64() * t.to_f64();
        }
        sd
    };
    for i in 0..N {
        w[i] = norm_sq(&at[i]);
        vt[i] = [T::ZERO; N];
        vt[i][i] = T::ONE;
    }
    let rotate = |x: &mut [T; N], y: &mut [T; N], c: T, s: T| {
        for k in 0..N {
            let t0 = c * x[k] + s * y[k];
            let t1 = -s * x[k] + c * y[k];
            x[k] = t0;
            y[k] = t1;
        }
    };
    for _ in 0..max_iter {
        let mut changed = false;
        for i in 0..N.saturating_sub(1) {
            for j in i + 1..N {
                let (a, b) = (w[i], w[j]);
                let mut p = 0.0f64;
                for k in 0..N {
                    p += at[i][k].to_f64() * at[j][k].to_f64();
                }
                if p.abs() <= eps * (a * b).sqrt() {
                    continue;
                }
                p *= 2.0;
                let beta = a - b;
                let gamma = hypot(p, beta);
                let (c, s);
                if beta < 0.0 {
                    let delta = (gamma - beta) * 0.5;
                    s = T::from_f64((delta / gamma).sqrt());
                    c = T::from_f64(p / (gamma * s.to_f64() * 2.0));
                } else {
                    c = T::from_f64(((gamma + beta) / (gamma * 2.0)).sqrt());
                    s = T::from_f64(p / (gamma * c.to_f64() * 2.0));
                }
                let (lo, hi) = at.split_at_mut(j);
                rotate(&mut lo[i], &mut hi[0], c, s);
                w[i] = norm_sq(&at[i]);
                w[j] = norm_sq(&at[j]);
                changed = true;
                let (lo, hi) = vt.split_at_mut(j);
                rotate(&mut lo[i], &mut hi[0], c, s);
            }
        }
        if !changed {
            break;
        }
    }
    for i in 0..N {
        w[i] = norm_sq(&at[i]).sqrt();
    }
    for i in 0..N.saturating_sub(1) {
        let mut j = i;
        for k in i + 1..N {
            if w[j] < w[k] {
                j = k;
            }
        }
        if i != j {
            w.swap(i, j);
            at.swap(i, j);
            vt.swap(i, j);
        }
    }
    let mut rng = CvRng(0x1234_5678);
    for i in 0..N {
        let mut sd = w[i];
        let mut tries = 0;
        while tries < 100 && sd <= T::MIN_VAL {
            let val0 = T::from_f64(1.0 / N as f64);
            for k in 0..N {
                at[i][k] = if rng.next() & 256 != 0 { val0 } else { -val0 };
            }
            for _ in 0..2 {
                for j in 0..i {
                    let mut dot = 0.0f64;
                    for k in 0..N {
                        dot += (at[i][k] * at[j][k]).to_f64();
                    }
                    let mut asum = T::ZERO;
                    for k in 0..N {
                        let t = T::from_f64(at[i][k].to_f64() - dot * at[j][k].to_f64());
                        at[i][k] = t;
                        asum = asum + t.abs();
                    }
                    let scale = if asum > T::EPS * T::from_f64(100.0) {
                        T::ONE / asum
                    } else {
                        T::ZERO
                    };
                    for k in 0..N {
                        at[i][k] = at[i][k] * scale;
                    }
                }
            }
            sd = norm_sq(&at[i]).sqrt();
            tries += 1;
        }
        let scale = T::from_f64(if sd > T::MIN_VAL { 1.0 / sd } else { 0.0 });
        for k in 0..N {
            at[i][k] = at[i][k] * scale;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Rng;
    use opencv::core::{self as cv, Mat};
    use opencv::prelude::*;

    /// Whether two float slices hold the same bits.
    fn same_bits(a: &[f32], b: &[f32]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.to_bits() == y.to_bits())
    }

    /// A symmetric positive-definite matrix like CCNF's `Σ⁻¹`.
    fn spd(rng: &mut Rng, n: usize) -> Vec<f32> {
        let g: Vec<f32> = (0..n * n).map(|_| rng.next()).collect();
        let mut a = vec![0.0f32; n * n];
        for i in 0..n {
            for j in 0..n {
                let mut s = 0.0f32;
                for k in 0..n {
                    s += g[i * n + k] * g[j * n + k];
                }
                a[i * n + j] = s + if i == j { n as f32 } else { 0.0 };
            }
        }
        a
    }

    /// Below 100 rows the result is OpenCV's own (`CholImpl`), bit for bit, on any machine.
    #[test]
    fn small_inverse_matches_opencv() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for n in [9usize, 25, 49, 81, 99] {
            let a = spd(&mut rng, n);
            let ours = invert_cholesky(&a, n);
            let m = Mat::new_rows_cols_with_data(n as i32, n as i32, &a).unwrap();
            let mut inv = Mat::default();
            cv::invert(&m, &mut inv, cv::DECOMP_CHOLESKY).unwrap();
            let theirs = inv.data_typed::<f32>().unwrap();
            assert!(same_bits(&ours, theirs), "n = {n}");
        }
    }

    /// The one-row product against OpenCV's `cv::gemm` on doubles, bit for bit.
    #[test]
    fn row_product_matches_opencv() {
        let mut rng = Rng(0x0dd_ba11);
        for (k, cols) in [(4702usize, 17usize), (4464, 18), (5, 3), (130, 4)] {
            let a: Vec<f64> = (0..k).map(|_| rng.next() as f64 * 1.37).collect();
            let b: Vec<f64> = (0..k * cols).map(|_| rng.next() as f64 * 0.01).collect();
            let c: Vec<f64> = (0..cols).map(|_| rng.next() as f64).collect();
            let mut ours = vec![0.0; cols];
            gemm_row_f64(&a, &b, &c, &mut ours);
            let am = Mat::new_rows_cols_with_data(1, k as i32, &a).unwrap();
            let bm = Mat::new_rows_cols_with_data(k as i32, cols as i32, &b).unwrap();
            let cm = Mat::new_rows_cols_with_data(1, cols as i32, &c).unwrap();
            let mut d = Mat::default();
            cv::gemm(&am, &bm, 1.0, &cm, 1.0, &mut d, 0).unwrap();
            let theirs = d.data_typed::<f64>().unwrap();
            for (x, y) in ours.iter().zip(theirs) {
                assert_eq!(x.to_bits(), y.to_bits(), "k {k}, cols {cols}");
            }
        }
    }

    /// The small float product against OpenCV's `cv::gemm`, bit for bit, both of OpenCV's
    /// loop shapes (narrow and wide results), with and without `C`.
    #[test]
    fn small_float_product_matches_opencv() {
        let mut rng = Rng(0xfee1_900d);
        let mut acc = Vec::new();
        for (rows, inner, cols) in [
            (2usize, 32usize, 1500usize),
            (4, 32, 7),
            (2, 128, 1),
            (10, 256, 1),
            (99, 9, 40),
        ] {
            let a: Vec<f32> = (0..rows * inner).map(|_| rng.next() * 3.0).collect();
            let b: Vec<f32> = (0..inner * cols).map(|_| rng.next()).collect();
            let c: Vec<f32> = (0..rows * cols).map(|_| rng.next()).collect();
            for with_c in [false, true] {
                let mut ours = vec![0.0f32; rows * cols];
                let c_arg = with_c.then_some(c.as_slice());
                gemm_f32_small(&a, (rows, inner), &b, cols, c_arg, &mut ours, &mut acc);
                let am = Mat::new_rows_cols_with_data(rows as i32, inner as i32, &a).unwrap();
                let bm = Mat::new_rows_cols_with_data(inner as i32, cols as i32, &b).unwrap();
                let cm = Mat::new_rows_cols_with_data(rows as i32, cols as i32, &c).unwrap();
                let mut d = Mat::default();
                if with_c {
                    cv::gemm(&am, &bm, 1.0, &cm, 1.0, &mut d, 0).unwrap();
                } else {
                    cv::gemm(&am, &bm, 1.0, &Mat::default(), 0.0, &mut d, 0).unwrap();
                }
                let theirs = d.data_typed::<f32>().unwrap();
                assert!(
                    same_bits(&ours, theirs),
                    "{rows}x{inner}x{cols}, C: {with_c}"
                );
            }
        }
    }

    /// The Jacobi SVD against `cv::SVD::compute` on float 3×3 matrices of rank 3, 2, 1 and 0
    /// (the lower ranks take the random completion of the left singular vectors), bit for bit.
    #[test]
    fn jacobi_svd_matches_opencv_including_rank_deficient() {
        let mut rng = Rng(0x5eed_5eed);
        for trial in 0..400 {
            let mut a = [[0.0f32; 3]; 3];
            for row in a.iter_mut() {
                for v in row.iter_mut() {
                    *v = rng.next();
                }
            }
            match trial % 4 {
                1 => a[2] = a[0],
                2 => {
                    a[1] = a[0].map(|v| v * 2.0);
                    a[2] = a[0].map(|v| -v);
                }
                3 => a = [[0.0; 3]; 3],
                _ => {}
            }
            let mut at = [[0.0f32; 3]; 3];
            for i in 0..3 {
                for j in 0..3 {
                    at[i][j] = a[j][i];
                }
            }
            let (mut w, mut vt) = ([0.0f64; 3], [[0.0f32; 3]; 3]);
            jacobi_svd(&mut at, &mut w, &mut vt);
            let m = Mat::from_slice_2d(&a).unwrap();
            let (mut cw, mut cu, mut cvt) = (Mat::default(), Mat::default(), Mat::default());
            cv::SVD::compute_ext(&m, &mut cw, &mut cu, &mut cvt, 0).unwrap();
            let cw = cw.data_typed::<f32>().unwrap();
            let cu = cu.data_typed::<f32>().unwrap();
            let cvt = cvt.data_typed::<f32>().unwrap();
            for i in 0..3 {
                assert_eq!(
                    (w[i] as f32).to_bits(),
                    cw[i].to_bits(),
                    "trial {trial} w{i}"
                );
                for j in 0..3 {
                    assert_eq!(
                        at[j][i].to_bits(),
                        cu[i * 3 + j].to_bits(),
                        "trial {trial} u"
                    );
                    assert_eq!(
                        vt[i][j].to_bits(),
                        cvt[i * 3 + j].to_bits(),
                        "trial {trial} vt"
                    );
                }
            }
        }
    }

    /// A matrix that is not positive definite gives zeros, as OpenCV's `invert` does.
    #[test]
    fn failure_gives_zeros() {
        let a = [1.0f32, 2.0, 2.0, 1.0];
        assert_eq!(invert_cholesky(&a, 2), vec![0.0; 4]);
    }
}
