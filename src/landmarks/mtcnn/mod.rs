//! OpenFace 2.2's MTCNN face detector (`LandmarkDetector::FaceDetectorMTCNN`,
//! `lib/LandmarkDetector/src/FaceDetectorMTCNN.cpp`) with OpenFace's weights, and the choice of
//! the face CLNF starts from (`DetectSingleFaceMTCNN` in `LandmarkDetectorUtils.cpp`).
//!
//! The three stages, as OpenFace runs them on a BGR frame converted to float:
//! 1. **PNet** on an image pyramid: scales `12/60 · 0.709^i` while the short side stays at least
//!    60 px (`floor(ln(60/min side)/ln 0.709) + 1` scales), each level `cv::resize`d (bilinear)
//!    to the size rounded up, normalised `(v − 127.5)·0.0078125`, flipped to RGB. Every heat map
//!    cell with face probability ≥ 0.6 gives a 12×12 proposal (corners truncated to whole pixels
//!    after dividing by the scale), cells scanned column by column. Non-maximum suppression per
//!    scale (IoU > 0.5), then across scales (IoU > 0.7); the PNet box regression is applied and
//!    the boxes squared with integer truncation.
//! 2. **RNet** on each proposal: the square (plus one pixel, starting one pixel up and left) is
//!    cut out with zero padding, resized to 24×24, normalised; probability ≥ 0.7 kept, NMS
//!    (IoU > 0.7), RNet's regression, squared again.
//! 3. **ONet** the same at 48×48, probability ≥ 0.7; the regression is applied to the box grown by
//!    one pixel, then NMS with overlap measured against the smaller box (> 0.7).
//!
//! NMS follows OpenFace exactly: boxes are rounded to integer rectangles (`cv::Rect`), scores
//! ordered with ties broken by the later box first, overlap in float. Probabilities are
//! `1 / (1 + exp(a − b))` of the two class outputs: with OpenCV's `cv::exp` for the PNet heat map
//! and the C library's `expf` (then double arithmetic) for RNet and ONet, as in OpenFace.
//!
//! [`MtcnnDetector::detect`] returns the boxes in OpenFace's output order *before* OpenFace's
//! final correction; [`correct_box`] applies that correction (x − 0.0075w, y + 0.2459h,
//! w·1.0323, h·0.7751, in double), and [`pick_widest`] / [`pick_and_correct`] choose the face
//! the way `DetectSingleFaceMTCNN` does without a preferred point: the widest corrected box, the
//! first one on ties (not the most confident).
//!
//! Deliberate differences: OpenFace throws (and the program stops) when a proposal lies so far
//! outside the image that its crop is empty or inconsistent; such a proposal is dropped here, as
//! is one whose crop would be over four times the frame's longer side (OpenFace would try to
//! allocate it; no face box comes near).
//! Pyramid levels smaller than 12 px (which OpenFace never builds for a short side of at least
//! 60 px, and which would break its CNN) are skipped, so tiny images give no face; so do empty
//! images and a minimum face size of 0.
//!
//! Bit-exactness: the networks' products are `crate::numeric`'s reproductions of OpenBLAS's
//! single-threaded Haswell `sgemm_` (OpenFace's `CNN::Read` sets one thread) and of OpenCV's
//! `gemm` and `exp`, so every box is OpenFace's bit for bit on any CPU.

pub(crate) mod network;

use crate::numeric::math;
use std::path::{Path, PathBuf};

use opencv::core::{Mat, Size, Vec3f};
use opencv::imgproc;

use crate::error::{Error, Result};
use crate::io::image::BgrImage;
use crate::io::model_file::{model_list_entries, read_model_list};
use crate::landmarks::mtcnn::network::{opencv_exp, Cnn, CnnWorkspace, FeatureMaps};

/// The detector's list file inside an OpenFace model directory.
pub const MODEL_LIST: &str = "model/mtcnn_detector/MTCNN_detector.txt";

/// Pyramid step between scales.
const PYRAMID_FACTOR: f64 = 0.709;
/// PNet's receptive field, in pixels of a pyramid level.
const FACE_SUPPORT: i32 = 12;
/// PNet's output stride (one pooling layer).
const PNET_STRIDE: i32 = 2;
/// RNet's input side.
const RNET_SIZE: usize = 24;
/// ONet's input side.
const ONET_SIZE: usize = 48;
/// Pixel normalisation `(v − 127.5) · 0.0078125`, evaluated by OpenCV as `v·α + β`.
const NORM_ALPHA: f32 = 0.0078125;
const NORM_BETA: f32 = -127.5 * 0.0078125;

/// Detection settings; the defaults are the ones OpenFace always uses (`DetectFaces`' default
/// arguments).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MtcnnOptions {
    /// Smallest face side searched for, in pixels (sets the first pyramid scale `12/min`).
    pub min_face_size: u32,
    /// PNet, RNet and ONet probability thresholds.
    pub thresholds: [f32; 3],
}

impl Default for MtcnnOptions {
    fn default() -> Self {
        MtcnnOptions {
            min_face_size: 60,
            thresholds: [0.6, 0.7, 0.7],
        }
    }
}

/// An axis-aligned rectangle in frame pixels (OpenCV's `cv::Rect_<float>`): top-left corner,
/// width and height.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// One face found by MTCNN: ONet's box in frame pixels (after its regression and the final
/// NMS, before OpenFace's landmark-box correction) and ONet's face probability.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FaceBox {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    /// ONet's face probability in `[0.7, 1]` with the default threshold.
    pub confidence: f32,
}

impl FaceBox {
    /// The box as a rectangle.
    pub fn rect(&self) -> Rect {
        Rect {
            x: self.x,
            y: self.y,
            width: self.width,
            height: self.height,
        }
    }
}

/// OpenFace's correction of an MTCNN box towards the box of the 68 landmarks, done at the end
/// of `FaceDetectorMTCNN::DetectFaces`: `x − 0.0075·w`, `y + 0.2459·h`, `1.0323·w`, `0.7751·h`
/// (double arithmetic, stored as float).
pub fn correct_box(face: &FaceBox) -> Rect {
    let (x, y, w, h) = (
        f64::from(face.x),
        f64::from(face.y),
        f64::from(face.width),
        f64::from(face.height),
    );
    Rect {
        x: (w * -0.0075 + x) as f32,
        y: (h * 0.2459 + y) as f32,
        width: (1.0323 * w) as f32,
        height: (0.7751 * h) as f32,
    }
}

