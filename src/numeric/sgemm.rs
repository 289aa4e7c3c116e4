//! A bit-exact emulation of OpenBLAS 0.3.21's single-threaded `sgemm` on its Haswell kernels
//! (`sgemm_('N', 'N', m, n, k, 1, A, lda, B, ldb, beta, C, ldc)`, column-major), so the
//! products no longer depend on which BLAS is linked or which CPU runs it.
//!
//! Every output element is a sum over `k` of `A[i, k]·B[k, j]` formed with fused multiply-adds;
//! what the emulation has to reproduce is the *order* of those operations, which OpenBLAS
//! decides as follows (model derived from `driver/level3/level3.c`, `param.h` and
//! `kernel/x86_64/sgemm_kernel_8x4_haswell_2.c`; verified bit for bit against the library):
//!
//! * **Beta.** Before anything else, `C` is set to zero when `beta == 0`, multiplied by `beta`
//!   (one rounding) when `beta != 1`, and left alone when `beta == 1`.
//! * **K blocks.** `k` is cut into consecutive blocks: while at least `2·Q` (`Q = 320`) remain,
//!   a block of `Q`; else, when more than `Q` remain, half of the rest rounded up to a multiple
//!   of 8; else the rest. Each block's sum is formed from zero and added (one rounding) to `C`.
//! * **Row blocks.** The `m` rows are cut the same way with `P = 320`.
//! * **Column blocks.** The columns are cut into chunks of `R = 104512`. In the first row block
//!   the kernel is called on column panels of 12 while at least 12 columns of the chunk remain,
//!   then of 4 while more than 4 remain, then on the rest; the other row blocks get the whole
//!   chunk at once. The kernel cuts what it gets into blocks of 12 (while more than 11 remain),
//!   8, 4, 2 and 1 columns.
//! * **Tiles.** A kernel block is processed in 8-row panels (then 4-, 2-, 1-row tails, which
//!   are plain chains). Most tiles accumulate every element in one chain of FMAs, in `k`
//!   order. Some accumulate in two halves — even local `k` and odd local `k` over the first
//!   `kb − kb % 8` of the block's `kb` steps, the remaining steps onto the even half — and add
//!   the halves at the end (`even + odd`): every full 8-row panel of a 4-column block, and, in a
//!   12-column block over at least 16 rows (staggered 16×6 tiles plus two 8×6 edge tiles), the
//!   left six columns of the first panel and, of the last full panel, the left six when the
//!   block has an even number of full panels, else the right six.
//! * **Store.** The tile's sum is added to `C` (`fma(sum, alpha = 1, C)`, i.e. one rounding).
//!
//! `interface/gemm.c` of 0.3.21 sends every shape (including `m == 1` or `n == 1`) to this
//! driver: there is no forwarding to `gemv`, the small-matrix path is disabled for Haswell
//! and the "direct" kernel is only for AVX-512 builds.
//!
//! The AVX2+FMA path (module `x86`: eight rows per register, two all-chain panels interleaved,
//! B broadcast straight from its columns) and the portable path perform exactly the same
//! operations on every element, so they agree bit for bit (the portable one uses
//! `f32::mul_add`, exact everywhere but slow where the build has no hardware FMA).

use super::openblas::{SGEMM_P as GEMM_P, SGEMM_Q as GEMM_Q};

/// Rows per panel of the kernel (`SGEMM_UNROLL_M` on Haswell).
const UNROLL_M: usize = 8;
/// Column blocking of the level-3 driver (`sgemm_r`, derived from the 128 MiB buffer).
const GEMM_R: usize = 104_512;

/// Shape of a column-major product C (m×n) = A (m×k) · B (k×n) with leading dimensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GemmShape {
    /// Rows of A and C.
    pub m: usize,
    /// Columns of B and C.
    pub n: usize,
    /// Columns of A, rows of B.
    pub k: usize,
    /// Column stride of A (at least `m`).
    pub lda: usize,
    /// Column stride of B (at least `k`).
    pub ldb: usize,
    /// Column stride of C (at least `m`).
    pub ldc: usize,
}

impl GemmShape {
    /// Contiguous operands: `lda = m`, `ldb = k`, `ldc = m`.
    pub fn dense(m: usize, n: usize, k: usize) -> Self {
        GemmShape {
            m,
            n,
            k,
            lda: m,
            ldb: k,
            ldc: m,
        }
    }

    /// Checks the leading dimensions and the slice lengths against the shape.
    pub(crate) fn check(&self, a: usize, b: usize, c: usize) {
        let GemmShape {
            m,
            n,
            k,
            lda,
            ldb,
            ldc,
        } = *self;
        assert!(
            lda >= m && ldb >= k && ldc >= m,
            "sgemm leading dimensions too small for {self:?}"
        );
        if m == 0 || n == 0 {
            return;
        }
        assert!(
            c >= (n - 1) * ldc + m,
            "sgemm: C has {c} values for {self:?}"
        );
        if k > 0 {
            assert!(
                a >= (k - 1) * lda + m,
                "sgemm: A has {a} values for {self:?}"
            );
            assert!(
                b >= (n - 1) * ldb + k,
                "sgemm: B has {b} values for {self:?}"
            );
        }
    }
}

