//! The detection validator's networks as OpenFace 2.2 evaluates them
//! (`DetectionValidator::CheckCNN`, `CNN_utils.cpp`): direct convolution, 2×2 max pooling, ReLU
//! and fully connected layers, on planar float maps ([`PlanarMaps`]).
//!
//! # Matching OpenFace's rounding
//!
//! * **Convolution** (`convolution_direct_blas`): OpenFace lays the input out with
//!   `im2col_multimap` (one row per output pixel, one column per kernel tap, a last column of
//!   ones for the bias) and multiplies by the weight matrix with OpenBLAS's `sgemm_`. Each output
//!   is then a chain of float fused multiply-adds over the taps in `im2col`'s column order
//!   (input map, then kernel column, then kernel row; the bias last), as OpenBLAS's Haswell
//!   kernel accumulates them, cut where OpenBLAS's level-3 driver splits the sum: from 640 taps
//!   on, blocks of 320; between 321 and 639 taps, two halves (`(k + 1) / 2`, the threaded
//!   driver's rule, which the reference machine's two cores select). The partial sums are added
//!   in order. The few 8×4 tiles that OpenBLAS's kernel sums in two interleaved halves are
//!   reproduced too (see `numeric::openblas::openblas_split_columns`).
//! * **Fully connected** (`fully_connected`): a `cv::Mat` product below 100 result rows, which
//!   OpenCV 4.6 computes itself (`GEMMSingleMul<float, double>`, `A·Bᵀ` path): per output four
//!   double sums over interleaved groups of four terms, added in order, plus the bias in double,
//!   rounded to float.
//! * **Max pooling** ([`max_pooling_planar`]) and **ReLU** (`cv::threshold(…, THRESH_TOZERO)`)
//!   are exact.
//!
//! Why not `crate::numeric::sgemm` as MTCNN uses: the reference's validator products follow
//! OpenBLAS's two-thread blocking on a Haswell-class kernel (above), not the single-threaded
//! driver that `sgemm` reproduces.
//!
//! Every kernel has a plain scalar version (the oracle) and, on x86-64 CPUs with AVX2 and FMA,
//! the same operations compiled for those instructions; tests check the two agree bit for bit.

use crate::error::{Error, Result};
use crate::landmarks::cnn::{
    max_pooling_planar, Convolution, FullyConnected, MaxPooling, PlanarMaps,
};
use crate::numeric::openblas::{openblas_split_columns, OPENBLAS_REFERENCE_THREADS};

/// Scratch for [`Convolution::forward`].
#[derive(Clone, Debug, Default)]
pub struct ConvScratch {
    partial: Vec<f32>,
    patch: Vec<f32>,
}

impl Convolution {
    /// The layer on `input` into `output` (reshaped) as OpenBLAS computes OpenFace's product:
    /// every output a chain of fused multiply-adds in `im2col` order, cut into OpenBLAS's
    /// blocks, except the outputs of kernels 0–7 at `split_columns` (output pixel indices, see
    /// `numeric::openblas::openblas_split_columns`), whose blocks are summed in two interleaved halves (the odd
    /// terms of the first `len − len % 8` in a second chain, added at the end).
    ///
    /// # Panics
    /// If `input` has the wrong number of maps or is smaller than a kernel.
    pub fn forward(
        &self,
        input: &PlanarMaps,
        output: &mut PlanarMaps,
        scratch: &mut ConvScratch,
        split_columns: &[usize],
    ) {
        #[cfg(target_arch = "x86_64")]
        if crate::numeric::cpu::CpuLevel::get().vector() {
            self.prepare(input, output, scratch);
            // SAFETY: the CPU supports AVX2 and FMA (checked just above); `prepare` sized the
            // buffers.
            unsafe {
                x86::conv_chains(self, input, output);
                x86::conv_split_tiles(self, input, output, scratch, split_columns);
            }
            return;
        }
        self.forward_plain(input, output, scratch, split_columns);
    }

    /// [`Convolution::forward`] without the vector kernels (the oracle).
    ///
    /// # Panics
    /// As [`Convolution::forward`].
    pub fn forward_plain(
        &self,
        input: &PlanarMaps,
        output: &mut PlanarMaps,
        scratch: &mut ConvScratch,
        split_columns: &[usize],
    ) {
        self.prepare(input, output, scratch);
        conv_chains_plain(self, input, output, scratch);
        conv_split_tiles_body(self, input, output, scratch, split_columns);
    }

