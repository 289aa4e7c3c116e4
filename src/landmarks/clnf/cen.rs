//! CEN patch experts (OpenFace's `CEN_patch_expert` and the CEN half of `Patch_experts`), the
//! patch experts of CE-CLM (`main_ceclm_general.txt`): reading the binary
//! `cen_patches_*_of.dat` files and computing the response map of one landmark over its search
//! window.
//!
//! A CEN expert is a small fully connected network applied to every contrast-normalised
//! `11 × 11` patch of the area of interest. OpenFace evaluates it sparsely
//! (`CEN_patch_expert::ResponseSparse`): only every second window position (odd positions in
//! the column-major order of the window) goes through the network, and the others are the mean
//! of their 2–4 horizontal/vertical neighbours, which are all evaluated positions (an
//! interpolation matrix, `interpolationMatrix`). No shift to a zero minimum follows (unlike
//! CCNF).
//!
//! The files store experts for only one half of the face in most views; a missing expert is
//! replaced by the expert of the mirrored landmark (`mirror_inds`) in the mirrored view
//! (`mirror_views`), applied to the horizontally flipped area, the response flipped back. In the
//! frontal view (view 0) a landmark and its mirror partner are evaluated together in one
//! network pass (the two sets of patches stacked), as OpenFace does.
//!
//! Float types follow OpenFace: the file's doubles become float weights and biases; patches,
//! layer products (OpenBLAS `sgemm_` as OpenFace calls it, reproduced by
//! `crate::numeric::sgemm`), biases and activations are float; the interpolation is a
//! `cv::Mat` product (`cv::gemm`, reproduced by `crate::numeric::opencv::gemm_f32`).

use super::ccnf::{contrast_normalised_row, PatchViews};
use crate::error::{Error, Result};
use crate::io::model_file::{read_model_bytes, BinaryModelReader};
use crate::numeric::cpu::CpuLevel;
use crate::numeric::opencv::gemm_f32;
use crate::numeric::sgemm;
use std::path::Path;

/// A layer's activation function (`CEN_patch_expert::activation_function`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    /// Type 0: `1 / (1 + exp(−x))` in float.
    Sigmoid,
    /// Type 2: `max(x, 0)` (`cv::threshold`, `THRESH_TOZERO` at 0).
    Relu,
    /// Any other type: the identity (OpenFace applies nothing).
    Linear(i32),
}

impl Activation {
    fn from_type(t: i32) -> Self {
        match t {
            0 => Activation::Sigmoid,
            2 => Activation::Relu,
            other => Activation::Linear(other),
        }
    }
}

/// One fully connected layer: `out = activation(W · in + b)`.
#[derive(Clone, Debug)]
pub struct CenLayer {
    pub activation: Activation,
    /// Output and input sizes (`weights[l].rows`, `weights[l].cols`).
    pub outputs: usize,
    pub inputs: usize,
    /// `outputs × inputs` row-major, converted from the file's doubles to float.
    pub weights: Vec<f32>,
    /// One per output, float.
    pub biases: Vec<f32>,
}

/// One landmark's CEN expert at one scale and view (`CEN_patch_expert`). An expert without
/// layers is a placeholder: the landmark is invisible in this view or uses the mirrored expert.
#[derive(Clone, Debug)]
pub struct CenPatchExpert {
    /// Patch width and height (`width_support`, `height_support`; 11 × 11 in OpenFace's files).
    pub width: usize,
    pub height: usize,
    pub layers: Vec<CenLayer>,
    /// `confidence` (NU-RLMS landmark weights, used only with a positive weight factor).
    pub confidence: f64,
}

/// The CEN experts of one scale (one `cen_patches_*.dat` file).
#[derive(Clone, Debug)]
pub struct CenScale {
    pub views: PatchViews,
    /// Per landmark, its mirror partner (`mirror_inds`).
    pub mirror_inds: Vec<usize>,
    /// Per view, its mirrored view (`mirror_views`).
    pub mirror_views: Vec<usize>,
    /// Per view, per landmark.
    pub experts: Vec<Vec<CenPatchExpert>>,
}

