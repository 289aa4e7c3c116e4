//! The similarity-aligned, masked face that OpenFace's AU models see: OpenFace 2.2's
//! `FaceAnalysis::AlignFaceMask` (`Face_utils.cpp`) as `FaceAnalyser::AddNextFrame` calls it
//! (rigid points, `sim_scale` 0.7, 112×112, BGR).
//!
//! Steps, each matching OpenFace's float/double types and order of operations:
//! 1. The 24 rigid landmarks (`extract_rigid_points`) of the frame are aligned to the same points
//!    of the PDM's mean shape × `sim_scale` with a similarity (`Utilities::AlignShapesWithScale`:
//!    mean-normalise, divide by the RMS radius, 2D Kabsch via `cv::SVD`, reproduced by `crate::numeric::opencv::svd`).
//! 2. The warp is that scale-rotation with the translation `-(A·(tx, ty)) + size/2`, where
//!    `(tx, ty)` are the PDM's fitted global translation, not the landmarks' centroid.
//! 3. `cv::warpAffine` (bilinear, constant-0 border) of the BGR frame — called through OpenCV.
//! 4. The landmarks are mapped into the aligned image (2×2 product accumulated in double and
//!    rounded to float, as OpenCV's float `gemm` does, then the float translation), the jaw ends
//!    (0, 16) and the eyebrows (17–26) are moved up by `30 / 0.7 × sim_scale` px (subtracted in
//!    double), and every pixel whose integer coordinate `PAW` finds in a triangle of
//!    `tris_68_full` is kept, the rest set to 0. `LandmarkDetector::PAW`'s inside test is in
//!    float with edges included, and its scan reuses the previous pixel's triangle without a
//!    bounding-box test; both are reproduced exactly.
//!
//! The mapping is stateless: one [`FaceAligner`] serves any number of frames and threads.

use crate::error::{Error, Result};
use crate::io::image::BgrImage;
use crate::io::model_file::TextModelReader;
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{GlobalParams, Pdm};
use crate::model::rotation::{kabsch_2d, normalise_shape};
use opencv::core::{Mat, Scalar, Size, BORDER_CONSTANT};
use opencv::imgproc::{warp_affine, INTER_LINEAR};
use opencv::prelude::*;
use std::path::Path;

/// Side of the aligned face the AU models use (`FaceAnalyserParameters::sim_size_au`).
pub const AU_ALIGNED_SIZE: usize = 112;

/// Scale of the mean shape in the aligned face the AU models use (`sim_scale_au`).
pub const AU_SIM_SCALE: f64 = 0.7;

/// Landmarks of the 68-point model that hardly move with expression (OpenFace's
/// `extract_rigid_points`): jaw sides, nose, eye corners and lower lids.
pub const RIGID_POINTS: [usize; 24] = [
    1, 2, 3, 4, 12, 13, 14, 15, 27, 28, 29, 31, 32, 33, 34, 35, 36, 39, 40, 41, 42, 45, 46, 47,
];

/// Landmarks moved up before masking so the mask covers the forehead: the jaw ends and the
/// ten eyebrow points.
pub const FOREHEAD_POINTS: [usize; 12] = [0, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26];

/// Upward shift of [`FOREHEAD_POINTS`] in aligned-image pixels at `sim_scale` 0.7 (OpenFace
/// scales it as `30 / 0.7 × sim_scale`).
pub const FOREHEAD_SHIFT_PX: f64 = 30.0;

/// Number of landmarks of the model this alignment is written for.
const NUM_LANDMARKS: usize = 68;

/// A triangulation of the 68 landmarks (OpenFace's `tris_68_full.txt`, read by
/// `FaceAnalyser::Read` into a `cv::Mat_<int>`): one row of three landmark indices per
/// triangle, in file order (which `PAW`'s scan depends on in degenerate cases).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triangulation {
    triangles: Vec<[usize; 3]>,
}

impl Triangulation {
    /// Reads an OpenFace triangulation file (`rows 3 4` then the indices).
    ///
    /// # Errors
    /// Missing file, a matrix that is not `n × 3`, or indices that are not non-negative
    /// integers.
    pub fn read(path: &Path) -> Result<Self> {
        let mut reader = TextModelReader::open(path)?;
        let m = reader.read_matrix()?;
        let bad = |detail: String| Error::ModelFormat {
            path: path.to_path_buf(),
            detail,
        };
        if m.cols != 3 || m.rows == 0 {
            return Err(bad(format!(
                "triangulation is {}x{}, expected n x 3",
                m.rows, m.cols
            )));
        }
        let mut triangles = Vec::with_capacity(m.rows);
        for r in 0..m.rows {
            let mut tri = [0usize; 3];
            for (c, slot) in tri.iter_mut().enumerate() {
                let v = m.at(r, c);
                if !(v >= 0.0 && v.fract() == 0.0 && v < 1e6) {
                    return Err(bad(format!("triangle {r} has index {v}")));
                }
                *slot = v as usize;
            }
            triangles.push(tri);
        }
        Ok(Triangulation { triangles })
    }

