//! The products and the solve of one Gauss–Newton step on the PDM, shared by
//! `PDM::CalcParams` ([`crate::model::calc_params`]) and CLNF's NU-RLMS
//! ([`crate::landmarks::clnf::nu_rlms`]), in the rounding of the library OpenFace calls for each:
//!
//! * the Hessian `JᵀJ` / `JᵀWJ` and the 3D shape `mean + V·p`: OpenBLAS 0.3.21's Haswell
//!   `sgemm` (fused multiply-adds in sequence; the split tiles of [`super::openblas`]);
//! * `Jᵀr` and other float products below 100 result rows: OpenCV 4.6's `GEMMSingleMul`
//!   (double sums over interleaved groups of four, [`dot4_f64`]);
//! * the Cholesky solve: OpenCV's `CholImpl<float>` (double sums, float storage);
//! * `cv::norm`: [`l2_distance`].
//!
//! Each product has a plain port (the oracle, the portable twin) and a reordered version that
//! vectorises with AVX2 (+ FMA where OpenBLAS fuses); the reordering keeps every element's
//! sequence of roundings, and the tests check the two agree bit for bit.

use super::cpu::CpuLevel;
use super::openblas::openblas_haswell_splits;

/// Rows per Hessian tile: one 8-row panel of OpenBLAS's kernel, one AVX register of f32.
pub(crate) const LANES: usize = 8;

/// Row stride of the Jacobian: the parameter count rounded up to whole tiles, so a tile's
/// 8 lanes can always be loaded. Shared with CLNF's NU-RLMS.
pub(crate) fn jacobian_stride(params: usize) -> usize {
    params.div_ceil(LANES) * LANES
}

/// Scratch memory of the kernels (shared with CLNF's NU-RLMS).
#[derive(Clone, Debug, Default)]
pub(crate) struct Scratch {
    /// Hessian tile accumulators of the plain kernel (`LANES` per tile): all rows, and the odd
    /// rows of split tiles.
    acc_even: Vec<f32>,
    acc_odd: Vec<f32>,
    /// `Jᵀr` partial sums, lane-major (`4 × p`).
    pub(crate) jtr: Vec<f64>,
    /// Cholesky factor, row-major and column-major.
    chol: Vec<f32>,
    chol_t: Vec<f32>,
    /// Cholesky running sums: the trailing triangle, and one vector.
    chol_trailing: Vec<f64>,
    chol_sums: Vec<f64>,
}

impl Scratch {
    /// Sizes the buffers for `p` parameters.
    pub(crate) fn prepare(&mut self, p: usize, plan: &HessianPlan) {
        self.acc_even.resize(plan.tiles.len() * LANES, 0.0);
        self.acc_odd.resize(plan.tiles.len() * LANES, 0.0);
        self.jtr.resize(4 * p, 0.0);
        self.chol.resize(p * p, 0.0);
        self.chol_t.resize(p * p, 0.0);
        self.chol_trailing.resize(p * p, 0.0);
        self.chol_sums.resize(p, 0.0);
    }
}

/// How OpenBLAS's kernel sums each element of the `p × p` Hessian, in two layouts: a tile
/// list for the plain kernel and, per 8-row panel, the columns summed in one chain or split.
#[derive(Clone, Debug)]
pub(crate) struct HessianPlan {
    p: usize,
    tiles: Vec<HessianTile>,
    panels: Vec<PanelPlan>,
}

#[derive(Clone, Copy, Debug)]
struct HessianTile {
    /// Hessian column (OpenBLAS `n` index) = Jacobian column multiplied in.
    col: usize,
    /// First of `LANES` rows (OpenBLAS `m` index).
    row0: usize,
    /// Whether OpenBLAS accumulates this tile in two interleaved halves.
    split: bool,
}

#[derive(Clone, Debug)]
struct PanelPlan {
    row0: usize,
    chain_cols: Vec<usize>,
    split_cols: Vec<usize>,
}

impl HessianPlan {
    /// The plan of a `p × p` Hessian (`sgemm_` with m = n = p).
    pub(crate) fn new(p: usize) -> Self {
        let mut tiles = Vec::new();
        let mut panels = Vec::new();
        for row0 in (0..p).step_by(LANES) {
            let mut panel = PanelPlan {
                row0,
                chain_cols: Vec::new(),
                split_cols: Vec::new(),
            };
            for col in row0..p {
                let split = openblas_haswell_splits(p, p, row0, col);
                tiles.push(HessianTile { col, row0, split });
                if split {
                    panel.split_cols.push(col);
                } else {
                    panel.chain_cols.push(col);
                }
            }
            panels.push(panel);
        }
        HessianPlan { p, tiles, panels }
    }
}

/// The kernel set of one fitter: the AVX2 + FMA versions (the Cholesky solve also compiled
/// for AVX-512F where the level has it) or their portable twins, as [`CpuLevel::get`] decides
/// (identical results either way).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Kernels {
    vector: bool,
    wide: bool,
}

impl Kernels {
    /// The kernels of this process's [`CpuLevel`].
    pub(crate) fn detect() -> Self {
        let level = CpuLevel::get();
        Kernels {
            vector: level.vector(),
            wide: level.wide(),
        }
    }

    /// The portable twins only (the oracle).
    #[cfg(test)]
    pub(crate) fn plain() -> Self {
        Kernels {
            vector: false,
            wide: false,
        }
    }