    fn prepare(&self, input: &PlanarMaps, output: &mut PlanarMaps, scratch: &mut ConvScratch) {
        let (rows, cols) = self
            .output_size(input.rows, input.cols)
            .expect("convolution input smaller than its kernel");
        assert_eq!(input.count, self.in_maps, "convolution input map count");
        assert_eq!(
            input.data.len(),
            input.count * input.rows * input.cols,
            "convolution input buffer"
        );
        output.reshape(self.kernels, rows, cols);
        scratch.partial.resize(rows * cols, 0.0);
        scratch.patch.resize(self.terms(), 0.0);
    }
}

/// The chains of every output, plain: map by map, tap by tap over the whole output map.
fn conv_chains_plain(
    layer: &Convolution,
    input: &PlanarMaps,
    output: &mut PlanarMaps,
    scratch: &mut ConvScratch,
) {
    let (out_rows, out_cols) = (output.rows, output.cols);
    let taps = layer.terms() - 1;
    let in_cols = input.cols;
    let partial = &mut scratch.partial;
    for o in 0..layer.kernels {
        let weights = &layer.kernel_major[o * taps..(o + 1) * taps];
        let acc = output.map_mut(o);
        acc.fill(0.0);
        let mut blocks = layer.k_blocks.iter().copied().peekable();
        let mut have_partial = false;
        let mut cut = |c: usize, acc: &mut [f32], partial: &mut [f32]| {
            if blocks.peek() == Some(&c) {
                blocks.next();
                if have_partial {
                    for (p, a) in partial.iter_mut().zip(acc.iter()) {
                        *p += *a;
                    }
                } else {
                    partial.copy_from_slice(acc);
                    have_partial = true;
                }
                acc.fill(0.0);
            }
        };
        let mut c = 0;
        for i in 0..layer.in_maps {
            let map = input.map(i);
            for kx in 0..layer.kernel_cols {
                for ky in 0..layer.kernel_rows {
                    cut(c, acc, partial);
                    let w = weights[c];
                    for y in 0..out_rows {
                        let src = &map[(y + ky) * in_cols + kx..][..out_cols];
                        let dst = &mut acc[y * out_cols..][..out_cols];
                        for (d, &s) in dst.iter_mut().zip(src) {
                            *d = s.mul_add(w, *d);
                        }
                    }
                    c += 1;
                }
            }
        }
        cut(c, acc, partial);
        // The bias: im2col's last column of ones, the last term of the chain.
        let bias = layer.biases[o];
        for a in acc.iter_mut() {
            *a = 1.0f32.mul_add(bias, *a);
        }
        if have_partial {
            for (a, p) in acc.iter_mut().zip(partial.iter()) {
                *a += *p;
            }
        }
    }
}

/// Recomputes the outputs of kernels 0–7 at `split_columns` the way OpenBLAS's interleaved
/// 8×4 tiles sum them, all eight kernels at once (one lane each, as OpenBLAS's panel).
#[inline(always)]
fn conv_split_tiles_body(
    layer: &Convolution,
    input: &PlanarMaps,
    output: &mut PlanarMaps,
    scratch: &mut ConvScratch,
    split_columns: &[usize],
) {
    let kernels = layer.kernels.min(8);
    if kernels == 0 {
        return;
    }
    let (out_cols, plane) = (output.cols, output.rows * output.cols);
    let terms = layer.terms();
    for &pos in split_columns {
        if pos >= plane {
            continue;
        }
        let (y, x) = (pos / out_cols, pos % out_cols);
        // The im2col row of this output pixel, then the column of ones.
        let patch = &mut scratch.patch;
        let mut c = 0;
        for i in 0..layer.in_maps {
            let map = input.map(i);
            for kx in 0..layer.kernel_cols {
                for ky in 0..layer.kernel_rows {
                    patch[c] = map[(y + ky) * input.cols + x + kx];
                    c += 1;
                }
            }
        }
        patch[c] = 1.0;
        let mut total = [0.0f32; 8];
        let mut start = 0;
        let mut first = true;
        for end in layer.k_blocks.iter().copied().chain(std::iter::once(terms)) {
            let body = start + (end - start) - (end - start) % 8;
            let (mut even, mut odd) = ([0.0f32; 8], [0.0f32; 8]);
            let mut k = start;
            while k + 1 < body {
                let (a0, a1) = (patch[k], patch[k + 1]);
                let (w0, w1) = (&layer.panel[k], &layer.panel[k + 1]);
                for l in 0..8 {
                    even[l] = a0.mul_add(w0[l], even[l]);
                    odd[l] = a1.mul_add(w1[l], odd[l]);
                }
                k += 2;
            }
            while k < end {
                let (a0, w0) = (patch[k], &layer.panel[k]);
                for l in 0..8 {
                    even[l] = a0.mul_add(w0[l], even[l]);
                }
                k += 1;
            }
            for l in 0..8 {
                let sum = even[l] + odd[l];
                total[l] = if first { sum } else { total[l] + sum };
            }
            first = false;
            start = end;
        }
        for (o, &t) in total.iter().enumerate().take(kernels) {
            output.map_mut(o)[pos] = t;
        }
    }
}

