//! The face detector's networks (OpenFace 2.2's `LandmarkDetector::CNN` in
//! `FaceDetectorMTCNN.cpp`) evaluated as OpenFace evaluates them (`CNN_utils.cpp`): convolution
//! as im2col + OpenBLAS `sgemm_`, PReLU, max pooling, fully connected layers and the sigmoid.
//!
//! Every primitive computes what OpenFace's computes, with the same roundings:
//!
//! * convolution builds OpenFace's im2col matrix (a bias column of ones last) and calls OpenBLAS's
//!   Fortran `sgemm_` with OpenFace's exact arguments, reproduced by [`sgemm::sgemm_nn`], so each output is the
//!   same sum in the same order (given the same OpenBLAS kernel on one thread, see
//!   `testdata/README.md`);
//! * fully connected layers are `cv::Mat` products in OpenFace, so they call `cv::gemm` through
//!   the opencv crate (OpenCV accumulates in double below 100 result rows and hands larger
//!   products to BLAS; calling it keeps both paths);
//! * max pooling keeps OpenFace's "caffe style" output size (`round((n − k) / s) + 1`, partial
//!   windows at the border) and picks the element OpenFace's scan picks;
//! * the sigmoid layer uses OpenCV's `cv::exp`, as OpenFace does.
//!
//! Feature maps are stored pixel by pixel with the maps innermost ([`FeatureMaps`], "HWC"), not
//! as OpenFace's separate matrices: the `sgemm` result of a convolution is already in that order
//! (OpenFace transposes it), and pooling and PReLU then run over contiguous channels. The layout
//! changes no arithmetic: [`mod@reference`] is the plain planar port of OpenFace's loops, and the
//! tests check the two agree bit for bit on the three MTCNN networks.

#[cfg(test)]
mod reference;

use std::path::Path;

use crate::error::{Error, Result};
use crate::io::model_file::{read_model_bytes, BinaryModelReader};
pub use crate::landmarks::cnn::{Convolution, FullyConnected, MaxPooling};
use crate::numeric::cpu::CpuLevel;
use crate::numeric::math;
use crate::numeric::opencv::gemm_f32;
use crate::numeric::sgemm::{self, GemmShape};

/// A stack of equally sized 2D maps (OpenFace's `std::vector<cv::Mat_<float>>`), stored pixel
/// by pixel, row-major, with the maps innermost: map `k` at row `y`, column `x` is
/// `data[(y * cols + x) * count + k]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FeatureMaps {
    /// Number of maps (channels).
    pub count: usize,
    /// Rows of each map.
    pub rows: usize,
    /// Columns of each map.
    pub cols: usize,
    /// `rows * cols * count` values.
    pub data: Vec<f32>,
}

impl FeatureMaps {
    /// `count` maps of `rows × cols` zeros.
    pub fn zeros(count: usize, rows: usize, cols: usize) -> Self {
        FeatureMaps {
            count,
            rows,
            cols,
            data: vec![0.0; count * rows * cols],
        }
    }

    /// Sets the shape, growing the buffer if needed; the values are unspecified afterwards.
    pub fn reshape(&mut self, count: usize, rows: usize, cols: usize) {
        self.count = count;
        self.rows = rows;
        self.cols = cols;
        self.data.resize(count * rows * cols, 0.0);
    }

    /// Pixels per map.
    pub fn pixels(&self) -> usize {
        self.rows * self.cols
    }

    /// Map `k` at row `y`, column `x`.
    pub fn at(&self, k: usize, y: usize, x: usize) -> f32 {
        self.data[(y * self.cols + x) * self.count + k]
    }

    /// The values of all maps at one pixel.
    pub fn pixel(&self, y: usize, x: usize) -> &[f32] {
        &self.data[(y * self.cols + x) * self.count..][..self.count]
    }

    /// From planar maps (`planar[(k * rows + y) * cols + x]`).
    pub fn from_planar(count: usize, rows: usize, cols: usize, planar: &[f32]) -> Self {
        let mut maps = FeatureMaps::zeros(count, rows, cols);
        let n = rows * cols;
        for (p, px) in maps.data.chunks_exact_mut(count.max(1)).enumerate() {
            for (k, v) in px.iter_mut().enumerate() {
                *v = planar[k * n + p];
            }
        }
        maps
    }

    /// The maps one after the other (`[(k * rows + y) * cols + x]`).
    pub fn to_planar(&self) -> Vec<f32> {
        let n = self.pixels();
        let mut planar = vec![0.0f32; self.data.len()];
        for (p, px) in self.data.chunks_exact(self.count.max(1)).enumerate() {
            for (k, &v) in px.iter().enumerate() {
                planar[k * n + p] = v;
            }
        }
        planar
    }
}