    /// `PDM::CalcShape3D`: `mean + V·p` as OpenBLAS forms it (see [`shape_3d_body`]);
    /// `pc_t` is mode-major.
    pub(crate) fn shape_3d(self, mean: &[f32], pc_t: &[f32], local: &[f32], out: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if self.vector {
            // SAFETY: the CPU supports AVX2 and FMA (checked in `detect`).
            unsafe { x86::shape_3d(mean, pc_t, local, out) };
            return;
        }
        shape_3d_plain(mean, pc_t, local, out);
    }

    /// `Jᵀr` as OpenCV's `gemm` (see [`jt_r_plain`]); `acc` holds `4·out.len()` values.
    pub(crate) fn jt_r(
        self,
        jacobian: &[f32],
        stride: usize,
        residual: &[f32],
        out: &mut [f32],
        acc: &mut [f64],
    ) {
        #[cfg(target_arch = "x86_64")]
        if self.vector {
            // SAFETY: the CPU supports AVX2 (checked in `detect`).
            unsafe { x86::jt_r_lanes(jacobian, stride, residual, out, acc) };
            return;
        }
        jt_r_plain(jacobian, stride, residual, out);
    }

    /// The lower triangle of `JᵀJ` as OpenBLAS's Haswell `sgemm_` (see [`jt_j_plain`]):
    /// `hessian[c·p + r]` for `r ≤ c`.
    pub(crate) fn jt_j(
        self,
        plan: &HessianPlan,
        jacobian: &[f32],
        rows: usize,
        stride: usize,
        scratch: &mut Scratch,
        hessian: &mut [f32],
    ) {
        self.jt_w_j(plan, jacobian, jacobian, rows, stride, scratch, hessian);
    }

    /// The lower triangle of `J_wᵀJ` (`J_w` = `J` with row-scaled weights, same layout) as
    /// OpenBLAS's Haswell `sgemm_` forms OpenFace's weighted Hessian (`A = J`, `B = J_w`):
    /// `hessian[c·p + r] = Σ_k J[k][r]·J_w[k][c]` for `r ≤ c`, the tile lanes reading
    /// `jacobian` and the broadcast values `weighted`. With `weighted = jacobian` this is
    /// [`Self::jt_j`].
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn jt_w_j(
        self,
        plan: &HessianPlan,
        jacobian: &[f32],
        weighted: &[f32],
        rows: usize,
        stride: usize,
        scratch: &mut Scratch,
        hessian: &mut [f32],
    ) {
        #[cfg(target_arch = "x86_64")]
        if self.vector {
            x86::jt_j(plan, jacobian, weighted, rows, stride, hessian);
            return;
        }
        jt_j_plain(plan, jacobian, weighted, rows, stride, scratch, hessian);
    }

    /// `cv::solve(a, b, DECOMP_CHOLESKY)` in place (see [`cholesky_solve_plain`]); false when
    /// the factorisation fails.
    pub(crate) fn cholesky_solve(
        self,
        a: &[f32],
        n: usize,
        b: &mut [f32],
        scratch: &mut Scratch,
    ) -> bool {
        #[cfg(target_arch = "x86_64")]
        if self.vector {
            if self.wide {
                // SAFETY: the CPU supports AVX-512F (checked in `detect`).
                return unsafe { x86::cholesky_solve_right_looking_wide(a, n, b, scratch) };
            }
            // SAFETY: the CPU supports AVX2 (checked in `detect`).
            return unsafe { x86::cholesky_solve_right_looking(a, n, b, scratch) };
        }
        cholesky_solve_plain(a, n, b, &mut scratch.chol)
    }
}

/// `mean + V·p` as OpenBLAS's Haswell `sgemm` with one result row computes it: per element a
/// chain of fused multiply-adds from zero in mode order, then added to the mean.
#[inline(always)]
fn shape_3d_body(mean: &[f32], pc_t: &[f32], local: &[f32], out: &mut [f32]) {
    let rows = mean.len();
    out.iter_mut().for_each(|o| *o = 0.0);
    for (k, &p) in local.iter().enumerate() {
        let col = &pc_t[k * rows..(k + 1) * rows];
        for (o, &c) in out.iter_mut().zip(col) {
            *o = c.mul_add(p, *o);
        }
    }
    for (o, &mu) in out.iter_mut().zip(mean) {
        *o += mu;
    }
}

fn shape_3d_plain(mean: &[f32], pc_t: &[f32], local: &[f32], out: &mut [f32]) {
    shape_3d_body(mean, pc_t, local, out)
}

/// `Jᵀr` as OpenCV's `gemm` computes a float matrix times a vector (`GEMMSingleMul`, `A·Bᵀ`
/// path): per row four double sums over interleaved groups of four, the rest into the first,
/// the four added in order and rounded to float. Plain port.
fn jt_r_plain(jacobian: &[f32], stride: usize, residual: &[f32], out: &mut [f32]) {
    let rows = residual.len();
    let mut column = vec![0.0f32; rows];
    for (i, o) in out.iter_mut().enumerate() {
        for (k, c) in column.iter_mut().enumerate() {
            *c = jacobian[k * stride + i];
        }
        *o = dot4_f64(&column, residual) as f32;
    }
}

/// [`jt_r_plain`] reordered to run over Jacobian rows (vectorises over parameters); each sum
/// sees the same terms in the same order.
#[inline(always)]
fn jt_r_lanes(jacobian: &[f32], stride: usize, residual: &[f32], out: &mut [f32], acc: &mut [f64]) {
    let rows = residual.len();
    let p = out.len();
    acc.iter_mut().for_each(|a| *a = 0.0);
    let unrolled = rows - rows % 4;
    for (k, &r) in residual.iter().enumerate() {
        let lane = if k < unrolled { k % 4 } else { 0 };
        let rk = r as f64;
        let jrow = &jacobian[k * stride..k * stride + p];
        let sums = &mut acc[lane * p..(lane + 1) * p];
        for (s, &j) in sums.iter_mut().zip(jrow) {
            *s += j as f64 * rk;
        }
    }
    let (s0, rest) = acc.split_at(p);
    let (s1, rest) = rest.split_at(p);
    let (s2, s3) = rest.split_at(p);
    for i in 0..p {
        out[i] = (((s0[i] + s1[i]) + s2[i]) + s3[i]) as f32;
    }
}