    /// A triangulation from landmark index triples.
    pub fn new(triangles: Vec<[usize; 3]>) -> Self {
        Triangulation { triangles }
    }

    /// The triangles as landmark index triples.
    pub fn triangles(&self) -> &[[usize; 3]] {
        &self.triangles
    }
}

/// The similarity that maps frame pixels to aligned-face pixels (OpenFace's `warp_matrix`, a
/// `cv::Matx23f`): `[a00 a01 b0; a10 a11 b1]`, aligned = A · frame + b.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AlignmentTransform {
    /// Row-major 2×3 float matrix, as handed to `cv::warpAffine` (frame → aligned face).
    pub matrix: [[f32; 3]; 2],
}

impl AlignmentTransform {
    /// Maps a frame point into the aligned image the way `AlignFaceMask` maps the landmarks:
    /// the 2×2 product in double (OpenCV's float `gemm` accumulates in double) rounded to
    /// float, then the float translation added.
    #[inline]
    pub fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let m = &self.matrix;
        let ax = (f64::from(x) * f64::from(m[0][0]) + f64::from(y) * f64::from(m[0][1])) as f32;
        let ay = (f64::from(x) * f64::from(m[1][0]) + f64::from(y) * f64::from(m[1][1])) as f32;
        (ax + m[0][2], ay + m[1][2])
    }
}

/// Reusable buffers for [`FaceAligner::align_face_masked_into`]; one per worker thread.
/// Grown on the first call, then reused: later calls allocate only a few OpenCV `Mat` headers
/// (the views of the frame, the output and the 2×2 / 2×3 matrices).
#[derive(Default)]
pub struct AlignScratch {
    points: Vec<[f32; 2]>,
    triangles: Vec<MaskTriangle>,
    rows: MaskRows,
    mask: Vec<u8>,
}

/// One `PAW::sameSide` test of a triangle — is the pixel on the same side of the line
/// `p2`–`p3` as `p1`? — with everything that does not depend on the pixel computed once, by the
/// same float operations OpenFace performs per pixel: the test is
/// `(ex·(y0 − y2) − (x0 − x2)·dy) · side ≥ 0`.
#[derive(Clone, Copy, Debug, Default)]
struct EdgeTest {
    /// `x3 − x2`.
    ex: f32,
    /// `y3 − y2`.
    dy: f32,
    x2: f32,
    y2: f32,
    /// `(x3 − x2)(y1 − y2) − (x1 − x2)(y3 − y2)`: which side `p1` is on.
    side: f32,
    /// `1 / dy` in double, to locate the real root of the test along a row.
    inv_dy: f64,
}

impl EdgeTest {
    fn new(p1: [f32; 2], p2: [f32; 2], p3: [f32; 2]) -> Self {
        let ex = p3[0] - p2[0];
        let dy = p3[1] - p2[1];
        EdgeTest {
            ex,
            dy,
            x2: p2[0],
            y2: p2[1],
            side: ex * (p1[1] - p2[1]) - (p1[0] - p2[0]) * dy,
            inv_dy: 1.0 / f64::from(dy),
        }
    }

    /// The part of the test that depends on the row only: `ex·(y0 − y2)`.
    #[inline]
    fn row_term(&self, y0: f32) -> f32 {
        self.ex * (y0 - self.y2)
    }

    #[inline]
    fn holds(&self, row_term: f32, x0: f32) -> bool {
        (row_term - (x0 - self.x2) * self.dy) * self.side >= 0.0
    }