/// The level-3 driver's block length for `rest` remaining rows or steps and limit `limit`.
fn block_len(rest: usize, limit: usize) -> usize {
    if rest >= 2 * limit {
        limit
    } else if rest > limit {
        (rest / 2).div_ceil(UNROLL_M) * UNROLL_M
    } else {
        rest
    }
}

/// Width of the next column block the kernel takes when `left` columns remain.
fn kernel_block(left: usize) -> usize {
    match left {
        12.. => 12,
        8..=11 => 8,
        4..=7 => 4,
        2..=3 => 2,
        _ => 1,
    }
}

/// One kernel column block: columns `col..col + width` of the row block `row..row + rows`.
#[derive(Clone, Copy, Debug)]
struct Block {
    row: usize,
    rows: usize,
    col: usize,
    width: usize,
}

/// Calls `f` on every kernel column block of an `m × n` product, as the driver and the kernel
/// cut it (the order does not matter: every element's operations are independent).
fn for_each_block(m: usize, n: usize, mut f: impl FnMut(Block)) {
    let mut kernel = |row: usize, rows: usize, col: usize, cols: usize| {
        let mut at = col;
        while at < col + cols {
            let width = kernel_block(col + cols - at);
            f(Block {
                row,
                rows,
                col: at,
                width,
            });
            at += width;
        }
    };
    let mut row = 0;
    while row < m {
        let rows = block_len(m - row, GEMM_P);
        let mut chunk = 0;
        while chunk < n {
            let chunk_len = (n - chunk).min(GEMM_R);
            if row == 0 {
                let mut col = chunk;
                while col < chunk + chunk_len {
                    let rest = chunk + chunk_len - col;
                    let panel = match rest {
                        12.. => 12,
                        5..=11 => 4,
                        _ => rest,
                    };
                    kernel(row, rows, col, panel);
                    col += panel;
                }
            } else {
                kernel(row, rows, chunk, chunk_len);
            }
            chunk += chunk_len;
        }
        row += rows;
    }
}

/// A run of columns of one 8-row panel summed the same way: first column (relative to the
/// block), count, and whether it is summed in two halves.
type Run = (usize, usize, bool);

/// How the kernel sums panel `panel` (of 8 rows) of a block of `width` columns over a row
/// block of `rows` rows: up to two runs.
fn panel_runs(rows: usize, width: usize, panel: usize) -> ([Run; 2], usize) {
    let full = rows / UNROLL_M;
    let chain = ([(0, width, false), (0, 0, false)], 1);
    if panel >= full {
        return chain;
    }
    match width {
        12 if rows >= 16 => {
            let last = panel == full - 1;
            let left = panel == 0 || (last && full.is_multiple_of(2));
            let right = last && !full.is_multiple_of(2);
            if left || right {
                ([(0, 6, left), (6, 6, right)], 2)
            } else {
                chain
            }
        }
        4 => ([(0, 4, true), (0, 0, false)], 1),
        _ => chain,
    }
}

/// Consecutive column ranges `(first, count)` covering `0..n`, about `max` columns each, whose
/// separate [`sgemm_nn`] calls round every element as one call over all `n` columns does: for
/// `m <= P` (a single row block) the driver cuts each chunk of `R` columns into 12-column panels
/// from the chunk's start, so ranges of a multiple of 12 columns inside one chunk, the last one
/// ending at the chunk's end, meet the same panels and kernel blocks. Taller products get one
/// range.
pub fn exact_column_ranges(m: usize, n: usize, max: usize) -> Vec<(usize, usize)> {
    if m > GEMM_P {
        return vec![(0, n)];
    }
    let step = (max / 12).max(1) * 12;
    let mut ranges = Vec::with_capacity(n / step + n / GEMM_R + 1);
    let mut chunk = 0;
    while chunk < n {
        let end = (chunk + GEMM_R).min(n);
        let mut col = chunk;
        while col < end {
            let count = step.min(end - col);
            ranges.push((col, count));
            col += count;
        }
        chunk = end;
    }
    ranges
}

