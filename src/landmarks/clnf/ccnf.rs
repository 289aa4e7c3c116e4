//! CCNF patch experts (OpenFace's `CCNF_patch_expert`, `CCNF_neuron`, and the CCNF half of
//! `Patch_experts`): reading the binary `ccnf_patches_*.txt` files and computing the response
//! map of one landmark over its search window.

use super::sigma_cache::{components_digest, sigma_key, SigmaCache};
use crate::error::{Error, Result};
use crate::io::model_file::{read_model_bytes, BinaryModelReader};
use crate::numeric::cpu::CpuLevel;
use crate::numeric::openblas::openblas_haswell_splits;
use crate::numeric::opencv::invert_cholesky;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Neurons with a weight `alpha` at or below this are skipped (`CCNF_patch_expert::Response`).
const MIN_NEURON_ALPHA: f64 = 1e-4;

/// One landmark's CCNF patch expert at one scale and view (`CCNF_patch_expert`).
#[derive(Debug)]
pub struct CcnfPatchExpert {
    /// Patch width and height in reference-frame pixels (11 × 11 for the general model).
    pub width: usize,
    pub height: usize,
    /// Per neuron: `alpha` (double, as read).
    alphas: Vec<f64>,
    /// `neurons × (1 + width·height)` row-major: bias, then the neuron weights column-major
    /// (transposed and flattened) times `norm_weights`, in float (`weight_matrix`).
    weight_matrix: Vec<f32>,
    /// Edge-potential weights, one per sigma component.
    betas: Vec<f64>,
    /// `patch_confidence` (used by NU-RLMS only with a positive weight factor).
    pub confidence: f64,
    /// `Σ` per window size, computed on first use (`ComputeSigmas`): any window, with the
    /// sigma components listed for it or, when none are, without components.
    sigmas: Mutex<Vec<(usize, Arc<SigmaMatrix>)>>,
}

/// One `Σ` (`window² × window²`), stored transposed with rows padded to whole vector
/// registers: `transposed[q·stride + o]` = `Σ(o, q)`, so a product over `q` runs over
/// contiguous outputs.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SigmaMatrix {
    pub(crate) size: usize,
    pub(crate) stride: usize,
    pub(crate) transposed: Vec<f32>,
}

impl SigmaMatrix {
    /// (rows, padded row length) of a `size × size` matrix.
    fn shape(size: usize) -> (usize, usize) {
        (size, size.next_multiple_of(LANES))
    }

    fn from_row_major(size: usize, rows: &[f32]) -> Self {
        let (_, stride) = Self::shape(size);
        let mut transposed = vec![0.0f32; size * stride];
        for o in 0..size {
            for q in 0..size {
                transposed[q * stride + o] = rows[o * size + q];
            }
        }
        SigmaMatrix {
            size,
            stride,
            transposed,
        }
    }
}

/// f32 lanes of one AVX register.
const LANES: usize = 8;
/// f32 lanes of one AVX-512 register.
#[cfg(target_arch = "x86_64")]
const WIDE_LANES: usize = 16;
/// Pixel count rounding of the vector kernel's buffers (whole groups of 4 registers).
#[cfg(target_arch = "x86_64")]
const PIXEL_ALIGN: usize = 4 * LANES;
/// Blocks of 8 patches normalised together (independent sums in flight).
#[cfg(target_arch = "x86_64")]
const IM2COL_GROUP: usize = 8;

impl CcnfPatchExpert {
    fn read(r: &mut BinaryModelReader, n_windows: usize, n_betas: usize) -> Result<Option<Self>> {
        // `n_windows` only decides whether betas follow, as in `CCNF_patch_expert::Read`.
        let read_type = r.i32()?;
        if read_type != 5 {
            return Err(r.format_error(format!("patch expert type {read_type}, expected 5")));
        }
        let width = r.i32()?;
        let height = r.i32()?;
        let num_neurons = r.i32()?;
        if num_neurons == 0 {
            // An empty expert (landmark invisible in this view): one more int, nothing else.
            r.i32()?;
            return Ok(None);
        }
        if width <= 0 || height <= 0 || num_neurons < 0 || width > 1000 || height > 1000 {
            return Err(r.format_error(format!(
                "patch expert {width}x{height} with {num_neurons} neurons"
            )));
        }
        let (width, height) = (width as usize, height as usize);
        let k = 1 + width * height;
        // Capacities bounded by what the file can hold (a neuron takes more than 4·k bytes).
        let neurons = (num_neurons as usize).min(r.remaining() / (4 * k));
        let mut alphas = Vec::with_capacity(neurons);
        let mut weight_matrix = Vec::with_capacity(neurons * k);
        for _ in 0..num_neurons {
            let neuron_read_type = r.i32()?;
            if neuron_read_type != 2 {
                return Err(r.format_error(format!("neuron type {neuron_read_type}, expected 2")));
            }
            let _neuron_type = r.i32()?;
            let norm_weights = r.f64()?;
            let bias = r.f64()?;
            let alpha = r.f64()?;
            let m = r.matrix()?;
            let (rows, cols, w) = (m.rows, m.cols, m.data);
            if rows != height || cols != width {
                return Err(r.format_error(format!(
                    "neuron weights {rows}x{cols} in a {width}x{height} patch"
                )));
            }
            alphas.push(alpha);
            weight_matrix.push(bias as f32);
            // `weights.t()` flattened: index x·height + y holds weights(y, x); converted to
            // float, then scaled in float by `(float) norm_weights` (`convertTo` with scale).
            let norm = norm_weights as f32;
            for x in 0..width {
                for y in 0..height {
                    weight_matrix.push((w[y * cols + x] as f32) * norm);
                }
            }
        }
        let betas = if n_windows > 0 {
            (0..n_betas).map(|_| r.f64()).collect::<Result<Vec<_>>>()?
        } else {
            Vec::new()
        };
        let confidence = r.f64()?;
        Ok(Some(CcnfPatchExpert {
            width,
            height,
            alphas,
            weight_matrix,
            betas,
            confidence,
            sigmas: Mutex::default(),
        }))
    }

    /// `ComputeSigmas` for one window: `Σ = (2·(Σα·I + Σ_b β_b·S_b))⁻¹` by Cholesky
    /// (`cv::invert(…, DECOMP_CHOLESKY)`, reproduced by [`invert_cholesky`]: OpenCV's own
    /// `CholImpl` below 100 rows, OpenBLAS's single-threaded Haswell `sposv` from 100 rows,
    /// which window 11 reaches). The sum `q2 + β·S` is `cv::scaleAdd`, a fused multiply-add per element in OpenCV's
    /// AVX2 build.
    fn compute_sigma(&self, components: &[Vec<f32>], window: usize) -> Result<SigmaMatrix> {
        let n = window * window;
        let mut sum_alphas = 0.0f32;
        for &a in &self.alphas {
            sum_alphas = (sum_alphas as f64 + a) as f32;
        }
        let mut q2 = vec![0.0f32; n * n];
        for (b, comp) in self.betas.iter().zip(components) {
            if comp.len() != n * n {
                return Err(Error::Invalid(format!(
                    "CCNF sigma component has {} values for window {window}",
                    comp.len()
                )));
            }
            scale_add(&mut q2, comp, *b as f32);
        }
        for i in 0..n {
            q2[i * n + i] += sum_alphas;
        }
        for q in q2.iter_mut() {
            *q *= 2.0;
        }
        let sigma = invert_cholesky(&q2, n);
        Ok(SigmaMatrix::from_row_major(n, &sigma))
    }