/// One layer of OpenFace's CNN format (`CNN::Read`'s layer types 0–4).
#[derive(Clone, Debug, PartialEq)]
pub enum Layer {
    /// Type 0.
    Convolution(Convolution),
    /// Type 1.
    MaxPooling(MaxPooling),
    /// Type 2.
    FullyConnected(FullyConnected),
    /// Type 3: one negative slope per map (or per row of a single map).
    PRelu(Vec<f32>),
    /// Type 4: the logistic function, element-wise.
    Sigmoid,
}

/// Buffers one network evaluation needs, grown on first use and reused afterwards.
#[derive(Clone, Debug, Default)]
pub struct CnnWorkspace {
    current: FeatureMaps,
    next: FeatureMaps,
    im2col: Vec<f32>,
    scratch: Vec<f32>,
}

/// A network in OpenFace's binary CNN format (`PNet.dat`, `RNet.dat`, `ONet.dat`).
#[derive(Clone, Debug, PartialEq)]
pub struct Cnn {
    layers: Vec<Layer>,
}

impl Cnn {
    /// A network from its layers (for other OpenFace CNN formats, e.g. the detection
    /// validator's).
    pub fn new(layers: Vec<Layer>) -> Self {
        Cnn { layers }
    }

    /// Reads a network file (OpenFace's `CNN::Read`).
    ///
    /// # Errors
    /// [`Error::ModelMissing`] when the file does not exist; [`Error::ModelFormat`] naming the
    /// file when it is truncated, has trailing bytes, an unknown layer type, a matrix that is not
    /// 32-bit float, or inconsistent sizes.
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = read_model_bytes(path)?;
        Self::from_bytes(&bytes, path)
    }

    /// Parses a network from the bytes of a file; `path` only names it in errors.
    ///
    /// # Errors
    /// As [`Cnn::read`], without the missing-file case.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Self> {
        let mut r = BinaryModelReader::new(path, bytes);
        let depth = r.count("network depth")?;
        let mut layers = Vec::with_capacity(depth.min(64));
        for index in 0..depth {
            let at = format!("layer {index}");
            let layer = match r.i32()? {
                0 => Layer::Convolution(crate::landmarks::cnn::read_convolution(&mut r, &at)?),
                1 => {
                    let kernel_x = r.count("pooling kernel width")?;
                    let kernel_y = r.count("pooling kernel height")?;
                    let stride_x = r.count("pooling stride x")?;
                    let stride_y = r.count("pooling stride y")?;
                    if kernel_x == 0 || kernel_y == 0 || stride_x == 0 || stride_y == 0 {
                        return Err(r.format_error(format!(
                            "{at}: max pooling {kernel_x}x{kernel_y} stride {stride_x}x{stride_y}"
                        )));
                    }
                    Layer::MaxPooling(MaxPooling {
                        kernel_x,
                        kernel_y,
                        stride_x,
                        stride_y,
                    })
                }
                2 => {
                    Layer::FullyConnected(crate::landmarks::cnn::read_fully_connected(&mut r, &at)?)
                }
                3 => {
                    let (_, _, slopes) = r.matrix_f32("PReLU weights")?;
                    if slopes.is_empty() {
                        return Err(r.format_error(format!("{at}: empty PReLU weights")));
                    }
                    Layer::PRelu(slopes)
                }
                4 => Layer::Sigmoid,
                other => {
                    return Err(r.format_error(format!("{at}: unknown layer type {other}")));
                }
            };
            layers.push(layer);
        }
        r.finish()?;
        Ok(Cnn::new(layers))
    }

    /// The layers in order.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// Runs the network on `input` (OpenFace's `CNN::Inference` after its BGR → RGB split: the
    /// caller passes the maps, for MTCNN red, green, blue) and returns the last layer's maps,
    /// which live in `ws` until its next use. The results are OpenFace's bit for bit on any
    /// CPU: the products are [`sgemm::sgemm_nn`] and [`gemm_f32`].
    ///
    /// # Errors
    /// [`Error::Invalid`] when the input does not fit a layer (wrong map count, smaller than a
    /// kernel); OpenFace has no defined result there. [`Error::OpenCv`] if OpenCV fails.
    pub fn infer<'w>(
        &self,
        input: &FeatureMaps,
        ws: &'w mut CnnWorkspace,
    ) -> Result<&'w FeatureMaps> {
        let mut cur = std::mem::take(&mut ws.current);
        let mut next = std::mem::take(&mut ws.next);
        let mut result = Ok(());
        for (index, layer) in self.layers.iter().enumerate() {
            let src = if index == 0 { input } else { &cur };
            // Element-wise layers work in place on `cur` (a copy of the input only when first).
            let in_place = matches!(layer, Layer::PRelu(_) | Layer::Sigmoid);
            let step = match layer {
                Layer::Convolution(conv) => convolution(src, conv, &mut ws.im2col, &mut next),
                Layer::MaxPooling(pool) => max_pooling(src, pool, &mut next),
                Layer::FullyConnected(fc) => fully_connected(src, fc, &mut ws.scratch, &mut next),
                Layer::PRelu(slopes) => {
                    if index == 0 {
                        cur.clone_from(input);
                    }
                    prelu(&mut cur, slopes)
                }
                Layer::Sigmoid => {
                    if index == 0 {
                        cur.clone_from(input);
                    }
                    sigmoid(&mut cur)
                }
            };
            if let Err(e) = step {
                result = Err(e);
                break;
            }
            if !in_place {
                std::mem::swap(&mut cur, &mut next);
            }
        }
        if self.layers.is_empty() {
            cur.clone_from(input);
        }
        ws.current = cur;
        ws.next = next;
        result.map(|()| &ws.current)
    }
}