/// `C = A·B + beta·C` as OpenBLAS 0.3.21's single-threaded Haswell `sgemm_('N','N')` rounds it
/// (alpha = 1).
///
/// `vector`: use the AVX2+FMA kernel (falls back to the portable one if the CPU lacks them);
/// `false` = the portable twin. The results are identical.
///
/// # Panics
/// If a leading dimension is smaller than its rows or a slice is smaller than its shape.
pub fn sgemm_nn(shape: GemmShape, a: &[f32], b: &[f32], beta: f32, c: &mut [f32], vector: bool) {
    shape.check(a.len(), b.len(), c.len());
    let GemmShape {
        m,
        n,
        k,
        lda,
        ldb,
        ldc,
    } = shape;
    if m == 0 || n == 0 {
        return;
    }
    // With beta = 0 and k > 0 the first K block's store writes `0 + sum` without reading C.
    let overwrite = beta == 0.0 && k > 0;
    if beta != 1.0 && !overwrite {
        for col in c.chunks_mut(ldc).take(n) {
            for v in &mut col[..m] {
                *v = if beta == 0.0 { 0.0 } else { *v * beta };
            }
        }
    }
    if k == 0 {
        return;
    }

    let mut k_blocks = Vec::with_capacity(4);
    let mut start = 0;
    while start < k {
        let len = block_len(k - start, GEMM_Q);
        k_blocks.push((start, len));
        start += len;
    }

    // A in 8-row panels, step-major, padded with zeros (pad rows are never stored).
    let panels = m.div_ceil(UNROLL_M);
    let mut packed = vec![0.0f32; panels * UNROLL_M * k];
    for (p, panel) in packed.chunks_exact_mut(UNROLL_M * k).enumerate() {
        let row = p * UNROLL_M;
        let rows = (m - row).min(UNROLL_M);
        for (step, dst) in panel.chunks_exact_mut(UNROLL_M).enumerate() {
            dst[..rows].copy_from_slice(&a[step * lda + row..step * lda + row + rows]);
        }
    }

    let job = Job {
        packed: &packed,
        k,
        b,
        ldb,
        ldc,
        k_blocks: &k_blocks,
        overwrite,
    };
    #[cfg(target_arch = "x86_64")]
    if vector && super::cpu::CpuLevel::get().vector() {
        for_each_block(m, n, |block| {
            // SAFETY: the process's CPU level has AVX2 and FMA (detected in `CpuLevel::get`).
            unsafe { x86::block(&job, block, c) }
        });
        return;
    }
    let _ = vector;
    for_each_block(m, n, |block| portable::block(&job, block, c));
}

/// What every kernel block needs besides its position.
struct Job<'a> {
    /// A in 8-row panels: panel `p`, step `s`, row `r` at `p·8k + 8s + r`.
    packed: &'a [f32],
    k: usize,
    b: &'a [f32],
    ldb: usize,
    ldc: usize,
    /// `(first step, steps)` of each K block, in order.
    k_blocks: &'a [(usize, usize)],
    /// Whether the first K block overwrites C with `0 + sum` (beta = 0).
    overwrite: bool,
}

impl Job<'_> {
    /// The operands of one run: the packed panel of `row`, B from column `col` on, and the
    /// offset of C at (`row`, `col`).
    fn run_operands(&self, row: usize, col: usize) -> (&[f32], &[f32], usize) {
        debug_assert_eq!(row % UNROLL_M, 0);
        let panel = row / UNROLL_M;
        let len = UNROLL_M * self.k;
        (
            &self.packed[panel * len..(panel + 1) * len],
            &self.b[col * self.ldb..],
            row + col * self.ldc,
        )
    }
}

/// Row-major `out (rows × cols) = W (rows × inner) · X (inner × cols)` as `cv::gemm` computes
/// it for `rows >= 100` (OpenCV 4.6 hands those to `cblas_sgemm(RowMajor, NoTrans, NoTrans)`,
/// which OpenBLAS runs as the column-major `sgemm_nn(cols, rows, inner, X, cols, W, inner, out,
/// cols)` with beta 0).
///
/// # Panics
/// If a slice is smaller than its shape.
pub fn opencv_blas_gemm_row_major(
    w: &[f32],
    rows: usize,
    inner: usize,
    x: &[f32],
    cols: usize,
    out: &mut [f32],
    vector: bool,
) {
    sgemm_nn(row_major_shape(rows, inner, cols), x, w, 0.0, out, vector);
}

/// `cv::gemm(W, X, 1, C, 1)` for `rows >= 100`: OpenCV copies `C` into `out`, then
/// `cblas_sgemm` runs with beta 1, i.e. `out = C + W·X` with the product added block by block.
///
/// # Panics
/// If a slice is smaller than its shape.
#[allow(clippy::too_many_arguments)]
pub fn opencv_blas_gemm_row_major_add(
    w: &[f32],
    rows: usize,
    inner: usize,
    x: &[f32],
    cols: usize,
    addend: &[f32],
    out: &mut [f32],
    vector: bool,
) {
    let len = rows * cols;
    out[..len].copy_from_slice(&addend[..len]);
    sgemm_nn(row_major_shape(rows, inner, cols), x, w, 1.0, out, vector);
}

/// The column-major shape `cblas_sgemm(RowMajor, …)` becomes for a dense row-major product.
fn row_major_shape(rows: usize, inner: usize, cols: usize) -> GemmShape {
    GemmShape {
        m: cols,
        n: rows,
        k: inner,
        lda: cols,
        ldb: inner,
        ldc: cols,
    }
}