    /// The response map of this expert over `area` (`ResponseOpenBlas`): `area` is
    /// `(window + height − 1) × (window + width − 1)` float pixels, row-major; `out` receives
    /// `window × window` values, row-major (y, x), non-negative.
    ///
    /// Steps: every `width × height` patch is mean-normalised and scaled to unit norm
    /// (`im2colContrastNormBias`, float); each neuron's response is `2α·sigmoid(w·patch + b)`
    /// (the dot product as OpenBLAS's `sgemm` forms it: fused multiply-adds from the bias term
    /// on); the summed neuron responses are multiplied by `Σ` (again fused multiply-adds),
    /// then shifted so the minimum is 0 when it was negative.
    ///
    /// On CPUs with AVX2 and FMA a vectorised kernel runs; it performs every element's
    /// operations in the same order as the plain port (the oracle, used elsewhere and in the
    /// tests), so the results are identical bit for bit.
    ///
    /// # Errors
    /// When `area`'s size does not fit `window`, or `Σ` cannot be computed.
    pub fn response(
        &self,
        area: &[f32],
        window: usize,
        sigma_components: &SigmaComponents,
        out: &mut [f32],
        ws: &mut ResponseWorkspace,
    ) -> Result<()> {
        let aw = window + self.width - 1;
        let ah = window + self.height - 1;
        if area.len() != aw * ah || out.len() != window * window {
            return Err(Error::Invalid(format!(
                "CCNF response: area of {} values / output of {} for window {window}",
                area.len(),
                out.len()
            )));
        }
        let sigma = self.sigma(sigma_components, window)?;
        let sigma = &*sigma;
        if sigma.size != out.len() {
            return Err(Error::Invalid(format!(
                "CCNF response: Σ of size {} for window {window}",
                sigma.size
            )));
        }
        #[cfg(target_arch = "x86_64")]
        if CpuLevel::get().vector() {
            let wide = CpuLevel::get().wide();
            // SAFETY: AVX2 and FMA are available, and AVX-512F where `wide` (checked at run
            // time); sizes checked above.
            unsafe { x86::response(self, area, window, sigma, out, ws, wide) };
            return Ok(());
        }
        self.response_plain(area, window, sigma, out, ws);
        Ok(())
    }

    /// The plain port of [`response`](Self::response) (sizes already checked).
    fn response_plain(
        &self,
        area: &[f32],
        window: usize,
        sigma: &SigmaMatrix,
        out: &mut [f32],
        ws: &mut ResponseWorkspace,
    ) {
        let aw = window + self.width - 1;
        let ah = window + self.height - 1;
        let (pw, ph) = (self.width, self.height);
        let k = 1 + pw * ph;
        let (x_b, y_b) = (aw - pw + 1, ah - ph + 1);
        let npix = x_b * y_b;
        ws.im2col.resize(npix * k, 0.0);
        // Rows in OpenFace's order: x outer, y inner; columns: 1, then the patch column-major.
        for j in 0..x_b {
            for i in 0..y_b {
                let row = &mut ws.im2col[(j * y_b + i) * k..(j * y_b + i + 1) * k];
                contrast_normalised_row(area, aw, (j, i), (pw, ph), row);
            }
        }
        // Neuron responses, accumulated per pixel in OpenFace's (x, y) order.
        ws.resp.clear();
        ws.resp.resize(npix, 0.0);
        let neurons = self.alphas.len();
        let body = k - k % 8;
        for (n, &alpha) in self.alphas.iter().enumerate() {
            if alpha <= MIN_NEURON_ALPHA {
                continue;
            }
            let w = &self.weight_matrix[n * k..(n + 1) * k];
            let two_alpha = 2.0 * alpha;
            for (p, r) in ws.resp.iter_mut().enumerate() {
                let row = &ws.im2col[p * k..(p + 1) * k];
                let acc = if openblas_haswell_splits(npix, neurons, p, n) {
                    // Even and odd terms of the first `body` summed apart, the rest with
                    // the even ones.
                    let (mut even, mut odd) = (0.0f32, 0.0f32);
                    for (q, (&a, &b)) in row.iter().zip(w).enumerate() {
                        if q < body && q % 2 == 1 {
                            odd = a.mul_add(b, odd);
                        } else {
                            even = a.mul_add(b, even);
                        }
                    }
                    even + odd
                } else {
                    let mut acc = 0.0f32;
                    for (&a, &b) in row.iter().zip(w) {
                        acc = a.mul_add(b, acc);
                    }
                    acc
                };
                *r = (*r as f64 + two_alpha / (1.0 + crate::numeric::math::exp(-(acc as f64))))
                    as f32;
            }
        }
        // Transpose to (y, x) row-major.
        ws.resp_t.resize(npix, 0.0);
        for x in 0..x_b {
            for y in 0..y_b {
                ws.resp_t[y * x_b + x] = ws.resp[x * y_b + y];
            }
        }
        let mut min = f32::INFINITY;
        for (o, out_o) in out.iter_mut().enumerate() {
            let mut acc = 0.0f32;
            for (q, &r) in ws.resp_t.iter().enumerate() {
                acc = r.mul_add(sigma.transposed[q * sigma.stride + o], acc);
            }
            *out_o = acc;
            if acc < min {
                min = acc;
            }
        }
        if min < 0.0 {
            for o in out.iter_mut() {
                *o -= min;
            }
        }
    }

    /// `Σ` for `window`, computed on first use with the components `Patch_experts::Response`
    /// hands to `ComputeSigmas`: of the non-empty component lists whose matrices are
    /// `window² × window²`, the last; when there is none, no components at all, which gives
    /// `Σ = (2·Σα·I)⁻¹` (the eye models list windows 7/9/11/15 without components and search
    /// with 3 and 5).
    fn sigma(&self, components: &SigmaComponents, window: usize) -> Result<Arc<SigmaMatrix>> {
        let mut cache = self.sigmas.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, s)) = cache.iter().find(|(w, _)| *w == window) {
            return Ok(Arc::clone(s));
        }
        let n = window * window;
        let comps: &[Vec<f32>] = components
            .windows
            .iter()
            .rev()
            .find(|(_, c)| c.first().is_some_and(|m| m.len() == n * n))
            .map_or(&[], |(_, c)| c.as_slice());
        let stored = components.stored.as_ref().map(|store| {
            let digest = components.digest(window, comps);
            (store, sigma_key(window, &digest, &self.alphas, &self.betas))
        });
        let shape = SigmaMatrix::shape(n);
        let from_store = stored
            .as_ref()
            .and_then(|(store, key)| store.get(key, shape));
        let sigma = match from_store {
            Some(s) => s,
            None => {
                let sigma = self
                    .compute_sigma(comps, window)
                    .map_err(|e| Error::Numeric {
                        stage: "CCNF sigma",
                        detail: e.to_string(),
                    })?;
                let sigma = Arc::new(sigma);
                match stored {
                    Some((store, key)) => store.insert(key, sigma),
                    None => sigma,
                }
            }
        };
        cache.push((window, Arc::clone(&sigma)));
        Ok(sigma)
    }
}

/// `q += s·beta`, one fused multiply-add per element (`cv::scaleAdd` in OpenCV's AVX2 build).
/// Without the FMA instruction `f32::mul_add` is a libm call (the same correctly rounded
/// result) that made this loop about 6% of a first run's time; hence the FMA-compiled twin.
fn scale_add(q: &mut [f32], s: &[f32], beta: f32) {
    #[inline(always)]
    fn body(q: &mut [f32], s: &[f32], beta: f32) {
        for (q, &s) in q.iter_mut().zip(s) {
            *q = s.mul_add(beta, *q);
        }
    }
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "fma")]
    unsafe fn body_fma(q: &mut [f32], s: &[f32], beta: f32) {
        body(q, s, beta);
    }
    #[cfg(target_arch = "x86_64")]
    if CpuLevel::get().vector() {
        // SAFETY: the AVX2 + FMA level implies FMA.
        unsafe { body_fma(q, s, beta) };
        return;
    }
    body(q, s, beta);
}