/// The face `DetectSingleFaceMTCNN` keeps when no preferred point is set: the widest corrected
/// box (strictly wider replaces, so the first wins ties); `None` when there is no face.
pub fn pick_widest(faces: &[FaceBox]) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, face) in faces.iter().enumerate() {
        let width = correct_box(face).width;
        let wider = match best {
            None => true,
            Some((_, best_width)) => width > best_width,
        };
        if wider {
            best = Some((i, width));
        }
    }
    best.map(|(i, _)| i)
}

/// The box CLNF is initialised from: the widest face ([`pick_widest`]) with OpenFace's
/// correction ([`correct_box`]).
pub fn pick_and_correct(faces: &[FaceBox]) -> Option<Rect> {
    pick_widest(faces).map(|i| correct_box(&faces[i]))
}

/// OpenFace's MTCNN: the three networks with OpenFace's weights.
///
/// # Example
/// ```no_run
/// use pyfaceau::landmarks::mtcnn::{pick_and_correct, MtcnnDetector};
/// use pyfaceau::io::video::VideoReader;
/// let detector = MtcnnDetector::load("models".as_ref())?;
/// let frame = VideoReader::open("video.avi")?.next().unwrap()?;
/// let faces = detector.detect(&frame.image)?;
/// if let Some(init) = pick_and_correct(&faces) {
///     println!("start CLNF from {init:?}");
/// }
/// # Ok::<(), pyfaceau::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct MtcnnDetector {
    pnet: Cnn,
    rnet: Cnn,
    onet: Cnn,
}

/// A candidate box with its score and the regression offsets of the last network that saw it.
#[derive(Clone, Copy, Debug)]
struct Proposal {
    rect: Rect,
    score: f32,
    /// Box regression (OpenFace stores it as a `Rect_<float>`): offsets of the left, top, right
    /// and bottom edges in units of the box size.
    correction: Rect,
}

/// The frame OpenFace's detector converts with `convertTo(CV_32FC3)`: interleaved BGR bytes,
/// converted to float (exactly) only in the rows and windows a resize reads.
#[derive(Clone, Copy)]
struct ByteFrame<'a> {
    data: &'a [u8],
    width: usize,
    height: usize,
}

/// Buffers for [`MtcnnDetector::detect_with_workspace`]: grown on first use (a few MB for a
/// 640×480 frame), reused afterwards. Keep one per worker thread.
#[derive(Clone, Debug, Default)]
pub struct MtcnnWorkspace {
    cnn: CnnWorkspace,
    /// Source rows of a pyramid level as float, and the same rows resized horizontally.
    rows: Vec<f32>,
    row_resized: Vec<f32>,
    input: FeatureMaps,
    resized: Vec<f32>,
    crop: Vec<f32>,
    diff: Vec<f32>,
    exp: Vec<f32>,
}

impl MtcnnWorkspace {
    /// An empty workspace.
    pub fn new() -> Self {
        Self::default()
    }
}

impl MtcnnDetector {
    /// Reads `model/mtcnn_detector/MTCNN_detector.txt` under an OpenFace model directory and the
    /// three networks it lists (`FaceDetectorMTCNN::Read`).
    ///
    /// # Errors
    /// As [`MtcnnDetector::read`].
    pub fn load(model_dir: &Path) -> Result<Self> {
        Self::read(&model_dir.join(MODEL_LIST))
    }

    /// Reads a detector list file: lines `PNet <path>`, `RNet <path>`, `ONet <path>`, paths
    /// relative to the list's directory.
    ///
    /// # Errors
    /// [`Error::ModelMissing`] for an absent file; [`Error::ModelFormat`] naming the file when the
    /// list lacks a network or a network file is corrupt or truncated (OpenFace would print a
    /// warning and fall back to another detector).
    pub fn read(list: &Path) -> Result<Self> {
        let text = read_model_list(list)?;
        let (mut pnet, mut rnet, mut onet): (Option<PathBuf>, Option<PathBuf>, Option<PathBuf>) =
            (None, None, None);
        for (module, location, _) in model_list_entries(list, &text) {
            match module {
                "PNet" => pnet = Some(location),
                "RNet" => rnet = Some(location),
                "ONet" => onet = Some(location),
                _ => {}
            }
        }
        let need = |p: Option<PathBuf>, name: &str| {
            p.ok_or_else(|| Error::ModelFormat {
                path: list.to_path_buf(),
                detail: format!("no `{name}` line"),
            })
        };
        let (pnet, rnet, onet) = (
            need(pnet, "PNet")?,
            need(rnet, "RNet")?,
            need(onet, "ONet")?,
        );
        Ok(MtcnnDetector {
            pnet: Cnn::read(&pnet)?,
            rnet: Cnn::read(&rnet)?,
            onet: Cnn::read(&onet)?,
        })
    }

    /// The proposal network.
    pub fn pnet(&self) -> &Cnn {
        &self.pnet
    }

    /// The refinement network.
    pub fn rnet(&self) -> &Cnn {
        &self.rnet
    }

    /// The output network.
    pub fn onet(&self) -> &Cnn {
        &self.onet
    }

    /// Detects faces in a BGR frame with OpenFace's settings (`FaceDetectorMTCNN::DetectFaces`
    /// with its default arguments). Returns the boxes in OpenFace's output order (descending
    /// confidence), before OpenFace's correction; empty when there is no face. Allocates its
    /// buffers per call; [`MtcnnDetector::detect_with_workspace`] reuses them.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the image's buffer does not match its size; [`Error::OpenCv`] if
    /// OpenCV fails.
    pub fn detect(&self, frame: &BgrImage) -> Result<Vec<FaceBox>> {
        self.detect_with(frame, &MtcnnOptions::default())
    }

