//! OpenFace 2.2's small convolutional networks (`CNN_utils.cpp` layers): the layer types and
//! their reading from OpenFace's binary files.
//!
//! Two OpenFace classes run these layers, and each has its own evaluation here, because
//! OpenFace's numbers come out of each in a different way:
//!
//! * `landmarks::mtcnn::network`: the face detector's `CNN` (`FaceDetectorMTCNN.cpp`). OpenFace
//!   sets OpenBLAS to one thread when it reads these networks; the convolutions are
//!   `crate::numeric::sgemm`'s single-threaded OpenBLAS sums, the fully connected layers and the
//!   sigmoid OpenCV's (`crate::numeric::opencv`, `crate::numeric::math`). Maps are stored pixel
//!   by pixel.
//! * `landmarks::validator::network`: the landmark detection validator's networks
//!   (`DetectionValidator::CheckCNN`). OpenFace's reference output was made with OpenBLAS's
//!   threaded driver, which cuts these products into other blocks than one thread does; so the
//!   convolutions reproduce that summation order in Rust (with AVX2 kernels), and the fully
//!   connected layers reproduce OpenCV's own float product. Maps are planar ([`PlanarMaps`]).
//!
//! Both read layer types 0 (convolution) and 2 (fully connected) from the same bytes into the
//! same [`Convolution`] and [`FullyConnected`]; they differ in types 1 and 3 (MTCNN: max
//! pooling with its own window and PReLU; the validator: 2×2 pooling and ReLU, no parameters).

use crate::error::{Error, Result};
use crate::io::model_file::BinaryModelReader;

/// A stack of equally sized float maps (OpenFace's `std::vector<cv::Mat_<float>>`), map after
/// map, each row-major: map `k`, row `y`, column `x` at `data[(k * rows + y) * cols + x]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanarMaps {
    /// Number of maps.
    pub count: usize,
    pub rows: usize,
    pub cols: usize,
    /// `count * rows * cols` values.
    pub data: Vec<f32>,
}

impl PlanarMaps {
    /// Resizes to `count` maps of `rows × cols` (allocates only when growing; values are left
    /// as they are).
    pub fn reshape(&mut self, count: usize, rows: usize, cols: usize) {
        self.count = count;
        self.rows = rows;
        self.cols = cols;
        self.data.resize(count * rows * cols, 0.0);
    }

    /// Map `i`, row-major.
    #[inline]
    pub fn map(&self, i: usize) -> &[f32] {
        let n = self.rows * self.cols;
        &self.data[i * n..(i + 1) * n]
    }

    /// Map `i`, row-major, mutable.
    #[inline]
    pub fn map_mut(&mut self, i: usize) -> &mut [f32] {
        let n = self.rows * self.cols;
        &mut self.data[i * n..(i + 1) * n]
    }

    /// The input of OpenFace's `fully_connected` on several maps, into `out` (cleared): every
    /// map column by column (OpenFace transposes, then reshapes to one column), map after map.
    pub fn flatten_columns(&self, out: &mut Vec<f32>) {
        out.clear();
        for m in 0..self.count {
            let map = self.map(m);
            for x in 0..self.cols {
                out.extend((0..self.rows).map(|y| map[y * self.cols + x]));
            }
        }
    }
}

/// Max pooling window and stride, in pixels (OpenFace's `max_pooling` arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaxPooling {
    pub kernel_x: usize,
    pub kernel_y: usize,
    pub stride_x: usize,
    pub stride_y: usize,
}

impl MaxPooling {
    /// The validator's pooling layers: a 2×2 window, stride 2.
    pub const TWO_BY_TWO: MaxPooling = MaxPooling {
        kernel_x: 2,
        kernel_y: 2,
        stride_x: 2,
        stride_y: 2,
    };

    /// Output `(rows, cols)` for maps of `rows × cols`: `round((n − k) / s) + 1` per axis, in
    /// float, halves away from zero ("to match caffe"); zero or negative when the window does
    /// not fit.
    pub fn output_size(&self, rows: usize, cols: usize) -> (i64, i64) {
        let out =
            |n: usize, k: usize, s: usize| ((n as f32 - k as f32) / s as f32).round() as i64 + 1;
        (
            out(rows, self.kernel_y, self.stride_y),
            out(cols, self.kernel_x, self.stride_x),
        )
    }
}

