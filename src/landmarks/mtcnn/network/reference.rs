//! The plain port: OpenFace's CNN layers written as OpenFace writes them, on planar maps
//! (`std::vector<cv::Mat_<float>>`), with the same BLAS and OpenCV calls. It is the oracle the
//! optimised layers of the parent module are tested against, bit for bit; it is not used on the
//! hot path.

use super::{opencv_gemm, sigmoid_values, Cnn, Layer};
use crate::error::{Error, Result};
use crate::landmarks::cnn::{
    max_pooling_planar, Convolution, FullyConnected, MaxPooling, PlanarMaps,
};
use crate::numeric::sgemm::{self, GemmShape};

/// `CNN::Inference` on planar maps, layer by layer as OpenFace runs it.
///
/// # Errors
/// [`Error::Invalid`] when the input does not fit a layer; [`Error::OpenCv`] if OpenCV fails.
pub fn infer(cnn: &Cnn, input: &PlanarMaps) -> Result<PlanarMaps> {
    let mut maps = input.clone();
    for layer in cnn.layers() {
        maps = match layer {
            Layer::Convolution(conv) => convolution(&maps, conv)?,
            Layer::MaxPooling(pool) => max_pooling(&maps, pool)?,
            Layer::FullyConnected(fc) => fully_connected(&maps, fc)?,
            Layer::PRelu(slopes) => prelu(maps, slopes)?,
            Layer::Sigmoid => {
                let mut out = maps;
                sigmoid_values(&mut out.data)?;
                out
            }
        };
    }
    Ok(maps)
}

/// `convolution_direct_blas`: `im2col_multimap`, `sgemm_`, `out.t()`, rows reshaped to maps.
fn convolution(input: &PlanarMaps, conv: &Convolution) -> Result<PlanarMaps> {
    let (kr, kc) = (conv.kernel_rows, conv.kernel_cols);
    if input.count != conv.in_maps || input.rows < kr || input.cols < kc {
        return Err(Error::Invalid("convolution input does not fit".into()));
    }
    let (y_b, x_b) = (input.rows - kr + 1, input.cols - kc + 1);
    let num_rows = y_b * x_b;
    let stride = kr * kc;
    let width = stride * conv.in_maps + 1;
    let mut im2col = vec![1.0f32; num_rows * width];
    for i in 0..y_b {
        for j in 0..x_b {
            let row = i * x_b + j;
            for yy in 0..kr {
                for in_map in 0..conv.in_maps {
                    let src = input.map(in_map);
                    for xx in 0..kc {
                        im2col[row * width + xx * kr + yy + in_map * stride] =
                            src[(i + yy) * input.cols + j + xx];
                    }
                }
            }
        }
    }
    let mut out = vec![0.0f32; num_rows * conv.kernels];
    let shape = GemmShape::dense(conv.kernels, num_rows, width);
    sgemm::sgemm_nn(shape, &conv.tap_major, &im2col, 0.0, &mut out, false);
    let mut maps = vec![0.0f32; num_rows * conv.kernels];
    for r in 0..num_rows {
        for k in 0..conv.kernels {
            maps[k * num_rows + r] = out[r * conv.kernels + k];
        }
    }
    Ok(PlanarMaps {
        count: conv.kernels,
        rows: y_b,
        cols: x_b,
        data: maps,
    })
}

/// `max_pooling`: caffe-style size, every window scanned column by column from −FLT_MAX (the
/// planar scan the validator uses too).
fn max_pooling(input: &PlanarMaps, pool: &MaxPooling) -> Result<PlanarMaps> {
    let (out_y, out_x) = pool.output_size(input.rows, input.cols);
    if out_x <= 0 || out_y <= 0 {
        return Err(Error::Invalid("max pooling input too small".into()));
    }
    let mut out = PlanarMaps::default();
    max_pooling_planar(input, pool, &mut out);
    Ok(out)
}

/// `PReLU`: per map, or per row of a single map.
fn prelu(mut maps: PlanarMaps, slopes: &[f32]) -> Result<PlanarMaps> {
    let n = maps.rows * maps.cols;
    if maps.count > 1 {
        if slopes.len() < maps.count {
            return Err(Error::Invalid("too few PReLU slopes".into()));
        }
        for (map, &slope) in maps.data.chunks_exact_mut(n.max(1)).zip(slopes) {
            for v in map {
                *v = if *v >= 0.0 { *v } else { *v * slope };
            }
        }
    } else {
        if slopes.len() > maps.rows {
            return Err(Error::Invalid("too many PReLU slopes".into()));
        }
        for (k, &slope) in slopes.iter().enumerate() {
            for v in &mut maps.data[k * maps.cols..(k + 1) * maps.cols] {
                *v = if *v >= 0.0 { *v } else { *v * slope };
            }
        }
    }
    Ok(maps)
}

/// `fully_connected`: the three cases of OpenFace's function.
fn fully_connected(input: &PlanarMaps, fc: &FullyConnected) -> Result<PlanarMaps> {
    let n = input.rows * input.cols;
    if input.count > 1 && input.count == fc.inputs {
        // The maps as rows: a 1×1 convolution per pixel, the biases added per output map.
        let mut out = vec![0.0f32; fc.outputs * n];
        opencv_gemm(
            &fc.weights,
            fc.outputs,
            fc.inputs,
            &input.data,
            n,
            None,
            &mut out,
        )?;
        for k in 0..fc.outputs {
            for v in &mut out[k * n..(k + 1) * n] {
                *v += fc.biases[k];
            }
        }
        return Ok(PlanarMaps {
            count: fc.outputs,
            rows: input.rows,
            cols: input.cols,
            data: out,
        });
    }
    // One column: every map flattened column-wise (an `outputs × 1` result), or the single
    // `inputs × 1` map (the result transposed to `1 × outputs`).
    let (column, rows, cols) = if input.count > 1 {
        let mut concat = Vec::with_capacity(input.count * n);
        input.flatten_columns(&mut concat);
        (concat, fc.outputs, 1)
    } else {
        if input.cols != 1 {
            return Err(Error::Invalid("fully connected input size".into()));
        }
        (input.data.clone(), 1, fc.outputs)
    };
    if column.len() != fc.inputs {
        return Err(Error::Invalid("fully connected input size".into()));
    }
    let mut out = vec![0.0f32; fc.outputs];
    let biases = Some(fc.biases.as_slice());
    opencv_gemm(
        &fc.weights,
        fc.outputs,
        fc.inputs,
        &column,
        1,
        biases,
        &mut out,
    )?;
    Ok(PlanarMaps {
        count: 1,
        rows,
        cols,
        data: out,
    })
}