    /// [`MtcnnDetector::detect`] with other settings.
    ///
    /// # Errors
    /// As [`MtcnnDetector::detect`].
    pub fn detect_with(&self, frame: &BgrImage, options: &MtcnnOptions) -> Result<Vec<FaceBox>> {
        self.detect_with_workspace(frame, options, &mut MtcnnWorkspace::new())
    }

    /// [`MtcnnDetector::detect_with`] reusing the buffers of `ws`.
    ///
    /// # Errors
    /// As [`MtcnnDetector::detect`].
    pub fn detect_with_workspace(
        &self,
        frame: &BgrImage,
        options: &MtcnnOptions,
        ws: &mut MtcnnWorkspace,
    ) -> Result<Vec<FaceBox>> {
        let (width, height) = (frame.width(), frame.height());
        if width == 0 || height == 0 || options.min_face_size == 0 {
            return Ok(Vec::new());
        }
        let frame = ByteFrame {
            data: frame.data(),
            width,
            height,
        };
        if frame.data.len() != width * height * 3 {
            return Err(Error::Invalid(format!(
                "a {width}x{height} BGR frame of {} bytes",
                frame.data.len()
            )));
        }
        self.run_stages(frame, options, ws)
    }

    /// The three stages on the float image.
    fn run_stages(
        &self,
        frame: ByteFrame<'_>,
        options: &MtcnnOptions,
        ws: &mut MtcnnWorkspace,
    ) -> Result<Vec<FaceBox>> {
        let mut proposals = self.pnet_stage(frame, options, ws)?;
        non_maximum_suppression(&mut proposals, 0.7, Overlap::Union);
        apply_correction(&mut proposals, false);
        rectify(&mut proposals);

        let mut proposals = self.refine_stage(
            &self.rnet,
            RNET_SIZE,
            options.thresholds[1],
            &proposals,
            frame,
            ws,
        )?;
        non_maximum_suppression(&mut proposals, 0.7, Overlap::Union);
        apply_correction(&mut proposals, false);
        rectify(&mut proposals);

        let mut proposals = self.refine_stage(
            &self.onet,
            ONET_SIZE,
            options.thresholds[2],
            &proposals,
            frame,
            ws,
        )?;
        apply_correction(&mut proposals, true);
        non_maximum_suppression(&mut proposals, 0.7, Overlap::Minimum);

        Ok(proposals
            .iter()
            .map(|p| FaceBox {
                x: p.rect.x,
                y: p.rect.y,
                width: p.rect.width,
                height: p.rect.height,
                confidence: p.score,
            })
            .collect())
    }

    /// PNet over the pyramid; per-scale NMS; proposals of all scales concatenated in scale order.
    fn pnet_stage(
        &self,
        frame: ByteFrame<'_>,
        options: &MtcnnOptions,
        ws: &mut MtcnnWorkspace,
    ) -> Result<Vec<Proposal>> {
        let (width, height) = (frame.width, frame.height);
        let min_face = f64::from(options.min_face_size);
        let min_dim = width.min(height) as f64;
        let num_scales = (math::ln(min_face / min_dim) / math::ln(PYRAMID_FACTOR)).floor() + 1.0;
        let num_scales = if num_scales > 0.0 {
            num_scales as usize
        } else {
            0
        };
        let mut all = Vec::new();
        for i in 0..num_scales {
            let scale = (f64::from(FACE_SUPPORT) / min_face) * math::pow(PYRAMID_FACTOR, i as f64);
            let h_pyr = (height as f64 * scale).ceil() as usize;
            let w_pyr = (width as f64 * scale).ceil() as usize;
            if h_pyr < FACE_SUPPORT as usize || w_pyr < FACE_SUPPORT as usize {
                continue;
            }
            let whole = CropGeometry::whole(width, height);
            resize_crop_f32c3(frame, &whole, ws, w_pyr, h_pyr)?;
            normalise_to_rgb_maps(&ws.resized, w_pyr, h_pyr, &mut ws.input);
            let out = self.pnet.infer(&ws.input, &mut ws.cnn)?;
            if out.count < 6 {
                return Err(Error::Invalid(format!(
                    "PNet gave {} output maps, expected 6",
                    out.count
                )));
            }
            // cv::exp(out0 − out1), then 1 / (1 + e) in float.
            ws.diff.clear();
            ws.diff
                .extend(out.data.chunks_exact(out.count).map(|px| px[0] - px[1]));
            opencv_exp(&ws.diff, &mut ws.exp)?;
            for v in &mut ws.exp {
                *v = 1.0 / (1.0 + *v);
            }
            let mut level =
                generate_bounding_boxes(&ws.exp, out, scale as f32, options.thresholds[0]);
            non_maximum_suppression(&mut level, 0.5, Overlap::Union);
            all.append(&mut level);
        }
        Ok(all)
    }

    /// RNet or ONet on every proposal: new scores and regressions, then only those at or above
    /// `threshold`, in their previous order.
    fn refine_stage(
        &self,
        net: &Cnn,
        side: usize,
        threshold: f32,
        proposals: &[Proposal],
        frame: ByteFrame<'_>,
        ws: &mut MtcnnWorkspace,
    ) -> Result<Vec<Proposal>> {
        let (width, height) = (frame.width, frame.height);
        let mut kept = Vec::with_capacity(proposals.len());
        for p in proposals {
            let Some(crop) = CropGeometry::new(&p.rect, width, height) else {
                continue;
            };
            resize_crop_f32c3(frame, &crop, ws, side, side)?;
            normalise_to_rgb_maps(&ws.resized, side, side, &mut ws.input);
            let out = net.infer(&ws.input, &mut ws.cnn)?;
            if out.data.len() < 6 {
                return Err(Error::Invalid(format!(
                    "RNet/ONet gave {} outputs, expected at least 6",
                    out.data.len()
                )));
            }
            let o = &out.data;
            // `1.0 / (1.0 + exp(a - b))` on floats: glibc's `expf`, then double.
            let prob = (1.0 / (1.0 + f64::from(math::expf(o[0] - o[1])))) as f32;
            if prob >= threshold {
                kept.push(Proposal {
                    rect: p.rect,
                    score: prob,
                    correction: Rect {
                        x: o[2],
                        y: o[3],
                        width: o[4],
                        height: o[5],
                    },
                });
            }
        }
        Ok(kept)
    }
}