/// Direct convolution (OpenFace's `convolution_direct_blas`): "valid" correlation of every
/// kernel with the input maps, plus the bias. Builds OpenFace's im2col matrix in `im2col` (one
/// row per output pixel: for each input map `i` its `kr × kc` window column by column at
/// `i·kr·kc + x·kr + y`, then a one) and multiplies it with the weights through OpenBLAS `sgemm_`
/// exactly as OpenFace does. The product is pixel-major, which is `output`'s layout.
///
/// # Errors
/// [`Error::Invalid`] when the input has another map count than the kernels or is smaller than
/// a kernel.
pub fn convolution(
    input: &FeatureMaps,
    conv: &Convolution,
    im2col: &mut Vec<f32>,
    output: &mut FeatureMaps,
) -> Result<()> {
    let (kr, kc) = (conv.kernel_rows, conv.kernel_cols);
    if input.count != conv.in_maps || input.rows < kr || input.cols < kc {
        return Err(Error::Invalid(format!(
            "convolution of {} maps of {}x{} with {} maps of {kr}x{kc} kernels",
            input.count, input.rows, input.cols, conv.in_maps
        )));
    }
    let out_rows = input.rows - kr + 1;
    let out_cols = input.cols - kc + 1;
    let pixels = out_rows * out_cols;
    let width = conv.in_maps * kr * kc + 1;

    // Column-major: weights are kernels × width, im2col is width × pixels, the product is
    // kernels × pixels, i.e. row-major pixels × kernels (OpenFace's `out` before `out.t()`).
    // The product is formed over ranges of pixels that OpenBLAS rounds as it rounds the whole
    // one, so im2col holds one range at a time.
    output.reshape(conv.kernels, out_rows, out_cols);
    let vector = CpuLevel::get().vector();
    for (first, count) in sgemm::exact_column_ranges(conv.kernels, pixels, IM2COL_PIXELS) {
        // Every value used is written below.
        if im2col.len() < count * width {
            im2col.resize(count * width, 0.0);
        }
        let im2col = &mut im2col[..count * width];
        let range = first..first + count;
        match (kr, kc) {
            (3, 3) => im2col_fixed::<3, 3>(input, out_cols, range, width, im2col),
            (2, 2) => im2col_fixed::<2, 2>(input, out_cols, range, width, im2col),
            _ => im2col_any(input, kr, kc, out_cols, range, width, im2col),
        }
        sgemm::sgemm_nn(
            GemmShape::dense(conv.kernels, count, width),
            &conv.tap_major,
            im2col,
            0.0,
            &mut output.data[first * conv.kernels..(first + count) * conv.kernels],
            vector,
        );
    }
    Ok(())
}

/// Output pixels whose im2col rows are built at a time, at most (3.6 MB for PNet's widest
/// layer).
const IM2COL_PIXELS: usize = 6144;

/// OpenFace's `im2col_multimap` from pixel-major maps: the rows of the output pixels `pixels`
/// (row-major over the `out_cols`-wide output).
fn im2col_any(
    input: &FeatureMaps,
    kr: usize,
    kc: usize,
    out_cols: usize,
    pixels: std::ops::Range<usize>,
    width: usize,
    im2col: &mut [f32],
) {
    let area = kr * kc;
    for (p, row) in pixels.zip(im2col.chunks_exact_mut(width)) {
        let (y, x) = (p / out_cols, p % out_cols);
        for yy in 0..kr {
            for xx in 0..kc {
                let px = input.pixel(y + yy, x + xx);
                for (i, &v) in px.iter().enumerate() {
                    row[i * area + xx * kr + yy] = v;
                }
            }
        }
        row[width - 1] = 1.0;
    }
}

/// [`im2col_any`] for a kernel size known at compile time (the same rows, built faster).
fn im2col_fixed<const KR: usize, const KC: usize>(
    input: &FeatureMaps,
    out_cols: usize,
    pixels: std::ops::Range<usize>,
    width: usize,
    im2col: &mut [f32],
) {
    let count = input.count;
    let line = input.cols * count;
    let mut rows = im2col.chunks_exact_mut(width);
    let mut p = pixels.start;
    while p < pixels.end {
        let (y, x0) = (p / out_cols, p % out_cols);
        let x1 = out_cols.min(x0 + (pixels.end - p));
        let src: [&[f32]; KR] = std::array::from_fn(|yy| &input.data[(y + yy) * line..][..line]);
        for (x, row) in (x0..x1).zip(&mut rows) {
            for (i, window) in row[..count * KR * KC].chunks_exact_mut(KR * KC).enumerate() {
                for xx in 0..KC {
                    for yy in 0..KR {
                        window[xx * KR + yy] = src[yy][(x + xx) * count + i];
                    }
                }
            }
            row[width - 1] = 1.0;
        }
        p += x1 - x0;
    }
}