/// ReLU as `cv::threshold(x, x, 0, 0, THRESH_TOZERO)`: values not above 0 become 0.
pub fn relu_in_place(values: &mut [f32]) {
    for v in values {
        *v = if *v > 0.0 { *v } else { 0.0 };
    }
}

impl FullyConnected {
    /// `output[o] = Σ_i W[o][i]·input[i] + b[o]` as OpenCV's `gemm` computes a float
    /// matrix-vector product with an added matrix (see the module docs).
    ///
    /// # Panics
    /// If the slice lengths differ from the layer's sizes.
    pub fn forward(&self, input: &[f32], output: &mut [f32]) {
        assert_eq!(input.len(), self.inputs, "fully connected input length");
        assert_eq!(output.len(), self.outputs, "fully connected output length");
        #[cfg(target_arch = "x86_64")]
        if crate::numeric::cpu::CpuLevel::get().vector() {
            // SAFETY: the CPU supports AVX2 (checked just above).
            unsafe { x86::fc_forward(self, input, output) };
            return;
        }
        fc_forward_body(self, input, output);
    }

    /// [`FullyConnected::forward`] without the vector kernels (the oracle).
    pub fn forward_plain(&self, input: &[f32], output: &mut [f32]) {
        assert_eq!(input.len(), self.inputs, "fully connected input length");
        assert_eq!(output.len(), self.outputs, "fully connected output length");
        fc_forward_body(self, input, output);
    }
}

#[inline(always)]
fn fc_forward_body(layer: &FullyConnected, input: &[f32], output: &mut [f32]) {
    let n = layer.inputs;
    let body = n - n % 4;
    for (o, out) in output.iter_mut().enumerate() {
        let row = &layer.weights[o * n..(o + 1) * n];
        let mut s = [0.0f64; 4];
        for (w4, x4) in row[..body]
            .chunks_exact(4)
            .zip(input[..body].chunks_exact(4))
        {
            for l in 0..4 {
                s[l] += w4[l] as f64 * x4[l] as f64;
            }
        }
        for k in body..n {
            s[0] += row[k] as f64 * input[k] as f64;
        }
        let dot = ((s[0] + s[1]) + s[2]) + s[3];
        *out = (dot + layer.biases[o] as f64) as f32;
    }
}

/// One layer of a network, with OpenFace's layer type codes (`cnn_layer_types`).
#[derive(Clone, Debug)]
pub enum Layer {
    /// Type 0.
    Convolution(Convolution),
    /// Type 1: 2×2 max pooling with stride 2.
    MaxPool,
    /// Type 2.
    FullyConnected(FullyConnected),
    /// Type 3.
    Relu,
}

/// The shape of the activations between layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Maps {
        count: usize,
        rows: usize,
        cols: usize,
    },
    /// A column of values (`fully_connected` on several maps).
    Column(usize),
    /// A row of values (`fully_connected` on one column).
    Row(usize),
}

/// A feed-forward network as `DetectionValidator::CheckCNN` runs one: a single input map
/// through the layers in order, ending in a row of scores.
///
/// `fully_connected` on several maps flattens each map column by column (OpenFace transposes
/// then reshapes), map after map; on a single column it multiplies that column. Shapes are
/// checked once here; the layouts OpenFace's validators never produce (a fully connected layer
/// applied per map, to a matrix, or pooling after one) are rejected.
#[derive(Clone, Debug)]
pub struct Network {
    layers: Vec<Layer>,
    input_rows: usize,
    input_cols: usize,
    /// Per layer, for convolutions: the outputs OpenBLAS sums in interleaved halves.
    split_columns: Vec<Vec<usize>>,
}