/// Wraps an interleaved 3-channel float buffer as a `CV_32FC3` `Mat` (no copy).
#[cfg(test)]
fn mat_f32c3(
    data: &[f32],
    width: usize,
    height: usize,
) -> Result<opencv::boxed_ref::BoxedRef<'_, Mat>> {
    let pixels = width * height;
    assert!(data.len() >= pixels * 3);
    // SAFETY: `Vec3f` is `#[repr(C)]` around `[f32; 3]`; the slice covers `pixels` of them.
    let px: &[Vec3f] = unsafe { std::slice::from_raw_parts(data.as_ptr().cast::<Vec3f>(), pixels) };
    Ok(Mat::new_rows_cols_with_data(
        height as i32,
        width as i32,
        px,
    )?)
}

/// `cv::resize(src, dst, Size(dst_w, dst_h))` (bilinear) on interleaved 3-channel float images,
/// writing into `dst`.
fn resize_f32c3(
    src: &[f32],
    src_w: usize,
    src_h: usize,
    dst: &mut Vec<f32>,
    dst_w: usize,
    dst_h: usize,
) -> Result<()> {
    assert!(src_w > 0 && src_h > 0 && src.len() >= src_w * src_h * 3);
    dst.resize(dst_w * dst_h * 3, 0.0);
    // SAFETY: `Vec3f` is `#[repr(C)]` around `[f32; 3]`; the slice covers `src_w * src_h` of them.
    let src_px: &[Vec3f] =
        unsafe { std::slice::from_raw_parts(src.as_ptr().cast::<Vec3f>(), src_w * src_h) };
    let src_mat = Mat::new_rows_cols_with_data(src_h as i32, src_w as i32, src_px)?;
    let expected = dst.as_ptr();
    // SAFETY: as above, for the mutable buffer of exactly `dst_w * dst_h` pixels.
    let px: &mut [Vec3f] =
        unsafe { std::slice::from_raw_parts_mut(dst.as_mut_ptr().cast::<Vec3f>(), dst_w * dst_h) };
    let mut dst_mat = Mat::new_rows_cols_with_data_mut(dst_h as i32, dst_w as i32, px)?;
    imgproc::resize(
        &src_mat,
        &mut dst_mat,
        Size::new(dst_w as i32, dst_h as i32),
        0.0,
        0.0,
        imgproc::INTER_LINEAR,
    )?;
    crate::numeric::opencv::ensure_written_in_place(&dst_mat, expected.cast(), "resize")
}

/// The source rows and weights of one output row of OpenCV 4.6's generic bilinear
/// `cv::resize` (`resize` in `imgproc/src/resize.cpp`: `fy = (float)((dy + 0.5)·scale_y − 0.5)`,
/// `sy = cvFloor(fy)`, weights `1 − (fy − sy)` and `fy − sy`; the two rows clipped to the
/// image by `resizeGeneric_Invoker`, the weights not).
#[derive(Clone, Copy, Debug, PartialEq)]
struct LinearRow {
    rows: [usize; 2],
    weights: [f32; 2],
}

impl LinearRow {
    fn new(dy: usize, src_h: usize, dst_h: usize) -> Self {
        let inv_scale_y = dst_h as f64 / src_h as f64;
        let scale_y = 1.0 / inv_scale_y;
        let fy = ((dy as f64 + 0.5) * scale_y - 0.5) as f32;
        let sy = fy.floor() as i64;
        let fy = fy - sy as f32;
        let clip = |y: i64| y.clamp(0, src_h as i64 - 1) as usize;
        LinearRow {
            rows: [clip(sy), clip(sy + 1)],
            weights: [1.0 - fy, fy],
        }
    }
}

/// Source rows resized horizontally in one `cv::resize` call, at most.
const RESIZE_BLOCK_ROWS: usize = 32;

/// `cv::resize(crop, dst, Size(dst_w, dst_h))` (bilinear) of a crop of `frame` converted with
/// `convertTo(CV_32FC3)` (the whole frame, or a window padded with zeros), into `ws.resized`,
/// without the float copy of the crop: OpenCV's generic bilinear resize on floats resizes each
/// source row it needs horizontally, then blends two such rows per output row
/// (`VResizeLinear`: `S0·β0 + S1·β1`, two products and a sum in float). Here the rows are
/// converted in blocks and resized by `cv::resize` itself to the output width and their own
/// height (the vertical weights are then 1 and 0, an exact copy), and blended as OpenCV blends
/// them. The exact 2×2 downscale, which OpenCV hands to its area resize, converts the whole
/// crop and calls `cv::resize`. A window inside the frame gives the pixels `cv::resize` reads
/// through OpenFace's ROI.
fn resize_crop_f32c3(
    frame: ByteFrame<'_>,
    crop: &CropGeometry,
    ws: &mut MtcnnWorkspace,
    dst_w: usize,
    dst_h: usize,
) -> Result<()> {
    let (width, height) = (crop.crop_w, crop.crop_h);
    // `is_area_fast && iscale_x == 2 && iscale_y == 2` of `cv::resize`.
    let halves = |src: usize, dst: usize| {
        let scale = 1.0 / (dst as f64 / src as f64);
        (scale - scale.round_ties_even()).abs() < f64::EPSILON && scale.round_ties_even() == 2.0
    };
    if halves(width, dst_w) && halves(height, dst_h) {
        ws.crop.clear();
        ws.crop.resize(width * height * 3, 0.0);
        for (r, row) in ws.crop.chunks_exact_mut(width * 3).enumerate() {
            crop.fill_row(frame, r, row);
        }
        return resize_f32c3(&ws.crop, width, height, &mut ws.resized, dst_w, dst_h);
    }
    let row_len = dst_w * 3;
    ws.resized.resize(row_len * dst_h, 0.0);
    let mut sources: Vec<usize> = Vec::with_capacity(RESIZE_BLOCK_ROWS);
    let mut maps: Vec<(LinearRow, [usize; 2])> = Vec::with_capacity(RESIZE_BLOCK_ROWS);
    let mut dy = 0;
    while dy < dst_h {
        // A block of output rows whose source rows number at most RESIZE_BLOCK_ROWS. The rows
        // of successive output rows never decrease and the second is at most one past the
        // first, so the block's source rows are the sorted list of new ones.
        sources.clear();
        maps.clear();
        let first = dy;
        while dy < dst_h && sources.len() + 2 <= RESIZE_BLOCK_ROWS {
            let map = LinearRow::new(dy, height, dst_h);
            let mut at = [0; 2];
            for (slot, &row) in at.iter_mut().zip(&map.rows) {
                if sources.last().is_none_or(|&last| last < row) {
                    sources.push(row);
                }
                *slot = sources
                    .iter()
                    .rposition(|&r| r == row)
                    .expect("the rows of an output row are in the block's list");
            }
            maps.push((map, at));
            dy += 1;
        }
        ws.rows.clear();
        ws.rows.resize(sources.len() * width * 3, 0.0);
        for (&r, row) in sources.iter().zip(ws.rows.chunks_exact_mut(width * 3)) {
            crop.fill_row(frame, r, row);
        }
        resize_f32c3(
            &ws.rows,
            width,
            sources.len(),
            &mut ws.row_resized,
            dst_w,
            sources.len(),
        )?;
        for (i, (map, at)) in maps.iter().enumerate() {
            let out = &mut ws.resized[(first + i) * row_len..][..row_len];
            let s0 = &ws.row_resized[at[0] * row_len..][..row_len];
            let s1 = &ws.row_resized[at[1] * row_len..][..row_len];
            let [b0, b1] = map.weights;
            for ((d, &a), &b) in out.iter_mut().zip(s0).zip(s1) {
                *d = a * b0 + b * b1;
            }
        }
    }
    Ok(())
}