/// Max pooling (OpenFace's `max_pooling`): output size [`MaxPooling::output_size`], windows
/// clipped at the border;
/// each output is the element OpenFace's scan keeps (columns outer, rows inner, starting from
/// `−FLT_MAX`, replaced only by a strictly larger value).
///
/// # Errors
/// [`Error::Invalid`] when the output would be empty (input smaller than the window).
pub fn max_pooling(input: &FeatureMaps, pool: &MaxPooling, output: &mut FeatureMaps) -> Result<()> {
    let (out_y, out_x) = pool.output_size(input.rows, input.cols);
    if out_x <= 0 || out_y <= 0 {
        return Err(Error::Invalid(format!(
            "max pooling {}x{} over maps of {}x{}",
            pool.kernel_x, pool.kernel_y, input.rows, input.cols
        )));
    }
    let (out_x, out_y) = (out_x as usize, out_y as usize);
    output.reshape(input.count, out_y, out_x);
    let (rows, cols, count) = (input.rows, input.cols, input.count);
    let (sx, sy, kx, ky) = (pool.stride_x, pool.stride_y, pool.kernel_x, pool.kernel_y);
    // OpenFace's outputs start at zero; all are written unless the stride exceeds twice the
    // window.
    if (out_x - 1) * sx >= cols || (out_y - 1) * sy >= rows {
        output.data.fill(0.0);
    }
    let (fill_x, fill_y) = (out_x.min(cols.div_ceil(sx)), out_y.min(rows.div_ceil(sy)));
    // Separable: down each column of the window the first strict maximum, then across the
    // columns the first strict maximum of those. That is the first occurrence, in OpenFace's scan
    // order, of the window's largest value: the same element. The column maxima are never NaN
    // nor below −FLT_MAX, so the first select across columns always yields the first column.
    // One buffer of a row per call.
    let line = cols * count;
    let mut column_max = vec![0.0f32; line];
    for oy in 0..fill_y {
        let y = oy * sy;
        column_max.fill(-f32::MAX);
        for yi in y..rows.min(y + ky) {
            let src_row = &input.data[yi * line..][..line];
            for (best, &v) in column_max.iter_mut().zip(src_row) {
                *best = if v > *best { v } else { *best };
            }
        }
        for ox in 0..fill_x {
            let x = ox * sx;
            let dst = &mut output.data[(oy * out_x + ox) * count..][..count];
            dst.copy_from_slice(&column_max[x * count..][..count]);
            for xi in x + 1..cols.min(x + kx) {
                let col = &column_max[xi * count..][..count];
                for (best, &v) in dst.iter_mut().zip(col) {
                    *best = if v > *best { v } else { *best };
                }
            }
        }
    }
    Ok(())
}

/// Parametric ReLU in place (OpenFace's `PReLU`): `v ≥ 0 ? v : v·slope`. With several maps,
/// map `k` uses `slopes[k]`; with a single map (after a fully connected layer), row `k` does.
///
/// # Errors
/// [`Error::Invalid`] when there are fewer slopes than maps (or, for one map, more slopes than
/// rows).
pub fn prelu(maps: &mut FeatureMaps, slopes: &[f32]) -> Result<()> {
    // `v >= 0 ? v : v * slope`, computed as a select on both values so that it vectorises
    // instead of branching on the sign (NaN and −0 as OpenFace).
    let apply = |v: f32, slope: f32| {
        let scaled = v * slope;
        if v >= 0.0 {
            v
        } else {
            scaled
        }
    };
    if maps.count > 1 {
        if slopes.len() < maps.count {
            return Err(Error::Invalid(format!(
                "PReLU with {} slopes on {} maps",
                slopes.len(),
                maps.count
            )));
        }
        let slopes = &slopes[..maps.count];
        const LANES: usize = 8;
        for px in maps.data.chunks_exact_mut(maps.count) {
            let mut values = px.chunks_exact_mut(LANES);
            let mut slope_lanes = slopes.chunks_exact(LANES);
            for (v, s) in (&mut values).zip(&mut slope_lanes) {
                let v: &mut [f32; LANES] = v.try_into().unwrap_or_else(|_| unreachable!());
                let s: &[f32; LANES] = s.try_into().unwrap_or_else(|_| unreachable!());
                for i in 0..LANES {
                    v[i] = apply(v[i], s[i]);
                }
            }
            for (v, &slope) in values
                .into_remainder()
                .iter_mut()
                .zip(slope_lanes.remainder())
            {
                *v = apply(*v, slope);
            }
        }
    } else {
        if maps.count == 0 || slopes.len() > maps.rows {
            return Err(Error::Invalid(format!(
                "PReLU with {} slopes on a map of {} rows",
                slopes.len(),
                maps.rows
            )));
        }
        let cols = maps.cols.max(1);
        for (row, &slope) in maps.data.chunks_exact_mut(cols).zip(slopes) {
            for v in row {
                *v = apply(*v, slope);
            }
        }
    }
    Ok(())
}