/// OpenFace's `max_pooling` on planar maps: output size [`MaxPooling::output_size`] (an empty
/// output when that is not positive), windows clipped at the border, each output the element
/// OpenFace's scan keeps (columns outer, rows inner, from `−FLT_MAX`, replaced only by a strictly
/// larger value); an output whose window starts outside the input keeps OpenFace's initial 0.
pub fn max_pooling_planar(input: &PlanarMaps, pool: &MaxPooling, output: &mut PlanarMaps) {
    let (out_rows, out_cols) = pool.output_size(input.rows, input.cols);
    let (out_rows, out_cols) = (out_rows.max(0) as usize, out_cols.max(0) as usize);
    let (kx, ky, sx, sy) = (pool.kernel_x, pool.kernel_y, pool.stride_x, pool.stride_y);
    output.reshape(input.count, out_rows, out_cols);
    for m in 0..input.count {
        let src = input.map(m);
        let dst = output.map_mut(m);
        for oy in 0..out_rows {
            let y = oy * sy;
            let y_end = input.rows.min(y + ky);
            for ox in 0..out_cols {
                let x = ox * sx;
                let x_end = input.cols.min(x + kx);
                if x >= input.cols || y >= input.rows {
                    dst[oy * out_cols + ox] = 0.0;
                    continue;
                }
                if x_end - x == 2 && y_end - y == 2 {
                    // A full 2×2 window (the validator's), the same comparisons unrolled.
                    let (top, bottom) = (y * input.cols + x, (y + 1) * input.cols + x);
                    let mut best = -f32::MAX;
                    for v in [src[top], src[bottom], src[top + 1], src[bottom + 1]] {
                        best = if v > best { v } else { best };
                    }
                    dst[oy * out_cols + ox] = best;
                    continue;
                }
                // Column by column, as OpenFace compares (the order matters only for ±0).
                let mut best = -f32::MAX;
                for xi in x..x_end {
                    for yi in y..y_end {
                        let v = src[yi * input.cols + xi];
                        if v > best {
                            best = v;
                        }
                    }
                }
                dst[oy * out_cols + ox] = best;
            }
        }
    }
}

/// A convolutional layer as `convolution_direct_blas` computes it ("valid" correlation, stride
/// 1, one bias per kernel), with its weights in the two layouts the evaluations use.
///
/// The taps are in OpenFace's `im2col_multimap` order: tap `c = i·kr·kc + x·kr + y` is input
/// map `i`, kernel row `y`, column `x` (`T = in_maps·kr·kc` taps, the bias term last).
#[derive(Clone, Debug, PartialEq)]
pub struct Convolution {
    pub(crate) in_maps: usize,
    pub(crate) kernels: usize,
    pub(crate) kernel_rows: usize,
    pub(crate) kernel_cols: usize,
    /// `(T + 1) × kernels`, row-major (OpenFace's `cnn_convolutional_layers_weights`, the
    /// `sgemm_` operand): row `c` holds every kernel's tap `c`, the last row the biases.
    pub(crate) tap_major: Vec<f32>,
    /// `kernels × T`, row-major: kernel `k`'s taps in order (the validator's chains).
    pub(crate) kernel_major: Vec<f32>,
    pub(crate) biases: Vec<f32>,
    /// Tap-major for the first eight kernels (zero beyond `kernels`), with the biases as tap
    /// `T`: OpenBLAS's 8-row panel, for the validator's interleaved tiles.
    pub(crate) panel: Vec<[f32; 8]>,
    /// Where OpenBLAS's threaded driver cuts each output's sum of `T + 1` terms (the
    /// validator's order, [`crate::numeric::openblas::openblas_k_blocks`]).
    pub(crate) k_blocks: Vec<usize>,
}

