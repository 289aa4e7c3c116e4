//! Bit-exact model of OpenCV 4.6's `cv::invert(src, dst, DECOMP_CHOLESKY)` for `CV_32F`
//! matrices of 100 rows or more, as built on Debian 12 against OpenBLAS 0.3.21 running its
//! Haswell kernels on one thread.
//!
//! For such sizes OpenCV hands the work to LAPACK (`hal::Cholesky32f` → `lapack_Cholesky`):
//! it calls `sposv_("L", n, n, A, n, B, n)` with `B` the identity, passing its row-major
//! buffers unchanged, so LAPACK sees the transpose of the input (the same matrix when it is
//! symmetric; only the lower triangle of that column-major view, i.e. the upper triangle of
//! the row-major input, is read) and the column-major solution is transposed back into the
//! row-major result.
//!
//! `sposv` is reference LAPACK: OpenBLAS's own `spotrf` (lower) followed by `spotrs`, which
//! is two `strsm` calls (`L·Y = B`, then `Lᵀ·X = Y`). Every floating-point operation below
//! reproduces the rounding and summation order of the OpenBLAS code path taken for
//! 100 ≤ n ≤ 320 (sizes where no GEMM_P/GEMM_Q = 320 blocking splits the solves):
//!
//! * `spotrf` → `potrf_L_single`: recursive blocking with `blocking = n / 4`; blocks of at most
//!   `DTB_ENTRIES / 2 = 32` columns are factorised by `potf2_L` (strided `sdot` accumulated in
//!   double, `sgemv_n` Haswell kernel, scaling by `1 / l_jj`); the panel below each block is
//!   solved by the `strsm_kernel_RN` Haswell kernel and the trailing matrix updated by
//!   `ssyrk_kernel_L` on top of `sgemm_kernel_8x4_haswell_2` (always plain sequential FMA
//!   accumulation for these shapes).
//! * `spotrs` → `trsm_L` driver (12-column chunks of the right-hand side) with the
//!   `strsm_kernel_LT` / `strsm_kernel_LN` Haswell kernels.
//!
//! The Haswell TRSM kernels have two code paths per column chunk: hand-written assembly for
//! 12/8/4-column chunks (FMA updates inside a diagonal block) and C fallbacks for 2/1-column
//! remainders (separate multiply and subtract, and an ascending inner-product order).
//! Both are modelled by `KernelPath`.
//!
//! Exactness has been checked against the real library (and against `cv::invert` itself) for
//! every n in 100..=200 and for 250, 300 and 320. For n > 320 the function still returns a
//! correct inverse, but OpenBLAS's cache blocking is not modelled there, so bits differ.
//! With more than one OpenBLAS thread the right-hand-side columns are split between threads
//! and OpenBLAS's own bits change; this models the single-threaded run. Results do not depend
//! on the CPU running this code: `f32::mul_add` is an exactly rounded fused multiply-add.

use super::openblas::SGEMM_Q as GEMM_Q;

/// Largest block that `potrf_L_single` hands to the unblocked `potf2_L` (`DTB_ENTRIES / 2`).
const POTF2_MAX: usize = 32;
/// Right-hand-side columns per `trsm_L` driver step (`3 * SGEMM_DEFAULT_UNROLL_N`).
const TRSM_RHS_CHUNK: usize = 12;
/// `SGEMM_DEFAULT_UNROLL_N` for Haswell.
const UNROLL_N: usize = 4;

/// Inverse of the symmetric positive-definite `n × n` row-major matrix `a` as OpenCV 4.6's
/// `cv::invert(.., DECOMP_CHOLESKY)` computes it for float matrices of 100 rows or more
/// (LAPACK `sposv` with the identity as right-hand side, OpenBLAS 0.3.21 Haswell kernels, one thread).
/// Returns None where OpenCV reports failure (not positive definite).
///
/// The arithmetic is `f32::mul_add` where the kernels fuse; at the AVX2 + FMA
/// [`CpuLevel`](super::cpu::CpuLevel) the same code is compiled with the FMA instruction (the
/// portable build calls a software `fma`), with identical results.
pub fn invert_spd_like_opencv_lapack(a: &[f32], n: usize) -> Option<Vec<f32>> {
    assert_eq!(a.len(), n * n, "matrix buffer must hold n * n elements");
    #[cfg(target_arch = "x86_64")]
    if super::cpu::CpuLevel::get().vector() {
        // SAFETY: the process's CPU level has AVX2 and FMA (detected in `CpuLevel::get`).
        return unsafe { invert_fma(a, n) };
    }
    invert(a, n)
}