/// How one landmark's response is obtained in a view (`Patch_experts::Response` for CEN).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CenJob {
    /// The landmark's own expert on its own area.
    Own { landmark: usize },
    /// View 0: the landmark's expert on its own area and, in the same network pass, on the
    /// flipped area of its mirror partner, whose response it also gives.
    WithMirror { landmark: usize, mirror: usize },
    /// The expert of landmark `source_landmark` in view `source_view` on the flipped area of
    /// `landmark`.
    Mirrored {
        landmark: usize,
        source_view: usize,
        source_landmark: usize,
    },
}

impl CenPatchExpert {
    fn read(r: &mut BinaryModelReader) -> Result<Self> {
        let read_type = r.i32()?;
        if read_type != 6 {
            return Err(r.format_error(format!("CEN patch expert type {read_type}, expected 6")));
        }
        let width = r.i32()?;
        let height = r.i32()?;
        let num_layers = r.i32()?;
        if num_layers == 0 {
            let confidence = r.f64()?;
            return Ok(CenPatchExpert {
                width: width.max(0) as usize,
                height: height.max(0) as usize,
                layers: Vec::new(),
                confidence,
            });
        }
        if !(1..=100).contains(&width)
            || !(1..=100).contains(&height)
            || !(1..=64).contains(&num_layers)
        {
            return Err(r.format_error(format!(
                "CEN patch expert {width}x{height} with {num_layers} layers"
            )));
        }
        let (width, height) = (width as usize, height as usize);
        let mut layers = Vec::with_capacity(num_layers as usize);
        let mut inputs = 1 + width * height;
        for l in 0..num_layers {
            let activation = Activation::from_type(r.i32()?);
            let bias = r.matrix()?;
            let weight = r.matrix()?;
            if weight.cols != inputs || weight.rows == 0 {
                return Err(r.format_error(format!(
                    "CEN layer {l}: weights {}x{} for {inputs} inputs",
                    weight.rows, weight.cols
                )));
            }
            if bias.data.len() != weight.rows {
                return Err(r.format_error(format!(
                    "CEN layer {l}: {} biases for {} outputs",
                    bias.data.len(),
                    weight.rows
                )));
            }
            inputs = weight.rows;
            layers.push(CenLayer {
                activation,
                outputs: weight.rows,
                inputs: weight.cols,
                weights: weight.data.iter().map(|&v| v as f32).collect(),
                biases: bias.data.iter().map(|&v| v as f32).collect(),
            });
        }
        if inputs != 1 {
            return Err(r.format_error(format!(
                "CEN patch expert's last layer has {inputs} outputs, expected 1"
            )));
        }
        let confidence = r.f64()?;
        Ok(CenPatchExpert {
            width,
            height,
            layers,
            confidence,
        })
    }