impl Convolution {
    /// Builds a layer from OpenFace's storage: `kernel_values[((i * kernels) + k) *
    /// kernel_rows * kernel_cols ..]` is the `kernel_rows × kernel_cols` kernel (row-major)
    /// applied to input map `i` for output map `k` (the file's order); one bias per kernel.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a dimension is zero or the slices do not have those lengths.
    pub fn from_kernels(
        in_maps: usize,
        kernels: usize,
        kernel_rows: usize,
        kernel_cols: usize,
        kernel_values: &[f32],
        biases: &[f32],
    ) -> Result<Self> {
        let area = kernel_rows * kernel_cols;
        if in_maps == 0 || kernels == 0 || area == 0 {
            return Err(Error::Invalid(format!(
                "convolution with {in_maps} input maps, {kernels} kernels of {kernel_rows}x{kernel_cols}"
            )));
        }
        if kernel_values.len() != in_maps * kernels * area || biases.len() != kernels {
            return Err(Error::Invalid(format!(
                "convolution weights: {} kernel values and {} biases for {in_maps}x{kernels} kernels of {kernel_rows}x{kernel_cols}",
                kernel_values.len(),
                biases.len()
            )));
        }
        let taps = in_maps * area;
        let mut tap_major = vec![0.0f32; (taps + 1) * kernels];
        let mut kernel_major = vec![0.0f32; taps * kernels];
        for i in 0..in_maps {
            for k in 0..kernels {
                let kernel = &kernel_values[(i * kernels + k) * area..][..area];
                for y in 0..kernel_rows {
                    for x in 0..kernel_cols {
                        let c = i * area + x * kernel_rows + y;
                        let w = kernel[y * kernel_cols + x];
                        tap_major[c * kernels + k] = w;
                        kernel_major[k * taps + c] = w;
                    }
                }
            }
        }
        tap_major[taps * kernels..].copy_from_slice(biases);
        let mut panel = vec![[0.0f32; 8]; taps + 1];
        for (c, lanes) in panel.iter_mut().enumerate() {
            let row = &tap_major[c * kernels..][..kernels.min(8)];
            lanes[..row.len()].copy_from_slice(row);
        }
        Ok(Convolution {
            in_maps,
            kernels,
            kernel_rows,
            kernel_cols,
            tap_major,
            kernel_major,
            biases: biases.to_vec(),
            panel,
            k_blocks: crate::numeric::openblas::openblas_k_blocks(taps + 1),
        })
    }

    /// Number of input maps expected.
    pub fn in_maps(&self) -> usize {
        self.in_maps
    }

    /// Number of kernels (output maps).
    pub fn kernels(&self) -> usize {
        self.kernels
    }

    /// Kernel size as `(rows, cols)`.
    pub fn kernel_size(&self) -> (usize, usize) {
        (self.kernel_rows, self.kernel_cols)
    }

    /// Terms of each output's sum: the taps plus the bias.
    pub fn terms(&self) -> usize {
        self.in_maps * self.kernel_rows * self.kernel_cols + 1
    }

    /// Output size for an input of `rows × cols`, `None` if the input is smaller than a kernel.
    pub fn output_size(&self, rows: usize, cols: usize) -> Option<(usize, usize)> {
        (rows >= self.kernel_rows && cols >= self.kernel_cols)
            .then(|| (rows - self.kernel_rows + 1, cols - self.kernel_cols + 1))
    }
}

/// A fully connected layer: `outputs × inputs` weights (row-major, OpenFace's transposed
/// `cnn_fully_connected_layers_weights`) and one bias per output.
#[derive(Clone, Debug, PartialEq)]
pub struct FullyConnected {
    pub(crate) inputs: usize,
    pub(crate) outputs: usize,
    pub(crate) weights: Vec<f32>,
    pub(crate) biases: Vec<f32>,
}

impl FullyConnected {
    /// From `outputs × inputs` row-major weights and `outputs` biases.
    ///
    /// # Errors
    /// [`Error::Invalid`] when a dimension is zero or the lengths do not match.
    pub fn new(inputs: usize, outputs: usize, weights: Vec<f32>, biases: Vec<f32>) -> Result<Self> {
        if inputs == 0
            || outputs == 0
            || weights.len() != inputs * outputs
            || biases.len() != outputs
        {
            return Err(Error::Invalid(format!(
                "fully connected layer {inputs} -> {outputs} with {} weights and {} biases",
                weights.len(),
                biases.len()
            )));
        }
        Ok(FullyConnected {
            inputs,
            outputs,
            weights,
            biases,
        })
    }

    /// From OpenFace's storage: `stored` is `inputs × outputs`, row-major (as in the model
    /// file), one bias per output.
    ///
    /// # Errors
    /// As [`FullyConnected::new`].
    pub fn from_stored(
        inputs: usize,
        outputs: usize,
        stored: &[f32],
        biases: &[f32],
    ) -> Result<Self> {
        if stored.len() != inputs * outputs {
            return Self::new(inputs, outputs, stored.to_vec(), biases.to_vec());
        }
        let mut transposed = vec![0.0f32; inputs * outputs];
        for i in 0..inputs {
            for o in 0..outputs {
                transposed[o * inputs + i] = stored[i * outputs + o];
            }
        }
        Self::new(inputs, outputs, transposed, biases.to_vec())
    }

    /// Number of inputs (weight columns).
    pub fn inputs(&self) -> usize {
        self.inputs
    }

    /// Number of outputs (weight rows).
    pub fn outputs(&self) -> usize {
        self.outputs
    }
}