/// [`invert`] compiled with FMA.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn invert_fma(a: &[f32], n: usize) -> Option<Vec<f32>> {
    invert(a, n)
}

/// The body of [`invert_spd_like_opencv_lapack`]; every helper it calls is inlined so that
/// the FMA build covers them.
#[inline(always)]
fn invert(a: &[f32], n: usize) -> Option<Vec<f32>> {
    // Column-major view of the row-major buffer, exactly as LAPACK receives it.
    let mut l = a.to_vec();
    if !potrf_lower(&mut l, n, 0, n) {
        return None;
    }
    // The TRSM packing routines store the reciprocal of each diagonal entry.
    let inv_diag: Vec<f32> = (0..n).map(|i| 1.0 / l[i + i * n]).collect();

    let mut inverse = vec![0.0f32; n * n];
    let paths = rhs_column_paths(n);
    let mut c = 0;
    while c < n {
        // Eight columns at a time where they share a kernel path, else one.
        if c + 8 <= n && paths[c..c + 8].iter().all(|&p| p == paths[c]) {
            solve_columns::<8>(&l, n, &inv_diag, c, paths[c], &mut inverse);
            c += 8;
        } else {
            solve_columns::<1>(&l, n, &inv_diag, c, paths[c], &mut inverse);
            c += 1;
        }
    }
    Some(inverse)
}

/// Which implementation of a Haswell TRSM kernel handles a column chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KernelPath {
    /// Assembly for 12-, 8- and 4-column chunks: in-block updates are fused multiply-adds,
    /// and the backward kernel accumulates its inner products from the bottom row upwards.
    Vector,
    /// C fallback for 2- and 1-column remainders: in-block updates round the product
    /// before subtracting, and inner products run in ascending index order.
    Scalar,
}

impl KernelPath {
    /// One substitution step `v - x * coef` as the kernel path rounds it.
    #[inline(always)]
    fn update(self, v: f32, x: f32, coef: f32) -> f32 {
        match self {
            KernelPath::Vector => (-x).mul_add(coef, v),
            KernelPath::Scalar => v - x * coef,
        }
    }
}

/// Splits `n` columns as the Haswell TRSM kernels do: 12-, 8- and 4-column chunks in
/// assembly, then 2- and 1-column remainders in C. Returns `(start, width, path)`.
#[inline(always)]
fn kernel_column_chunks(n: usize) -> Vec<(usize, usize, KernelPath)> {
    let mut chunks = Vec::new();
    let mut start = 0;
    for (width, path) in [
        (12, KernelPath::Vector),
        (8, KernelPath::Vector),
        (4, KernelPath::Vector),
        (2, KernelPath::Scalar),
        (1, KernelPath::Scalar),
    ] {
        while n - start >= width {
            chunks.push((start, width, path));
            start += width;
        }
    }
    chunks
}

/// Kernel path used for each right-hand-side column by the `trsm_L` driver, which hands the
/// kernel 12 columns at a time, then 4, then whatever remains.
#[inline(always)]
fn rhs_column_paths(nrhs: usize) -> Vec<KernelPath> {
    let mut paths = Vec::with_capacity(nrhs);
    while paths.len() < nrhs {
        let remaining = nrhs - paths.len();
        let step = if remaining >= TRSM_RHS_CHUNK {
            TRSM_RHS_CHUNK
        } else if remaining > UNROLL_N {
            UNROLL_N
        } else {
            remaining
        };
        for (_, width, path) in kernel_column_chunks(step) {
            paths.extend((0..width).map(|_| path));
        }
    }
    paths
}

// ---------------------------------------------------------------------------------------
// spotrf (lower): column-major, leading dimension `lda`, block = rows/cols off..off+n.
// ---------------------------------------------------------------------------------------