/// Buffers for [`Network::run`], grown on the first call and reused.
#[derive(Clone, Debug, Default)]
pub struct NetworkWorkspace {
    current: PlanarMaps,
    next: PlanarMaps,
    conv: ConvScratch,
    flat: Vec<f32>,
}

impl Network {
    /// Checks the layer sequence for an input map of `input_rows × input_cols`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a layer does not fit the activations it receives, or the network
    /// does not end in a row of scores.
    pub fn new(layers: Vec<Layer>, input_rows: usize, input_cols: usize) -> Result<Self> {
        let mut shape = Shape::Maps {
            count: 1,
            rows: input_rows,
            cols: input_cols,
        };
        let mut split_columns = Vec::with_capacity(layers.len());
        for (index, layer) in layers.iter().enumerate() {
            let bad = |what: String| Error::Invalid(format!("CNN layer {index}: {what}"));
            let mut splits = Vec::new();
            shape = match (layer, shape) {
                (Layer::Convolution(conv), Shape::Maps { count, rows, cols }) => {
                    if count != conv.in_maps() {
                        return Err(bad(format!(
                            "convolution expects {} maps, gets {count}",
                            conv.in_maps()
                        )));
                    }
                    let (r, c) = conv
                        .output_size(rows, cols)
                        .ok_or_else(|| bad(format!("{rows}×{cols} input smaller than kernel")))?;
                    let taps = conv.in_maps * conv.kernel_rows * conv.kernel_cols;
                    splits = openblas_split_columns(
                        conv.kernels(),
                        r * c,
                        taps + 1,
                        OPENBLAS_REFERENCE_THREADS,
                    )
                    .unwrap_or_default();
                    Shape::Maps {
                        count: conv.kernels(),
                        rows: r,
                        cols: c,
                    }
                }
                (Layer::MaxPool, Shape::Maps { count, rows, cols }) => {
                    let (r, c) = MaxPooling::TWO_BY_TWO.output_size(rows, cols);
                    if r < 1 || c < 1 {
                        return Err(bad(format!("pooling of a {rows}×{cols} map")));
                    }
                    Shape::Maps {
                        count,
                        rows: r as usize,
                        cols: c as usize,
                    }
                }
                (Layer::FullyConnected(fc), Shape::Maps { count, rows, cols }) if count > 1 => {
                    if count == fc.inputs() {
                        return Err(bad(
                            "per-map fully connected layers are not supported".into()
                        ));
                    }
                    if count * rows * cols != fc.inputs() {
                        return Err(bad(format!(
                            "{} inputs, gets {count} maps of {rows}×{cols}",
                            fc.inputs()
                        )));
                    }
                    Shape::Column(fc.outputs())
                }
                (
                    Layer::FullyConnected(fc),
                    Shape::Maps {
                        count: 1,
                        rows,
                        cols: 1,
                    },
                )
                | (Layer::FullyConnected(fc), Shape::Column(rows)) => {
                    if rows != fc.inputs() {
                        return Err(bad(format!("{} inputs, gets {rows}", fc.inputs())));
                    }
                    Shape::Row(fc.outputs())
                }
                (Layer::Relu, s) => s,
                (_, s) => return Err(bad(format!("layer does not apply to {s:?}"))),
            };
            split_columns.push(splits);
        }
        if !matches!(shape, Shape::Row(_)) {
            return Err(Error::Invalid(format!(
                "CNN ends in {shape:?}, not a row of scores"
            )));
        }
        Ok(Network {
            layers,
            input_rows,
            input_cols,
            split_columns,
        })
    }