/// Layer type 0 of OpenFace's CNN files (`CNN::Read`, `DetectionValidator::Read`): `int32`
/// input maps and kernels, one `float` bias per kernel, then the kernels as `ReadMatBin` float
/// matrices, input map by input map. `at` names the layer in errors.
///
/// # Errors
/// [`Error::ModelFormat`] naming the file when the layer is truncated, implausibly large, or its
/// kernels are not float or differ in size.
pub fn read_convolution(r: &mut BinaryModelReader, at: &str) -> Result<Convolution> {
    let in_maps = r.count("input map count")?;
    let kernels = r.count("kernel count")?;
    if in_maps == 0 || kernels == 0 || in_maps * kernels > 1 << 20 {
        return Err(r.format_error(format!("{at}: implausible convolution {in_maps}x{kernels}")));
    }
    let biases = r.f32s(kernels)?;
    let mut size = None;
    let mut values = Vec::new();
    for _ in 0..in_maps * kernels {
        let (rows, cols, data) = r.matrix_f32("convolution kernel")?;
        if *size.get_or_insert((rows, cols)) != (rows, cols) {
            return Err(r.format_error(format!("{at}: convolution kernels of different sizes")));
        }
        values.extend_from_slice(&data);
    }
    let (rows, cols) = size.unwrap_or((0, 0));
    Convolution::from_kernels(in_maps, kernels, rows, cols, &values, &biases)
        .map_err(|e| r.format_error(format!("{at}: {e}")))
}

/// Layer type 2 of OpenFace's CNN files: the biases (an `outputs × 1` float matrix), then the
/// weights (`inputs × outputs`, which OpenFace keeps transposed). `at` names the layer in errors.
///
/// # Errors
/// [`Error::ModelFormat`] naming the file when the layer is truncated, not float, or the sizes
/// disagree.
pub fn read_fully_connected(r: &mut BinaryModelReader, at: &str) -> Result<FullyConnected> {
    let (b_rows, b_cols, biases) = r.matrix_f32("fully connected biases")?;
    let (w_rows, w_cols, weights) = r.matrix_f32("fully connected weights")?;
    if b_cols != 1 || b_rows != w_cols {
        return Err(r.format_error(format!(
            "{at}: {b_rows}x{b_cols} biases for {w_rows}x{w_cols} weights"
        )));
    }
    FullyConnected::from_stored(w_rows, w_cols, &weights, &biases)
        .map_err(|e| r.format_error(format!("{at}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_pool_rounds_like_openface() {
        let input = PlanarMaps {
            count: 1,
            rows: 5,
            cols: 4,
            data: (0..20).map(|v| v as f32).collect(),
        };
        let mut out = PlanarMaps::default();
        max_pooling_planar(&input, &MaxPooling::TWO_BY_TWO, &mut out);
        // rows: round(1.5) + 1 = 3 (half away from zero), cols: round(1) + 1 = 2.
        assert_eq!((out.rows, out.cols), (3, 2));
        assert_eq!(out.data, vec![5.0, 7.0, 13.0, 15.0, 17.0, 19.0]);
    }

    #[test]
    fn both_weight_layouts_hold_the_im2col_order() {
        // 2 input maps, 3 kernels of 2 rows × 3 columns.
        let values: Vec<f32> = (0..36).map(|v| v as f32).collect();
        let conv = Convolution::from_kernels(2, 3, 2, 3, &values, &[0.5, 1.5, 2.5]).unwrap();
        assert_eq!(conv.terms(), 13);
        // Tap 1·6 + 2·2 + 1 = input map 1, column 2, row 1 of kernel k: value
        // ((1·3 + k)·6 + 1·3 + 2).
        for k in 0..3 {
            let expected = ((3 + k) * 6 + 5) as f32;
            assert_eq!(conv.tap_major[11 * 3 + k], expected);
            assert_eq!(conv.kernel_major[k * 12 + 11], expected);
            assert_eq!(conv.panel[11][k], expected);
            assert_eq!(conv.panel[12][k], conv.biases[k]);
        }
        assert_eq!(&conv.tap_major[36..], &[0.5, 1.5, 2.5]);
        assert!(Convolution::from_kernels(2, 3, 2, 3, &values[1..], &[0.0; 3]).is_err());
    }

    #[test]
    fn fully_connected_from_stored_transposes() {
        let fc =
            FullyConnected::from_stored(2, 3, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], &[0.0; 3]).unwrap();
        assert_eq!(fc.weights, vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
        assert!(FullyConnected::from_stored(2, 3, &[1.0], &[0.0; 3]).is_err());
    }
}