/// The plain-Rust kernels (8 lanes as arrays, `f32::mul_add` for every fused step).
mod portable {
    use super::{panel_runs, Block, Job, UNROLL_M};

    type Lanes = [f32; UNROLL_M];

    /// One kernel column block.
    pub(super) fn block(job: &Job, block: Block, c: &mut [f32]) {
        for p in 0..block.rows.div_ceil(UNROLL_M) {
            let row = block.row + p * UNROLL_M;
            let rows = (block.rows - p * UNROLL_M).min(UNROLL_M);
            let (runs, count) = panel_runs(block.rows, block.width, p);
            for &(offset, cols, split) in &runs[..count] {
                let (pa, b, c_at) = job.run_operands(row, block.col + offset);
                macro_rules! go {
                    ($($n:literal)*) => {
                        match cols {
                            $($n => run::<$n>(job, pa, b, &mut c[c_at..], rows, split),)*
                            _ => unreachable!("column run of {cols}"),
                        }
                    };
                }
                go!(1 2 3 4 5 6 7 8 9 10 11 12);
            }
        }
    }

    /// `N` columns of one 8-row panel over every K block.
    fn run<const N: usize>(
        job: &Job,
        pa: &[f32],
        b: &[f32],
        c: &mut [f32],
        rows: usize,
        split: bool,
    ) {
        let ldb = job.ldb;
        for (index, &(start, steps)) in job.k_blocks.iter().enumerate() {
            let a = &pa[start * UNROLL_M..(start + steps) * UNROLL_M];
            let mut even = [[0.0f32; UNROLL_M]; N];
            let paired = if split { steps - steps % 8 } else { 0 };
            if split {
                let mut odd = [[0.0f32; UNROLL_M]; N];
                for s in (0..paired).step_by(2) {
                    step(&mut even, &a[s * UNROLL_M..], b, start + s, ldb);
                    step(&mut odd, &a[(s + 1) * UNROLL_M..], b, start + s + 1, ldb);
                }
                for s in paired..steps {
                    step(&mut even, &a[s * UNROLL_M..], b, start + s, ldb);
                }
                for (e, o) in even.iter_mut().zip(&odd) {
                    for (e, o) in e.iter_mut().zip(o) {
                        *e += *o;
                    }
                }
            } else {
                for s in 0..steps {
                    step(&mut even, &a[s * UNROLL_M..], b, start + s, ldb);
                }
            }
            let overwrite = index == 0 && job.overwrite;
            for (j, sum) in even.iter().enumerate() {
                let col = &mut c[j * job.ldc..j * job.ldc + rows];
                for (v, s) in col.iter_mut().zip(sum) {
                    *v = if overwrite { 0.0 + *s } else { *v + *s };
                }
            }
        }
    }

    /// `acc[j] += a · B[step, j]` for every column `j`, fused.
    #[inline(always)]
    fn step<const N: usize>(acc: &mut [Lanes; N], a: &[f32], b: &[f32], step: usize, ldb: usize) {
        let a: &Lanes = a[..UNROLL_M].try_into().expect("8 lanes");
        for (j, acc) in acc.iter_mut().enumerate() {
            let bv = b[step + j * ldb];
            for (acc, &a) in acc.iter_mut().zip(a) {
                *acc = a.mul_add(bv, *acc);
            }
        }
    }
}