/// `(img − 127.5) · 0.0078125` as OpenCV evaluates it (`convertTo` with α = 2⁻⁷,
/// β = −0.99609375; the product is exact, so one rounding), each pixel's channels reversed to
/// red, green, blue (`CNN::Inference` flips OpenCV's BGR).
fn normalise_to_rgb_maps(bgr: &[f32], width: usize, height: usize, maps: &mut FeatureMaps) {
    maps.reshape(3, height, width);
    for (rgb, px) in maps.data.chunks_exact_mut(3).zip(bgr.chunks_exact(3)) {
        rgb[0] = px[2] * NORM_ALPHA + NORM_BETA;
        rgb[1] = px[1] * NORM_ALPHA + NORM_BETA;
        rgb[2] = px[0] * NORM_ALPHA + NORM_BETA;
    }
}

/// OpenFace's `generate_bounding_boxes`: every heat map cell (column by column) with probability
/// ≥ `threshold` becomes the 12×12 window it sees, mapped back to the frame with float division
/// by the scale and truncation, with PNet's regression from output maps 2–5.
fn generate_bounding_boxes(
    heatmap: &[f32],
    pnet_out: &FeatureMaps,
    scale: f32,
    threshold: f32,
) -> Vec<Proposal> {
    let (rows, cols) = (pnet_out.rows, pnet_out.cols);
    let mut out = Vec::new();
    for x in 0..cols {
        for y in 0..rows {
            let i = y * cols + x;
            let score = heatmap[i];
            let px = pnet_out.pixel(y, x);
            if score >= threshold {
                let edge = |v: i32| ((v as f32 / scale) as i32) as f32;
                let (xi, yi) = (x as i32, y as i32);
                let min_x = edge(PNET_STRIDE * xi + 1);
                let max_x = edge(PNET_STRIDE * xi + FACE_SUPPORT);
                let min_y = edge(PNET_STRIDE * yi + 1);
                let max_y = edge(PNET_STRIDE * yi + FACE_SUPPORT);
                out.push(Proposal {
                    rect: Rect {
                        x: min_x,
                        y: min_y,
                        width: max_x - min_x,
                        height: max_y - min_y,
                    },
                    score,
                    correction: Rect {
                        x: px[2],
                        y: px[3],
                        width: px[4],
                        height: px[5],
                    },
                });
            }
        }
    }
    out
}

/// An integer rectangle (`cv::Rect`), the form NMS compares boxes in. Its arithmetic is C
/// `int` arithmetic (wrapping, where OpenCV's would overflow on absurd boxes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct IntRect {
    x: i32,
    y: i32,
    width: i32,
    height: i32,
}

impl IntRect {
    /// `cv::Rect(Rect_<float>)`: each field rounded to nearest, ties to even (`cvRound`),
    /// saturated.
    fn round(r: &Rect) -> Self {
        let round = |v: f32| v.round_ties_even() as i32;
        IntRect {
            x: round(r.x),
            y: round(r.y),
            width: round(r.width),
            height: round(r.height),
        }
    }

    fn area(&self) -> i32 {
        self.width.wrapping_mul(self.height)
    }

    /// `a & b` of OpenCV: the intersection, or an empty rectangle.
    fn intersection(&self, other: &IntRect) -> IntRect {
        let x1 = self.x.max(other.x);
        let y1 = self.y.max(other.y);
        let right = self
            .x
            .wrapping_add(self.width)
            .min(other.x.wrapping_add(other.width));
        let bottom = self
            .y
            .wrapping_add(self.height)
            .min(other.y.wrapping_add(other.height));
        let (width, height) = (right.wrapping_sub(x1), bottom.wrapping_sub(y1));
        if width <= 0 || height <= 0 {
            IntRect {
                x: 0,
                y: 0,
                width: 0,
                height: 0,
            }
        } else {
            IntRect {
                x: x1,
                y: y1,
                width,
                height,
            }
        }
    }
}

/// How NMS measures overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Overlap {
    /// Intersection over union.
    Union,
    /// Intersection over the smaller area.
    Minimum,
}