/// The vectorised response (AVX2 + FMA). Every value goes through the same operations in the
/// same order as in [`CcnfPatchExpert::response_plain`]; only the layout differs: eight
/// patches (pixels) or eight outputs share a register, one per lane.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{
        openblas_haswell_splits, CcnfPatchExpert, ResponseWorkspace, SigmaMatrix, IM2COL_GROUP,
        LANES, MIN_NEURON_ALPHA, PIXEL_ALIGN, WIDE_LANES,
    };
    use std::arch::x86_64::*;

    /// With `wide`, the neuron sums and the Σ product run on 16 lanes (the same chains).
    ///
    /// # Safety
    /// AVX2 and FMA available, and AVX-512F when `wide`; `area.len() == aw·ah`,
    /// `out.len() == window² == sigma.size`.
    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn response(
        e: &CcnfPatchExpert,
        area: &[f32],
        window: usize,
        sigma: &SigmaMatrix,
        out: &mut [f32],
        ws: &mut ResponseWorkspace,
        wide: bool,
    ) {
        let (pw, ph) = (e.width, e.height);
        let aw = window + pw - 1;
        let ah = window + ph - 1;
        let k = 1 + pw * ph;
        let (x_b, y_b) = (window, window);
        let npix = x_b * y_b;
        assert!(area.len() == aw * ah && out.len() == npix && sigma.size == npix);

        // The area transposed (column x at `x·col_stride`), each column padded with zeros so
        // that a block of 8 patches starting in the column never reads past it.
        let col_stride = ah + LANES;
        ws.area_t.clear();
        ws.area_t.resize(aw * col_stride, 0.0);
        for (y, row) in area.chunks_exact(aw).enumerate() {
            for (x, &v) in row.iter().enumerate() {
                ws.area_t[x * col_stride + y] = v;
            }
        }

        // im2col, k-major: `cols[c·pstride + p]`, pixel p = x·y_b + y (OpenFace's row order).
        // Each column of patches is covered by blocks of 8 (y, …, y + 7): from y = 0 in steps
        // of 8, the last one ending at the column's end (overlapping its predecessor, whose
        // values it repeats exactly). A column shorter than 8 gets one block that runs into
        // the next column's pixels, which that column overwrites later (the last one writes
        // into the padding). Blocks go in groups of 4 so their sums overlap in time; then every
        // value is scaled by its patch's inverse norm.
        let pstride = npix
            .max((x_b - 1) * y_b + LANES)
            .next_multiple_of(PIXEL_ALIGN);
        ws.cols.resize(k * pstride, 0.0);
        ws.blocks.clear();
        for j in 0..x_b {
            let mut i0 = 0;
            loop {
                let start = if i0 + LANES > y_b && y_b >= LANES {
                    y_b - LANES
                } else {
                    i0
                };
                ws.blocks.push((j * col_stride + start, j * y_b + start));
                i0 += LANES;
                if i0 >= y_b {
                    break;
                }
            }
        }
        for group in ws.blocks.chunks(IM2COL_GROUP) {
            let mut blocks = [group[group.len() - 1]; IM2COL_GROUP];
            blocks[..group.len()].copy_from_slice(group);
            im2col_blocks(
                &ws.area_t,
                col_stride,
                &blocks,
                pw,
                ph,
                pstride,
                &mut ws.cols,
            );
        }
        ws.cols[..pstride].fill(1.0);

        // Neuron sums, `sums[g·pstride + p]` for the g-th neuron with a weight above the
        // threshold, summed as OpenBLAS's Haswell kernel sums them: neurons whose every full
        // 8-pixel panel OpenBLAS splits go through the split kernel (the partial last panel is
        // then redone as one chain), the others through the one-chain kernel (with any split
        // panels redone).
        let neurons = e.alphas.len();
        let full_panels = npix / LANES;
        if ws.split_key != (npix, neurons) {
            ws.split_key = (npix, neurons);
            ws.split_flags.clear();
            for n in 0..neurons {
                for pn in 0..full_panels {
                    let split = openblas_haswell_splits(npix, neurons, pn * LANES, n);
                    ws.split_flags.push(split);
                }
            }
        }
        let active: usize = e.alphas.iter().filter(|&&a| a > MIN_NEURON_ALPHA).count();
        ws.sums.resize(active.max(1) * pstride, 0.0);
        let sums = ws.sums.as_mut_ptr();
        let mut groups = [NeuronGroup::default(), NeuronGroup::default()];
        ws.fixups.clear();
        let mut g = 0;
        for (n, &alpha) in e.alphas.iter().enumerate() {
            if alpha <= MIN_NEURON_ALPHA {
                continue;
            }
            let w = e.weight_matrix.as_ptr().add(n * k);
            let out = sums.add(g * pstride);
            let flags = &ws.split_flags[n * full_panels..(n + 1) * full_panels];
            let split_all = full_panels > 0 && flags.iter().all(|&f| f);
            if split_all {
                if npix % LANES != 0 {
                    ws.fixups.push((g, n, full_panels, false));
                }
            } else {
                for (pn, _) in flags.iter().enumerate().filter(|(_, &f)| f) {
                    ws.fixups.push((g, n, pn, true));
                }
            }
            let group = &mut groups[usize::from(split_all)];
            group.weights[group.pending] = w;
            group.outs[group.pending] = out;
            group.pending += 1;
            if group.pending == 4 {
                group.flush(&ws.cols, pstride, k, split_all, wide);
            }
            g += 1;
        }
        groups[0].flush(&ws.cols, pstride, k, false, wide);
        groups[1].flush(&ws.cols, pstride, k, true, wide);
        // Panels summed the other way than their neuron's kernel did.
        // Eight pixels a register, each lane the scalar chain of its pixel; up to four panels
        // of one kind at a time so their chains overlap (each panel has its own outputs, so
        // their order does not matter).
        let body = k - k % 8;
        ws.fixups.sort_unstable_by_key(|f| f.3);
        for group in ws
            .fixups
            .chunk_by(|a, b| a.3 == b.3)
            .flat_map(|kind| kind.chunks(FIXUP_GROUP))
        {
            let last = group.len() - 1;
            let items: [(*const f32, usize); FIXUP_GROUP] = std::array::from_fn(|i| {
                let (_, n, pn, _) = group[i.min(last)];
                assert!(pn * LANES + LANES <= pstride && (n + 1) * k <= e.weight_matrix.len());
                (e.weight_matrix.as_ptr().add(n * k), pn * LANES)
            });
            let lanes = if group[0].3 {
                panel_chains::<true>(&ws.cols, pstride, k, body, &items)
            } else {
                panel_chains::<false>(&ws.cols, pstride, k, body, &items)
            };
            for (&(g, _, pn, _), lanes) in group.iter().zip(&lanes) {
                let (p0, end) = (pn * LANES, ((pn + 1) * LANES).min(npix));
                ws.sums[g * pstride + p0..g * pstride + end].copy_from_slice(&lanes[..end - p0]);
            }
        }

        // Sigmoids, accumulated per pixel in neuron order (double arithmetic, float storage).
        ws.resp.clear();
        ws.resp.resize(npix, 0.0);
        let mut g = 0;
        for &alpha in &e.alphas {
            if alpha <= MIN_NEURON_ALPHA {
                continue;
            }
            let two_alpha = 2.0 * alpha;
            let sums = &ws.sums[g * pstride..g * pstride + npix];
            // Four pixels at a time in double lanes: each operation as the scalar tail below
            // (exact conversions, IEEE division and addition, `exp_pd` equal to `exp`).
            let blocks = npix / 4;
            let (two_alpha_v, one) = (_mm256_set1_pd(two_alpha), _mm256_set1_pd(1.0));
            for b in 0..blocks {
                let acc = _mm256_cvtps_pd(_mm_loadu_ps(sums.as_ptr().add(4 * b)));
                let neg = _mm256_xor_pd(acc, _mm256_set1_pd(-0.0));
                let e = crate::numeric::math::x86::exp_pd(neg);
                let q = _mm256_div_pd(two_alpha_v, _mm256_add_pd(one, e));
                let r = ws.resp.as_mut_ptr().add(4 * b);
                let sum = _mm256_add_pd(_mm256_cvtps_pd(_mm_loadu_ps(r)), q);
                _mm_storeu_ps(r, _mm256_cvtpd_ps(sum));
            }
            for (r, &acc) in ws.resp[4 * blocks..].iter_mut().zip(&sums[4 * blocks..]) {
                *r = (*r as f64 + two_alpha / (1.0 + crate::numeric::math::exp(-(acc as f64))))
                    as f32;
            }
            g += 1;
        }
        ws.resp_t.resize(npix, 0.0);
        for x in 0..x_b {
            for y in 0..y_b {
                ws.resp_t[y * x_b + x] = ws.resp[x * y_b + y];
            }
        }

        // Σ times the responses: lane o of a block is output o's chain over q.
        ws.product.resize(sigma.stride, 0.0);
        let mut o0 = 0;
        if wide {
            while sigma.stride - o0 >= 2 * WIDE_LANES {
                sigma_product_wide::<2>(sigma, &ws.resp_t, o0, &mut ws.product);
                o0 += 2 * WIDE_LANES;
            }
            while sigma.stride - o0 >= WIDE_LANES {
                sigma_product_wide::<1>(sigma, &ws.resp_t, o0, &mut ws.product);
                o0 += WIDE_LANES;
            }
        }
        while o0 < sigma.stride {
            let left = (sigma.stride - o0) / LANES;
            if left >= 8 {
                sigma_product::<8>(sigma, &ws.resp_t, o0, &mut ws.product);
                o0 += 8 * LANES;
            } else if left >= 4 {
                sigma_product::<4>(sigma, &ws.resp_t, o0, &mut ws.product);
                o0 += 4 * LANES;
            } else {
                sigma_product::<1>(sigma, &ws.resp_t, o0, &mut ws.product);
                o0 += LANES;
            }
        }
        let mut min = f32::INFINITY;
        for (o, &v) in out.iter_mut().zip(&ws.product) {
            *o = v;
            if v < min {
                min = v;
            }
        }
        if min < 0.0 {
            for o in out.iter_mut() {
                *o -= min;
            }
        }
    }

    /// `im2colContrastNormBias` for G blocks of 8 patches, `(area offset, first pixel)` each
    /// in ascending pixel order: per lane the patch sum (rows outer), the mean, the squares of
    /// the centred values summed column-major, `1/norm` (1 for a zero norm), then the centred
    /// values (recomputed, identical) times `1/norm` stored column-major into `cols`. Stores
    /// go in block order, so a later block's values win where blocks overlap.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn im2col_blocks<const G: usize>(
        area_t: &[f32],
        col_stride: usize,
        blocks: &[(usize, usize); G],
        pw: usize,
        ph: usize,
        pstride: usize,
        cols: &mut [f32],
    ) {
        for &(a0, p0) in blocks {
            assert!(a0 + (pw - 1) * col_stride + ph - 1 + LANES <= area_t.len());
            assert!(p0 + LANES <= pstride && (pw * ph + 1) * pstride <= cols.len());
        }
        let at = area_t.as_ptr();
        let out = cols.as_mut_ptr();
        let count = _mm256_set1_ps((pw * ph) as f32);
        let one = _mm256_set1_ps(1.0);
        let zero = _mm256_setzero_ps();
        let mut sum = [zero; G];
        for yy in 0..ph {
            for xx in 0..pw {
                for g in 0..G {
                    let v = _mm256_loadu_ps(at.add(blocks[g].0 + xx * col_stride + yy));
                    sum[g] = _mm256_add_ps(sum[g], v);
                }
            }
        }
        let mean: [__m256; G] = std::array::from_fn(|g| _mm256_div_ps(sum[g], count));
        let mut sum_sq = [zero; G];
        for xx in 0..pw {
            for yy in 0..ph {
                for g in 0..G {
                    let v = _mm256_loadu_ps(at.add(blocks[g].0 + xx * col_stride + yy));
                    let c = _mm256_sub_ps(v, mean[g]);
                    sum_sq[g] = _mm256_add_ps(sum_sq[g], _mm256_mul_ps(c, c));
                }
            }
        }
        let inv: [__m256; G] = std::array::from_fn(|g| {
            let norm = _mm256_sqrt_ps(sum_sq[g]);
            let norm = _mm256_blendv_ps(norm, one, _mm256_cmp_ps::<_CMP_EQ_OQ>(norm, zero));
            // 1/norm in float is 1.0/norm in double rounded to float.
            _mm256_div_ps(one, norm)
        });
        for xx in 0..pw {
            for yy in 0..ph {
                let row = out.add((1 + xx * ph + yy) * pstride);
                for g in 0..G {
                    let v = _mm256_loadu_ps(at.add(blocks[g].0 + xx * col_stride + yy));
                    let c = _mm256_mul_ps(_mm256_sub_ps(v, mean[g]), inv[g]);
                    _mm256_storeu_ps(row.add(blocks[g].1), c);
                }
            }
        }
    }

    /// Panels summed together by [`panel_chains`].
    const FIXUP_GROUP: usize = 4;

    /// For each (weights, first pixel) of `items`: per lane (pixel) the chain over
    /// `c = 0..k` of `cols[c·pstride + p]·w[c]` in fused multiply-adds; with `SPLIT`, the odd
    /// `c` below `body` into a second chain added at the end (OpenBLAS's split form).
    ///
    /// # Safety
    /// AVX2 and FMA available; every weight pointer holds `k` floats; `cols` holds
    /// `k · pstride` and every first pixel is at most `pstride − 8`.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn panel_chains<const SPLIT: bool>(
        cols: &[f32],
        pstride: usize,
        k: usize,
        body: usize,
        items: &[(*const f32, usize); FIXUP_GROUP],
    ) -> [[f32; LANES]; FIXUP_GROUP] {
        assert!(cols.len() >= k * pstride);
        assert!(items.iter().all(|&(_, p0)| p0 + LANES <= pstride));
        let base = cols.as_ptr();
        let mut even = [_mm256_setzero_ps(); FIXUP_GROUP];
        let mut odd = [_mm256_setzero_ps(); FIXUP_GROUP];
        for c in 0..k {
            let row = base.add(c * pstride);
            let into_odd = SPLIT && c < body && c % 2 == 1;
            for (i, &(w, p0)) in items.iter().enumerate() {
                let a = _mm256_loadu_ps(row.add(p0));
                let wv = _mm256_broadcast_ss(&*w.add(c));
                if into_odd {
                    odd[i] = _mm256_fmadd_ps(a, wv, odd[i]);
                } else {
                    even[i] = _mm256_fmadd_ps(a, wv, even[i]);
                }
            }
        }
        let mut out = [[0.0f32; LANES]; FIXUP_GROUP];
        for (i, lanes) in out.iter_mut().enumerate() {
            let v = if SPLIT {
                _mm256_add_ps(even[i], odd[i])
            } else {
                even[i]
            };
            _mm256_storeu_ps(lanes.as_mut_ptr(), v);
        }
        out
    }

    /// Up to 4 neurons waiting for one call of a sum kernel: weights and output rows.
    #[derive(Clone, Copy)]
    struct NeuronGroup {
        weights: [*const f32; 4],
        outs: [*mut f32; 4],
        pending: usize,
    }

    impl Default for NeuronGroup {
        fn default() -> Self {
            NeuronGroup {
                weights: [std::ptr::null(); 4],
                outs: [std::ptr::null_mut(); 4],
                pending: 0,
            }
        }
    }

    impl NeuronGroup {
        /// Runs the pending neurons through the one-chain or the split kernel, on 16 lanes
        /// when `wide`.
        ///
        /// # Safety
        /// AVX2 and FMA available, and AVX-512F when `wide`; every pending weight row holds
        /// `k` floats, every output row `pstride`, `cols` holds `k · pstride`.
        #[target_feature(enable = "avx2,fma")]
        unsafe fn flush(
            &mut self,
            cols: &[f32],
            pstride: usize,
            k: usize,
            split: bool,
            wide: bool,
        ) {
            let (w, o) = (self.weights, self.outs);
            if wide {
                let n = self.pending;
                self.pending = 0;
                return match n {
                    4 => wide::neuron_sums::<4>(cols, pstride, k, split, &w, &o),
                    3 => wide::neuron_sums::<3>(
                        cols,
                        pstride,
                        k,
                        split,
                        &[w[0], w[1], w[2]],
                        &[o[0], o[1], o[2]],
                    ),
                    2 => wide::neuron_sums::<2>(
                        cols,
                        pstride,
                        k,
                        split,
                        &[w[0], w[1]],
                        &[o[0], o[1]],
                    ),
                    1 => wide::neuron_sums::<1>(cols, pstride, k, split, &[w[0]], &[o[0]]),
                    _ => {}
                };
            }
            match (self.pending, split) {
                (4, false) => neuron_sums::<4, 2>(
                    cols,
                    pstride,
                    k,
                    &[w[0], w[1], w[2], w[3]],
                    &[o[0], o[1], o[2], o[3]],
                ),
                (3, false) => {
                    neuron_sums::<3, 2>(cols, pstride, k, &[w[0], w[1], w[2]], &[o[0], o[1], o[2]])
                }
                (2, false) => neuron_sums::<2, 4>(cols, pstride, k, &[w[0], w[1]], &[o[0], o[1]]),
                (1, false) => neuron_sums::<1, 4>(cols, pstride, k, &[w[0]], &[o[0]]),
                (4, true) => neuron_sums_split::<4, 1>(
                    cols,
                    pstride,
                    k,
                    &[w[0], w[1], w[2], w[3]],
                    &[o[0], o[1], o[2], o[3]],
                ),
                (3, true) => neuron_sums_split::<3, 1>(
                    cols,
                    pstride,
                    k,
                    &[w[0], w[1], w[2]],
                    &[o[0], o[1], o[2]],
                ),
                (2, true) => {
                    neuron_sums_split::<2, 2>(cols, pstride, k, &[w[0], w[1]], &[o[0], o[1]])
                }
                (1, true) => neuron_sums_split::<1, 2>(cols, pstride, k, &[w[0]], &[o[0]]),
                _ => {}
            }
            self.pending = 0;
        }
    }

    /// As [`neuron_sums`], but each value summed in OpenBLAS's split form: the odd `c` of the
    /// first `k − k % 8` into a second sum, the rest into the first, added at the end.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn neuron_sums_split<const G: usize, const PB: usize>(
        cols: &[f32],
        pstride: usize,
        k: usize,
        weights: &[*const f32; G],
        outs: &[*mut f32; G],
    ) {
        assert!(cols.len() >= k * pstride);
        assert!(pstride.is_multiple_of(PB * LANES));
        let base = cols.as_ptr();
        let body = k - k % 8;
        for p0 in (0..pstride).step_by(PB * LANES) {
            let mut even = [[_mm256_setzero_ps(); PB]; G];
            let mut odd = [[_mm256_setzero_ps(); PB]; G];
            for c in (0..body).step_by(2) {
                let row0 = base.add(c * pstride + p0);
                let row1 = base.add((c + 1) * pstride + p0);
                let a0: [__m256; PB] =
                    std::array::from_fn(|b| _mm256_loadu_ps(row0.add(b * LANES)));
                let a1: [__m256; PB] =
                    std::array::from_fn(|b| _mm256_loadu_ps(row1.add(b * LANES)));
                for g in 0..G {
                    let w0 = _mm256_broadcast_ss(&*weights[g].add(c));
                    let w1 = _mm256_broadcast_ss(&*weights[g].add(c + 1));
                    for b in 0..PB {
                        even[g][b] = _mm256_fmadd_ps(a0[b], w0, even[g][b]);
                        odd[g][b] = _mm256_fmadd_ps(a1[b], w1, odd[g][b]);
                    }
                }
            }
            for c in body..k {
                let row = base.add(c * pstride + p0);
                let a: [__m256; PB] = std::array::from_fn(|b| _mm256_loadu_ps(row.add(b * LANES)));
                for g in 0..G {
                    let w = _mm256_broadcast_ss(&*weights[g].add(c));
                    for b in 0..PB {
                        even[g][b] = _mm256_fmadd_ps(a[b], w, even[g][b]);
                    }
                }
            }
            for g in 0..G {
                let dst = outs[g].add(p0);
                for b in 0..PB {
                    _mm256_storeu_ps(dst.add(b * LANES), _mm256_add_ps(even[g][b], odd[g][b]));
                }
            }
        }
    }

    /// For G neurons (weights of `k` floats each) and every pixel block of `cols`: the fused
    /// multiply-add chain over `c = 0..k` of `cols[c·pstride + p]·w[c]`, into `out[g·pstride + p]`.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn neuron_sums<const G: usize, const PB: usize>(
        cols: &[f32],
        pstride: usize,
        k: usize,
        weights: &[*const f32; G],
        outs: &[*mut f32; G],
    ) {
        assert!(cols.len() >= k * pstride);
        assert!(pstride.is_multiple_of(PB * LANES));
        let base = cols.as_ptr();
        for p0 in (0..pstride).step_by(PB * LANES) {
            let mut acc = [[_mm256_setzero_ps(); PB]; G];
            for c in 0..k {
                let row = base.add(c * pstride + p0);
                let a: [__m256; PB] = std::array::from_fn(|b| _mm256_loadu_ps(row.add(b * LANES)));
                for g in 0..G {
                    let w = _mm256_broadcast_ss(&*weights[g].add(c));
                    for b in 0..PB {
                        acc[g][b] = _mm256_fmadd_ps(a[b], w, acc[g][b]);
                    }
                }
            }
            for (g, lanes) in acc.iter().enumerate() {
                let dst = outs[g].add(p0);
                for (b, v) in lanes.iter().enumerate() {
                    _mm256_storeu_ps(dst.add(b * LANES), *v);
                }
            }
        }
    }

    /// [`sigma_product`] on 16 lanes: outputs `o0 .. o0 + 16·B`.
    ///
    /// # Safety
    /// AVX-512F available.
    #[target_feature(enable = "avx512f")]
    unsafe fn sigma_product_wide<const B: usize>(
        sigma: &SigmaMatrix,
        r: &[f32],
        o0: usize,
        out: &mut [f32],
    ) {
        assert!(o0 + B * WIDE_LANES <= sigma.stride && out.len() >= sigma.stride);
        assert!(r.len() == sigma.size && sigma.transposed.len() >= sigma.size * sigma.stride);
        let base = sigma.transposed.as_ptr();
        let mut acc = [_mm512_setzero_ps(); B];
        for (q, &rq) in r.iter().enumerate() {
            let rv = _mm512_set1_ps(rq);
            let row = base.add(q * sigma.stride + o0);
            for (b, a) in acc.iter_mut().enumerate() {
                *a = _mm512_fmadd_ps(rv, _mm512_loadu_ps(row.add(b * WIDE_LANES)), *a);
            }
        }
        for (b, a) in acc.iter().enumerate() {
            _mm512_storeu_ps(out.as_mut_ptr().add(o0 + b * WIDE_LANES), *a);
        }
    }

    /// The neuron-sum kernels on 16 lanes (AVX-512F): each lane is the chain of its pixel,
    /// exactly as in [`neuron_sums`] and [`neuron_sums_split`].
    mod wide {
        use super::WIDE_LANES;
        use std::arch::x86_64::*;

        /// Pixel blocks of 16 per pass.
        const PB: usize = 2;

        /// For G neurons and every pixel of `cols`: the fused multiply-add chain over
        /// `c = 0..k` of `cols[c·pstride + p]·w[c]`, into `outs[g] + p`; with `split`, the odd
        /// `c` below `k − k % 8` into a second chain added at the end.
        ///
        /// # Safety
        /// AVX-512F available; every weight pointer holds `k` floats, every output
        /// `pstride`.
        #[target_feature(enable = "avx512f")]
        pub(super) unsafe fn neuron_sums<const G: usize>(
            cols: &[f32],
            pstride: usize,
            k: usize,
            split: bool,
            weights: &[*const f32; G],
            outs: &[*mut f32; G],
        ) {
            assert!(cols.len() >= k * pstride);
            assert!(pstride.is_multiple_of(PB * WIDE_LANES));
            let base = cols.as_ptr();
            let body = if split { k - k % 8 } else { 0 };
            for p0 in (0..pstride).step_by(PB * WIDE_LANES) {
                let mut even = [[_mm512_setzero_ps(); PB]; G];
                let mut odd = [[_mm512_setzero_ps(); PB]; G];
                for c in (0..body).step_by(2) {
                    let row0 = base.add(c * pstride + p0);
                    let row1 = base.add((c + 1) * pstride + p0);
                    let a0: [__m512; PB] =
                        std::array::from_fn(|b| _mm512_loadu_ps(row0.add(b * WIDE_LANES)));
                    let a1: [__m512; PB] =
                        std::array::from_fn(|b| _mm512_loadu_ps(row1.add(b * WIDE_LANES)));
                    for g in 0..G {
                        let w0 = _mm512_set1_ps(*weights[g].add(c));
                        let w1 = _mm512_set1_ps(*weights[g].add(c + 1));
                        for b in 0..PB {
                            even[g][b] = _mm512_fmadd_ps(a0[b], w0, even[g][b]);
                            odd[g][b] = _mm512_fmadd_ps(a1[b], w1, odd[g][b]);
                        }
                    }
                }
                for c in body..k {
                    let row = base.add(c * pstride + p0);
                    let a: [__m512; PB] =
                        std::array::from_fn(|b| _mm512_loadu_ps(row.add(b * WIDE_LANES)));
                    for g in 0..G {
                        let w = _mm512_set1_ps(*weights[g].add(c));
                        for b in 0..PB {
                            even[g][b] = _mm512_fmadd_ps(a[b], w, even[g][b]);
                        }
                    }
                }
                for g in 0..G {
                    let dst = outs[g].add(p0);
                    for b in 0..PB {
                        let v = if split {
                            _mm512_add_ps(even[g][b], odd[g][b])
                        } else {
                            even[g][b]
                        };
                        _mm512_storeu_ps(dst.add(b * WIDE_LANES), v);
                    }
                }
            }
        }
    }

    /// Outputs `o0 .. o0 + 8·B`: the fused multiply-add chain over q of `r[q]·Σ(o, q)`.
    #[target_feature(enable = "avx2,fma")]
    unsafe fn sigma_product<const B: usize>(
        sigma: &SigmaMatrix,
        r: &[f32],
        o0: usize,
        out: &mut [f32],
    ) {
        assert!(o0 + B * LANES <= sigma.stride && out.len() >= sigma.stride);
        assert!(r.len() == sigma.size && sigma.transposed.len() >= sigma.size * sigma.stride);
        let base = sigma.transposed.as_ptr();
        let mut acc = [_mm256_setzero_ps(); B];
        for (q, &rq) in r.iter().enumerate() {
            let rv = _mm256_set1_ps(rq);
            let row = base.add(q * sigma.stride + o0);
            for (b, a) in acc.iter_mut().enumerate() {
                *a = _mm256_fmadd_ps(rv, _mm256_loadu_ps(row.add(b * LANES)), *a);
            }
        }
        for (b, a) in acc.iter().enumerate() {
            _mm256_storeu_ps(out.as_mut_ptr().add(o0 + b * LANES), *a);
        }
    }
}