/// One level of `potrf_L_single`'s recursive blocking: a block of at most `POTF2_MAX` columns
/// goes to `potf2`, a larger one is split into `n / 4`-column blocks (at most `GEMM_Q`), each
/// factored by `$inner`, its panel solved and the trailing matrix updated. The levels are
/// spelled out (rather than recursive) so that the FMA build of [`invert`] inlines them all;
/// three levels cover every `n` up to 512.
macro_rules! potrf_level {
    ($name:ident, $inner:ident) => {
        #[inline(always)]
        fn $name(a: &mut [f32], lda: usize, off: usize, n: usize) -> bool {
            if n <= POTF2_MAX {
                return potf2_lower(a, lda, off, n);
            }
            let blocking = if n <= 4 * GEMM_Q { n / 4 } else { GEMM_Q };
            let mut j = 0;
            while j < n {
                let bk = blocking.min(n - j);
                if !$inner(a, lda, off + j, bk) {
                    return false;
                }
                let below = n - j - bk;
                if below > 0 {
                    panel_solve(a, lda, off + j, bk, off + j + bk, below);
                    trailing_update(a, lda, off + j, bk, off + j + bk, below);
                }
                j += bk;
            }
            true
        }
    };
}

potrf_level!(potrf_lower, potrf_lower_2);
potrf_level!(potrf_lower_2, potrf_lower_3);
potrf_level!(potrf_lower_3, potrf_lower_deep);

/// The same blocking, recursive, for what three levels do not reach (`n` above 512).
fn potrf_lower_deep(a: &mut [f32], lda: usize, off: usize, n: usize) -> bool {
    potrf_lower_3(a, lda, off, n)
}

/// `potf2_L`: unblocked, column-by-column Cholesky of a small diagonal block.
#[inline(always)]
fn potf2_lower(a: &mut [f32], lda: usize, off: usize, n: usize) -> bool {
    for j in 0..n {
        let jj = off + j;
        let row: Vec<f32> = (0..j).map(|k| a[jj + (off + k) * lda]).collect();
        let pivot = a[jj + jj * lda] - strided_self_dot(&row);
        // OpenBLAS only rejects `pivot <= 0`; a NaN pivot goes through, as here.
        if pivot <= 0.0 {
            return false;
        }
        let ljj = pivot.sqrt();
        a[jj + jj * lda] = ljj;
        let below = n - j - 1;
        if below > 0 {
            gemv_subtract(a, lda, jj + 1, below, off, &row, jj);
            let scale = 1.0 / ljj;
            for r in jj + 1..jj + 1 + below {
                a[r + jj * lda] *= scale;
            }
        }
    }
    true
}

/// `sdot_k` (Haswell build) on a strided vector with itself: products rounded to float and
/// added pairwise in float, pair sums accumulated in double, result rounded to float.
#[inline(always)]
fn strided_self_dot(x: &[f32]) -> f32 {
    let mut acc = 0.0f64;
    let mut pairs = x.chunks_exact(2);
    for p in &mut pairs {
        acc += f64::from(p[0] * p[0] + p[1] * p[1]);
    }
    for &v in pairs.remainder() {
        acc += f64::from(v * v);
    }
    acc as f32
}

/// `sgemv_n` (Haswell `sgemv_n_4.c`, alpha = -1, strided x) on the column block of `potf2`:
/// `y[r] -= Σ_k A(r, k) · x[k]` for rows `r0..r0+m`, columns `c0..c0+x.len()`, where `y` is
/// column `ycol`.
///
/// Rows are processed in a multiple-of-4 head and a 0..3-row tail. In the head, columns go
/// four at a time through the AVX2 kernel (its first `m & 4` and next `m & 8` rows use two
/// partial sums, the remaining rows one fused chain) and leftover columns through an SSE
/// kernel without FMA; tail rows use a scalar float dot product.
#[inline(always)]
fn gemv_subtract(
    a: &mut [f32],
    lda: usize,
    r0: usize,
    m: usize,
    c0: usize,
    x: &[f32],
    ycol: usize,
) {
    let at = |a: &[f32], r: usize, k: usize| a[r0 + r + (c0 + k) * lda];
    let head = m & !3;
    let two_sum_rows = (head & 4) + (head & 8);
    let groups = x.len() / 4;
    for g in 0..groups {
        let k = 4 * g;
        for r in 0..head {
            let (a0, a1, a2, a3) = (
                at(a, r, k),
                at(a, r, k + 1),
                at(a, r, k + 2),
                at(a, r, k + 3),
            );
            let y = a[r0 + r + ycol * lda];
            a[r0 + r + ycol * lda] = if r < two_sum_rows {
                let even = a2.mul_add(x[k + 2], a0.mul_add(x[k], 0.0));
                let odd = a3.mul_add(x[k + 3], a1.mul_add(x[k + 1], 0.0));
                -(even + odd) + y
            } else {
                let mut t = a0.mul_add(x[k], 0.0);
                t = a1.mul_add(x[k + 1], t);
                t = a2.mul_add(x[k + 2], t);
                t = a3.mul_add(x[k + 3], t);
                (-1.0f32).mul_add(t, y)
            };
        }
    }
    for (k, &xk) in x.iter().enumerate().skip(4 * groups) {
        let neg_xk = -xk;
        for r in 0..head {
            let product = at(a, r, k) * neg_xk;
            a[r0 + r + ycol * lda] += product;
        }
    }
    for r in head..m {
        let mut t = 0.0f32;
        for (k, &xk) in x.iter().enumerate() {
            t += at(a, r, k) * xk;
        }
        a[r0 + r + ycol * lda] += -t;
    }
}