    /// The columns of `lo..=hi` (in the row of `row_term`) where the test holds, as
    /// `(first, last)` (empty when `first > last`).
    ///
    /// Along a row the test is monotone in the column: `x0 − x2`, the product with the
    /// constant `dy`, the difference from the constant row term and the product with the
    /// constant `side` are each monotone under IEEE rounding, so the columns where it holds are
    /// a prefix or a suffix of the range (all of it when `dy` or `side` is 0). The boundary is the
    /// real root `r = x2 + row_term / dy` of the unrounded expression, unless the float test can
    /// disagree with the real one there: the float product `(x0 − x2)·dy` is within a relative
    /// 2⁻²³ of the real one, so the float and real signs agree at every column farther than
    /// `|x0 − x2|·2⁻²³` from `r` (for `|dy|, |side|` not tiny, so the last product cannot
    /// underflow). When `r` is that close to a whole column, the boundary is settled by
    /// evaluating the float test itself. Either way the answer is exactly the float test's.
    fn columns(&self, row_term: f32, lo: i64, hi: i64) -> (i64, i64) {
        let holds = |x: i64| self.holds(row_term, x as f32);
        if lo > hi {
            return (lo, hi);
        }
        if self.dy == 0.0 || self.side == 0.0 {
            return if holds(lo) { (lo, hi) } else { (lo, lo - 1) };
        }
        const FAR: i64 = 1 << 40;
        let root = f64::from(self.x2) + f64::from(row_term) * self.inv_dy;
        let below = floor_clamped(root, -FAR, FAR);
        let distance = (root - below as f64).min((below + 1) as f64 - root);
        // 2e-7 > 2⁻²³ plus the f64 rounding of `root`; +2 covers the columns next to it.
        let tolerance = ((root - f64::from(self.x2)).abs() + 2.0) * 2e-7 + 1e-9;
        let clear = distance > tolerance && self.dy.abs() >= 1e-6 && self.side.abs() >= 1e-6;
        if (self.dy > 0.0) == (self.side > 0.0) {
            // Holds up to some column: find the last one.
            if clear {
                return (lo, below.clamp(lo - 1, hi));
            }
            let mut k = below.clamp(lo - 1, hi);
            if k >= lo && !holds(k) {
                k -= 1;
                while k >= lo && !holds(k) {
                    k -= 1;
                }
            } else {
                while k < hi && holds(k + 1) {
                    k += 1;
                }
            }
            (lo, k)
        } else {
            // Holds from some column on: find the first one.
            if clear {
                return ((below + 1).clamp(lo, hi + 1), hi);
            }
            let mut k = ceil_clamped(root, lo, hi + 1);
            if k <= hi && !holds(k) {
                k += 1;
                while k <= hi && !holds(k) {
                    k += 1;
                }
            } else {
                while k > lo && holds(k - 1) {
                    k -= 1;
                }
            }
            (k, hi)
        }
    }
}

/// A triangle of the mask: its vertices in triangulation order, its bounding box (as `PAW`
/// precomputes them) and its three edge tests in `PAW::pointInTriangle`'s order.
#[derive(Clone, Copy, Debug, Default)]
struct MaskTriangle {
    /// Read only by the plain-port oracle in the unit tests.
    #[cfg_attr(not(test), allow(dead_code))]
    v: [[f32; 2]; 3],
    min: [f32; 2],
    max: [f32; 2],
    /// The integer columns inside the bounding box: `ceil(min_x) ..= floor(max_x)`.
    box_cols: (i64, i64),
    edges: [EdgeTest; 3],
}

impl MaskTriangle {
    fn new(v: [[f32; 2]; 3]) -> Self {
        let [a, b, c] = v;
        let (min, max) = ([min3(v, 0), min3(v, 1)], [max3(v, 0), max3(v, 1)]);
        // Far enough outside any image to stand for "unbounded" (and to stay exact as f32).
        const FAR: i64 = 1 << 23;
        MaskTriangle {
            v,
            min,
            max,
            box_cols: (
                ceil_clamped(f64::from(min[0]), -FAR, FAR),
                floor_clamped(f64::from(max[0]), -FAR, FAR),
            ),
            edges: [
                EdgeTest::new(a, b, c),
                EdgeTest::new(b, a, c),
                EdgeTest::new(c, a, b),
            ],
        }
    }

    fn row_terms(&self, y0: f32) -> [f32; 3] {
        self.edges.map(|e| e.row_term(y0))
    }

    /// `PAW::pointInTriangle` for a pixel of the row whose `row_terms` are given.
    #[inline]
    fn contains(&self, row_terms: &[f32; 3], x0: f32) -> bool {
        self.edges[0].holds(row_terms[0], x0)
            && self.edges[1].holds(row_terms[1], x0)
            && self.edges[2].holds(row_terms[2], x0)
    }
}

/// Builds masked, similarity-aligned faces (OpenFace's `AlignFaceMask` with `rigid = true`).
/// Everything that depends only on the PDM and the triangulation is computed once here.
///
/// Only successfully tracked frames are aligned; for a failed frame OpenFace's `FaceAnalyser`
/// uses a black image instead, which is the caller's business.
#[derive(Clone, Debug)]
pub struct FaceAligner {
    sim_scale: f64,
    width: usize,
    height: usize,
    triangulation: Triangulation,
    /// The rigid points of mean shape × `sim_scale`, mean-normalised and divided by their RMS
    /// radius (the `dst` half of `AlignShapesWithScale`, which depends on the PDM only).
    reference_normed: [[f32; 2]; NUM_RIGID],
    /// RMS radius of the rigid points of the scaled mean shape (`s_dst`).
    reference_rms: f32,
}