/// Scratch buffers of [`CcnfPatchExpert::response`], reused across calls.
#[derive(Clone, Debug, Default)]
pub struct ResponseWorkspace {
    /// Plain kernel: im2col rows (pixel-major).
    im2col: Vec<f32>,
    /// Summed neuron responses per pixel in (x, y) order, then in (y, x) order.
    resp: Vec<f32>,
    resp_t: Vec<f32>,
    /// Vector kernel: the area transposed, im2col value-major, neuron sums, `Σ` product.
    area_t: Vec<f32>,
    cols: Vec<f32>,
    sums: Vec<f32>,
    product: Vec<f32>,
    /// Vector kernel: the blocks of 8 patches (area offset, first pixel).
    blocks: Vec<(usize, usize)>,
    /// Vector kernel: OpenBLAS's split flags per (neuron, 8-pixel panel) for the
    /// (pixels, neurons) shape in `split_key`.
    split_key: (usize, usize),
    split_flags: Vec<bool>,
    /// Vector kernel: (active index, neuron, panel, split) summed the other way.
    fixups: Vec<(usize, usize, usize, bool)>,
}

/// The edge-potential components per window size (`Patch_experts::sigma_components`): OpenFace
/// keeps those of the last file it reads and uses them for every scale; so do we. With a
/// [`SigmaCache`] attached, each expert's `Σ` is read from it when there and added to it when
/// computed.
#[derive(Debug, Default)]
pub struct SigmaComponents {
    /// (window size, components of `window² × window²` floats).
    pub windows: Vec<(usize, Vec<Vec<f32>>)>,
    /// Where computed `Σ` are kept across runs.
    pub stored: Option<Arc<SigmaCache>>,
    /// [`components_digest`] per window, computed on first use.
    digests: Mutex<Vec<(usize, [u8; 32])>>,
}