    /// Whether this is a placeholder without a network.
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }

    /// `CEN_patch_expert::ResponseSparse`: the `window × window` response (row-major, (y, x))
    /// of this expert on `left` (an area of interest, `(window + height − 1)` rows of
    /// `(window + width − 1)` floats) into `out_left`, and on `right` flipped horizontally into
    /// `out_right` (flipped back). Either may be absent; when both are given they go through the
    /// network together, as in OpenFace.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an empty expert, areas of the wrong size for the interpolation's
    /// window, or inconsistent layer sizes; BLAS index overflow; OpenCV failures.
    pub fn response_sparse(
        &self,
        left: Option<&[f32]>,
        right: Option<&[f32]>,
        interpolation: &InterpolationMatrix,
        out_left: &mut Vec<f32>,
        out_right: &mut Vec<f32>,
        ws: &mut CenWorkspace,
    ) -> Result<()> {
        if self.is_empty() {
            return Err(Error::Invalid(
                "CEN response of an empty patch expert".into(),
            ));
        }
        let window = interpolation.window;
        let (aw, ah) = (window + self.width - 1, window + self.height - 1);
        for area in [left, right].into_iter().flatten() {
            if area.len() != aw * ah {
                return Err(Error::Invalid(format!(
                    "CEN response: area of {} values for window {window} and a {}x{} patch",
                    area.len(),
                    self.width,
                    self.height
                )));
            }
        }
        let n = interpolation.computed;
        let k = 1 + self.width * self.height;
        // im2col rows: left patches then right patches (`cv::vconcat`).
        let blocks = left.is_some() as usize + right.is_some() as usize;
        if blocks == 0 {
            return Ok(());
        }
        let total = n * blocks;
        ws.im2col.clear();
        ws.im2col.resize(total * k, 0.0);
        let mut block = 0;
        if let Some(area) = left {
            im2col_sparse_contrast_norm(
                area,
                aw,
                ah,
                self.width,
                self.height,
                &mut ws.im2col[block * n * k..(block + 1) * n * k],
            );
            block += 1;
        }
        if let Some(area) = right {
            // `cv::flip(area, area, 1)`: mirror each row.
            ws.flipped.clear();
            for row in area.chunks_exact(aw) {
                ws.flipped.extend(row.iter().rev());
            }
            im2col_sparse_contrast_norm(
                &ws.flipped,
                aw,
                ah,
                self.width,
                self.height,
                &mut ws.im2col[block * n * k..(block + 1) * n * k],
            );
        }
        // `response = im2col.t()`: `k × total` row-major, which OpenBLAS reads as the
        // column-major `total × k` matrix `A` (`lda = total`).
        ws.input.clear();
        ws.input.resize(k * total, 0.0);
        for p in 0..total {
            for c in 0..k {
                ws.input[c * total + p] = ws.im2col[p * k + c];
            }
        }
        for layer in &self.layers {
            if layer.biases.len() != layer.outputs {
                return Err(Error::Invalid("CEN layer: bias count".into()));
            }
            ws.output.clear();
            ws.output.resize(layer.outputs * total, 0.0);
            // C (total × outputs, column-major) = A (total × inputs, column-major) ·
            // B (inputs × outputs, column-major = the row-major weights).
            sgemm_nn(
                total,
                layer.outputs,
                layer.inputs,
                &ws.input,
                &layer.weights,
                &mut ws.output,
            )?;
            for (o, row) in ws.output.chunks_exact_mut(total).enumerate() {
                let bias = layer.biases[o];
                for v in row.iter_mut() {
                    *v += bias;
                }
            }
            match layer.activation {
                Activation::Sigmoid => {
                    for v in ws.output.iter_mut() {
                        *v = 1.0f32 / (1.0f32 + crate::numeric::math::expf(-*v));
                    }
                }
                Activation::Relu => {
                    // `THRESH_TOZERO`: keep values above 0, else 0 (NaN too).
                    for v in ws.output.iter_mut() {
                        *v = if *v > 0.0 { *v } else { 0.0 };
                    }
                }
                Activation::Linear(_) => {}
            }
            std::mem::swap(&mut ws.input, &mut ws.output);
        }
        // `ws.input` is now 1 × total: left values then right values.
        if ws.input.len() != total {
            return Err(Error::Invalid(
                "CEN expert: last layer must have 1 output".into(),
            ));
        }
        let mut block = 0;
        if left.is_some() {
            interpolation.apply(&ws.input[..n], out_left, &mut ws.interpolated)?;
            block += 1;
        }
        if right.is_some() {
            interpolation.apply(
                &ws.input[block * n..(block + 1) * n],
                out_right,
                &mut ws.interpolated,
            )?;
            for row in out_right.chunks_exact_mut(window) {
                row.reverse();
            }
        }
        Ok(())
    }
}