/// Fully connected layer (OpenFace's `fully_connected`), three cases as OpenFace:
/// * several maps, as many as the layer has inputs: a 1×1 convolution — `cv::gemm` of the
///   weights with the maps as rows, then each output map's bias added in float;
/// * several maps otherwise: every map flattened column by column, concatenated, and
///   `cv::gemm(W, x, 1, b, 1)`; the result is one `outputs × 1` map;
/// * one `inputs × 1` map: `cv::gemm(W, x, 1, b, 1)`, transposed to one `1 × outputs` map.
///
/// `scratch` is reused between calls.
///
/// # Errors
/// [`Error::Invalid`] when the input size does not fit the weights; [`Error::OpenCv`] if OpenCV
/// fails.
pub fn fully_connected(
    input: &FeatureMaps,
    fc: &FullyConnected,
    scratch: &mut Vec<f32>,
    output: &mut FeatureMaps,
) -> Result<()> {
    let mismatch = || {
        Error::Invalid(format!(
            "fully connected layer with {} inputs on {} maps of {}x{}",
            fc.inputs, input.count, input.rows, input.cols
        ))
    };
    let n = input.pixels();
    if input.count > 1 && input.count == fc.inputs {
        // OpenCV's product needs the maps as rows (planar) and gives the outputs as rows.
        if scratch.len() < n * (fc.inputs + fc.outputs) {
            scratch.resize(n * (fc.inputs + fc.outputs), 0.0);
        }
        let (planar_in, planar_out) = scratch.split_at_mut(n * fc.inputs);
        let planar_out = &mut planar_out[..n * fc.outputs];
        transpose(&input.data, n, fc.inputs, planar_in);
        opencv_gemm(
            &fc.weights,
            fc.outputs,
            fc.inputs,
            planar_in,
            n,
            None,
            planar_out,
        )?;
        for (map, &bias) in planar_out.chunks_exact_mut(n.max(1)).zip(&fc.biases) {
            for v in map {
                *v += bias;
            }
        }
        output.reshape(fc.outputs, input.rows, input.cols);
        transpose(planar_out, fc.outputs, n, &mut output.data);
    } else {
        // One column: every map flattened column by column (an `outputs × 1` result), or the
        // single `inputs × 1` map (the result transposed to `1 × outputs`).
        let column: &[f32] = if input.count > 1 {
            if input.count * n != fc.inputs {
                return Err(mismatch());
            }
            scratch.clear();
            for k in 0..input.count {
                for x in 0..input.cols {
                    scratch.extend((0..input.rows).map(|y| input.at(k, y, x)));
                }
            }
            output.reshape(1, fc.outputs, 1);
            scratch
        } else {
            if input.count != 1 || input.rows != fc.inputs || input.cols != 1 {
                return Err(mismatch());
            }
            output.reshape(1, 1, fc.outputs);
            &input.data
        };
        let biases = Some(fc.biases.as_slice());
        opencv_gemm(
            &fc.weights,
            fc.outputs,
            fc.inputs,
            column,
            1,
            biases,
            &mut output.data,
        )?;
    }
    Ok(())
}

/// `dst (cols × rows) = srcᵀ` for a row-major `rows × cols` `src`, in cache-sized tiles.
fn transpose(src: &[f32], rows: usize, cols: usize, dst: &mut [f32]) {
    const TILE: usize = 16;
    for r0 in (0..rows).step_by(TILE) {
        let r1 = (r0 + TILE).min(rows);
        for c0 in (0..cols).step_by(TILE) {
            for c in c0..(c0 + TILE).min(cols) {
                for (r, d) in (r0..r1).zip(&mut dst[c * rows + r0..c * rows + r1]) {
                    *d = src[r * cols + c];
                }
            }
        }
    }
}

/// The logistic function in place (OpenFace's layer type 4): `1 / (1 + cv::exp(−v))` in float.
///
/// # Errors
/// [`Error::OpenCv`] if OpenCV fails.
pub fn sigmoid(maps: &mut FeatureMaps) -> Result<()> {
    sigmoid_values(&mut maps.data)
}

/// [`sigmoid`] on plain values.
fn sigmoid_values(values: &mut [f32]) -> Result<()> {
    let negated: Vec<f32> = values.iter().map(|&v| -v).collect();
    let mut e = Vec::new();
    opencv_exp(&negated, &mut e)?;
    for (v, e) in values.iter_mut().zip(e) {
        *v = 1.0 / (1.0 + e);
    }
    Ok(())
}