impl SigmaComponents {
    /// The digest of the components `Σ` of `window` is computed with.
    fn digest(&self, window: usize, comps: &[Vec<f32>]) -> [u8; 32] {
        let mut digests = self.digests.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, d)) = digests.iter().find(|(w, _)| *w == window) {
            return *d;
        }
        let d = components_digest(comps);
        digests.push((window, d));
        d
    }
}

/// The patch experts of one scale (one `ccnf_patches_*.txt` file).
#[derive(Debug)]
pub struct CcnfScale {
    pub views: PatchViews,
    /// Per view, per landmark: the expert (None when the file holds an empty one).
    pub experts: Vec<Vec<Option<CcnfPatchExpert>>>,
}

/// One row of OpenFace's contrast-normalised im2col (`im2colContrastNormBias`, and the CEN
/// variant): a 1 for the bias, then the `pw × ph` patch whose top-left corner is at (`x`, `y`)
/// of the row-major `area` (width `aw`), column-major, with its mean removed and scaled to unit
/// L2 norm (a flat patch keeps norm 1); float sums in OpenFace's order, the scale
/// `(float)(1.0 / norm)`.
pub(super) fn contrast_normalised_row(
    area: &[f32],
    aw: usize,
    (x, y): (usize, usize),
    (pw, ph): (usize, usize),
    row: &mut [f32],
) {
    row[0] = 1.0;
    let mut sum = 0.0f32;
    for yy in 0..ph {
        let src = &area[(y + yy) * aw + x..(y + yy) * aw + x + pw];
        for (xx, &v) in src.iter().enumerate() {
            sum += v;
            row[1 + xx * ph + yy] = v;
        }
    }
    let mean = sum / (pw * ph) as f32;
    let mut sum_sq = 0.0f32;
    for v in row[1..].iter_mut() {
        let c = *v - mean;
        *v = c;
        sum_sq += c * c;
    }
    let mut norm = sum_sq.sqrt();
    if norm == 0.0 {
        norm = 1.0;
    }
    let inv = (1.0f64 / norm as f64) as f32;
    for v in row[1..].iter_mut() {
        *v *= inv;
    }
}