/// `im2colBiasSparseContrastNorm`: for every second window position (column-major position
/// index odd), the patch at that position column by column after a leading 1, minus its mean
/// and scaled to unit norm (a zero norm counts as 1), in float as OpenFace: the sum row by row,
/// `mean = sum / (w·h)`, the squared deviations in column-major order, `1 / norm` in double
/// rounded to float, then a product per value. `out` holds `(positions − 1) / 2` rows of
/// `1 + w·h` values.
fn im2col_sparse_contrast_norm(
    area: &[f32],
    aw: usize,
    ah: usize,
    pw: usize,
    ph: usize,
    out: &mut [f32],
) {
    let k = 1 + pw * ph;
    let (x_b, y_b) = (aw - pw + 1, ah - ph + 1);
    let mut row_idx = 0;
    for j in 0..x_b {
        for i in 0..y_b {
            if (j * y_b + i) % 2 == 0 {
                continue;
            }
            let row = &mut out[row_idx * k..(row_idx + 1) * k];
            contrast_normalised_row(area, aw, (j, i), (pw, ph), row);
            row_idx += 1;
        }
    }
}

/// OpenFace's `interpolationMatrix` for one window: `computed × window²`, mapping the sparse
/// responses (odd positions in column-major window order) to the full window. An evaluated
/// position copies its value (weight 1); every other position averages its in-window
/// left/up/right/down neighbours (weight `1 / count` each).
#[derive(Clone, Debug)]
pub struct InterpolationMatrix {
    pub window: usize,
    /// Number of evaluated positions, `(window² − 1) / 2`.
    pub computed: usize,
    /// `computed × window²` row-major; column `x·window + y` is window position (x, y).
    pub weights: Vec<f32>,
}

impl InterpolationMatrix {
    /// The matrix for a `window × window` response (window odd, ≥ 1).
    ///
    /// # Errors
    /// [`Error::Invalid`] for an even or zero window (OpenFace's scheme needs an odd one).
    pub fn new(window: usize) -> Result<Self> {
        if window.is_multiple_of(2) {
            return Err(Error::Invalid(format!(
                "CEN interpolation needs an odd window, got {window}"
            )));
        }
        let cells = window * window;
        let computed = (cells - 1) / 2;
        let mut weights = vec![0.0f32; computed * cells];
        // Row of the sparse response holding position p (odd p only).
        let sparse_row = |x: usize, y: usize| (x * window + y - 1) / 2;
        for x in 0..window {
            for y in 0..window {
                let col = x * window + y;
                if col % 2 == 1 {
                    weights[sparse_row(x, y) * cells + col] = 1.0;
                    continue;
                }
                let mut neighbours = Vec::with_capacity(4);
                if x >= 1 {
                    neighbours.push(sparse_row(x - 1, y));
                }
                if y >= 1 {
                    neighbours.push(sparse_row(x, y - 1));
                }
                if x + 1 < window {
                    neighbours.push(sparse_row(x + 1, y));
                }
                if y + 1 < window {
                    neighbours.push(sparse_row(x, y + 1));
                }
                let w = (1.0f64 / neighbours.len() as f32 as f64) as f32;
                for r in neighbours {
                    weights[r * cells + col] = w;
                }
            }
        }
        Ok(InterpolationMatrix {
            window,
            computed,
            weights,
        })
    }