/// OpenFace's `non_maximum_supression` followed by `select_subset`: repeatedly take the
/// highest-scoring box left (of equal scores the later one, as the multimap yields it) and drop
/// every remaining box whose overlap with it exceeds `threshold`. Keeps the taken boxes in the
/// order taken.
fn non_maximum_suppression(proposals: &mut Vec<Proposal>, threshold: f32, overlap: Overlap) {
    let rects: Vec<IntRect> = proposals.iter().map(|p| IntRect::round(&p.rect)).collect();
    // Ascending by score, ties by index: a multimap's iteration order.
    let mut remaining: Vec<usize> = (0..proposals.len()).collect();
    remaining.sort_by(|&a, &b| proposals[a].score.total_cmp(&proposals[b].score));
    let mut taken = Vec::with_capacity(remaining.len());
    while let Some(current) = remaining.pop() {
        let r1 = rects[current];
        remaining.retain(|&other| {
            let r2 = rects[other];
            let intersection = r1.intersection(&r2).area() as f32;
            let denominator = match overlap {
                Overlap::Minimum => r1.area().min(r2.area()) as f32,
                Overlap::Union => r1.area().wrapping_add(r2.area()) as f32 - intersection,
            };
            let suppressed = intersection / denominator > threshold;
            !suppressed
        });
        taken.push(current);
    }
    let selected: Vec<Proposal> = taken.iter().map(|&i| proposals[i]).collect();
    *proposals = selected;
}

/// OpenFace's `apply_correction`: the box rounded to integers (`cv::Rect`), optionally grown by
/// one pixel, then its edges moved by the regression offsets times its size, in float.
fn apply_correction(proposals: &mut [Proposal], add_one: bool) {
    for p in proposals {
        let mut r = IntRect::round(&p.rect);
        if add_one {
            r.width = r.width.wrapping_add(1);
            r.height = r.height.wrapping_add(1);
        }
        let (x, y, w, h) = (r.x as f32, r.y as f32, r.width as f32, r.height as f32);
        let c = &p.correction;
        let min_x = x + c.x * w;
        let min_y = y + c.y * h;
        let max_x = r.x.wrapping_add(r.width) as f32 + w * c.width;
        let max_y = r.y.wrapping_add(r.height) as f32 + h * c.height;
        p.rect = Rect {
            x: min_x,
            y: min_y,
            width: max_x - min_x,
            height: max_y - min_y,
        };
    }
}

/// OpenFace's `rectify`: each box made square on its longer side, centred (double arithmetic),
/// then corner and side truncated to integers.
fn rectify(proposals: &mut [Proposal]) {
    for p in proposals {
        let r = &mut p.rect;
        let max_side = if r.height > r.width {
            r.height
        } else {
            r.width
        };
        let new_x = (f64::from(r.x) + 0.5 * f64::from(r.width - max_side)) as f32;
        let new_y = (f64::from(r.y) + 0.5 * f64::from(r.height - max_side)) as f32;
        r.x = new_x as i32 as f32;
        r.y = new_y as i32 as f32;
        r.width = max_side as i32 as f32;
        r.height = max_side as i32 as f32;
    }
}

/// Where the zero-padded crop RNet and ONet see comes from: `(w + 1) × (h + 1)` pixels
/// starting one pixel above and left of the box, with OpenFace's index arithmetic (float,
/// truncated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct CropGeometry {
    crop_w: usize,
    crop_h: usize,
    /// The part inside the frame: its top-left corner in the frame and its size.
    in_x: usize,
    in_y: usize,
    in_w: usize,
    in_h: usize,
    /// Where that part goes in the crop.
    out_x: usize,
    out_y: usize,
}

impl CropGeometry {
    /// `None` where OpenFace's copy would throw (a box outside the image, an empty crop).
    fn new(rect: &Rect, width: usize, height: usize) -> Option<Self> {
        // C's float → int conversion (truncation), saturated; widened so that no difference
        // below can overflow whatever the box.
        let int = |v: f32| i64::from(v as i32);
        let (w_orig, h_orig) = (width as i64, height as i64);
        let width_target = rect.width + 1.0;
        let height_target = rect.height + 1.0;
        let start_x_in = int(rect.x - 1.0).max(0);
        let start_y_in = int(rect.y - 1.0).max(0);
        let end_x_in = int(rect.x + width_target - 1.0).min(w_orig);
        let end_y_in = int(rect.y + height_target - 1.0).min(h_orig);
        let start_x_out = int(-rect.x + 1.0).max(0);
        let start_y_out = int(-rect.y + 1.0).max(0);
        // `cv::min` of floats: the second argument when it is smaller.
        let fmin = |a: f32, b: f32| if b < a { b } else { a };
        let end_x_out = int(fmin(
            width_target - (rect.x + rect.width - width as f32),
            width_target,
        ));
        let end_y_out = int(fmin(
            height_target - (rect.y + rect.height - height as f32),
            height_target,
        ));
        let (crop_w, crop_h) = (int(width_target), int(height_target));

        let (in_w, in_h) = (end_x_in - start_x_in, end_y_in - start_y_in);
        let (out_w, out_h) = (end_x_out - start_x_out, end_y_out - start_y_out);
        // No face box comes near this; it keeps a wild regression from allocating gigabytes.
        let max_side = 4 * w_orig.max(h_orig) + 2;
        let valid = crop_w > 0
            && crop_h > 0
            && crop_w <= max_side
            && crop_h <= max_side
            && in_w > 0
            && in_h > 0
            && (in_w, in_h) == (out_w, out_h)
            && start_x_in + in_w <= w_orig
            && start_y_in + in_h <= h_orig
            && end_x_out <= crop_w
            && end_y_out <= crop_h;
        valid.then_some(CropGeometry {
            crop_w: crop_w as usize,
            crop_h: crop_h as usize,
            in_x: start_x_in as usize,
            in_y: start_y_in as usize,
            in_w: in_w as usize,
            in_h: in_h as usize,
            out_x: start_x_out as usize,
            out_y: start_y_out as usize,
        })
    }

    /// The crop lies wholly inside the frame (no padding).
    #[cfg(test)]
    fn is_inside(&self) -> bool {
        (self.in_w, self.in_h) == (self.crop_w, self.crop_h)
    }

    /// The whole frame.
    fn whole(width: usize, height: usize) -> Self {
        CropGeometry {
            crop_w: width,
            crop_h: height,
            in_x: 0,
            in_y: 0,
            in_w: width,
            in_h: height,
            out_x: 0,
            out_y: 0,
        }
    }