/// The views of one patch scale, the start of every patch-expert file, CCNF and CEN alike
/// (`Patch_experts::Read_*`): the patch scaling, then per view its centre and its landmark
/// visibilities.
#[derive(Clone, Debug)]
pub struct PatchViews {
    /// `patch_scaling`: the reference shape's scale for this file's patches.
    pub patch_scaling: f64,
    /// View centres (Euler angles, radians: degrees × π / 180 in double).
    pub centers: Vec<[f64; 3]>,
    /// Per view, per landmark: visible (non-zero) or not.
    pub visibilities: Vec<Vec<i32>>,
}

impl PatchViews {
    /// Reads the header; at least one view, every view with the same, non-zero landmark count.
    pub(super) fn read(r: &mut BinaryModelReader) -> Result<Self> {
        let patch_scaling = r.f64()?;
        let views = r.i32()?;
        if !(1..=100).contains(&views) {
            return Err(r.format_error(format!("{views} views")));
        }
        let views = views as usize;
        let mut centers = Vec::with_capacity(views);
        for _ in 0..views {
            let c = r.matrix()?.data;
            if c.len() != 3 {
                return Err(r.format_error(format!("view centre with {} values", c.len())));
            }
            let f = |d: f64| d * std::f64::consts::PI / 180.0;
            centers.push([f(c[0]), f(c[1]), f(c[2])]);
        }
        let mut visibilities = Vec::with_capacity(views);
        for _ in 0..views {
            let v = r.matrix()?.data;
            visibilities.push(v.into_iter().map(|x| x as i32).collect::<Vec<i32>>());
        }
        let n_points = visibilities[0].len();
        if n_points == 0 || visibilities.iter().any(|v| v.len() != n_points) {
            return Err(r.format_error("views disagree on the landmark count"));
        }
        Ok(PatchViews {
            patch_scaling,
            centers,
            visibilities,
        })
    }