impl FaceAligner {
    /// The aligner `FaceAnalyser` uses for AU features: `sim_scale` 0.7, 112×112.
    ///
    /// # Errors
    /// See [`FaceAligner::with_geometry`].
    pub fn new(pdm: &Pdm, triangulation: Triangulation) -> Result<Self> {
        Self::with_geometry(
            pdm,
            triangulation,
            AU_SIM_SCALE,
            AU_ALIGNED_SIZE,
            AU_ALIGNED_SIZE,
        )
    }

    /// An aligner for another output scale or size (OpenFace's `-simscale`, `-simsize`).
    ///
    /// # Errors
    /// [`Error::Invalid`] unless the PDM has 68 points, the triangulation's indices are below
    /// 68, the size is between 1 and 4096 and `sim_scale` is positive; [`Error::Numeric`] if
    /// the mean shape's rigid points are degenerate.
    pub fn with_geometry(
        pdm: &Pdm,
        triangulation: Triangulation,
        sim_scale: f64,
        width: usize,
        height: usize,
    ) -> Result<Self> {
        if pdm.num_points() != NUM_LANDMARKS {
            return Err(Error::Invalid(format!(
                "face alignment needs the 68-point PDM, got {} points",
                pdm.num_points()
            )));
        }
        if let Some(t) = triangulation
            .triangles()
            .iter()
            .find(|t| t.iter().any(|&i| i >= NUM_LANDMARKS))
        {
            return Err(Error::Invalid(format!(
                "triangle {t:?} refers to a landmark beyond 67"
            )));
        }
        if !(1..=4096).contains(&width) || !(1..=4096).contains(&height) {
            return Err(Error::Invalid(format!(
                "aligned face size {width}x{height} out of range"
            )));
        }
        if !(sim_scale.is_finite() && sim_scale > 0.0) {
            return Err(Error::Invalid(format!("sim_scale {sim_scale} must be > 0")));
        }
        // `pdm.mean_shape * sim_scale` is a float `convertTo` with the scale cast to float.
        let scale = sim_scale as f32;
        let n = NUM_LANDMARKS;
        let reference =
            RIGID_POINTS.map(|i| [pdm.mean_shape[i] * scale, pdm.mean_shape[i + n] * scale]);
        let (reference_normed, reference_rms) = normalise_points(&reference)?;
        Ok(FaceAligner {
            sim_scale,
            width,
            height,
            triangulation,
            reference_normed,
            reference_rms,
        })
    }

    /// Width and height of the aligned face.
    pub fn size(&self) -> (usize, usize) {
        (self.width, self.height)
    }

    /// The frame-to-aligned-face similarity (the `warp_matrix` of `AlignFaceMask`).
    ///
    /// `landmarks` are the 68 detected points in frame pixels;
    /// `global` are the parameters `PDM::CalcParams` fitted to them (only `tx, ty` are used).
    ///
    /// # Errors
    /// [`Error::Invalid`] for a wrong landmark count or non-finite values.
    pub fn transform(
        &self,
        landmarks: &Landmarks2d,
        global: &GlobalParams,
    ) -> Result<AlignmentTransform> {
        check_landmarks(landmarks)?;
        if !(global.tx.is_finite() && global.ty.is_finite()) {
            return Err(Error::Invalid(format!(
                "non-finite translation ({}, {})",
                global.tx, global.ty
            )));
        }
        let source: [[f32; 2]; NUM_RIGID] = RIGID_POINTS.map(|i| landmarks.point(i));
        let (source_normed, source_rms) = normalise_points(&source)?;
        let s = self.reference_rms / source_rms;
        let r = kabsch_2d(&source_normed, &self.reference_normed);
        let a = [[s * r[0][0], s * r[0][1]], [s * r[1][0], s * r[1][1]]];
        // `Matx22f * Vec2f`: float, accumulated from 0 in column order.
        let t0 = a[0][0] * global.tx + a[0][1] * global.ty;
        let t1 = a[1][0] * global.tx + a[1][1] * global.ty;
        // `out_width / 2` is integer division, then converted to float.
        let cx = (self.width / 2) as f32;
        let cy = (self.height / 2) as f32;
        Ok(AlignmentTransform {
            matrix: [[a[0][0], a[0][1], -t0 + cx], [a[1][0], a[1][1], -t1 + cy]],
        })
    }

    /// The masked, aligned face of `frame` (BGR, `size()` pixels). Allocates the output and a
    /// scratch; see [`FaceAligner::align_face_masked_into`] to reuse both.
    ///
    /// # Errors
    /// As [`FaceAligner::align_face_masked_into`].
    pub fn align_face_masked(
        &self,
        frame: &BgrImage,
        landmarks: &Landmarks2d,
        global: &GlobalParams,
    ) -> Result<BgrImage> {
        let mut out = BgrImage::zeros(self.width, self.height);
        let mut scratch = AlignScratch::default();
        self.align_face_masked_into(frame, landmarks, global, &mut scratch, &mut out)?;
        Ok(out)
    }