    /// Row `r` of the padded crop as interleaved float BGR (`crop_w · 3` values in `out`).
    fn fill_row(&self, frame: ByteFrame<'_>, r: usize, out: &mut [f32]) {
        out.fill(0.0);
        if let Some(row) = r.checked_sub(self.out_y).filter(|&row| row < self.in_h) {
            let src = &frame.data[((self.in_y + row) * frame.width + self.in_x) * 3..];
            let dst = &mut out[self.out_x * 3..][..self.in_w * 3];
            for (d, &v) in dst.iter_mut().zip(&src[..self.in_w * 3]) {
                *d = f32::from(v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use opencv::prelude::*;

    fn proposal(x: f32, y: f32, w: f32, h: f32, score: f32) -> Proposal {
        Proposal {
            rect: Rect {
                x,
                y,
                width: w,
                height: h,
            },
            score,
            correction: Rect::default(),
        }
    }

    #[test]
    fn nms_keeps_best_and_later_of_ties() {
        let mut p = vec![
            proposal(0.0, 0.0, 10.0, 10.0, 0.9),
            proposal(1.0, 1.0, 10.0, 10.0, 0.95),
            proposal(50.0, 50.0, 10.0, 10.0, 0.9),
        ];
        non_maximum_suppression(&mut p, 0.5, Overlap::Union);
        // Box 1 suppresses box 0 (IoU 81/119); box 2 survives.
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].score, 0.95);
        assert_eq!(p[1].rect.x, 50.0);
        // Equal scores: the later box is taken first.
        let mut p = vec![
            proposal(0.0, 0.0, 10.0, 10.0, 0.8),
            proposal(30.0, 0.0, 10.0, 10.0, 0.8),
        ];
        non_maximum_suppression(&mut p, 0.5, Overlap::Union);
        assert_eq!(p[0].rect.x, 30.0);
        // Overlap against the smaller box: a small box inside a large one goes.
        let mut p = vec![
            proposal(0.0, 0.0, 100.0, 100.0, 0.9),
            proposal(10.0, 10.0, 20.0, 20.0, 0.8),
        ];
        non_maximum_suppression(&mut p.clone(), 0.7, Overlap::Union);
        non_maximum_suppression(&mut p, 0.7, Overlap::Minimum);
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn rectify_squares_and_truncates() {
        let mut p = vec![proposal(10.7, 20.2, 30.0, 41.5, 1.0)];
        rectify(&mut p);
        // x = 10.7 + 0.5·(30 − 41.5) = 4.95 → 4; side 41.
        assert_eq!(
            p[0].rect,
            Rect {
                x: 4.0,
                y: 20.0,
                width: 41.0,
                height: 41.0
            }
        );
    }

    #[test]
    fn correction_rounds_box_first() {
        let mut p = vec![Proposal {
            rect: Rect {
                x: 10.5,
                y: 11.5,
                width: 20.4,
                height: 20.6,
            },
            score: 1.0,
            correction: Rect {
                x: 0.1,
                y: -0.1,
                width: 0.2,
                height: 0.0,
            },
        }];
        apply_correction(&mut p, true);
        // cv::Rect: x 10 (tie to even), y 12, w 20, h 21; +1 → 21, 22.
        let r = p[0].rect;
        assert_eq!(r.x, 10.0 + 0.1 * 21.0);
        assert_eq!(r.y, 12.0 - 0.1 * 22.0);
        assert_eq!(r.x + r.width, 31.0 + 21.0 * 0.2);
    }

    #[test]
    fn crop_pads_outside_the_image() {
        // 4×3 image, pixel value = 10·y + x in every channel.
        let (w, h) = (4usize, 3usize);
        let image: Vec<u8> = (0..h)
            .flat_map(|y| (0..w).flat_map(move |x| [(10 * y + x) as u8; 3]))
            .collect();
        // Box at (-1, 0) of side 3: crop 4×4 from (-2, -1).
        let rect = Rect {
            x: -1.0,
            y: 0.0,
            width: 3.0,
            height: 3.0,
        };
        let geometry = CropGeometry::new(&rect, w, h).unwrap();
        assert!(!geometry.is_inside());
        let frame = ByteFrame {
            data: &image,
            width: w,
            height: h,
        };
        let crop = fill_crop(&geometry, frame);
        let (cw, ch) = (geometry.crop_w, geometry.crop_h);
        assert_eq!((cw, ch), (4, 4));
        let at = |x: usize, y: usize| crop[(y * cw + x) * 3];
        assert_eq!(at(0, 0), 0.0);
        assert_eq!(at(2, 1), 0.0); // image (0, 0)
        assert_eq!(at(3, 1), 1.0); // image (1, 0)
        assert_eq!(at(3, 3), 21.0); // image (1, 2)
                                    // Entirely outside: dropped, not a panic.
        let far = Rect {
            x: 100.0,
            y: 100.0,
            width: 5.0,
            height: 5.0,
        };
        assert!(CropGeometry::new(&far, w, h).is_none());
        // Degenerate boxes are dropped, not a panic or a huge allocation.
        for bad in [
            Rect {
                x: f32::NAN,
                y: 0.0,
                width: 3.0,
                height: 3.0,
            },
            Rect {
                x: 0.0,
                y: 0.0,
                width: f32::INFINITY,
                height: 3.0,
            },
            Rect {
                x: -3e9,
                y: -3e9,
                width: 6e9,
                height: 6e9,
            },
            Rect {
                x: 0.0,
                y: 0.0,
                width: -5.0,
                height: -5.0,
            },
        ] {
            assert!(CropGeometry::new(&bad, w, h).is_none(), "{bad:?}");
        }
        // Inside: a window of the frame.
        let inner = Rect {
            x: 1.0,
            y: 1.0,
            width: 1.0,
            height: 1.0,
        };
        let geometry = CropGeometry::new(&inner, w, h).unwrap();
        assert!(geometry.is_inside());
        assert_eq!((geometry.in_x, geometry.in_y, geometry.crop_w), (0, 0, 2));
    }

    /// The whole padded crop as interleaved floats.
    fn fill_crop(geometry: &CropGeometry, frame: ByteFrame<'_>) -> Vec<f32> {
        let mut crop = vec![0.0; geometry.crop_w * geometry.crop_h * 3];
        for (r, row) in crop.chunks_exact_mut(geometry.crop_w * 3).enumerate() {
            geometry.fill_row(frame, r, row);
        }
        crop
    }

    /// Bytes of a pseudo-random image.
    fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut state = seed | 1;
        (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect()
    }

    /// [`resize_crop_f32c3`] equals `cv::resize` of the crop converted to float, bit for bit:
    /// every pyramid level of several frame sizes, upscales, 2×2 and other integer downscales,
    /// one-row and one-column images, a few hundred random size pairs, and padded crops.
    #[test]
    fn crop_resize_matches_opencv_on_the_float_crop() {
        let mut cases = Vec::new();
        for (w, h) in [
            (640, 480),
            (320, 240),
            (1280, 720),
            (1920, 1440),
            (61, 60),
            (97, 251),
        ] {
            for i in 0..12 {
                let scale = 0.2 * 0.709f64.powi(i);
                let (dw, dh) = ((w as f64 * scale).ceil(), (h as f64 * scale).ceil());
                if dw >= 1.0 && dh >= 1.0 {
                    cases.push((w, h, dw as usize, dh as usize));
                }
            }
        }
        cases.extend([
            (100, 80, 50, 40),
            (101, 81, 50, 40),
            (100, 80, 50, 41),
            (90, 90, 30, 30),
            (40, 30, 40, 30),
            (40, 30, 40, 7),
            (40, 30, 9, 30),
            (1, 1, 5, 7),
            (1, 9, 3, 2),
            (9, 1, 2, 3),
            (13, 11, 64, 70),
            (25, 25, 24, 24),
            (49, 49, 48, 48),
            (48, 48, 24, 24),
        ]);
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut draw = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n) as usize + 1
        };
        for _ in 0..300 {
            cases.push((draw(120), draw(120), draw(160), draw(160)));
        }
        let mut ws = MtcnnWorkspace::new();
        let mut expected = Vec::new();
        let mut check = |frame: ByteFrame<'_>, geometry: &CropGeometry, dw: usize, dh: usize| {
            resize_crop_f32c3(frame, geometry, &mut ws, dw, dh).unwrap();
            let float = fill_crop(geometry, frame);
            let (w, h) = (geometry.crop_w, geometry.crop_h);
            resize_f32c3(&float, w, h, &mut expected, dw, dh).unwrap();
            assert_eq!(ws.resized.len(), expected.len());
            let mismatch = ws
                .resized
                .iter()
                .zip(&expected)
                .position(|(a, b)| a.to_bits() != b.to_bits());
            assert_eq!(mismatch, None, "{geometry:?} -> {dw}x{dh}");
        };
        for (n, &(w, h, dw, dh)) in cases.iter().enumerate() {
            let data = noise(w * h * 3, n as u64);
            let frame = ByteFrame {
                data: &data,
                width: w,
                height: h,
            };
            check(frame, &CropGeometry::whole(w, h), dw, dh);
        }
        // RNet's and ONet's crops: windows inside the frame and boxes over its edges.
        let (w, h) = (160, 120);
        let data = noise(w * h * 3, 99);
        let frame = ByteFrame {
            data: &data,
            width: w,
            height: h,
        };
        let mut padded = 0;
        for (x, y, side) in [
            (10.0, 20.0, 47.0),
            (10.0, 20.0, 23.0),
            (-15.0, 30.0, 60.0),
            (120.0, -8.0, 70.0),
            (100.0, 90.0, 95.0),
            (3.0, 4.0, 33.3),
            (-30.0, -30.0, 200.0),
            (-5.0, 100.0, 30.0),
            (150.0, 3.0, 20.0),
        ] {
            let rect = Rect {
                x,
                y,
                width: side,
                height: side,
            };
            // OpenFace's copy throws for some boxes over the edge; those are never resized.
            let Some(geometry) = CropGeometry::new(&rect, w, h) else {
                continue;
            };
            padded += usize::from(!geometry.is_inside());
            for out in [RNET_SIZE, ONET_SIZE] {
                check(frame, &geometry, out, out);
            }
        }
        assert!(padded >= 3, "{padded} padded crops checked");
    }