    /// The input map in `workspace` (row-major, `rows × cols`), to be filled before
    /// [`Network::run`].
    pub fn input_mut<'w>(&self, workspace: &'w mut NetworkWorkspace) -> &'w mut [f32] {
        workspace
            .current
            .reshape(1, self.input_rows, self.input_cols);
        &mut workspace.current.data
    }

    /// Runs the layers on the input map set with [`Network::input_mut`]; returns the scores.
    pub fn run<'w>(&self, workspace: &'w mut NetworkWorkspace) -> &'w [f32] {
        let ws = workspace;
        for (layer, splits) in self.layers.iter().zip(&self.split_columns) {
            match layer {
                Layer::Convolution(conv) => {
                    conv.forward(&ws.current, &mut ws.next, &mut ws.conv, splits);
                    std::mem::swap(&mut ws.current, &mut ws.next);
                }
                Layer::MaxPool => {
                    max_pooling_planar(&ws.current, &MaxPooling::TWO_BY_TWO, &mut ws.next);
                    std::mem::swap(&mut ws.current, &mut ws.next);
                }
                Layer::Relu => relu_in_place(&mut ws.current.data),
                Layer::FullyConnected(fc) => {
                    let cur = &ws.current;
                    let input: &[f32] = if cur.count > 1 {
                        cur.flatten_columns(&mut ws.flat);
                        &ws.flat
                    } else {
                        &cur.data
                    };
                    ws.next.reshape(1, 1, fc.outputs());
                    fc.forward(input, &mut ws.next.data);
                    std::mem::swap(&mut ws.current, &mut ws.next);
                }
            }
        }
        &ws.current.data
    }
}