    /// `response * mapMatrix` (`cv::gemm`, reproduced by [`gemm_f32`]), then OpenFace's `t()`,
    /// `reshape(1, window)`, `t()`: `out` receives the `window × window` map row-major, (y, x).
    fn apply(&self, sparse: &[f32], out: &mut Vec<f32>, scratch: &mut Vec<f32>) -> Result<()> {
        thread_local! {
            // The double accumulators of the product row: grown once, then reused.
            static ACC: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let cells = self.window * self.window;
        scratch.clear();
        scratch.resize(cells, 0.0);
        ACC.with_borrow_mut(|acc| {
            gemm_f32(
                &sparse[..self.computed],
                (1, self.computed),
                &self.weights,
                cells,
                None,
                scratch,
                acc,
            )
        });
        // Column x·w + y of the product is position (x, y); the output is (y, x) row-major.
        out.clear();
        out.resize(cells, 0.0);
        for x in 0..self.window {
            for y in 0..self.window {
                out[y * self.window + x] = scratch[x * self.window + y];
            }
        }
        Ok(())
    }
}

/// Scratch buffers of [`CenPatchExpert::response_sparse`], reused across calls.
#[derive(Clone, Debug, Default)]
pub struct CenWorkspace {
    flipped: Vec<f32>,
    im2col: Vec<f32>,
    input: Vec<f32>,
    output: Vec<f32>,
    interpolated: Vec<f32>,
}

impl CenScale {
    /// `Patch_experts::Read_CEN_patch_experts`: patch scaling, views (centres in degrees,
    /// visibilities), mirror indices and views, then per view and landmark a
    /// [`CenPatchExpert`].
    ///
    /// # Errors
    /// [`Error::ModelMissing`] when the file is absent; [`Error::ModelFormat`] (naming the file)
    /// when it is truncated or inconsistent, including a visible landmark that has neither an
    /// expert nor a mirrored one to take over.
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = read_model_bytes(path)?;
        let mut r = BinaryModelReader::new(path, &bytes);
        let patch_views = PatchViews::read(&mut r)?;
        let views = patch_views.centers.len();
        let n_points = patch_views.visibilities[0].len();
        let int_list = |r: &mut BinaryModelReader, what: &str, len: usize| -> Result<Vec<usize>> {
            let m = r.matrix()?;
            if m.cv_type != 4
                || m.data.len() != len
                || m.data.iter().any(|&v| v < 0.0 || v >= len as f64)
            {
                return Err(r.format_error(format!(
                    "{what}: expected {len} int32 indices below {len}, found {} values of type {}",
                    m.data.len(),
                    m.cv_type
                )));
            }
            Ok(m.data.iter().map(|&v| v as usize).collect())
        };
        let mirror_inds = int_list(&mut r, "mirror indices", n_points)?;
        let mirror_views = int_list(&mut r, "mirror views", views)?;
        let mut experts = Vec::with_capacity(views);
        for _ in 0..views {
            let mut per_view = Vec::with_capacity(n_points);
            for _ in 0..n_points {
                per_view.push(CenPatchExpert::read(&mut r)?);
            }
            experts.push(per_view);
        }
        let scale = CenScale {
            views: patch_views,
            mirror_inds,
            mirror_views,
            experts,
        };
        for view in 0..views {
            scale.jobs(view).map_err(|detail| r.format_error(detail))?;
        }
        Ok(scale)
    }

    /// Number of views.
    pub fn view_count(&self) -> usize {
        self.views.centers.len()
    }