/// `out = cv::exp(src)` element-wise as OpenCV 4.6 computes it for one continuous float
/// matrix of `src.len()` values ([`math::opencv_exp_f32_slice`]: OpenCV's own exponential,
/// which differs from the C library's `expf` in the last bit now and then).
///
/// # Errors
/// None; the `Result` keeps the layer functions uniform.
pub fn opencv_exp(src: &[f32], out: &mut Vec<f32>) -> Result<()> {
    out.resize(src.len(), 0.0);
    math::opencv_exp_f32_slice(src, out);
    Ok(())
}

/// `out = A·B (+ C)` as `cv::gemm(A, B, 1, C, 1 or 0)` computes it ([`gemm_f32`]), all
/// row-major: `a` is `a_rows × a_cols`, `b` is `a_cols × b_cols`, `c` (if any) and `out` are
/// `a_rows × b_cols`. This is how OpenFace's `cv::Mat` expressions `W * x` and `W * x + b`
/// evaluate.
///
/// # Errors
/// None; the `Result` keeps the layer functions uniform.
fn opencv_gemm(
    a: &[f32],
    a_rows: usize,
    a_cols: usize,
    b: &[f32],
    b_cols: usize,
    c: Option<&[f32]>,
    out: &mut [f32],
) -> Result<()> {
    thread_local! {
        // The double accumulators of one result row: grown to the widest product, then reused.
        static ACC: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    ACC.with_borrow_mut(|acc| gemm_f32(a, (a_rows, a_cols), b, b_cols, c, out, acc));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::reference;
    use super::*;
    use crate::landmarks::cnn::PlanarMaps;

    use crate::test_support::Rng;

    /// Random maps from the shared test generator.
    trait RandomMaps {
        fn maps(&mut self, count: usize, rows: usize, cols: usize) -> FeatureMaps;
    }

    impl RandomMaps for Rng {
        fn maps(&mut self, count: usize, rows: usize, cols: usize) -> FeatureMaps {
            let mut m = FeatureMaps::zeros(count, rows, cols);
            m.data.iter_mut().for_each(|v| *v = self.next());
            m
        }
    }

    fn planar(m: &FeatureMaps) -> PlanarMaps {
        PlanarMaps {
            count: m.count,
            rows: m.rows,
            cols: m.cols,
            data: m.to_planar(),
        }
    }

    fn assert_same_bits(ours: &FeatureMaps, oracle: &PlanarMaps, what: &str) {
        assert_eq!(
            (ours.count, ours.rows, ours.cols),
            (oracle.count, oracle.rows, oracle.cols),
            "{what}: shape"
        );
        let ours = ours.to_planar();
        let differing = ours
            .iter()
            .zip(&oracle.data)
            .filter(|(a, b)| a.to_bits() != b.to_bits())
            .count();
        assert_eq!(
            differing, 0,
            "{what}: {differing} values differ from the plain port"
        );
    }

    fn models_dir() -> std::path::PathBuf {
        crate::test_support::shared_dir().join("models/openface-2.2/model/mtcnn_detector")
    }

    /// The optimised networks against the plain planar port, bit for bit, on OpenFace's three
    /// MTCNN networks (PNet at several sizes, odd ones included).
    #[test]
    fn networks_match_plain_port() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut ws = CnnWorkspace::default();
        for (file, sizes) in [
            ("PNet.dat", vec![(12, 12), (13, 17), (48, 64), (97, 129)]),
            ("RNet.dat", vec![(24, 24)]),
            ("ONet.dat", vec![(48, 48)]),
        ] {
            let net = Cnn::read(&models_dir().join(file)).unwrap();
            for (rows, cols) in sizes {
                let input = rng.maps(3, rows, cols);
                let ours = net.infer(&input, &mut ws).unwrap().clone();
                let oracle = reference::infer(&net, &planar(&input)).unwrap();
                assert_same_bits(&ours, &oracle, &format!("{file} on {rows}x{cols}"));
            }
        }
    }

    /// Convolution against the textbook definition, summed in double (the sgemm result must be
    /// within float rounding of it), and against the plain port bit for bit, for kernel sizes
    /// with and without a specialised im2col.
    #[test]
    fn convolution_matches_definition() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for (in_maps, kernels, kr, kc) in [(3, 4, 3, 2), (2, 3, 3, 3), (4, 2, 2, 2)] {
            let kernel_values: Vec<f32> = (0..in_maps * kernels * kr * kc)
                .map(|_| rng.next())
                .collect();
            let biases: Vec<f32> = (0..kernels).map(|_| rng.next()).collect();
            let conv = Convolution::from_kernels(in_maps, kernels, kr, kc, &kernel_values, &biases)
                .unwrap();
            let input = rng.maps(in_maps, 7, 5);
            let (mut im2col, mut out) = (Vec::new(), FeatureMaps::default());
            convolution(&input, &conv, &mut im2col, &mut out).unwrap();
            let (out_rows, out_cols) = (7 - kr + 1, 5 - kc + 1);
            assert_eq!(
                (out.count, out.rows, out.cols),
                (kernels, out_rows, out_cols)
            );
            for k in 0..kernels {
                for y in 0..out_rows {
                    for x in 0..out_cols {
                        let mut s = f64::from(biases[k]);
                        for i in 0..in_maps {
                            let kern = &kernel_values[(i * kernels + k) * kr * kc..];
                            for yy in 0..kr {
                                for xx in 0..kc {
                                    s += f64::from(kern[yy * kc + xx])
                                        * f64::from(input.at(i, y + yy, x + xx));
                                }
                            }
                        }
                        let got = out.at(k, y, x);
                        assert!((f64::from(got) - s).abs() < 1e-5, "{got} vs {s}");
                    }
                }
            }
            let net = Cnn {
                layers: vec![Layer::Convolution(conv.clone())],
            };
            let oracle = reference::infer(&net, &planar(&input)).unwrap();
            assert_same_bits(&out, &oracle, &format!("{kr}x{kc} convolution"));
        }
    }

    /// Max pooling against the plain scan, including ties between −0 and +0 (the scan keeps the
    /// first), NaN (never kept) and partial windows.
    #[test]
    fn max_pooling_matches_scan() {
        let mut rng = Rng(7);
        let specials = [
            0.0f32,
            -0.0,
            f32::NAN,
            -f32::MAX,
            f32::NEG_INFINITY,
            1.0,
            1.0,
        ];
        for (kx, ky, sx, sy, rows, cols) in [
            (2, 2, 2, 2, 9, 11),
            (3, 3, 2, 2, 22, 22),
            (3, 3, 2, 2, 21, 23),
            (3, 2, 1, 2, 5, 6),
            (1, 1, 3, 3, 7, 8),
        ] {
            let mut input = rng.maps(3, rows, cols);
            for v in input.data.iter_mut() {
                let r = rng.next();
                if r > 0.3 {
                    *v = specials[((r - 0.3) * 10.0) as usize % specials.len()];
                }
            }
            let pool = MaxPooling {
                kernel_x: kx,
                kernel_y: ky,
                stride_x: sx,
                stride_y: sy,
            };
            let mut out = FeatureMaps::default();
            max_pooling(&input, &pool, &mut out).unwrap();
            let net = Cnn {
                layers: vec![Layer::MaxPooling(pool)],
            };
            let oracle = reference::infer(&net, &planar(&input)).unwrap();
            assert_same_bits(
                &out,
                &oracle,
                &format!("pool {kx}x{ky}/{sx}x{sy} on {rows}x{cols}"),
            );
        }
    }

    #[test]
    fn max_pooling_caffe_size_and_partial_windows() {
        // 5 columns, kernel 2, stride 2: round(1.5) + 1 = 3 outputs, the last over one column.
        let input = FeatureMaps {
            count: 1,
            rows: 1,
            cols: 5,
            data: vec![1.0, 3.0, -2.0, -5.0, 4.0],
        };
        let mut out = FeatureMaps::default();
        let pool = MaxPooling {
            kernel_x: 2,
            kernel_y: 1,
            stride_x: 2,
            stride_y: 1,
        };
        max_pooling(&input, &pool, &mut out).unwrap();
        assert_eq!(out.data, vec![3.0, -2.0, 4.0]);
        // 22 with kernel 3 stride 2 → round(9.5) + 1 = 11 (half away from zero).
        let input = FeatureMaps::zeros(2, 22, 22);
        let pool = MaxPooling {
            kernel_x: 3,
            kernel_y: 3,
            stride_x: 2,
            stride_y: 2,
        };
        max_pooling(&input, &pool, &mut out).unwrap();
        assert_eq!((out.count, out.rows, out.cols), (2, 11, 11));
        let tiny = FeatureMaps::zeros(1, 1, 1);
        assert!(max_pooling(&tiny, &pool, &mut out).is_err());
    }

    #[test]
    fn prelu_per_map_and_per_row() {
        // Two maps of 1×2, pixel-major: pixel 0 = (−1, −4), pixel 1 = (2, 0).
        let mut maps = FeatureMaps {
            count: 2,
            rows: 1,
            cols: 2,
            data: vec![-1.0, -4.0, 2.0, 0.0],
        };
        prelu(&mut maps, &[0.5, 0.25]).unwrap();
        assert_eq!(maps.data, vec![-0.5, -1.0, 2.0, 0.0]);
        let mut column = FeatureMaps {
            count: 1,
            rows: 2,
            cols: 1,
            data: vec![-1.0, -1.0],
        };
        prelu(&mut column, &[0.5, 0.25]).unwrap();
        assert_eq!(column.data, vec![-0.5, -0.25]);
        assert!(prelu(&mut maps, &[0.5]).is_err());
    }

    /// The three shapes of OpenFace's `fully_connected`, against plain sums and the plain port.
    #[test]
    fn fully_connected_cases() {
        let mut rng = Rng(42);
        let mut scratch = Vec::new();
        let mut out = FeatureMaps::default();
        // 1×1 convolution: 3 maps of 2×2 → 2 maps.
        let w: Vec<f32> = (0..6).map(|_| rng.next()).collect();
        let b = vec![0.5, -0.25];
        let fc = FullyConnected::new(3, 2, w.clone(), b.clone()).unwrap();
        let input = rng.maps(3, 2, 2);
        fully_connected(&input, &fc, &mut scratch, &mut out).unwrap();
        assert_eq!((out.count, out.rows, out.cols), (2, 2, 2));
        for o in 0..2 {
            for (y, x) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                let s: f32 = (0..3)
                    .map(|i| w[o * 3 + i] * input.at(i, y, x))
                    .sum::<f32>()
                    + b[o];
                assert!((out.at(o, y, x) - s).abs() < 1e-6);
            }
        }
        let net = Cnn {
            layers: vec![Layer::FullyConnected(fc)],
        };
        let oracle = reference::infer(&net, &planar(&input)).unwrap();
        assert_same_bits(&out, &oracle, "1x1 convolution");

        // Flattening: 2 maps of 2×3 (column by column) → 4 outputs in one column.
        let w: Vec<f32> = (0..48).map(|_| rng.next()).collect();
        let b: Vec<f32> = (0..4).map(|_| rng.next()).collect();
        let fc = FullyConnected::new(12, 4, w.clone(), b.clone()).unwrap();
        let input = rng.maps(2, 2, 3);
        fully_connected(&input, &fc, &mut scratch, &mut out).unwrap();
        assert_eq!((out.count, out.rows, out.cols), (1, 4, 1));
        let flat: Vec<f32> = (0..2)
            .flat_map(|k| (0..3).flat_map(move |x| (0..2).map(move |y| (k, y, x))))
            .map(|(k, y, x)| input.at(k, y, x))
            .collect();
        for o in 0..4 {
            let s: f32 = (0..12).map(|i| w[o * 12 + i] * flat[i]).sum::<f32>() + b[o];
            assert!((out.data[o] - s).abs() < 1e-5);
        }
        // A single column → one row.
        let column = FeatureMaps {
            count: 1,
            rows: 4,
            cols: 1,
            data: out.data.clone(),
        };
        let w: Vec<f32> = (0..8).map(|_| rng.next()).collect();
        let fc = FullyConnected::new(4, 2, w.clone(), vec![0.0, 1.0]).unwrap();
        fully_connected(&column, &fc, &mut scratch, &mut out).unwrap();
        assert_eq!((out.count, out.rows, out.cols), (1, 1, 2));
        let s: f32 = (0..4).map(|i| w[4 + i] * column.data[i]).sum::<f32>() + 1.0;
        assert!((out.data[1] - s).abs() < 1e-5);
        // Wrong sizes are errors, not panics.
        let bad = FeatureMaps::zeros(1, 3, 2);
        assert!(fully_connected(&bad, &fc, &mut scratch, &mut out).is_err());
    }

    #[test]
    fn layout_round_trip() {
        let mut rng = Rng(3);
        let m = rng.maps(4, 3, 5);
        let back = FeatureMaps::from_planar(4, 3, 5, &m.to_planar());
        assert_eq!(back, m);
        assert_eq!(m.to_planar()[(2 * 3 + 1) * 5 + 4], m.at(2, 1, 4));
    }

    #[test]
    fn corrupt_files_are_model_format_errors() {
        let path = Path::new("PNet.dat");
        // Truncated in the middle of a layer.
        let mut bytes = Vec::new();
        for v in [1i32, 3, 1] {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        let err = Cnn::from_bytes(&bytes, path).unwrap_err();
        assert!(matches!(err, Error::ModelFormat { .. }), "{err}");
        assert!(err.to_string().contains("PNet.dat"));
        // Unknown layer type.
        let bytes: Vec<u8> = [1i32, 9].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert!(matches!(
            Cnn::from_bytes(&bytes, path),
            Err(Error::ModelFormat { .. })
        ));
        // A sigmoid-only network with trailing bytes.
        let bytes: Vec<u8> = [1i32, 4, 0].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert!(matches!(
            Cnn::from_bytes(&bytes, path),
            Err(Error::ModelFormat { .. })
        ));
        // A non-float matrix.
        let bytes: Vec<u8> = [1i32, 3, 1, 1, 0]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        assert!(matches!(
            Cnn::from_bytes(&bytes, path),
            Err(Error::ModelFormat { .. })
        ));
        // Empty file.
        assert!(matches!(
            Cnn::from_bytes(&[], path),
            Err(Error::ModelFormat { .. })
        ));
    }
}