/// The kernels compiled for AVX2 + FMA: the same operations as the plain bodies.
#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{ConvScratch, Convolution, FullyConnected, PlanarMaps};
    use std::arch::x86_64::*;

    /// Output columns per register block (at most four 8-lane vectors).
    const BLOCK: usize = 32;

    /// Every output's chain (as `conv_chains_plain`): per output row, blocks of up to 32
    /// columns for `G` kernels at once (`N·G ≤ 12` accumulators in registers across all taps,
    /// enough independent chains to hide the fused multiply-add latency; each input load feeds
    /// `G` of them).
    ///
    /// # Safety
    /// The CPU must support AVX2 and FMA; `input` and `output` sized as
    /// `Convolution::prepare` leaves them.
    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn conv_chains(
        layer: &Convolution,
        input: &PlanarMaps,
        output: &mut PlanarMaps,
    ) {
        let (out_rows, out_cols) = (output.rows, output.cols);
        for y in 0..out_rows {
            let mut x0 = 0;
            while x0 < out_cols {
                let width = (out_cols - x0).min(BLOCK);
                let vectors = width.div_ceil(8);
                let group = (12 / vectors).min(4);
                let mut o = 0;
                while o < layer.kernels {
                    let g = group.min(layer.kernels - o);
                    macro_rules! run {
                        ($n:literal) => {
                            match g {
                                1 => row_block::<$n, 1>(layer, input, output, o, y, x0, width),
                                2 => row_block::<$n, 2>(layer, input, output, o, y, x0, width),
                                3 => row_block::<$n, 3>(layer, input, output, o, y, x0, width),
                                _ => row_block::<$n, 4>(layer, input, output, o, y, x0, width),
                            }
                        };
                    }
                    match vectors {
                        1 => run!(1),
                        2 => run!(2),
                        3 => run!(3),
                        _ => run!(4),
                    }
                    o += g;
                }
                x0 += width;
            }
        }
    }

    /// Outputs `x0..x0 + width` of row `y` of maps `o..o + G`, `width` in
    /// `8(N − 1) + 1 ..= 8N`.
    ///
    /// # Safety
    /// As [`conv_chains`]; `o + G ≤ out_maps`; the last vector's loads and stores are masked to
    /// the row.
    #[inline]
    #[target_feature(enable = "avx2,fma")]
    #[allow(clippy::too_many_arguments)]
    unsafe fn row_block<const N: usize, const G: usize>(
        layer: &Convolution,
        input: &PlanarMaps,
        output: &mut PlanarMaps,
        o: usize,
        y: usize,
        x0: usize,
        width: usize,
    ) {
        let taps = layer.terms() - 1;
        assert!(o + G <= layer.kernels && layer.kernel_major.len() >= (o + G) * taps);
        let weights = layer.kernel_major.as_ptr().add(o * taps);
        let in_cols = input.cols;
        let tail = width - 8 * (N - 1);
        let lane_ids = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
        let mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(tail as i32), lane_ids);

        let mut acc = [[_mm256_setzero_ps(); N]; G];
        // Sums of the blocks before the current one (OpenBLAS's C between kernel calls).
        let mut partial = [[[0.0f32; 8]; N]; G];
        let mut have_partial = false;
        let mut blocks = layer.k_blocks.iter().copied();
        let mut next_cut = blocks.next().unwrap_or(usize::MAX);
        let mut cut = |c: usize, acc: &mut [[__m256; N]; G]| {
            if c == next_cut {
                next_cut = blocks.next().unwrap_or(usize::MAX);
                for g in 0..G {
                    for v in 0..N {
                        let mut sum = acc[g][v];
                        if have_partial {
                            sum = _mm256_add_ps(_mm256_loadu_ps(partial[g][v].as_ptr()), sum);
                        }
                        _mm256_storeu_ps(partial[g][v].as_mut_ptr(), sum);
                        acc[g][v] = _mm256_setzero_ps();
                    }
                }
                have_partial = true;
            }
        };
        let mut c = 0;
        for i in 0..layer.in_maps {
            let map = input.map(i);
            // Every load below reads map[(y + ky) * in_cols + x0 + kx + 8v + lane] with
            // lane < 8 for full vectors and < tail for the last: at most column
            // x0 + width − 1 + kx ≤ in_cols − 1 of row y + ky < input.rows.
            let base = map.as_ptr().add(y * in_cols + x0);
            for kx in 0..layer.kernel_cols {
                for ky in 0..layer.kernel_rows {
                    cut(c, &mut acc);
                    let p = base.add(ky * in_cols + kx);
                    let mut w = [_mm256_setzero_ps(); G];
                    for (g, wg) in w.iter_mut().enumerate() {
                        *wg = _mm256_broadcast_ss(&*weights.add(g * taps + c));
                    }
                    for v in 0..N {
                        let src = if v + 1 < N {
                            _mm256_loadu_ps(p.add(8 * v))
                        } else {
                            _mm256_maskload_ps(p.add(8 * v), mask)
                        };
                        for (acc_g, &w_g) in acc.iter_mut().zip(&w) {
                            acc_g[v] = _mm256_fmadd_ps(src, w_g, acc_g[v]);
                        }
                    }
                    c += 1;
                }
            }
        }
        cut(c, &mut acc);
        let out_cols = output.cols;
        for g in 0..G {
            let bias = _mm256_set1_ps(layer.biases[o + g]);
            let out = output.map_mut(o + g)[y * out_cols + x0..][..width].as_mut_ptr();
            for v in 0..N {
                let mut r = _mm256_add_ps(acc[g][v], bias);
                if have_partial {
                    r = _mm256_add_ps(r, _mm256_loadu_ps(partial[g][v].as_ptr()));
                }
                if v + 1 < N {
                    _mm256_storeu_ps(out.add(8 * v), r);
                } else {
                    _mm256_maskstore_ps(out.add(8 * v), mask, r);
                }
            }
        }
    }

    /// # Safety
    /// The CPU must support AVX2 and FMA.
    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn conv_split_tiles(
        layer: &Convolution,
        input: &PlanarMaps,
        output: &mut PlanarMaps,
        scratch: &mut ConvScratch,
        split_columns: &[usize],
    ) {
        super::conv_split_tiles_body(layer, input, output, scratch, split_columns)
    }

    /// # Safety
    /// The CPU must support AVX2 and FMA.
    #[target_feature(enable = "avx2,fma")]
    pub(super) unsafe fn fc_forward(layer: &FullyConnected, input: &[f32], output: &mut [f32]) {
        super::fc_forward_body(layer, input, output)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::openblas::openblas_k_blocks;

    /// Test values in [−1, 1).
    fn pseudo_random(n: usize, seed: u64) -> Vec<f32> {
        crate::test_support::pseudo_random(n, seed, 2.0, -1.0)
    }

    #[test]
    fn split_columns_of_the_validator_layers() {
        // 10 kernels over 52×52 = 2704 outputs: two thread ranges of 1352, halves of 676 =
        // 56 calls of 12 and one of 4.
        assert_eq!(
            openblas_split_columns(10, 2704, 82, 2).unwrap(),
            [672..676, 1348..1352, 2024..2028, 2700..2704]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
        );
        assert_eq!(
            openblas_split_columns(10, 2704, 82, 1).unwrap(),
            (2700..2704).collect::<Vec<_>>()
        );
        assert_eq!(
            openblas_split_columns(10, 400, 491, 2).unwrap(),
            [96..100, 196..200, 296..300, 396..400]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
        );
        assert!(openblas_split_columns(4, 400, 491, 2).unwrap().is_empty());
        assert!(openblas_split_columns(20, 400, 491, 2).is_none());
    }

    #[test]
    fn vector_convolution_matches_plain_bit_for_bit() {
        for &(in_maps, out_maps, kr, kc, rows, cols) in &[
            (1, 10, 9, 9, 60, 60),
            (10, 10, 7, 7, 26, 26),
            (3, 2, 3, 5, 9, 13),
        ] {
            let kernels = pseudo_random(in_maps * out_maps * kr * kc, 7);
            let biases = pseudo_random(out_maps, 9);
            let layer =
                Convolution::from_kernels(in_maps, out_maps, kr, kc, &kernels, &biases).unwrap();
            let input = PlanarMaps {
                count: in_maps,
                rows,
                cols,
                data: pseudo_random(in_maps * rows * cols, 11),
            };
            let (mut a, mut b) = (PlanarMaps::default(), PlanarMaps::default());
            let mut scratch = ConvScratch::default();
            let (out_rows, out_cols) = layer.output_size(rows, cols).unwrap();
            let splits =
                openblas_split_columns(out_maps, out_rows * out_cols, layer.terms(), 2).unwrap();
            layer.forward(&input, &mut a, &mut scratch, &splits);
            layer.forward_plain(&input, &mut b, &mut scratch, &splits);
            assert_eq!(a, b);
        }
    }

    /// The chain order is OpenFace's `im2col_multimap` column order: check one output against
    /// a direct evaluation of that order.
    #[test]
    fn convolution_sums_in_im2col_order() {
        let (in_maps, out_maps, kr, kc) = (2, 3, 3, 2);
        let kernels = pseudo_random(in_maps * out_maps * kr * kc, 3);
        let biases = pseudo_random(out_maps, 4);
        let layer =
            Convolution::from_kernels(in_maps, out_maps, kr, kc, &kernels, &biases).unwrap();
        let input = PlanarMaps {
            count: in_maps,
            rows: 5,
            cols: 4,
            data: pseudo_random(in_maps * 20, 5),
        };
        let mut out = PlanarMaps::default();
        layer.forward_plain(&input, &mut out, &mut ConvScratch::default(), &[]);
        assert_eq!((out.rows, out.cols), (3, 3));
        for o in 0..out_maps {
            for y in 0..3 {
                for x in 0..3 {
                    let mut acc = 0.0f32;
                    for i in 0..in_maps {
                        let k = &kernels[(i * out_maps + o) * kr * kc..][..kr * kc];
                        for kx in 0..kc {
                            for ky in 0..kr {
                                acc = input.map(i)[(y + ky) * 4 + x + kx]
                                    .mul_add(k[ky * kc + kx], acc);
                            }
                        }
                    }
                    acc += biases[o];
                    assert_eq!(out.map(o)[y * 3 + x], acc);
                }
            }
        }
    }

    /// One output straight from OpenFace's storage: the im2col terms in order (taps, then the
    /// bias), cut into OpenBLAS's blocks, each block one chain or (for an interleaved tile)
    /// even and odd terms of its first `len − len % 8` in two chains.
    #[allow(clippy::too_many_arguments)]
    fn reference_output(
        kernels: &[f32],
        biases: &[f32],
        (in_maps, out_maps, kr, kc): (usize, usize, usize, usize),
        input: &PlanarMaps,
        o: usize,
        y: usize,
        x: usize,
        interleaved: bool,
    ) -> f32 {
        let mut terms = Vec::new();
        for i in 0..in_maps {
            let k = &kernels[(i * out_maps + o) * kr * kc..][..kr * kc];
            for kx in 0..kc {
                for ky in 0..kr {
                    terms.push((
                        input.map(i)[(y + ky) * input.cols + x + kx],
                        k[ky * kc + kx],
                    ));
                }
            }
        }
        terms.push((1.0, biases[o]));
        let mut bounds = vec![0];
        bounds.extend(openblas_k_blocks(terms.len()));
        bounds.push(terms.len());
        let mut total = 0.0f32;
        for w in bounds.windows(2) {
            let block = &terms[w[0]..w[1]];
            let body = if interleaved {
                block.len() - block.len() % 8
            } else {
                0
            };
            let (mut even, mut odd) = (0.0f32, 0.0f32);
            for (j, &(a, b)) in block.iter().enumerate() {
                if j < body && j % 2 == 1 {
                    odd = a.mul_add(b, odd);
                } else {
                    even = a.mul_add(b, even);
                }
            }
            total += even + odd;
        }
        total
    }

    /// Both convolutions of the 68-point validator's shape (82 and 491 terms: the second cut
    /// into two blocks) against [`reference_output`] at every output, interleaved tiles included.
    #[test]
    fn convolution_matches_openblas_order() {
        for &(in_maps, out_maps, kr, kc, rows) in &[(1, 10, 9, 9, 60), (10, 10, 7, 7, 26)] {
            let kernels = pseudo_random(in_maps * out_maps * kr * kc, 31);
            let biases = pseudo_random(out_maps, 32);
            let layer =
                Convolution::from_kernels(in_maps, out_maps, kr, kc, &kernels, &biases).unwrap();
            let input = PlanarMaps {
                count: in_maps,
                rows,
                cols: rows,
                data: pseudo_random(in_maps * rows * rows, 33),
            };
            let (out_rows, out_cols) = layer.output_size(rows, rows).unwrap();
            let splits =
                openblas_split_columns(out_maps, out_rows * out_cols, layer.terms(), 2).unwrap();
            assert_eq!(splits.len(), 16);
            let mut out = PlanarMaps::default();
            layer.forward(&input, &mut out, &mut ConvScratch::default(), &splits);
            let mut interleaved_differs = 0;
            for o in 0..out_maps {
                for y in 0..out_rows {
                    for x in 0..out_cols {
                        let pos = y * out_cols + x;
                        let interleaved = o < 8 && splits.contains(&pos);
                        let shape = (in_maps, out_maps, kr, kc);
                        let expected = reference_output(
                            &kernels,
                            &biases,
                            shape,
                            &input,
                            o,
                            y,
                            x,
                            interleaved,
                        );
                        assert_eq!(out.map(o)[pos], expected, "map {o} ({y}, {x})");
                        if interleaved {
                            let chain =
                                reference_output(&kernels, &biases, shape, &input, o, y, x, false);
                            interleaved_differs += (chain != expected) as usize;
                        }
                    }
                }
            }
            // The interleaved order does change some sums (the test would catch a mix-up).
            assert!(interleaved_differs > 0);
        }
    }

    #[test]
    fn vector_fully_connected_matches_plain_bit_for_bit() {
        let layer =
            FullyConnected::from_stored(1000, 50, &pseudo_random(50_000, 1), &pseudo_random(50, 2))
                .unwrap();
        let input = pseudo_random(1000, 3);
        let (mut a, mut b) = (vec![0.0; 50], vec![0.0; 50]);
        layer.forward(&input, &mut a);
        layer.forward_plain(&input, &mut b);
        assert_eq!(a, b);
    }

    /// `fully_connected` is a `cv::Mat` product plus the biases (`W·x + b`): compare with
    /// OpenCV's own `gemm` on the same float data, bit for bit.
    #[test]
    fn fully_connected_matches_opencv_gemm() {
        use opencv::core::{gemm, Mat};
        use opencv::prelude::*;
        for &(inputs, outputs) in &[(1000, 50), (50, 30), (500, 50), (7, 3)] {
            let stored = pseudo_random(inputs * outputs, inputs as u64);
            let biases = pseudo_random(outputs, 77);
            let x = pseudo_random(inputs, 78);
            let layer = FullyConnected::from_stored(inputs, outputs, &stored, &biases).unwrap();
            let mut ours = vec![0.0; outputs];
            layer.forward(&x, &mut ours);

            let mut w_t = vec![0.0f32; inputs * outputs];
            for i in 0..inputs {
                for o in 0..outputs {
                    w_t[o * inputs + i] = stored[i * outputs + o];
                }
            }
            let w = Mat::new_rows_cols_with_data(outputs as i32, inputs as i32, &w_t).unwrap();
            let xm = Mat::new_rows_cols_with_data(inputs as i32, 1, &x).unwrap();
            let bm = Mat::new_rows_cols_with_data(outputs as i32, 1, &biases).unwrap();
            let mut d = Mat::default();
            gemm(&w, &xm, 1.0, &bm, 1.0, &mut d, 0).unwrap();
            let theirs: Vec<f32> = (0..outputs as i32)
                .map(|r| *d.at_2d::<f32>(r, 0).unwrap())
                .collect();
            assert_eq!(ours, theirs, "{inputs}→{outputs}");
        }
    }

    #[test]
    fn relu_zeroes_non_positive() {
        let mut v = vec![-1.0, 0.0, -0.0, 2.5, f32::NAN];
        relu_in_place(&mut v);
        assert_eq!(&v[..4], &[0.0, 0.0, 0.0, 2.5]);
        assert_eq!(v[4], 0.0);
    }
}