/// `strsm_kernel_RN` (Haswell) as used by `potrf_L_single`: overwrites the panel
/// `A(r0..r0+m, c0..c0+bk)` with `A · L11⁻ᵀ`, where `L11` is the factorised diagonal block at
/// `c0`. Each row is solved chunk by chunk: the contribution of earlier chunks is a sequential
/// FMA inner product subtracted once, then the chunk itself is forward-substituted.
#[inline(always)]
fn panel_solve(a: &mut [f32], lda: usize, c0: usize, bk: usize, r0: usize, m: usize) {
    let inv: Vec<f32> = (0..bk).map(|t| 1.0 / a[(c0 + t) * (lda + 1)]).collect();
    let chunks = kernel_column_chunks(bk);
    // Rows are independent: eight at a time (one per lane), then one by one.
    let mut r = r0;
    while r < r0 + m {
        if r + 8 <= r0 + m {
            panel_solve_rows::<8>(a, lda, c0, bk, r, &inv, &chunks);
            r += 8;
        } else {
            panel_solve_rows::<1>(a, lda, c0, bk, r, &inv, &chunks);
            r += 1;
        }
    }
}

/// [`panel_solve`] for rows `r..r + W`, every lane through one row's operations.
#[allow(clippy::needless_range_loop)] // column indices as the kernel walks them
#[inline(always)]
fn panel_solve_rows<const W: usize>(
    a: &mut [f32],
    lda: usize,
    c0: usize,
    bk: usize,
    r: usize,
    inv: &[f32],
    chunks: &[(usize, usize, KernelPath)],
) {
    let l11 = |a: &[f32], i: usize, k: usize| a[c0 + i + (c0 + k) * lda];
    let row = |a: &[f32], k: usize| -> [f32; W] {
        let at = r + (c0 + k) * lda;
        std::array::from_fn(|w| a[at + w])
    };
    let mut v = vec![[0.0f32; W]; bk];
    for &(start, width, path) in chunks {
        for c in start..start + width {
            let mut acc = [0.0f32; W];
            for k in 0..start {
                let (p, l) = (row(a, k), l11(a, c, k));
                for (s, &pk) in acc.iter_mut().zip(&p) {
                    *s = pk.mul_add(l, *s);
                }
            }
            let own = row(a, c);
            v[c] = std::array::from_fn(|w| own[w] - acc[w]);
        }
        for c in start..start + width {
            let x: [f32; W] = std::array::from_fn(|w| v[c][w] * inv[c]);
            let at = r + (c0 + c) * lda;
            a[at..at + W].copy_from_slice(&x);
            for c2 in c + 1..start + width {
                let coef = l11(a, c2, c);
                for (slot, &xw) in v[c2].iter_mut().zip(&x) {
                    *slot = path.update(*slot, xw, coef);
                }
            }
        }
    }
}