/// The AVX2+FMA kernels: the same operations as [`portable`], eight rows per register.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{panel_runs, Block, Job, UNROLL_M};
    use std::arch::x86_64::*;

    /// One kernel column block.
    ///
    /// # Safety
    /// The CPU must support AVX2 and FMA.
    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn block(job: &Job, block: Block, c: &mut [f32]) {
        let panels = block.rows.div_ceil(UNROLL_M);
        let all_chain = |p: usize| {
            let (runs, count) = panel_runs(block.rows, block.width, p);
            count == 1 && !runs[0].2
        };
        let mut p = 0;
        while p < panels {
            let row = block.row + p * UNROLL_M;
            let rows = (block.rows - p * UNROLL_M).min(UNROLL_M);
            if p + 1 < panels && all_chain(p) && all_chain(p + 1) {
                // Two panels summed in one chain each: interleave them (independent chains,
                // shared broadcasts of B).
                let rows2 = (block.rows - (p + 1) * UNROLL_M).min(UNROLL_M);
                let width = block.width;
                let half = if width > 6 { width / 2 } else { width };
                let mut offset = 0;
                while offset < width {
                    let cols = half.min(width - offset);
                    let (pa, b, c_at) = job.run_operands(row, block.col + offset);
                    let (pa2, _, _) = job.run_operands(row + UNROLL_M, block.col + offset);
                    let c = &mut c[c_at..];
                    macro_rules! go {
                        ($($n:literal)*) => {
                            match cols {
                                $($n => chain2::<$n>(job, [pa, pa2], b, c, [rows, rows2]),)*
                                _ => unreachable!("column run of {cols}"),
                            }
                        };
                    }
                    // SAFETY: the caller guarantees AVX2 and FMA; the kernels check their
                    // slices against the job before any unchecked access.
                    unsafe { go!(1 2 3 4 5 6) };
                    offset += cols;
                }
                p += 2;
                continue;
            }
            let (runs, count) = panel_runs(block.rows, block.width, p);
            for &(offset, cols, split) in &runs[..count] {
                let (pa, b, c_at) = job.run_operands(row, block.col + offset);
                let c = &mut c[c_at..];
                macro_rules! go {
                    ($($n:literal)*) => {
                        match (cols, split) {
                            $(($n, false) => chain::<$n>(job, pa, b, c, rows),)*
                            (4, true) => split_run::<4>(job, pa, b, c, rows),
                            (6, true) => split_run::<6>(job, pa, b, c, rows),
                            _ => unreachable!("column run of {cols}"),
                        }
                    };
                }
                // SAFETY: as above.
                unsafe { go!(1 2 3 4 5 6 7 8 9 10 11 12) };
            }
            p += 1;
        }
    }

    /// Checks that the operands of an `N`-column run cover every K block, so the unchecked
    /// loads and stores below stay inside the slices.
    #[inline(always)]
    fn check<const N: usize>(job: &Job, pa: &[f32], b: &[f32], c: &[f32], rows: usize) {
        assert!(pa.len() >= job.k * UNROLL_M);
        assert!(b.len() >= (N - 1) * job.ldb + job.k);
        assert!((1..=UNROLL_M).contains(&rows) && c.len() >= (N - 1) * job.ldc + rows);
    }

    /// `N` columns of one panel, each element one FMA chain per K block.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn chain<const N: usize>(job: &Job, pa: &[f32], b: &[f32], c: &mut [f32], rows: usize) {
        check::<N>(job, pa, b, c, rows);
        let ldb = job.ldb;
        for (index, &(start, steps)) in job.k_blocks.iter().enumerate() {
            let mut acc = [_mm256_setzero_ps(); N];
            // SAFETY: `check` guarantees `pa` holds 8 values per step up to `k` and `b` holds
            // steps `0..k` of `N` columns `ldb` apart; every K block lies inside `0..k`.
            unsafe {
                let a = pa.as_ptr().add(start * UNROLL_M);
                let bp = b.as_ptr().add(start);
                for s in 0..steps {
                    let av = _mm256_loadu_ps(a.add(s * UNROLL_M));
                    for (j, acc) in acc.iter_mut().enumerate() {
                        let bv = _mm256_broadcast_ss(&*bp.add(s + j * ldb));
                        *acc = _mm256_fmadd_ps(av, bv, *acc);
                    }
                }
                store(job, &acc, c, rows, index == 0 && job.overwrite);
            }
        }
    }

    /// `N` columns of two consecutive panels, each element one FMA chain per K block; `c`
    /// starts at the first panel's top left element (the second's is 8 rows below).
    #[target_feature(enable = "avx2,fma")]
    unsafe fn chain2<const N: usize>(
        job: &Job,
        pa: [&[f32]; 2],
        b: &[f32],
        c: &mut [f32],
        rows: [usize; 2],
    ) {
        check::<N>(job, pa[0], b, c, rows[0]);
        check::<N>(job, pa[1], b, &c[UNROLL_M..], rows[1]);
        let ldb = job.ldb;
        for (index, &(start, steps)) in job.k_blocks.iter().enumerate() {
            let mut acc1 = [_mm256_setzero_ps(); N];
            let mut acc2 = [_mm256_setzero_ps(); N];
            // SAFETY: as in `chain`, for both panels (checked by `check`).
            unsafe {
                let a1 = pa[0].as_ptr().add(start * UNROLL_M);
                let a2 = pa[1].as_ptr().add(start * UNROLL_M);
                let bp = b.as_ptr().add(start);
                for s in 0..steps {
                    let av1 = _mm256_loadu_ps(a1.add(s * UNROLL_M));
                    let av2 = _mm256_loadu_ps(a2.add(s * UNROLL_M));
                    for j in 0..N {
                        let bv = _mm256_broadcast_ss(&*bp.add(s + j * ldb));
                        acc1[j] = _mm256_fmadd_ps(av1, bv, acc1[j]);
                        acc2[j] = _mm256_fmadd_ps(av2, bv, acc2[j]);
                    }
                }
                let overwrite = index == 0 && job.overwrite;
                store(job, &acc1, c, rows[0], overwrite);
                store(job, &acc2, &mut c[UNROLL_M..], rows[1], overwrite);
            }
        }
    }

    /// `N` columns of one panel summed in two halves (even / odd steps of the first
    /// `steps − steps % 8`, the rest onto the even half), then `even + odd`.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn split_run<const N: usize>(
        job: &Job,
        pa: &[f32],
        b: &[f32],
        c: &mut [f32],
        rows: usize,
    ) {
        check::<N>(job, pa, b, c, rows);
        let ldb = job.ldb;
        for (index, &(start, steps)) in job.k_blocks.iter().enumerate() {
            let mut even = [_mm256_setzero_ps(); N];
            let mut odd = [_mm256_setzero_ps(); N];
            let paired = steps - steps % 8;
            // SAFETY: as in `chain`: every step read lies inside `0..k`, checked by `check`.
            unsafe {
                let a = pa.as_ptr().add(start * UNROLL_M);
                let bp = b.as_ptr().add(start);
                let mut s = 0;
                while s < paired {
                    let a0 = _mm256_loadu_ps(a.add(s * UNROLL_M));
                    let a1 = _mm256_loadu_ps(a.add((s + 1) * UNROLL_M));
                    for j in 0..N {
                        let b0 = _mm256_broadcast_ss(&*bp.add(s + j * ldb));
                        even[j] = _mm256_fmadd_ps(a0, b0, even[j]);
                        let b1 = _mm256_broadcast_ss(&*bp.add(s + 1 + j * ldb));
                        odd[j] = _mm256_fmadd_ps(a1, b1, odd[j]);
                    }
                    s += 2;
                }
                while s < steps {
                    let av = _mm256_loadu_ps(a.add(s * UNROLL_M));
                    for (j, even) in even.iter_mut().enumerate() {
                        let bv = _mm256_broadcast_ss(&*bp.add(s + j * ldb));
                        *even = _mm256_fmadd_ps(av, bv, *even);
                    }
                    s += 1;
                }
                for (e, o) in even.iter_mut().zip(&odd) {
                    *e = _mm256_add_ps(*e, *o);
                }
                store(job, &even, c, rows, index == 0 && job.overwrite);
            }
        }
    }

    /// `C[.., j] += sums[j]` for the first `rows` rows (or `0 + sums[j]` when overwriting).
    ///
    /// # Safety
    /// The CPU must support AVX; `c` must hold `rows` values at every multiple of `ldc` up to
    /// column `N − 1` (guaranteed by `check`).
    #[target_feature(enable = "avx2,fma")]
    #[inline]
    unsafe fn store<const N: usize>(
        job: &Job,
        sums: &[__m256; N],
        c: &mut [f32],
        rows: usize,
        overwrite: bool,
    ) {
        let ldc = job.ldc;
        let base = c.as_mut_ptr();
        // Lane r is active when r < rows.
        let lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
        let mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(rows as i32), lanes);
        for (j, &sum) in sums.iter().enumerate() {
            // SAFETY: column `j` of C has `rows` values from `j·ldc` on (caller's contract);
            // the masked load and store touch only those.
            unsafe {
                let col = base.add(j * ldc);
                if rows == UNROLL_M {
                    let old = if overwrite {
                        _mm256_setzero_ps()
                    } else {
                        _mm256_loadu_ps(col)
                    };
                    _mm256_storeu_ps(col, _mm256_add_ps(old, sum));
                } else {
                    let old = if overwrite {
                        _mm256_setzero_ps()
                    } else {
                        _mm256_maskload_ps(col, mask)
                    };
                    _mm256_maskstore_ps(col, mask, _mm256_add_ps(old, sum));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Small deterministic generator (xorshift64*).
    struct Rng(u64);

    impl Rng {
        fn next_u64(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        /// Uniform in [-1, 1).
        fn unit(&mut self) -> f32 {
            (self.next_u64() >> 40) as f32 / (1u64 << 23) as f32 - 1.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next_u64() % n as u64) as usize
        }
        /// In [-1, 1), or (every other call on average) scaled by 2^e for e in -20..20, with
        /// some exact zeros, so different summation orders round differently.
        fn value(&mut self, wide: bool) -> f32 {
            let v = self.unit();
            if !wide {
                return v;
            }
            match self.below(16) {
                0 => 0.0,
                1..=7 => v,
                _ => v * 2f32.powi(self.below(40) as i32 - 20),
            }
        }
        fn fill(&mut self, len: usize, wide: bool) -> Vec<f32> {
            (0..len).map(|_| self.value(wide)).collect()
        }
    }

    /// Operands for `shape`, with the padding of the leading dimensions filled too.
    fn operands(rng: &mut Rng, s: GemmShape, wide: bool) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
        let a = rng.fill(s.lda * s.k.max(1), wide);
        let b = rng.fill(s.ldb.max(1) * s.n, wide);
        let c = rng.fill(s.ldc * s.n, wide);
        (a, b, c)
    }

    fn random_shape(rng: &mut Rng) -> GemmShape {
        let pick = |rng: &mut Rng, small: usize, big: usize| {
            if rng.below(4) == 0 {
                1 + rng.below(big)
            } else {
                1 + rng.below(small)
            }
        };
        let m = pick(rng, 40, 700);
        let n = pick(rng, 40, 300);
        let k = pick(rng, 40, 1400);
        GemmShape {
            m,
            n,
            k,
            lda: m + rng.below(3),
            ldb: k + rng.below(3),
            ldc: m + rng.below(3),
        }
    }

    fn betas(rng: &mut Rng) -> f32 {
        match rng.below(4) {
            0 => 0.0,
            1 => 1.0,
            2 => -0.75,
            _ => rng.unit(),
        }
    }

    #[test]
    fn vector_and_portable_agree() {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        for case in 0..300 {
            let s = if case < 20 {
                GemmShape::dense(1 + case % 9, 1 + case / 3, 1 + case * 7)
            } else {
                random_shape(&mut rng)
            };
            let (a, b, c0) = operands(&mut rng, s, case % 2 == 0);
            let beta = betas(&mut rng);
            let mut plain = c0.clone();
            sgemm_nn(s, &a, &b, beta, &mut plain, false);
            let mut vector = c0.clone();
            sgemm_nn(s, &a, &b, beta, &mut vector, true);
            let same = plain
                .iter()
                .zip(&vector)
                .all(|(p, v)| p.to_bits() == v.to_bits());
            assert!(same, "paths differ for {s:?}, beta {beta}");
        }
    }

    /// `C` of `sgemm_nn` over each range of `ranges` in its own call.
    fn by_ranges(s: GemmShape, a: &[f32], b: &[f32], ranges: &[(usize, usize)]) -> Vec<f32> {
        let mut c = vec![0.0; s.m * s.n];
        for &(first, count) in ranges {
            sgemm_nn(
                GemmShape::dense(s.m, count, s.k),
                a,
                &b[first * s.k..(first + count) * s.k],
                0.0,
                &mut c[first * s.m..(first + count) * s.m],
                true,
            );
        }
        c
    }

    /// Products over [`exact_column_ranges`] equal the one product bit for bit, for the
    /// convolution shapes of MTCNN (PNet 10/16/32 kernels, RNet, ONet) and products past one
    /// column chunk; ranges of 1000 columns (not a multiple of 12) do not.
    #[test]
    fn column_ranges_round_as_one_call() {
        let mut rng = Rng(0x5eed_c011_0000_0001);
        let mut perturbed_differs = false;
        let shapes = [
            (10, 28, 5000),
            (16, 91, 4321),
            (32, 145, 7001),
            (28, 28, 2000),
            (48, 253, 999),
            (64, 577, 1500),
            (128, 257, 300),
            (1, 9, 40),
            (7, 700, 100),
            (10, 28, GEMM_R + 12 * 700 + 7),
            (32, 3, 2 * GEMM_R + 5),
            (321, 20, 500),
        ];
        for (m, k, n) in shapes {
            let s = GemmShape::dense(m, n, k);
            let a = rng.fill(m * k, true);
            let b = rng.fill(k * n, true);
            let mut whole = vec![0.0; m * n];
            sgemm_nn(s, &a, &b, 0.0, &mut whole, true);
            for max in [12, 100, 6144, n] {
                let ranges = exact_column_ranges(m, n, max);
                let mut next = 0;
                for &(first, count) in &ranges {
                    assert_eq!(first, next);
                    assert!(count > 0);
                    next += count;
                }
                assert_eq!(next, n);
                let parts = by_ranges(s, &a, &b, &ranges);
                let same = parts
                    .iter()
                    .zip(&whole)
                    .all(|(p, w)| p.to_bits() == w.to_bits());
                assert!(same, "m {m} k {k} n {n} ranges of {max}");
            }
            let misaligned: Vec<(usize, usize)> = (0..n)
                .step_by(1000)
                .map(|first| (first, 1000.min(n - first)))
                .collect();
            let parts = by_ranges(s, &a, &b, &misaligned);
            perturbed_differs |= parts
                .iter()
                .zip(&whole)
                .any(|(p, w)| p.to_bits() != w.to_bits());
        }
        assert!(perturbed_differs, "the comparison cannot see a wrong cut");
    }

    #[test]
    fn blocking_rules() {
        assert_eq!(block_len(577, GEMM_Q), 288);
        assert_eq!(block_len(1153, GEMM_Q), 320);
        assert_eq!(block_len(321, GEMM_Q), 160);
        assert_eq!(block_len(320, GEMM_Q), 320);
        let mut seen = vec![0u32; 30 * 23];
        for_each_block(30, 23, |b| {
            for r in b.row..b.row + b.rows {
                for c in b.col..b.col + b.width {
                    seen[c * 30 + r] += 1;
                }
            }
        });
        assert!(seen.iter().all(|&s| s == 1));
    }

    #[cfg(target_os = "linux")]
    mod openblas {
        use super::*;
        use crate::numeric::reference_openblas::{
            cblas_sgemm_row_major as reference_row_major, run_under_haswell as in_haswell_child,
            sgemm_nn as reference,
        };

        fn count_mismatches(ours: &[f32], theirs: &[f32]) -> usize {
            ours.iter()
                .zip(theirs)
                .filter(|(o, t)| o.to_bits() != t.to_bits())
                .count()
        }

        /// Compares both paths with the library on `shape`; returns the number of elements
        /// that differ.
        fn compare(rng: &mut Rng, s: GemmShape, beta: f32, wide: bool) -> usize {
            let (a, b, c0) = operands(rng, s, wide);
            let mut theirs = c0.clone();
            reference(s, &a, &b, beta, &mut theirs);
            let mut bad = 0;
            // The portable path is slow without hardware FMA in the build; it is compared with
            // the vector path on every shape by `vector_and_portable_agree`.
            let portable = s.m * s.n * s.k <= 4_000_000;
            for vector in [true, false] {
                if !vector && !portable {
                    continue;
                }
                let mut ours = c0.clone();
                sgemm_nn(s, &a, &b, beta, &mut ours, vector);
                let diff = count_mismatches(&ours, &theirs);
                if diff > 0 {
                    eprintln!("{s:?} beta {beta} vector {vector}: {diff} mismatches");
                }
                bad += diff;
            }
            bad
        }

        #[test]
        fn matches_openblas_haswell_convolutions() {
            if !in_haswell_child(
                "numeric::sgemm::tests::openblas::matches_openblas_haswell_convolutions",
            ) {
                return;
            }
            let mut rng = Rng(0x00c0_ffee_0bad_f00d);
            let (mut cases, mut bad) = (0, 0);
            for m in [10, 16, 32, 28, 48, 64, 128] {
                for k in [28, 91, 145, 253, 193, 289, 577, 257, 641, 1153] {
                    for n in [1, 3, 7, 12, 13, 17, 100, 1000, 4321] {
                        let wide = (m + k + n) % 2 == 0;
                        bad += compare(&mut rng, GemmShape::dense(m, n, k), 0.0, wide);
                        cases += 1;
                    }
                }
            }
            eprintln!("{cases} convolution shapes, {bad} mismatching values");
            assert_eq!(bad, 0);
        }

        #[test]
        fn matches_openblas_haswell_general() {
            if !in_haswell_child(
                "numeric::sgemm::tests::openblas::matches_openblas_haswell_general",
            ) {
                return;
            }
            let mut rng = Rng(0x1234_5678_9abc_def1);
            let (mut cases, mut bad) = (0, 0);
            let fixed = [
                (321, 29, 50),
                (640, 13, 17),
                (641, 25, 33),
                (700, 40, 700),
                (1000, 7, 9),
                (333, 100, 650),
                (16, 104_520, 9),
                (17, 104_512 + 13, 3),
                (330, 104_530, 2),
            ];
            for (m, n, k) in fixed {
                for beta in [0.0, 1.0, 0.5] {
                    bad += compare(&mut rng, GemmShape::dense(m, n, k), beta, true);
                    cases += 1;
                }
            }
            for _ in 0..400 {
                let s = random_shape(&mut rng);
                let beta = betas(&mut rng);
                let wide = rng.below(2) == 0;
                bad += compare(&mut rng, s, beta, wide);
                cases += 1;
            }
            eprintln!("{cases} general shapes, {bad} mismatching values");
            assert_eq!(bad, 0);
        }

        #[test]
        fn matches_openblas_haswell_fully_connected() {
            if !in_haswell_child(
                "numeric::sgemm::tests::openblas::matches_openblas_haswell_fully_connected",
            ) {
                return;
            }
            let mut rng = Rng(0xfcfc_fcfc_0000_0001);
            let (mut cases, mut bad) = (0, 0);
            for (rows, inner) in [(128, 576), (256, 1152), (100, 37), (130, 321), (512, 700)] {
                for cols in 1..=5 {
                    let wide = cols % 2 == 1;
                    let w = rng.fill(rows * inner, wide);
                    let x = rng.fill(inner * cols, wide);
                    let bias = rng.fill(rows * cols, wide);
                    for vector in [true, false] {
                        let mut theirs = vec![f32::NAN; rows * cols];
                        reference_row_major(&w, rows, inner, &x, cols, 0.0, &mut theirs);
                        let mut ours = vec![f32::NAN; rows * cols];
                        opencv_blas_gemm_row_major(&w, rows, inner, &x, cols, &mut ours, vector);
                        bad += count_mismatches(&ours, &theirs);

                        let mut theirs = bias.clone();
                        reference_row_major(&w, rows, inner, &x, cols, 1.0, &mut theirs);
                        let mut ours = vec![f32::NAN; rows * cols];
                        opencv_blas_gemm_row_major_add(
                            &w, rows, inner, &x, cols, &bias, &mut ours, vector,
                        );
                        bad += count_mismatches(&ours, &theirs);
                    }
                    cases += 2;
                }
            }
            eprintln!("{cases} fully connected products, {bad} mismatching values");
            assert_eq!(bad, 0);
        }
    }
}