    /// `Collect_visible_landmarks` and the dispatch of `Patch_experts::Response` for CEN: how
    /// each visible landmark's response is computed in `view`. In view 0 a landmark without an
    /// expert is covered by its mirror partner's job.
    ///
    /// # Errors
    /// A description when a visible landmark's response cannot be computed (no expert, no
    /// usable mirrored one).
    pub fn jobs(&self, view: usize) -> std::result::Result<Vec<CenJob>, String> {
        let vis = &self.views.visibilities[view];
        let experts = &self.experts[view];
        let mut jobs = Vec::new();
        let mut covered = vec![false; vis.len()];
        for (i, expert) in experts.iter().enumerate() {
            if vis[i] == 0 {
                continue;
            }
            if view == 0 {
                if expert.is_empty() {
                    continue;
                }
                let mirror = self.mirror_inds[i];
                covered[i] = true;
                if mirror == i {
                    jobs.push(CenJob::Own { landmark: i });
                } else {
                    covered[mirror] = true;
                    jobs.push(CenJob::WithMirror {
                        landmark: i,
                        mirror,
                    });
                }
            } else if !expert.is_empty() {
                covered[i] = true;
                jobs.push(CenJob::Own { landmark: i });
            } else {
                let source_view = self.mirror_views[view];
                let source_landmark = self.mirror_inds[i];
                if self.experts[source_view][source_landmark].is_empty() {
                    return Err(format!(
                        "landmark {i} in view {view} has no CEN expert and its mirror \
                         (landmark {source_landmark}, view {source_view}) has none either"
                    ));
                }
                covered[i] = true;
                jobs.push(CenJob::Mirrored {
                    landmark: i,
                    source_view,
                    source_landmark,
                });
            }
        }
        if let Some(i) = (0..vis.len()).find(|&i| vis[i] != 0 && !covered[i]) {
            return Err(format!(
                "landmark {i} in view {view} is visible but has no CEN expert and no visible \
                 mirror partner with one"
            ));
        }
        Ok(jobs)
    }
}

/// OpenFace's early termination of the multi-hypothesis search (`early_term_cen_of.txt`): per
/// view of the first scale a weight, a bias and a cutoff; a hypothesis whose first-scale
/// likelihood `l` gives `l·weight + bias > cutoff` is completed at once.
#[derive(Clone, Debug, PartialEq)]
pub struct EarlyTermination {
    pub weights: Vec<f64>,
    pub biases: Vec<f64>,
    pub cutoffs: Vec<f64>,
}

impl EarlyTermination {
    /// `Patch_experts::Read`'s early-termination part: `views` weights, then `views` biases,
    /// then `views` cutoffs, whitespace-separated text.
    ///
    /// # Errors
    /// [`Error::ModelMissing`] when absent, [`Error::ModelFormat`] when values are missing or
    /// not numbers.
    pub fn read(path: &Path, views: usize) -> Result<Self> {
        let text = crate::io::model_file::read_model_text(path)?;
        let mut values = text.split_whitespace().map(|t| {
            t.parse::<f64>().map_err(|_| Error::ModelFormat {
                path: path.to_path_buf(),
                detail: format!("expected a number, found {t:?}"),
            })
        });
        let mut take = |what: &str| -> Result<Vec<f64>> {
            (0..views)
                .map(|i| {
                    values.next().unwrap_or_else(|| {
                        Err(Error::ModelFormat {
                            path: path.to_path_buf(),
                            detail: format!("{what} {i} of {views} missing"),
                        })
                    })
                })
                .collect()
        };
        let weights = take("weight")?;
        let biases = take("bias")?;
        let cutoffs = take("cutoff")?;
        Ok(EarlyTermination {
            weights,
            biases,
            cutoffs,
        })
    }

    /// The early-termination score of a first-scale fit with `likelihood` in `view`, as
    /// OpenFace computes it (double, stored as float), and whether it passes the cutoff.
    pub fn score(&self, likelihood: f32, view: usize) -> Option<(f32, bool)> {
        let (w, b, c) = (
            self.weights.get(view)?,
            self.biases.get(view)?,
            self.cutoffs.get(view)?,
        );
        let score = (likelihood as f64 * w + b) as f32;
        Some((score, score as f64 > *c))
    }
}

/// `C = A·B` as OpenBLAS's `sgemm_('N', 'N', m, n, k, 1, A, m, B, k, 0, C, m)` rounds it
/// ([`sgemm::sgemm_nn`]), all column-major: `a` is `m × k`, `b` is `k × n`, `c` is `m × n`.
fn sgemm_nn(m: usize, n: usize, k: usize, a: &[f32], b: &[f32], c: &mut [f32]) -> Result<()> {
    let shape = sgemm::GemmShape::dense(m, n, k);
    sgemm::sgemm_nn(shape, a, b, 0.0, c, CpuLevel::get().vector());
    Ok(())
}