    /// `Patch_experts::GetViewIdx`: the view whose centre is nearest to the rotation (squared
    /// Euler distance, differences taken in double and stored as float, sum in float).
    pub fn view_index(&self, rotation: [f32; 3]) -> usize {
        let mut best = 0;
        let mut dbest = 0.0f32;
        for (i, c) in self.centers.iter().enumerate() {
            let v: [f32; 3] = std::array::from_fn(|k| (rotation[k] as f64 - c[k]) as f32);
            let d = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
            if i == 0 || d < dbest {
                dbest = d;
                best = i;
            }
        }
        best
    }
}

impl CcnfScale {
    /// `Patch_experts::Read_CCNF_patch_experts`. Returns the scale and its sigma components.
    ///
    /// # Errors
    /// Missing or malformed file.
    pub fn read(path: &Path) -> Result<(Self, SigmaComponents)> {
        let bytes = read_model_bytes(path)?;
        let mut r = BinaryModelReader::new(path, &bytes);
        let views = PatchViews::read(&mut r)?;
        let n_views = views.centers.len();
        let n_points = views.visibilities[0].len();
        let n_windows = r.i32()?;
        if !(0..=20).contains(&n_windows) {
            return Err(r.format_error(format!("{n_windows} window sizes")));
        }
        let mut sigma = SigmaComponents::default();
        for _ in 0..n_windows {
            let window = r.i32()?;
            let n_comp = r.i32()?;
            if !(1..=100).contains(&window) || !(0..=100).contains(&n_comp) {
                return Err(
                    r.format_error(format!("window {window} with {n_comp} sigma components"))
                );
            }
            let mut comps = Vec::new();
            for _ in 0..n_comp {
                let m = r.matrix()?.data;
                comps.push(m.into_iter().map(|x| x as f32).collect());
            }
            sigma.windows.push((window as usize, comps));
        }
        let n_betas = sigma.windows.first().map_or(0, |(_, c)| c.len());
        let mut experts = Vec::with_capacity(n_views);
        for _ in 0..n_views {
            let mut per_view = Vec::with_capacity(n_points);
            for _ in 0..n_points {
                per_view.push(CcnfPatchExpert::read(&mut r, sigma.windows.len(), n_betas)?);
            }
            experts.push(per_view);
        }
        Ok((CcnfScale { views, experts }, sigma))
    }
}

#[cfg(test)]
mod tests {
    //! A hand-computable expert: one neuron on a 3×3 patch. OpenFace's formulas
    //! (`im2colContrastNormBias`, `ResponseOpenBlas`, `ComputeSigmas`) give, for a 1×1 window,
    //! `Σ = 1 / (2·(α + β·S))` and `response = Σ·2α·sigmoid(b + w·ẑ)` with `ẑ` the patch
    //! mean-removed and scaled to unit L2 norm (column-major to match the weights' layout).
    use super::*;
    use crate::test_support::Rng;

    fn expert(weights_col_major: &[f32], bias: f32, alpha: f64, beta: f64) -> CcnfPatchExpert {
        let mut weight_matrix = vec![bias];
        weight_matrix.extend_from_slice(weights_col_major);
        CcnfPatchExpert {
            width: 3,
            height: 3,
            alphas: vec![alpha],
            weight_matrix,
            betas: vec![beta],
            confidence: 1.0,
            sigmas: Mutex::default(),
        }
    }

    fn components() -> SigmaComponents {
        // Window 1: S = [1]; window 3: S = identity (9×9).
        let mut eye = vec![0.0f32; 81];
        for i in 0..9 {
            eye[i * 9 + i] = 1.0;
        }
        SigmaComponents {
            windows: vec![(1, vec![vec![1.0]]), (3, vec![eye])],
            ..Default::default()
        }
    }

    #[test]
    fn one_neuron_response_by_hand() {
        // Patch rows (y): [0 1 2; 3 4 5; 6 7 9] — column-major weights pick x-major order.
        let area = [0.0f32, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 9.0];
        let w_col_major = [1.0f32, 0.0, -1.0, 0.5, 0.0, 0.0, 0.0, 0.0, 2.0];
        let (bias, alpha, beta) = (0.25f32, 0.8f64, 0.3f64);
        let e = expert(&w_col_major, bias, alpha, beta);
        let mut out = [0.0f32; 1];
        e.response(
            &area,
            1,
            &components(),
            &mut out,
            &mut ResponseWorkspace::default(),
        )
        .unwrap();

        // By hand, in double.
        let vals: Vec<f64> = area.iter().map(|&v| v as f64).collect();
        let mean = vals.iter().sum::<f64>() / 9.0;
        let norm = vals.iter().map(|v| (v - mean).powi(2)).sum::<f64>().sqrt();
        let mut dot = bias as f64;
        for x in 0..3 {
            for y in 0..3 {
                dot += w_col_major[x * 3 + y] as f64 * (vals[y * 3 + x] - mean) / norm;
            }
        }
        let neuron = 2.0 * alpha / (1.0 + (-dot).exp());
        let sigma = 1.0 / (2.0 * (alpha + beta * 1.0));
        let expected = sigma * neuron;
        eprintln!("response {} expected {expected}", out[0]);
        assert!(
            (out[0] as f64 - expected).abs() < 1e-6,
            "{} vs {expected}",
            out[0]
        );
    }