    /// Writes the masked, aligned face of `frame` into `out` (resized to `size()` if needed),
    /// exactly as OpenFace's `AlignFaceMask` computes it. Returns the transform used.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an empty or inconsistent frame, a wrong landmark count or
    /// non-finite landmarks or translation; [`Error::OpenCv`] if OpenCV fails.
    pub fn align_face_masked_into(
        &self,
        frame: &BgrImage,
        landmarks: &Landmarks2d,
        global: &GlobalParams,
        scratch: &mut AlignScratch,
        out: &mut BgrImage,
    ) -> Result<AlignmentTransform> {
        if frame.width() == 0 || frame.height() == 0 {
            return Err(Error::Invalid(format!(
                "empty frame {}x{}",
                frame.width(),
                frame.height()
            )));
        }
        let transform = self.transform(landmarks, global)?;
        self.warp(frame, &transform, out)?;
        self.fill_mask(landmarks, &transform, scratch);
        // `cv::multiply` of each channel by the 0/1 mask, as an AND with 0xFF / 0x00.
        for (v, &keep) in out.data_mut().iter_mut().zip(&scratch.mask) {
            *v &= keep;
        }
        Ok(transform)
    }

    /// The unmasked aligned face of `frame` (`FaceAnalysis::AlignFace` with rigid points, as
    /// `FeatureExtraction -nomask` writes it): [`FaceAligner::transform`] and the warp of
    /// [`FaceAligner::align_face_masked_into`] without the mask.
    ///
    /// # Errors
    /// As [`FaceAligner::align_face_masked_into`].
    pub fn align_face_into(
        &self,
        frame: &BgrImage,
        landmarks: &Landmarks2d,
        global: &GlobalParams,
        out: &mut BgrImage,
    ) -> Result<AlignmentTransform> {
        if frame.width() == 0 || frame.height() == 0 {
            return Err(Error::Invalid(format!(
                "empty frame {}x{}",
                frame.width(),
                frame.height()
            )));
        }
        let transform = self.transform(landmarks, global)?;
        self.warp(frame, &transform, out)?;
        Ok(transform)
    }

    /// The same alignment at another output scale and size (OpenFace's `-simscale`,
    /// `-simsize`), with this aligner's triangulation.
    ///
    /// # Errors
    /// As [`FaceAligner::with_geometry`].
    pub fn resized(&self, pdm: &Pdm, sim_scale: f64, width: usize, height: usize) -> Result<Self> {
        Self::with_geometry(pdm, self.triangulation.clone(), sim_scale, width, height)
    }

    /// `cv::warpAffine(frame, out, warp, size, INTER_LINEAR)` (constant-0 border), written
    /// straight into `out`'s buffer.
    fn warp(
        &self,
        frame: &BgrImage,
        transform: &AlignmentTransform,
        out: &mut BgrImage,
    ) -> Result<()> {
        if out.width() != self.width || out.height() != self.height {
            *out = BgrImage::zeros(self.width, self.height);
        }
        let src = frame.as_mat()?;
        let m = transform.matrix;
        let coeffs = [m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2]];
        let warp_mat = Mat::new_rows_cols_with_data(2, 3, &coeffs)?;
        let (w, h) = (self.width as i32, self.height as i32);
        // SAFETY: `Vec3b` is `#[repr(C)]` around `[u8; 3]`; the slice covers exactly the
        // `width * height` pixels of `out.data` and lives as long as the mutable borrow.
        let pixels: &mut [opencv::core::Vec3b] = unsafe {
            std::slice::from_raw_parts_mut(
                out.data_mut().as_mut_ptr().cast::<opencv::core::Vec3b>(),
                self.width * self.height,
            )
        };
        let mut dst = Mat::new_rows_cols_with_data_mut(h, w, pixels)?;
        let before = dst.data();
        warp_affine(
            &src,
            &mut dst,
            &warp_mat,
            Size::new(w, h),
            INTER_LINEAR,
            BORDER_CONSTANT,
            Scalar::default(),
        )?;
        crate::numeric::opencv::ensure_written_in_place(&dst, before, "warpAffine")
    }

    /// The face mask in `scratch.mask`, one byte per channel (0xFF keep, 0 drop): landmarks
    /// mapped into the aligned image, forehead points moved up, then OpenFace's `PAW` pixel
    /// mask over `[0, w-1] × [0, h-1]`.
    fn fill_mask(
        &self,
        landmarks: &Landmarks2d,
        transform: &AlignmentTransform,
        s: &mut AlignScratch,
    ) {
        s.points.clear();
        s.points.extend(landmarks.points().map(|[x, y]| {
            let (x, y) = transform.apply(x, y);
            [x, y]
        }));
        let shift = FOREHEAD_SHIFT_PX / 0.7 * self.sim_scale;
        for &i in &FOREHEAD_POINTS {
            // `at<float>(i, 1) -= double`: the subtraction happens in double.
            s.points[i][1] = (f64::from(s.points[i][1]) - shift) as f32;
        }
        s.triangles.clear();
        s.triangles.extend(
            self.triangulation
                .triangles()
                .iter()
                .map(|t| MaskTriangle::new([s.points[t[0]], s.points[t[1]], s.points[t[2]]])),
        );
        pixel_mask(
            &s.triangles,
            self.width,
            self.height,
            3,
            0xFF,
            &mut s.rows,
            &mut s.mask,
        );
    }
}