/// Plain port of OpenBLAS's Haswell `sgemm` for `JᵀJ`, tile by tile: lane `l` of a tile is
/// `Σ_k J[k][row0 + l]·J[k][col]` as fused multiply-adds in row order; a split tile sends the
/// odd rows of the first `rows − rows % 8` to a second sum, added at the end.
fn jt_j_plain(
    plan: &HessianPlan,
    jacobian: &[f32],
    weighted: &[f32],
    rows: usize,
    stride: usize,
    scratch: &mut Scratch,
    hessian: &mut [f32],
) {
    let (acc_even, acc_odd) = (&mut scratch.acc_even, &mut scratch.acc_odd);
    acc_even.iter_mut().for_each(|a| *a = 0.0);
    acc_odd.iter_mut().for_each(|a| *a = 0.0);
    let body = rows - rows % 8;
    for k in 0..rows {
        let jrow = &jacobian[k * stride..(k + 1) * stride];
        let wrow = &weighted[k * stride..(k + 1) * stride];
        let odd = k < body && k % 2 == 1;
        for (t, tile) in plan.tiles.iter().enumerate() {
            let b = wrow[tile.col];
            let a = &jrow[tile.row0..tile.row0 + LANES];
            let dst = if odd && tile.split {
                &mut acc_odd[t * LANES..(t + 1) * LANES]
            } else {
                &mut acc_even[t * LANES..(t + 1) * LANES]
            };
            for (d, &x) in dst.iter_mut().zip(a) {
                *d = x.mul_add(b, *d);
            }
        }
    }
    for (t, tile) in plan.tiles.iter().enumerate() {
        for lane in 0..LANES {
            let row = tile.row0 + lane;
            if row > tile.col {
                break;
            }
            let even = acc_even[t * LANES + lane];
            let sum = if tile.split {
                even + acc_odd[t * LANES + lane]
            } else {
                even
            };
            hessian[tile.col * plan.p + row] = sum;
        }
    }
}