    /// Our normalisation equals OpenCV's evaluation of `(img − 127.5) * 0.0078125` on a
    /// 3-channel float image.
    #[test]
    fn normalisation_matches_opencv_expression() {
        use opencv::core::{Scalar, CV_32FC3};
        let (w, h) = (7usize, 5usize);
        let bgr: Vec<f32> = (0..w * h * 3)
            .map(|i| (i * 37 % 256) as f32 + 0.25)
            .collect();
        let src = mat_f32c3(&bgr, w, h).unwrap();
        let diff = opencv::core::sub_mat_scalar(&src, Scalar::from(127.5)).unwrap();
        let scaled = opencv::core::mul_matexpr_f64(&diff, 0.0078125).unwrap();
        let m = scaled.to_mat().unwrap();
        assert_eq!(m.typ(), CV_32FC3);
        let expected: &[Vec3f] = m.data_typed().unwrap();
        let mut maps = FeatureMaps::default();
        normalise_to_rgb_maps(&bgr, w, h, &mut maps);
        for (i, px) in expected.iter().enumerate() {
            let (y, x) = (i / w, i % w);
            assert_eq!(maps.at(2, y, x).to_bits(), px[0].to_bits(), "blue {i}");
            assert_eq!(maps.at(1, y, x).to_bits(), px[1].to_bits(), "green {i}");
            assert_eq!(maps.at(0, y, x).to_bits(), px[2].to_bits(), "red {i}");
        }
    }

    #[test]
    fn pick_widest_first_on_ties() {
        let f = |w: f32| FaceBox {
            width: w,
            height: w,
            confidence: 0.9,
            ..FaceBox::default()
        };
        assert_eq!(pick_widest(&[]), None);
        assert_eq!(pick_widest(&[f(10.0), f(30.0), f(30.0), f(20.0)]), Some(1));
        let c = pick_and_correct(&[f(100.0)]).unwrap();
        assert_eq!(c.width, (1.0323f64 * 100.0) as f32);
        assert_eq!(c.y, (100.0f64 * 0.2459) as f32);
    }
}