fn check_landmarks(landmarks: &Landmarks2d) -> Result<()> {
    if landmarks.len() != NUM_LANDMARKS {
        return Err(Error::Invalid(format!(
            "expected {NUM_LANDMARKS} landmarks, got {}",
            landmarks.len()
        )));
    }
    if let Some(i) = landmarks.as_slice().iter().position(|v| !v.is_finite()) {
        return Err(Error::Invalid(format!("landmark value {i} is not finite")));
    }
    Ok(())
}

/// Number of rigid points.
const NUM_RIGID: usize = RIGID_POINTS.len();

/// [`normalise_shape`] of the rigid points, refusing a degenerate shape (zero or non-finite
/// RMS radius) with a typed error instead of OpenFace's infinities.
fn normalise_points(points: &[[f32; 2]; NUM_RIGID]) -> Result<([[f32; 2]; NUM_RIGID], f32)> {
    let mut normed = *points;
    let rms = normalise_shape(&mut normed);
    if !(rms > 0.0 && rms.is_finite()) {
        return Err(Error::Numeric {
            stage: "face alignment",
            detail: format!("degenerate rigid points (RMS radius {rms})"),
        });
    }
    Ok((normed, rms))
}

/// `floor(v)` as an integer, clamped to `lo..=hi`, without a libm call (SSE2 has no rounding
/// instruction). `v` must not be NaN.
#[inline]
fn floor_clamped(v: f64, lo: i64, hi: i64) -> i64 {
    let c = v.clamp(lo as f64, hi as f64);
    let t = c as i64;
    if (t as f64) > c {
        t - 1
    } else {
        t
    }
}

/// `ceil(v)` as an integer, clamped to `lo..=hi`, without a libm call. `v` must not be NaN.
#[inline]
fn ceil_clamped(v: f64, lo: i64, hi: i64) -> i64 {
    let c = v.clamp(lo as f64, hi as f64);
    let t = c as i64;
    if (t as f64) < c {
        t + 1
    } else {
        t
    }
}

fn min3(v: [[f32; 2]; 3], c: usize) -> f32 {
    v[0][c].min(v[1][c]).min(v[2][c])
}

fn max3(v: [[f32; 2]; 3], c: usize) -> f32 {
    v[0][c].max(v[1][c]).max(v[2][c])
}

/// Per-row state of [`pixel_mask`], kept in [`AlignScratch`] to avoid reallocation.
#[derive(Clone, Debug, Default)]
struct MaskRows {
    /// Per triangle, valid for the current row when `row[i].stamp == y + 1`.
    row: Vec<RowTriangle>,
    /// Per pixel of the current row: the smallest index of a triangle whose bounding box and
    /// inside test both hold there (`u32::MAX`: none) — the answer of OpenFace's full search.
    first: Vec<u32>,
}

#[derive(Clone, Copy, Debug, Default)]
struct RowTriangle {
    stamp: usize,
    terms: [f32; 3],
    /// Columns inside the bounding box: `ceil(min_x) ..= floor(max_x)`.
    box_lo: i64,
    box_hi: i64,
    /// Columns of the box where the inside test holds (empty when `hit_lo > hit_hi`).
    hit_lo: i64,
    hit_hi: i64,
}