/// The vector kernels (AVX2 + FMA).
#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{HessianPlan, LANES};
    use std::arch::x86_64::*;

    /// Columns per call of the one-chain tile kernel and of the split one (accumulators must
    /// fit the 16 vector registers).
    const CHAIN_GROUP: usize = 6;
    const SPLIT_GROUP: usize = 4;

    /// [`super::shape_3d_body`] compiled for AVX2 + FMA (same operations, vectorised by LLVM).
    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn shape_3d(mean: &[f32], pc_t: &[f32], local: &[f32], out: &mut [f32]) {
        super::shape_3d_body(mean, pc_t, local, out)
    }

    /// [`super::jt_r_lanes`] compiled for AVX2 (no FMA: OpenCV's sums are not fused; Rust never
    /// contracts a product and a sum on its own either).
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn jt_r_lanes(
        jacobian: &[f32],
        stride: usize,
        residual: &[f32],
        out: &mut [f32],
        acc: &mut [f64],
    ) {
        super::jt_r_lanes(jacobian, stride, residual, out, acc)
    }

    /// [`super::cholesky_solve_right_looking`] compiled for AVX2 (no FMA, as above).
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn cholesky_solve_right_looking(
        a: &[f32],
        n: usize,
        b: &mut [f32],
        scratch: &mut super::Scratch,
    ) -> bool {
        super::cholesky_solve_right_looking(a, n, b, scratch)
    }

    /// [`super::cholesky_solve_right_looking`] compiled for AVX-512F (which implies FMA, but
    /// the body has no fused operation to use it and Rust never fuses on its own).
    #[target_feature(enable = "avx512f")]
    pub(super) unsafe fn cholesky_solve_right_looking_wide(
        a: &[f32],
        n: usize,
        b: &mut [f32],
        scratch: &mut super::Scratch,
    ) -> bool {
        super::cholesky_solve_right_looking(a, n, b, scratch)
    }

    /// `JᵀJ` lower triangle, panel by panel, several columns per pass so one load of the
    /// panel's 8 Jacobian values feeds several accumulators. Per element the same fused
    /// multiply-adds in the same order as [`super::jt_j_plain`].
    pub(super) fn jt_j(
        plan: &HessianPlan,
        jacobian: &[f32],
        weighted: &[f32],
        rows: usize,
        stride: usize,
        hessian: &mut [f32],
    ) {
        assert!(jacobian.len() >= rows * stride && plan.p <= stride);
        assert!(weighted.len() >= rows * stride);
        for panel in &plan.panels {
            assert!(panel.row0 + LANES <= stride);
            for cols in panel.chain_cols.chunks(CHAIN_GROUP) {
                let mut group = [cols[cols.len() - 1]; CHAIN_GROUP];
                group[..cols.len()].copy_from_slice(cols);
                let mut sums = [[0.0f32; LANES]; CHAIN_GROUP];
                // SAFETY: AVX2 + FMA checked by the caller; every load is inside
                // `jacobian[..rows * stride]` or `weighted[..rows * stride]` (asserted above: columns < p ≤ stride, panel
                // lanes end within the stride).
                unsafe {
                    panel_sums::<CHAIN_GROUP, false>(
                        jacobian, weighted, rows, stride, panel.row0, &group, &mut sums,
                    )
                };
                store(plan.p, panel.row0, cols, &sums, hessian);
            }
            for cols in panel.split_cols.chunks(SPLIT_GROUP) {
                let mut group = [cols[cols.len() - 1]; SPLIT_GROUP];
                group[..cols.len()].copy_from_slice(cols);
                let mut sums = [[0.0f32; LANES]; SPLIT_GROUP];
                // SAFETY: as above.
                unsafe {
                    panel_sums::<SPLIT_GROUP, true>(
                        jacobian, weighted, rows, stride, panel.row0, &group, &mut sums,
                    )
                };
                store(plan.p, panel.row0, cols, &sums, hessian);
            }
        }
    }

    fn store(p: usize, row0: usize, cols: &[usize], sums: &[[f32; LANES]], hessian: &mut [f32]) {
        for (&col, lanes) in cols.iter().zip(sums) {
            for (lane, &s) in lanes.iter().enumerate() {
                let row = row0 + lane;
                if row > col {
                    break;
                }
                hessian[col * p + row] = s;
            }
        }
    }

    /// For each column `c` of `cols`: lanes `l` = `Σ_k J[k][row0 + l]·J[k][c]`, fused
    /// multiply-adds in row order; with `SPLIT`, odd rows of the first `rows − rows % 8` go to
    /// a second sum added at the end (OpenBLAS's 8×6 and 8×4 tiles).
    ///
    /// # Safety
    /// AVX2 and FMA available; `rows * stride` at most `jacobian.len()` and `weighted.len()`,
    /// `row0 + 8 <= stride`, every column `< stride`.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn panel_sums<const G: usize, const SPLIT: bool>(
        jacobian: &[f32],
        weighted: &[f32],
        rows: usize,
        stride: usize,
        row0: usize,
        cols: &[usize; G],
        out: &mut [[f32; LANES]; G],
    ) {
        let base = jacobian.as_ptr();
        let wbase = weighted.as_ptr();
        let mut even = [_mm256_setzero_ps(); G];
        let mut odd = [_mm256_setzero_ps(); G];
        let body = if SPLIT { rows - rows % 8 } else { 0 };
        let mut k = 0;
        while k < body {
            let r0 = base.add(k * stride);
            let r1 = r0.add(stride);
            let (w0, w1) = (wbase.add(k * stride), wbase.add((k + 1) * stride));
            let a0 = _mm256_loadu_ps(r0.add(row0));
            let a1 = _mm256_loadu_ps(r1.add(row0));
            for g in 0..G {
                even[g] = _mm256_fmadd_ps(a0, _mm256_broadcast_ss(&*w0.add(cols[g])), even[g]);
                odd[g] = _mm256_fmadd_ps(a1, _mm256_broadcast_ss(&*w1.add(cols[g])), odd[g]);
            }
            k += 2;
        }
        while k < rows {
            let r0 = base.add(k * stride);
            let w0 = wbase.add(k * stride);
            let a0 = _mm256_loadu_ps(r0.add(row0));
            for g in 0..G {
                even[g] = _mm256_fmadd_ps(a0, _mm256_broadcast_ss(&*w0.add(cols[g])), even[g]);
            }
            k += 1;
        }
        for g in 0..G {
            let sum = if SPLIT {
                _mm256_add_ps(even[g], odd[g])
            } else {
                even[g]
            };
            _mm256_storeu_ps(out[g].as_mut_ptr(), sum);
        }
    }
}

/// `cv::solve(A, b, x, DECOMP_CHOLESKY)` for a float system below 100 rows: OpenCV's
/// `CholImpl<float>` on the lower triangle of `a` (row-major `n × n`), solving in place in `b`,
/// `l` receiving the factor. Sums in double; off-diagonal products in float (float × float),
/// diagonal squares in double; the factor (its diagonal stored inverted) and the solution
/// stored as float. Returns `false` when a pivot falls below `FLT_EPSILON`, as OpenCV does
/// (`cv::solve` then zeroes the solution). Plain port.
pub(crate) fn cholesky_solve_plain(a: &[f32], n: usize, b: &mut [f32], l: &mut [f32]) -> bool {
    cholesky_factor_plain(a, n, l) && {
        cholesky_substitute_plain(l, n, b);
        true
    }
}

/// The factorisation of [`cholesky_solve_plain`]: `l` receives `CholImpl`'s factor (its
/// diagonal stored inverted); false when a pivot falls below `FLT_EPSILON`.
pub(crate) fn cholesky_factor_plain(a: &[f32], n: usize, l: &mut [f32]) -> bool {
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
    true
}

/// The two substitutions of [`cholesky_solve_plain`] with the factor `l`, in place in `b`.
pub(crate) fn cholesky_substitute_plain(l: &[f32], n: usize, b: &mut [f32]) {
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
}