/// `ssyrk_kernel_L` (via `sgemm_kernel_8x4_haswell_2`, alpha = -1): lower triangle of the
/// trailing block `A(t0.., t0..) -= P · Pᵀ`, with `P = A(t0..t0+m, c0..c0+bk)` the solved
/// panel; each entry subtracts one sequential FMA inner product.
#[inline(always)]
fn trailing_update(a: &mut [f32], lda: usize, c0: usize, bk: usize, t0: usize, m: usize) {
    for c in t0..t0 + m {
        // Entries of one column are independent: eight rows at a time (one per lane).
        let mut r = c;
        while r < t0 + m {
            let w = if r + 8 <= t0 + m { 8 } else { 1 };
            let mut acc = [0.0f32; 8];
            for k in c0..c0 + bk {
                let b = a[c + k * lda];
                let col = &a[r + k * lda..r + k * lda + w];
                for (s, &p) in acc.iter_mut().zip(col) {
                    *s = p.mul_add(b, *s);
                }
            }
            for (lane, s) in acc.iter().take(w).enumerate() {
                a[r + lane + c * lda] -= s;
            }
            r += w;
        }
    }
}

// ---------------------------------------------------------------------------------------
// spotrs: two triangular solves per right-hand-side column (columns are independent).
// ---------------------------------------------------------------------------------------

/// Row blocks of the forward kernel (`strsm_kernel_LT`): 8-row blocks from the top, then
/// 4, 2 and 1 for the remainder. Returns `(start, height)` in solve order.
#[inline(always)]
fn forward_row_blocks(n: usize) -> Vec<(usize, usize)> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for height in [8, 4, 2, 1] {
        while n - start >= height {
            blocks.push((start, height));
            start += height;
        }
    }
    blocks
}

/// Row blocks of the backward kernel (`strsm_kernel_LN`): starting from the bottom, one
/// row if `n` is odd, then 2 and 4 rows as the bits of `n` say, then 8-row blocks upwards.
#[inline(always)]
fn backward_row_blocks(n: usize) -> Vec<(usize, usize)> {
    let mut blocks = Vec::new();
    let mut end = n;
    for height in [1, 2, 4] {
        if n & height != 0 {
            blocks.push((end - height, height));
            end -= height;
        }
    }
    while end > 0 {
        blocks.push((end - 8, 8));
        end -= 8;
    }
    blocks
}

/// `strsm` Left/Lower/NoTrans/NonUnit on `W` right-hand-side columns at once (one per lane;
/// every lane goes through the same operations, so each equals a one-column solve):
/// `y ← L⁻¹ y` (`strsm_kernel_LT`). Per row block: subtract the sequential FMA inner product
/// with the rows already solved, then forward-substitute inside the block.
#[inline(always)]
fn forward_solve<const W: usize>(
    l: &[f32],
    n: usize,
    inv: &[f32],
    y: &mut [[f32; W]],
    v: &mut [[f32; W]],
    path: KernelPath,
) {
    for (start, height) in forward_row_blocks(n) {
        let end = start + height;
        for i in start..end {
            let mut acc = [0.0f32; W];
            for k in 0..start {
                let c = l[i + k * n];
                for (a, &yk) in acc.iter_mut().zip(&y[k]) {
                    *a = c.mul_add(yk, *a);
                }
            }
            for ((vi, &yi), &a) in v[i].iter_mut().zip(&y[i]).zip(&acc) {
                *vi = yi - a;
            }
        }
        for i in start..end {
            let x: [f32; W] = std::array::from_fn(|c| v[i][c] * inv[i]);
            y[i] = x;
            for k in i + 1..end {
                let coef = l[k + i * n];
                for (vk, &xc) in v[k].iter_mut().zip(&x) {
                    *vk = path.update(*vk, xc, coef);
                }
            }
        }
    }
}

/// `strsm` Left/Lower/Trans/NonUnit on `W` columns at once, as [`forward_solve`]:
/// `x ← L⁻ᵀ x` (`strsm_kernel_LN`). Per row block (bottom up): subtract the FMA inner product
/// with the rows already solved (bottom-up order in assembly, top-down in the C fallback),
/// then back-substitute inside the block.
#[inline(always)]
fn backward_solve<const W: usize>(
    l: &[f32],
    n: usize,
    inv: &[f32],
    x: &mut [[f32; W]],
    v: &mut [[f32; W]],
    path: KernelPath,
) {
    for (start, height) in backward_row_blocks(n) {
        let end = start + height;
        for i in start..end {
            let column = &l[i * n..(i + 1) * n]; // L(·, i) = Lᵀ(i, ·)
            let mut acc = [0.0f32; W];
            let mut add = |k: usize| {
                for (a, &xk) in acc.iter_mut().zip(&x[k]) {
                    *a = column[k].mul_add(xk, *a);
                }
            };
            match path {
                KernelPath::Vector => (end..n).rev().for_each(&mut add),
                KernelPath::Scalar => (end..n).for_each(&mut add),
            }
            for ((vi, &xi), &a) in v[i].iter_mut().zip(&x[i]).zip(&acc) {
                *vi = xi - a;
            }
        }
        for i in (start..end).rev() {
            let xi: [f32; W] = std::array::from_fn(|c| v[i][c] * inv[i]);
            x[i] = xi;
            for k in start..i {
                let coef = l[i + k * n];
                for (vk, &xc) in v[k].iter_mut().zip(&xi) {
                    *vk = path.update(*vk, xc, coef);
                }
            }
        }
    }
}