/// OpenFace's `PAW` pixel mask with the box `[0, width-1] × [0, height-1]`, exactly.
///
/// OpenFace scans the pixels in row order; each pixel first tries the previous pixel's
/// triangle (`findTriangle`'s guess, tested *without* its bounding box), then every triangle
/// whose bounding box holds the pixel, in index order. The same answer is computed here row by
/// row: within a row each edge test is a monotone function of the column (float subtraction and
/// multiplication by a constant are monotone), so the columns where a triangle's test holds form
/// one interval (see [`EdgeTest::columns`]); painting the intervals in reverse index order
/// gives the full search's answer for every column at once, and the guess is then checked
/// against its interval, or evaluated outright where OpenFace evaluates it outside the bounding
/// box. Every inside test is OpenFace's float arithmetic.
///
/// `mask` gets `channels` bytes per pixel, `on` inside and 0 outside.
#[allow(clippy::too_many_arguments)]
fn pixel_mask(
    triangles: &[MaskTriangle],
    width: usize,
    height: usize,
    channels: usize,
    on: u8,
    rows: &mut MaskRows,
    mask: &mut Vec<u8>,
) {
    const NONE: u32 = u32::MAX;
    mask.clear();
    mask.resize(width * height * channels, 0);
    rows.row.clear();
    rows.row.resize(triangles.len(), RowTriangle::default());
    rows.first.clear();
    rows.first.resize(width, NONE);
    let last_col = width as i64 - 1;
    let mut guess: Option<usize> = None;
    for y in 0..height {
        let y0 = y as f32;
        let stamp = y + 1;
        rows.first.fill(NONE);
        for (i, t) in triangles.iter().enumerate().rev() {
            if t.max[1] < y0 || t.min[1] > y0 {
                continue;
            }
            let terms = t.row_terms(y0);
            let (box_lo, box_hi) = t.box_cols;
            let (mut hit_lo, mut hit_hi) = (box_lo.max(0), box_hi.min(last_col));
            for (e, &term) in t.edges.iter().zip(&terms) {
                (hit_lo, hit_hi) = e.columns(term, hit_lo, hit_hi);
            }
            if hit_lo <= hit_hi {
                rows.first[hit_lo as usize..=hit_hi as usize].fill(i as u32);
            }
            rows.row[i] = RowTriangle {
                stamp,
                terms,
                box_lo,
                box_hi,
                hit_lo,
                hit_hi,
            };
        }
        if let Some(g) = guess {
            if rows.row[g].stamp != stamp {
                // The guess carried over from the previous row need not span this one; it is
                // then evaluated outright (see the `stamp` test below).
                rows.row[g].terms = triangles[g].row_terms(y0);
            }
        }
        let mask_row = &mut mask[y * width * channels..(y + 1) * width * channels];
        let mut x = 0usize;
        while x < width {
            let xi = x as i64;
            if let Some(g) = guess {
                let r = &rows.row[g];
                if r.stamp == stamp && r.box_lo <= xi && xi <= r.box_hi {
                    if r.hit_lo <= xi && xi <= r.hit_hi {
                        // The guess holds for the rest of its interval: one run.
                        let end = r.hit_hi as usize;
                        mask_row[x * channels..(end + 1) * channels].fill(on);
                        x = end + 1;
                        continue;
                    }
                } else if triangles[g].contains(&r.terms, x as f32) {
                    // OpenFace tests the guess without its bounding box.
                    mask_row[x * channels..(x + 1) * channels].fill(on);
                    x += 1;
                    continue;
                }
            }
            let f = rows.first[x];
            guess = (f != NONE).then_some(f as usize);
            if guess.is_some() {
                mask_row[x * channels..(x + 1) * channels].fill(on);
            }
            x += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `PAW::sameSide`, written out per pixel as OpenFace does.
    fn same_side(p0: [f32; 2], p1: [f32; 2], p2: [f32; 2], p3: [f32; 2]) -> bool {
        let x = (p3[0] - p2[0]) * (p0[1] - p2[1]) - (p0[0] - p2[0]) * (p3[1] - p2[1]);
        let y = (p3[0] - p2[0]) * (p1[1] - p2[1]) - (p1[0] - p2[0]) * (p3[1] - p2[1]);
        x * y >= 0.0
    }

    fn point_in_triangle(p: [f32; 2], t: &MaskTriangle) -> bool {
        let [a, b, c] = t.v;
        same_side(p, a, b, c) && same_side(p, b, a, c) && same_side(p, c, a, b)
    }

    /// The plain port of the `PAW` constructor's mask loop (`findTriangle` with its guess):
    /// the oracle for the optimised [`pixel_mask`].
    fn pixel_mask_reference(triangles: &[MaskTriangle], width: usize, height: usize) -> Vec<u8> {
        let mut mask = vec![0u8; width * height];
        let mut guess: Option<usize> = None;
        for y in 0..height {
            for x in 0..width {
                let p = [x as f32, y as f32];
                let mut found = guess.filter(|&g| point_in_triangle(p, &triangles[g]));
                if found.is_none() {
                    found = triangles.iter().position(|t| {
                        !(t.max[0] < p[0] || t.min[0] > p[0] || t.max[1] < p[1] || t.min[1] > p[1])
                            && point_in_triangle(p, t)
                    });
                }
                mask[y * width + x] = u8::from(found.is_some());
                guess = found;
            }
        }
        mask
    }

    fn fast_mask(triangles: &[MaskTriangle], width: usize, height: usize) -> Vec<u8> {
        let (mut rows, mut m) = (MaskRows::default(), Vec::new());
        pixel_mask(triangles, width, height, 1, 1, &mut rows, &mut m);
        m
    }

    /// xorshift64*: deterministic test data without a dependency.
    struct Rng(u64);
    impl Rng {
        fn next_f32(&mut self) -> f32 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 40) as f32 / (1u64 << 24) as f32
        }
    }

    #[test]
    fn mask_includes_edges_and_vertices() {
        let t = [MaskTriangle::new([[1.0, 1.0], [5.0, 1.0], [1.0, 5.0]])];
        let m = fast_mask(&t, 7, 7);
        let inside = |x: usize, y: usize| m[y * 7 + x] == 1;
        assert!(inside(1, 1) && inside(5, 1) && inside(1, 5) && inside(3, 3));
        assert!(!inside(0, 0) && !inside(4, 3) && !inside(6, 1));
        assert_eq!(m.iter().filter(|&&v| v == 1).count(), 15);
    }

    #[test]
    fn fast_mask_equals_plain_port() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for case in 0..600 {
            // Vertices on the pixel grid (edges through pixel centres), a hair off it, on half
            // pixels, or anywhere, partly outside the image; some triangles degenerate.
            let snap = case % 4;
            let mut point = || {
                let mut v = [rng.next_f32() * 50.0 - 5.0, rng.next_f32() * 50.0 - 5.0];
                let hair = (rng.next_f32() - 0.5) * 4e-6;
                match snap {
                    0 => v = v.map(f32::round),
                    1 => v = v.map(|c| c.round() + hair),
                    2 => v = v.map(|c| (c * 2.0).round() / 2.0),
                    _ => {}
                }
                v
            };
            let mut tris: Vec<MaskTriangle> = (0..12)
                .map(|_| MaskTriangle::new([point(), point(), point()]))
                .collect();
            if case % 10 == 0 {
                let a = point();
                let b = [a[0] + 4.0, a[1] + 2.0];
                let c = [a[0] + 8.0, a[1] + 4.0];
                tris.push(MaskTriangle::new([a, b, c]));
            }
            assert_eq!(
                fast_mask(&tris, 40, 40),
                pixel_mask_reference(&tris, 40, 40),
                "case {case}"
            );
        }
    }

    #[test]
    fn edge_columns_match_brute_force() {
        let mut rng = Rng(0xD1B5_4A32_D192_ED03);
        for case in 0..200_000 {
            let snap = case % 4;
            let mut point = || {
                let mut v = [rng.next_f32() * 140.0 - 15.0, rng.next_f32() * 140.0 - 15.0];
                let hair = (rng.next_f32() - 0.5) * 1e-4;
                match snap {
                    0 => v = v.map(f32::round),
                    1 => v = v.map(|c| c.round() + hair),
                    2 => v = v.map(|c| (c * 4.0).round() / 4.0),
                    _ => {}
                }
                v
            };
            let e = EdgeTest::new(point(), point(), point());
            let y0 = (rng.next_f32() * 112.0).floor();
            let term = e.row_term(y0);
            let lo = (rng.next_f32() * 130.0) as i64 - 10;
            let hi = lo + (rng.next_f32() * 130.0) as i64 - 10;
            let got = e.columns(term, lo, hi);
            let hits: Vec<i64> = (lo..=hi).filter(|&x| e.holds(term, x as f32)).collect();
            match (hits.first(), hits.last()) {
                (Some(&a), Some(&b)) => {
                    assert_eq!(got, (a, b), "case {case}");
                    assert_eq!(hits.len() as i64, b - a + 1, "case {case}: not an interval");
                }
                _ => assert!(got.0 > got.1, "case {case}: {got:?} for an empty set"),
            }
        }
    }

    #[test]
    fn normalised_points_have_unit_rms() {
        let mut pts = [[0.0f32; 2]; NUM_RIGID];
        for (i, p) in pts.iter_mut().enumerate() {
            let a = i as f32 * std::f32::consts::TAU / NUM_RIGID as f32;
            *p = [10.0 + 3.0 * a.cos(), -4.0 + 3.0 * a.sin()];
        }
        let (n, rms) = normalise_points(&pts).unwrap();
        assert!((rms - 3.0).abs() < 1e-5);
        let sq: f32 = n.iter().map(|p| p[0] * p[0] + p[1] * p[1]).sum();
        assert!((sq / NUM_RIGID as f32 - 1.0).abs() < 1e-5);
    }

    #[test]
    fn triangulation_indices_are_checked() {
        let pdm = Pdm {
            mean_shape: vec![0.0; 3 * NUM_LANDMARKS],
            princ_comp: Vec::new(),
            eigen_values: Vec::new(),
        };
        let err = FaceAligner::new(&pdm, Triangulation::new(vec![[0, 1, 68]]));
        assert!(matches!(err, Err(Error::Invalid(_))));
    }
}