/// [`cholesky_solve_plain`] reordered right-looking so it vectorises and overlaps: as soon as a
/// column of the factor is final, its products are subtracted from every running sum of the
/// trailing triangle; the triangular solves likewise. Every sum still subtracts the same
/// products (float × float off the diagonal, double squares on it) in the same order, so the
/// results are identical, including which pivot fails first.
#[inline(always)]
fn cholesky_solve_right_looking(a: &[f32], n: usize, b: &mut [f32], scratch: &mut Scratch) -> bool {
    // `l[i·n + k]` = L(i, k) row-major; `lc[k·n + i]` = L(i, k) column-major; `sc[j·n + i]` the
    // running sum of element (i, j), i ≥ j, column-major.
    let l = &mut scratch.chol[..n * n];
    let lc = &mut scratch.chol_t[..n * n];
    let sc = &mut scratch.chol_trailing[..n * n];
    for j in 0..n {
        for i in j..n {
            sc[j * n + i] = a[i * n + j] as f64;
        }
    }
    for k in 0..n {
        let d = sc[k * n + k];
        if d < f32::EPSILON as f64 {
            return false;
        }
        let lkk = (1.0 / d.sqrt()) as f32;
        l[k * n + k] = lkk;
        lc[k * n + k] = lkk;
        for i in k + 1..n {
            let lik = (sc[k * n + i] * lkk as f64) as f32;
            lc[k * n + i] = lik;
            l[i * n + k] = lik;
        }
        let column_k = &lc[k * n..(k + 1) * n];
        for j in k + 1..n {
            let ljk = column_k[j];
            let t = ljk as f64;
            sc[j * n + j] -= t * t;
            let below = &mut sc[j * n + j + 1..(j + 1) * n];
            for (s, &lik) in below.iter_mut().zip(&column_k[j + 1..]) {
                *s -= (lik * ljk) as f64;
            }
        }
    }
    let sums = &mut scratch.chol_sums[..n];

    // L·y = b
    for (s, &x) in sums.iter_mut().zip(b.iter()) {
        *s = x as f64;
    }
    for k in 0..n {
        let yk = (sums[k] * l[k * n + k] as f64) as f32;
        b[k] = yk;
        let column_k = &lc[k * n + k + 1..(k + 1) * n];
        for (s, &lik) in sums[k + 1..].iter_mut().zip(column_k) {
            *s -= (lik * yk) as f64;
        }
    }
    // Lᵀ·x = y
    for (s, &x) in sums.iter_mut().zip(b.iter()) {
        *s = x as f64;
    }
    for k in (0..n).rev() {
        let xk = (sums[k] * l[k * n + k] as f64) as f32;
        b[k] = xk;
        let row_k = &l[k * n..k * n + k];
        for (s, &lki) in sums[..k].iter_mut().zip(row_k) {
            *s -= (lki * xk) as f64;
        }
    }
    true
}

/// `cv::norm(a, b)` (L2) for float vectors: differences in float, squares summed in double in
/// OpenCV's order (groups of four), square root in double. Shared with CLNF's convergence test.
pub(crate) fn l2_distance(a: &[f32], b: &[f32]) -> f64 {
    let mut s = 0.0f64;
    let mut chunks_a = a.chunks_exact(4);
    let mut chunks_b = b.chunks_exact(4);
    for (ca, cb) in (&mut chunks_a).zip(&mut chunks_b) {
        let d = |l: usize| (ca[l] - cb[l]) as f64;
        s += d(0) * d(0) + d(1) * d(1) + d(2) * d(2) + d(3) * d(3);
    }
    for (&x, &y) in chunks_a.remainder().iter().zip(chunks_b.remainder()) {
        let d = (x - y) as f64;
        s += d * d;
    }
    s.sqrt()
}

/// OpenCV gemm's `A·Bᵀ` dot product: four interleaved double sums over groups of four, the
/// rest into the first, then added in order.
pub(crate) fn dot4_f64(a: &[f32], b: &[f32]) -> f64 {
    let mut s = [0.0f64; 4];
    let unrolled = a.len() - a.len() % 4;
    for k in 0..a.len() {
        let lane = if k < unrolled { k % 4 } else { 0 };
        s[lane] += a[k] as f64 * b[k] as f64;
    }
    ((s[0] + s[1]) + s[2]) + s[3]
}

/// Minimum and maximum as OpenFace's `ExtractBoundingBox` finds them (first value, then strict
/// comparisons); the detection validator's landmark box uses it too.
pub(crate) fn min_max(values: &[f32]) -> (f32, f32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in &values[1..] {
        if v < lo {
            lo = v;
        }
        if v > hi {
            hi = v;
        }
    }
    (lo, hi)
}

#[cfg(test)]
mod tests {
    //! The plain ports against OpenCV 4.6 and OpenBLAS themselves (bit for bit), and the vector
    //! kernels against the plain ports.
    use super::*;
    use crate::model::calc_params::{project, residual_norm, OPENCV_BLAS_GEMM_MIN_ROWS};
    use crate::model::rotation::euler_to_rotation_matrix;
    use opencv::core::{self as cv, Mat};
    use opencv::prelude::*;

    use crate::test_support::Rng;

    /// A Jacobian-like matrix: `rows × p`, columns of very different magnitudes, stored with
    /// the padded stride.
    fn random_jacobian(rng: &mut Rng, rows: usize, p: usize) -> Vec<f32> {
        let stride = jacobian_stride(p);
        let mut j = vec![0.0f32; rows * stride];
        for k in 0..rows {
            for c in 0..p {
                let scale = [100.0, 80.0, 60.0, 90.0, 1.0, 1.0][c.min(5)] / (1 + c / 6) as f32;
                j[k * stride + c] = rng.next() * scale;
            }
        }
        j
    }

    fn mat_f32(rows: usize, cols: usize, data: &[f32]) -> Mat {
        Mat::new_rows_cols_with_data(rows as i32, cols as i32, data)
            .expect("Mat from slice")
            .try_clone()
            .expect("Mat clone")
    }

    fn values(m: &Mat) -> Vec<f32> {
        m.data_typed::<f32>().expect("continuous f32 Mat").to_vec()
    }