    /// A window the sigma components do not list (as the eye models' 3 and 5): OpenFace's
    /// `ComputeSigmas` gets no components, so `Σ = (2·Σα·I)⁻¹` and the response is
    /// `sigmoid(b + w·ẑ)` per position (all positive, no shift).
    #[test]
    fn unlisted_window_uses_the_alphas_only() {
        let area: Vec<f32> = (0..16)
            .map(|i| ((i * 5) % 7) as f32 + 0.25 * i as f32)
            .collect();
        let w = [0.5f32, -1.0, 0.25, 0.0, 1.5, -0.5, 0.75, 0.0, -0.25];
        let (bias, alpha) = (0.1f32, 0.8f64);
        let e = expert(&w, bias, alpha, 0.3);
        let mut out = [0.0f32; 4];
        let mut ws = ResponseWorkspace::default();
        e.response(&area, 2, &components(), &mut out, &mut ws)
            .unwrap();
        for y in 0..2 {
            for x in 0..2 {
                let patch: Vec<f64> = (0..3)
                    .flat_map(|yy| (0..3).map(move |xx| (yy, xx)))
                    .map(|(yy, xx)| area[(y + yy) * 4 + x + xx] as f64)
                    .collect();
                let mean = patch.iter().sum::<f64>() / 9.0;
                let norm = patch.iter().map(|v| (v - mean).powi(2)).sum::<f64>().sqrt();
                let mut d = bias as f64;
                for xx in 0..3 {
                    for yy in 0..3 {
                        d += w[xx * 3 + yy] as f64 * (patch[yy * 3 + xx] - mean) / norm;
                    }
                }
                let expected = 1.0 / (1.0 + (-d).exp());
                let got = out[y * 2 + x] as f64;
                assert!(
                    (got - expected).abs() < 1e-6,
                    "({x}, {y}): {got} vs {expected}"
                );
            }
        }
        // Cached per window: a second call gives the same bits.
        let mut again = [0.0f32; 4];
        e.response(&area, 2, &components(), &mut again, &mut ws)
            .unwrap();
        assert_eq!(out, again);
    }

    #[test]
    fn response_ignores_brightness_and_contrast() {
        // 5×5 area, window 3: gain and offset change nothing after contrast normalisation.
        let area: Vec<f32> = (0..25)
            .map(|i| ((i * 7) % 11) as f32 + 0.5 * i as f32)
            .collect();
        let w: Vec<f32> = (0..9).map(|i| (i as f32 - 4.0) * 0.3).collect();
        let e = expert(&w, -0.1, 1.2, 0.4);
        let comps = components();
        let mut ws = ResponseWorkspace::default();
        let mut a = [0.0f32; 9];
        let mut b = [0.0f32; 9];
        e.response(&area, 3, &comps, &mut a, &mut ws).unwrap();
        let changed: Vec<f32> = area.iter().map(|v| 3.0 * v + 40.0).collect();
        e.response(&changed, 3, &comps, &mut b, &mut ws).unwrap();
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() < 1e-5, "{a:?} vs {b:?}");
        }
        // Shifted to be non-negative: with an identity Σ-component the map has a zero minimum
        // only if some value was negative; all must be ≥ 0 either way.
        assert!(a.iter().all(|&v| v >= 0.0));
        // Wrong sizes are errors, not panics.
        assert!(e.response(&area[..20], 3, &comps, &mut a, &mut ws).is_err());
        assert!(e.response(&area, 5, &comps, &mut a, &mut ws).is_err());
    }

    /// The vector kernel against the plain port, bit for bit: 11×11 patches, 7 neurons (two
    /// below the alpha threshold), the general model's windows, random areas including flat
    /// ones (zero norm) and negative responses (the shift to a zero minimum).
    #[test]
    fn vector_response_matches_plain_port() {
        eprintln!("vector kernels available: {}", CpuLevel::get().vector());
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (pw, ph) = (11usize, 11usize);
        // 5, 7, 6 and 2 neurons above the threshold (every remainder of the groups of 4).
        let alpha_sets = [
            vec![0.7, 1e-5, 2.5, 0.03, 1e-4, 1.1, 0.4],
            vec![0.7, 0.2, 2.5, 0.03, 0.3, 1.1, 0.4],
            vec![0.7, 0.2, 2.5, 0.03, 1e-5, 1.1, 0.4],
            vec![1e-5, 0.2, 1e-6, 1e-5, 1e-5, 1.1, 1e-4],
        ];
        for alphas in alpha_sets {
            let mut weight_matrix = Vec::new();
            for _ in &alphas {
                weight_matrix.push(rng.next() * 3.0);
                weight_matrix.extend((0..pw * ph).map(|_| rng.next() * 4.0));
            }
            let windows = [11usize, 9, 7, 1];
            let mut comps = SigmaComponents::default();
            for &w in &windows {
                let n = w * w;
                let mut list = Vec::new();
                for b in 0..3 {
                    let mut m = vec![0.0f32; n * n];
                    for r in 0..n {
                        for c in 0..=r {
                            let v = if r == c {
                                1.0 + b as f32
                            } else {
                                rng.next() * 0.01
                            };
                            m[r * n + c] = v;
                            m[c * n + r] = v;
                        }
                    }
                    list.push(m);
                }
                comps.windows.push((w, list));
            }
            let e = CcnfPatchExpert {
                width: pw,
                height: ph,
                alphas,
                weight_matrix,
                betas: vec![0.2, 1.5, -0.1],
                confidence: 1.0,
                sigmas: Mutex::default(),
            };
            let mut ws_plain = ResponseWorkspace::default();
            let mut ws_fast = ResponseWorkspace::default();
            for trial in 0..12 {
                for &w in &windows {
                    let (aw, ah) = (w + pw - 1, w + ph - 1);
                    let mut area: Vec<f32> =
                        (0..aw * ah).map(|_| 128.0 + rng.next() * 100.0).collect();
                    if trial == 1 {
                        area.iter_mut().for_each(|v| *v = 7.0);
                    }
                    if trial == 2 {
                        area[..aw * ah / 2].iter_mut().for_each(|v| *v = 0.0);
                    }
                    let sigma = e.sigma(&comps, w).unwrap();
                    let mut plain = vec![0.0f32; w * w];
                    e.response_plain(&area, w, &sigma, &mut plain, &mut ws_plain);
                    let mut fast = vec![0.0f32; w * w];
                    e.response(&area, w, &comps, &mut fast, &mut ws_fast)
                        .unwrap();
                    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                    assert_eq!(bits(&plain), bits(&fast), "trial {trial}, window {w}");
                    // Both x86 levels, whichever the process runs.
                    #[cfg(target_arch = "x86_64")]
                    for wide in [false, true] {
                        let level = if wide {
                            CpuLevel::Avx512
                        } else {
                            CpuLevel::Avx2Fma
                        };
                        if CpuLevel::detected() < level {
                            continue;
                        }
                        let mut out = vec![0.0f32; w * w];
                        // SAFETY: the CPU has the level's features (checked above).
                        unsafe {
                            x86::response(&e, &area, w, &sigma, &mut out, &mut ws_fast, wide)
                        };
                        assert_eq!(
                            bits(&plain),
                            bits(&out),
                            "trial {trial}, window {w}, {level:?}"
                        );
                    }
                }
            }
        }
    }
}
