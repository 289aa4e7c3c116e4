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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::Rng;
    use opencv::core::{self as cv, Mat};
    use opencv::prelude::*;

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
            let same = ours
                .iter()
                .zip(theirs)
                .all(|(x, y)| x.to_bits() == y.to_bits());
            assert!(same, "n = {n}");
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
                let same = ours
                    .iter()
                    .zip(theirs)
                    .all(|(x, y)| x.to_bits() == y.to_bits());
                assert!(same, "{rows}x{inner}x{cols}, C: {with_c}");
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