    #[test]
    fn cholesky_matches_opencv_solve() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let p = 40;
        let mut plan_scratch = Scratch::default();
        plan_scratch.prepare(p, &HessianPlan::new(p));
        for trial in 0..200 {
            let rows = 136 - 2 * (trial % 5);
            let jac = random_jacobian(&mut rng, rows, p);
            let mut h = vec![0.0f32; p * p];
            jt_j_plain(
                &HessianPlan::new(p),
                &jac,
                &jac,
                rows,
                jacobian_stride(p),
                &mut plan_scratch,
                &mut h,
            );
            for i in 6..p {
                h[i * p + i] += 1.0 / (0.5 + rng.next().abs() * 50.0);
            }
            // Full symmetric matrix for OpenCV (it reads the lower triangle).
            let mut full = h.clone();
            for r in 0..p {
                for c in r + 1..p {
                    full[r * p + c] = h[c * p + r];
                }
            }
            let rhs: Vec<f32> = (0..p).map(|_| rng.next() * 1000.0).collect();

            let mut ours = rhs.clone();
            let ok = cholesky_solve_plain(&full, p, &mut ours, &mut vec![0.0; p * p]);
            let mut x = Mat::default();
            let cv_ok = cv::solve(
                &mat_f32(p, p, &full),
                &mat_f32(p, 1, &rhs),
                &mut x,
                cv::DECOMP_CHOLESKY,
            )
            .expect("cv::solve");
            assert_eq!(ok, cv_ok, "trial {trial}: factorisation outcome");
            assert_eq!(ours, values(&x), "trial {trial}");

            let mut fast = rhs.clone();
            assert_eq!(
                Kernels::detect().cholesky_solve(&full, p, &mut fast, &mut plan_scratch),
                ok
            );
            assert_eq!(fast, ours, "trial {trial}: vector kernel");
            #[cfg(target_arch = "x86_64")]
            {
                let mut avx2 = rhs.clone();
                if CpuLevel::detected().vector() {
                    // SAFETY: AVX2 checked just above.
                    let ok2 = unsafe {
                        x86::cholesky_solve_right_looking(&full, p, &mut avx2, &mut plan_scratch)
                    };
                    assert_eq!((ok2, &avx2), (ok, &ours), "trial {trial}: AVX2");
                }
                let mut wide = rhs.clone();
                if CpuLevel::detected().wide() {
                    // SAFETY: AVX-512F checked just above.
                    let ok3 = unsafe {
                        x86::cholesky_solve_right_looking_wide(
                            &full,
                            p,
                            &mut wide,
                            &mut plan_scratch,
                        )
                    };
                    assert_eq!((ok3, &wide), (ok, &ours), "trial {trial}: AVX-512");
                }
            }
        }
        // A matrix that is not positive definite: both fail.
        let big = {
            let mut m = vec![0.0f32; 16 * 16];
            for i in 0..16 {
                m[i * 16 + i] = if i == 9 { -2.0 } else { 3.0 };
            }
            m
        };
        let rhs = vec![1.0f32; 16];
        let mut x = Mat::default();
        let cv_ok = cv::solve(
            &mat_f32(16, 16, &big),
            &mat_f32(16, 1, &rhs),
            &mut x,
            cv::DECOMP_CHOLESKY,
        )
        .expect("cv::solve");
        let mut ours = rhs.clone();
        assert!(!cv_ok);
        assert!(!cholesky_solve_plain(
            &big,
            16,
            &mut ours,
            &mut vec![0.0; 256]
        ));
        let mut scratch = Scratch::default();
        scratch.prepare(16, &HessianPlan::new(16));
        let mut fast = rhs.clone();
        assert!(!Kernels::detect().cholesky_solve(&big, 16, &mut fast, &mut scratch));
        assert_eq!(values(&x), vec![0.0; 16], "OpenCV zeroes a failed solution");
    }

    #[test]
    fn small_products_match_opencv_gemm() {
        let mut rng = Rng(0x0bad_cafe_dead_beef);
        let p = 40;
        for rows in [136usize, 134, 131, 3] {
            let jac = random_jacobian(&mut rng, rows, p);
            let stride = jacobian_stride(p);
            let residual: Vec<f32> = (0..rows).map(|_| rng.next() * 20.0).collect();
            // Jᵀ as OpenFace stores it (`Jacobian.t()`), times the residual.
            let mut jt = vec![0.0f32; p * rows];
            for k in 0..rows {
                for c in 0..p {
                    jt[c * rows + k] = jac[k * stride + c];
                }
            }
            let mut cv_out = Mat::default();
            cv::gemm(
                &mat_f32(p, rows, &jt),
                &mat_f32(rows, 1, &residual),
                1.0,
                &cv::no_array(),
                0.0,
                &mut cv_out,
                0,
            )
            .expect("gemm");
            let mut ours = vec![0.0f32; p];
            jt_r_plain(&jac, stride, &residual, &mut ours);
            assert_eq!(ours, values(&cv_out), "Jᵀr, {rows} rows");
            let mut fast = vec![0.0f32; p];
            Kernels::detect().jt_r(&jac, stride, &residual, &mut fast, &mut vec![0.0; 4 * p]);
            assert_eq!(fast, ours, "Jᵀr vector kernel, {rows} rows");
        }

        // The projection: `scaling · shape_3Dᵀ · R_2Dᵀ` (A and B transposed, alpha = scale).
        // With fewer than 34 points, `M + V·p` has fewer than 100 rows: OpenCV's own gemm.
        for v in [68usize, 61, 33, 5] {
            let shape: Vec<f32> = (0..3 * v).map(|_| rng.next() * 80.0).collect();
            let r = euler_to_rotation_matrix([rng.next(), rng.next(), rng.next()]);
            let r2d = [r[0][0], r[0][1], r[0][2], r[1][0], r[1][1], r[1][2]];
            let scaling = 1.0 + rng.next().abs() * 3.0;
            let mut cv_out = Mat::default();
            cv::gemm(
                &mat_f32(3, v, &shape),
                &mat_f32(2, 3, &r2d),
                scaling as f64,
                &cv::no_array(),
                0.0,
                &mut cv_out,
                cv::GEMM_1_T | cv::GEMM_2_T,
            )
            .expect("gemm");
            let mut ours = vec![0.0f32; 2 * v];
            project(&shape, v, scaling, &r, [0.0, 0.0], &mut ours);
            let cv_vals = values(&cv_out);
            for i in 0..v {
                assert_eq!(ours[i], cv_vals[2 * i], "projection x{i}");
                assert_eq!(ours[v + i], cv_vals[2 * i + 1], "projection y{i}");
            }

            // `M + V·p` below 100 rows (OpenCV's own gemm with C).
            if 3 * v >= OPENCV_BLAS_GEMM_MIN_ROWS {
                continue;
            }
            let m = 34;
            let pc: Vec<f32> = (0..3 * v * m).map(|_| rng.next()).collect();
            let mean: Vec<f32> = (0..3 * v).map(|_| rng.next() * 50.0).collect();
            let local: Vec<f32> = (0..m).map(|_| rng.next() * 10.0).collect();
            let mut cv_out = Mat::default();
            cv::gemm(
                &mat_f32(3 * v, m, &pc),
                &mat_f32(m, 1, &local),
                1.0,
                &mat_f32(3 * v, 1, &mean),
                1.0,
                &mut cv_out,
                0,
            )
            .expect("gemm");
            let ours: Vec<f32> = (0..3 * v)
                .map(|row| {
                    (dot4_f64(&pc[row * m..(row + 1) * m], &local) + mean[row] as f64) as f32
                })
                .collect();
            assert_eq!(ours, values(&cv_out), "M + V·p, {} rows", 3 * v);
        }

        // The error: `cv::norm` of a float difference.
        for len in [136usize, 133, 2] {
            let a: Vec<f32> = (0..len).map(|_| rng.next() * 300.0).collect();
            let b: Vec<f32> = (0..len).map(|_| rng.next() * 300.0).collect();
            let diff: Vec<f32> = a.iter().zip(&b).map(|(x, y)| x - y).collect();
            let cv_norm =
                cv::norm(&mat_f32(len, 1, &diff), cv::NORM_L2, &cv::no_array()).expect("norm");
            assert_eq!(residual_norm(&a, &b), cv_norm as f32, "norm of {len}");
        }
    }

    #[test]
    fn vector_kernels_match_plain_ports() {
        let kernels = Kernels::detect();
        eprintln!("vector kernels available: {}", kernels.vector);
        let mut rng = Rng(0x5eed_5eed_5eed_5eed);
        for p in [40usize, 36, 7] {
            let plan = HessianPlan::new(p);
            let mut scratch = Scratch::default();
            scratch.prepare(p, &plan);
            for rows in [136usize, 135, 130, 16, 9, 2] {
                let jac = random_jacobian(&mut rng, rows, p);
                let mut plain = vec![0.0f32; p * p];
                let mut fast = vec![0.0f32; p * p];
                jt_j_plain(
                    &plan,
                    &jac,
                    &jac,
                    rows,
                    jacobian_stride(p),
                    &mut scratch,
                    &mut plain,
                );
                kernels.jt_j(
                    &plan,
                    &jac,
                    rows,
                    jacobian_stride(p),
                    &mut scratch,
                    &mut fast,
                );
                for c in 0..p {
                    for r in 0..=c {
                        assert_eq!(
                            plain[c * p + r],
                            fast[c * p + r],
                            "p {p}, rows {rows}, ({r}, {c})"
                        );
                    }
                }
            }
        }
        for v in [68usize, 30] {
            let m = 34;
            let pc_t: Vec<f32> = (0..3 * v * m).map(|_| rng.next()).collect();
            let mean: Vec<f32> = (0..3 * v).map(|_| rng.next() * 50.0).collect();
            let local: Vec<f32> = (0..m).map(|_| rng.next() * 10.0).collect();
            let mut plain = vec![0.0f32; 3 * v];
            let mut fast = vec![0.0f32; 3 * v];
            shape_3d_plain(&mean, &pc_t, &local, &mut plain);
            kernels.shape_3d(&mean, &pc_t, &local, &mut fast);
            assert_eq!(plain, fast, "shape 3D, {v} points");
        }
    }

    #[test]
    fn openblas_split_rule_reproduces_known_layouts() {
        // Split tiles of a 40 × 40 product, measured with OpenBLAS 0.3.21
        // (`OPENBLAS_CORETYPE=Haswell`): rows 0–7 split in columns 0–5, 12–17, 24–29; rows
        // 32–39 in 6–11, 18–23, 30–35; every row in columns 36–39.
        for i in 0..40 {
            for j in 0..40 {
                let expected = j >= 36 || (i < 8 && j % 12 < 6) || (i >= 32 && j % 12 >= 6);
                assert_eq!(
                    openblas_haswell_splits(40, 40, i, j),
                    expected,
                    "({i}, {j})"
                );
            }
        }
        // One result row (`PDM::CalcShape3D`): never split.
        assert!((0..204).all(|j| !openblas_haswell_splits(1, 204, 0, j)));
    }

    /// Our OpenBLAS emulation against OpenBLAS itself with the kernel the reference data was made
    /// with (in a child process with `OPENBLAS_CORETYPE=Haswell`).
    #[cfg(target_os = "linux")]
    #[test]
    fn openblas_emulation_matches_openblas_haswell() {
        use crate::numeric::reference_openblas as openblas;
        if !openblas::run_under_haswell(
            "numeric::gauss_newton::tests::openblas_emulation_matches_openblas_haswell",
        ) {
            return;
        }
        let openblas_sgemm = |m, n, k, a: &[f32], b: &[f32], c: &mut [f32]| {
            openblas::sgemm_nn(
                crate::numeric::sgemm::GemmShape::dense(m, n, k),
                a,
                b,
                1.0,
                c,
            )
        };
        let mut rng = Rng(0xfeed_f00d_1234_4321);
        // The Hessian exactly as OpenFace calls sgemm_: A = J (rows × p row-major = p × rows
        // column-major), B = Jᵀ, C = the regularisation diagonal.
        let p = 40;
        let plan = HessianPlan::new(p);
        let mut scratch = Scratch::default();
        scratch.prepare(p, &plan);
        for rows in [136usize, 134, 131, 100, 51, 8, 7] {
            let jac = random_jacobian(&mut rng, rows, p);
            let stride = jacobian_stride(p);
            let dense: Vec<f32> = (0..rows)
                .flat_map(|k| jac[k * stride..k * stride + p].to_vec())
                .collect();
            let mut jt = vec![0.0f32; p * rows];
            for k in 0..rows {
                for c in 0..p {
                    jt[c * rows + k] = dense[k * p + c];
                }
            }
            let reg: Vec<f32> = (0..p)
                .map(|i| if i < 6 { 0.0 } else { 1.0 / (1.0 + i as f32) })
                .collect();
            let mut c = vec![0.0f32; p * p];
            for i in 0..p {
                c[i * p + i] = reg[i];
            }
            openblas_sgemm(p, p, rows, &dense, &jt, &mut c);
            let mut ours = vec![0.0f32; p * p];
            jt_j_plain(&plan, &jac, &jac, rows, stride, &mut scratch, &mut ours);
            for i in 0..p {
                ours[i * p + i] += reg[i];
            }
            let mut mismatches = 0;
            for col in 0..p {
                for row in 0..=col {
                    if ours[col * p + row] != c[col * p + row] {
                        mismatches += 1;
                    }
                }
            }
            assert_eq!(
                mismatches, 0,
                "Hessian, {rows} rows: {mismatches} elements differ"
            );
        }

        // Other shapes, through a scalar emulation driven by the same split rule.
        for (m, n) in [
            (24usize, 12usize),
            (32, 24),
            (48, 24),
            (16, 16),
            (40, 13),
            (64, 12),
            (9, 20),
            (17, 30),
            (1, 204),
            (6, 6),
            (121, 7),
            (121, 5),
        ] {
            for k in [136usize, 100, 51, 8, 3] {
                let a: Vec<f32> = (0..m * k).map(|_| rng.next() * 50.0).collect();
                let b: Vec<f32> = (0..k * n).map(|_| rng.next() * 50.0).collect();
                let c0: Vec<f32> = (0..m * n).map(|_| rng.next()).collect();
                let mut c = c0.clone();
                openblas_sgemm(m, n, k, &a, &b, &mut c);
                let body = k - k % 8;
                for j in 0..n {
                    for i in 0..m {
                        let (mut even, mut odd) = (0.0f32, 0.0f32);
                        let split = openblas_haswell_splits(m, n, i, j);
                        for q in 0..k {
                            let prod_a = a[q * m + i];
                            let prod_b = b[j * k + q];
                            if split && q < body && q % 2 == 1 {
                                odd = prod_a.mul_add(prod_b, odd);
                            } else {
                                even = prod_a.mul_add(prod_b, even);
                            }
                        }
                        let sum = if split { even + odd } else { even };
                        assert_eq!(sum + c0[j * m + i], c[j * m + i], "{m}×{n}×{k}: ({i}, {j})");
                    }
                }
            }
        }

        // `M + V·p` with at least 100 rows goes from OpenCV's gemm to OpenBLAS.
        for v in [68usize, 40] {
            let m = 34;
            let pc: Vec<f32> = (0..3 * v * m).map(|_| rng.next()).collect();
            let mut pc_t = vec![0.0f32; 3 * v * m];
            for row in 0..3 * v {
                for k in 0..m {
                    pc_t[k * 3 * v + row] = pc[row * m + k];
                }
            }
            let mean: Vec<f32> = (0..3 * v).map(|_| rng.next() * 50.0).collect();
            let local: Vec<f32> = (0..m).map(|_| rng.next() * 10.0).collect();
            let mut cv_out = Mat::default();
            cv::gemm(
                &mat_f32(3 * v, m, &pc),
                &mat_f32(m, 1, &local),
                1.0,
                &mat_f32(3 * v, 1, &mean),
                1.0,
                &mut cv_out,
                0,
            )
            .expect("gemm");
            let mut ours = vec![0.0f32; 3 * v];
            shape_3d_plain(&mean, &pc_t, &local, &mut ours);
            assert_eq!(ours, values(&cv_out), "M + V·p, {} rows", 3 * v);
            // `PDM::CalcShape3D`: sgemm_ with one result row.
            let mut c = mean.clone();
            openblas_sgemm(1, 3 * v, m, &local, &pc, &mut c);
            assert_eq!(ours, c, "CalcShape3D, {} rows", 3 * v);
        }
    }
}