/// Solves for the identity columns `first..first + W` (all on `path`) and stores them in
/// `inverse` (row-major, as OpenCV transposes LAPACK's column-major solution back).
#[inline(always)]
fn solve_columns<const W: usize>(
    l: &[f32],
    n: usize,
    inv: &[f32],
    first: usize,
    path: KernelPath,
    inverse: &mut [f32],
) {
    let mut x = vec![[0.0f32; W]; n];
    let mut work = vec![[0.0f32; W]; n];
    for c in 0..W {
        x[first + c][c] = 1.0;
    }
    forward_solve(l, n, inv, &mut x, &mut work, path);
    backward_solve(l, n, inv, &mut x, &mut work, path);
    for (r, lanes) in x.iter().enumerate() {
        inverse[r * n + first..r * n + first + W].copy_from_slice(lanes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::numeric::reference_openblas as openblas;

    /// Runs `body` only in a process whose OpenBLAS uses the Haswell kernels; otherwise
    /// re-runs this one test in a child process with `OPENBLAS_CORETYPE=Haswell`.
    #[cfg(target_os = "linux")]
    fn with_haswell_openblas(test_name: &str, body: impl FnOnce()) {
        if openblas::run_under_haswell(&format!("numeric::cholesky_openblas::tests::{test_name}")) {
            body();
        }
    }

    /// What OpenCV's `lapack_Cholesky` does for `invert`: `sposv_("L", n, n, A, n, I, n)` on
    /// the row-major buffers, then the column-major solution transposed back.
    #[cfg(target_os = "linux")]
    fn opencv_lapack_inverse(a: &[f32], n: usize) -> Option<Vec<f32>> {
        let mut a_copy = a.to_vec();
        let mut b = vec![0.0f32; n * n];
        for i in 0..n {
            b[i * n + i] = 1.0;
        }
        let info = openblas::sposv(c"L", n, n, &mut a_copy, &mut b);
        if info != 0 {
            return None;
        }
        let mut out = vec![0.0f32; n * n];
        for r in 0..n {
            for c in 0..n {
                out[r * n + c] = b[r + c * n];
            }
        }
        Some(out)
    }

    /// Small deterministic generator (SplitMix64).
    struct Rng(u64);
    impl Rng {
        fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
        /// Uniform in [lo, hi).
        fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
            lo + (hi - lo) * ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64)
        }
    }

    /// A CCNF-style precision matrix for a `side × side` patch:
    /// `2 (s I + Σ_b β_b S_b)`, with `S_b` graph Laplacians (positive semi-definite) of
    /// neighbourhood graphs whose edge weights fall off with distance.
    fn ccnf_like_matrix(rng: &mut Rng, side: usize) -> Vec<f32> {
        let n = side * side;
        let mut m = vec![0.0f64; n * n];
        let s = rng.uniform(0.05, 3.0);
        for i in 0..n {
            m[i * n + i] += s;
        }
        for _ in 0..3 {
            let beta = rng.uniform(0.0, 2.0);
            let spread = rng.uniform(0.5, 4.0);
            let radius = 1 + (rng.next_u64() % 3) as usize;
            for p in 0..n {
                for q in p + 1..n {
                    let (py, px) = ((p / side) as f64, (p % side) as f64);
                    let (qy, qx) = ((q / side) as f64, (q % side) as f64);
                    let d2 = (py - qy).powi(2) + (px - qx).powi(2);
                    if d2 > (radius * radius) as f64 {
                        continue;
                    }
                    let w = beta * (-d2 / spread).exp();
                    m[p * n + q] -= w;
                    m[q * n + p] -= w;
                    m[p * n + p] += w;
                    m[q * n + q] += w;
                }
            }
        }
        m.iter().map(|&v| (2.0 * v) as f32).collect()
    }

    /// `G Gᵀ + n I` with `G` uniform in [-1, 1), rounded to float.
    #[cfg(target_os = "linux")]
    fn gram_matrix(rng: &mut Rng, n: usize) -> Vec<f32> {
        let g: Vec<f64> = (0..n * n).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let mut m = vec![0.0f32; n * n];
        for i in 0..n {
            for j in 0..n {
                let dot: f64 = (0..n).map(|k| g[i * n + k] * g[j * n + k]).sum();
                m[i * n + j] = (dot + if i == j { n as f64 } else { 0.0 }) as f32;
            }
        }
        m
    }

    #[cfg(target_os = "linux")]
    fn assert_bit_identical(a: &[f32], n: usize, label: &str) {
        let expected = opencv_lapack_inverse(a, n).expect("reference sposv failed");
        let actual = invert_spd_like_opencv_lapack(a, n).expect("emulation reported failure");
        let mismatches: Vec<usize> = (0..n * n)
            .filter(|&i| expected[i].to_bits() != actual[i].to_bits())
            .collect();
        assert!(
            mismatches.is_empty(),
            "{label}: {} of {} elements differ; first at {:?}: {:e} vs {:e}",
            mismatches.len(),
            n * n,
            mismatches.first().map(|&i| (i / n, i % n)),
            expected[mismatches[0]],
            actual[mismatches[0]]
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn matches_openblas_on_ccnf_like_121() {
        with_haswell_openblas("matches_openblas_on_ccnf_like_121", || {
            let mut rng = Rng(0x5EED_0121);
            for case in 0..40 {
                let a = ccnf_like_matrix(&mut rng, 11);
                assert_bit_identical(&a, 121, &format!("ccnf case {case}"));
            }
        });
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn matches_openblas_on_gram_121() {
        with_haswell_openblas("matches_openblas_on_gram_121", || {
            let mut rng = Rng(0x6A11_0121);
            for case in 0..10 {
                let a = gram_matrix(&mut rng, 121);
                assert_bit_identical(&a, 121, &format!("gram case {case}"));
            }
        });
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn matches_openblas_on_other_sizes() {
        with_haswell_openblas("matches_openblas_on_other_sizes", || {
            let mut rng = Rng(0x0DD5_12E5);
            for n in [100, 128, 150, 200] {
                for case in 0..3 {
                    let a = gram_matrix(&mut rng, n);
                    assert_bit_identical(&a, n, &format!("gram n={n} case {case}"));
                }
            }
            for side in [10, 12] {
                let a = ccnf_like_matrix(&mut rng, side);
                assert_bit_identical(&a, side * side, &format!("ccnf side={side}"));
            }
        });
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn rejects_non_positive_definite_like_openblas() {
        with_haswell_openblas("rejects_non_positive_definite_like_openblas", || {
            let mut rng = Rng(0xBAD);
            let n = 121;
            let mut a = gram_matrix(&mut rng, n);
            a[70 * n + 70] = -5000.0;
            assert!(opencv_lapack_inverse(&a, n).is_none());
            assert!(invert_spd_like_opencv_lapack(&a, n).is_none());
        });
    }

    #[test]
    fn non_positive_definite_returns_none() {
        let n = 121;
        let mut a = vec![0.0f32; n * n];
        for i in 0..n {
            a[i * n + i] = 1.0;
        }
        a[40 * n + 41] = 2.0;
        a[41 * n + 40] = 2.0;
        assert!(invert_spd_like_opencv_lapack(&a, n).is_none());
    }

    #[test]
    fn result_is_an_inverse() {
        let mut rng = Rng(7);
        let a = ccnf_like_matrix(&mut rng, 11);
        let n = 121;
        let inv = invert_spd_like_opencv_lapack(&a, n).unwrap();
        for i in 0..n {
            for j in 0..n {
                let p: f64 = (0..n)
                    .map(|k| a[i * n + k] as f64 * inv[k * n + j] as f64)
                    .sum();
                let target = if i == j { 1.0 } else { 0.0 };
                assert!((p - target).abs() < 1e-3, "({i},{j}) = {p}");
            }
        }
    }
}
