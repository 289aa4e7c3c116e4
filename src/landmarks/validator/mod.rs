//! The landmark detection validator: OpenFace 2.2's `DetectionValidator`
//! (`lib/LandmarkDetector/src/LandmarkDetectionValidator.cpp`), which gives every fitted frame
//! its `detection_certainty` (the CSV's `confidence`) and decides whether the fit succeeded.
//!
//! `CLNF::DetectLandmarks` calls it after a successful fit on the frame's grey image
//! ([`GrayImage`], `cv::cvtColor(BGR2GRAY)`), the final 68 landmarks and the CLNF's rotation
//! (`params_global[1..4]`, radians); the fit counts as a success when the certainty exceeds
//! [`VALIDATION_BOUNDARY`]. A failed fit is not validated (certainty 0).
//!
//! Per call, as OpenFace:
//! 1. the view whose orientation is nearest the rotation (`GetViewId`, Euclidean distance);
//! 2. the landmark box widened by 3 px, truncated to integers and clipped to the image; a box
//!    of at most one pixel in either direction gives certainty 0;
//! 3. that crop as float, warped piecewise-affinely onto the view's reference shape
//!    ([`PiecewiseAffineWarp`], `PAW::Warp`, OpenCV's bilinear `remap`);
//! 4. the masked pixels, column by column, normalised by their own mean and standard deviation
//!    (`cv::meanStdDev`), then by the view's mean and standard deviation vectors
//!    (`NormaliseWarpedToVector`);
//! 5. put back into the image (zero outside the face) and run through the view's CNN
//!    (`crate::landmarks::validator::check_cnn::Network`, `CheckCNN`);
//! 6. the arg-max of the `b` scores taken as bin `i` of [−1, 1]: `d = −1 + (i + ½)·2/b`;
//!    certainty `= ½(1 − d)` (so bin 0 of 30 is 0.98333, the value of most good frames).
//!
//! The float and double arithmetic of every step follows OpenFace's types; the unit tests
//! check the normalisation against OpenCV's own `meanStdDev`, `subtract` and `divide`.

pub(crate) mod check_cnn;
mod paw;

pub use paw::{PiecewiseAffineWarp, WarpScratch};

use crate::error::{Error, Result};
use crate::io::image::GrayImage;
use crate::io::model_file::{read_model_bytes, BinaryMatrix, BinaryModelReader};
use crate::io::model_store::ModelStore;
use crate::landmarks::cnn::{read_convolution, read_fully_connected};
use crate::landmarks::validator::check_cnn::{Layer, Network, NetworkWorkspace};
use crate::model::landmarks::Landmarks2d;
use crate::numeric::gauss_newton::min_max;
use std::path::Path;

/// The validator of OpenFace's CLNF model (`main_clnf_general.txt`), relative to the model
/// directory.
pub const VALIDATOR_CNN: &str = "model/detection_validation/validator_cnn.txt";

/// `FaceModelParameters::validation_boundary`: a fit succeeds when its certainty exceeds this.
pub const VALIDATION_BOUNDARY: f32 = 0.725;

/// The only validator type OpenFace 2.2 still reads (a CNN per view).
const CNN_VALIDATOR_TYPE: i32 = 3;

/// One view of the validator: trained for faces near one orientation.
#[derive(Clone, Debug)]
struct View {
    /// Orientation (pitch, yaw, roll) in radians, as OpenFace converts the stored degrees.
    orientation: [f64; 3],
    warp: PiecewiseAffineWarp,
    /// Global normalisation, one value per masked pixel (column by column).
    mean: Vec<f32>,
    std_dev: Vec<f32>,
    network: Network,
}

/// OpenFace 2.2's CNN landmark detection validator (`DetectionValidator`), read from
/// `validator_cnn.txt`.
#[derive(Clone, Debug)]
pub struct DetectionValidator {
    views: Vec<View>,
}

/// What one validation found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Validation {
    /// `detection_certainty` in [0, 1] (OpenFace stores it as float).
    pub certainty: f32,
    /// The view used (`GetViewId`).
    pub view: usize,
    /// The CNN's arg-max bin; `None` when the landmark box was empty (certainty 0).
    pub bin: Option<usize>,
}

impl Validation {
    /// Whether OpenFace counts the fit as successful (`certainty > validation_boundary`).
    pub fn success(&self) -> bool {
        is_success(self.certainty)
    }
}

/// Whether OpenFace counts a fit with this certainty as successful
/// (`detection_certainty > validation_boundary`, 0.725).
pub fn is_success(certainty: f32) -> bool {
    certainty > VALIDATION_BOUNDARY
}

/// Buffers for [`DetectionValidator::check_with`]: grown on the first calls, then reused, so a
/// tracker that keeps one per thread validates without allocating.
#[derive(Clone, Debug, Default)]
pub struct ValidatorWorkspace {
    landmarks: Vec<f32>,
    crop: Vec<f32>,
    warp: WarpScratch,
    warped: Vec<f32>,
    features: Vec<f32>,
    network: NetworkWorkspace,
    scores: Vec<f32>,
}

impl ValidatorWorkspace {
    /// The CNN scores of the last validation that ran the CNN (for diagnostics).
    pub fn last_scores(&self) -> &[f32] {
        &self.scores
    }
}

impl DetectionValidator {
    /// Reads [`VALIDATOR_CNN`] from a model directory.
    ///
    /// # Errors
    /// As [`DetectionValidator::read`].
    pub fn load(store: &ModelStore) -> Result<Self> {
        Self::read(&store.file(VALIDATOR_CNN))
    }

    /// Reads a CNN validator file (`DetectionValidator::Read`: little-endian binary despite the
    /// `.txt` name; OpenFace's `ReadMatBin` matrices).
    ///
    /// # Errors
    /// [`Error::ModelMissing`] / [`Error::Io`] when the file cannot be read,
    /// [`Error::ModelFormat`] when it is not a type-3 (CNN) validator OpenFace could run.
    pub fn read(path: &Path) -> Result<Self> {
        let bytes = read_model_bytes(path)?;
        parse_validator(path, &bytes)
    }

    /// Number of views.
    pub fn view_count(&self) -> usize {
        self.views.len()
    }

    /// Number of landmarks the validator expects (68).
    pub fn points(&self) -> usize {
        self.views[0].warp.points()
    }

    /// `GetViewId`: the view whose orientation is nearest `rotation` (pitch, yaw, roll in
    /// radians, the CLNF's `params_global[1..4]`), the first on ties.
    pub fn view_id(&self, rotation: [f32; 3]) -> usize {
        let mut best = 0;
        let mut best_distance = f64::INFINITY;
        for (i, view) in self.views.iter().enumerate() {
            let mut sq = 0.0f64;
            for (r, o) in rotation.iter().zip(&view.orientation) {
                let d = *r as f64 - o;
                sq += d * d;
            }
            let distance = sq.sqrt();
            if i == 0 || distance < best_distance {
                best = i;
                best_distance = distance;
            }
        }
        best
    }

    /// `DetectionValidator::Check`: the certainty of `landmarks` (image pixels) on `image` for a face with `rotation` (pitch, yaw, roll in radians). Allocates a
    /// workspace; see [`DetectionValidator::check_with`].
    ///
    /// # Errors
    /// As [`DetectionValidator::check_with`].
    pub fn certainty(
        &self,
        image: &GrayImage,
        landmarks: &Landmarks2d,
        rotation: [f32; 3],
    ) -> Result<f32> {
        let mut workspace = ValidatorWorkspace::default();
        Ok(self
            .check_with(&mut workspace, image, landmarks, rotation)?
            .certainty)
    }

    /// `DetectionValidator::Check` with caller-owned buffers.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `landmarks` does not hold 68 finite points, a rotation angle
    /// is not finite, or the image's buffer does not match its size; [`Error::OpenCv`] if
    /// OpenCV's `remap` fails.
    pub fn check_with(
        &self,
        workspace: &mut ValidatorWorkspace,
        image: &GrayImage,
        landmarks: &Landmarks2d,
        rotation: [f32; 3],
    ) -> Result<Validation> {
        let landmarks = landmarks.as_slice();
        let points = self.points();
        if landmarks.len() != 2 * points {
            return Err(Error::Invalid(format!(
                "validator: {} landmark values, expected {}",
                landmarks.len(),
                2 * points
            )));
        }
        if landmarks.iter().chain(&rotation).any(|v| !v.is_finite()) {
            return Err(Error::Degenerate {
                stage: "validator",
                detail: "landmarks and rotation must be finite".into(),
            });
        }
        let view_id = self.view_id(rotation);
        let view = &self.views[view_id];
        let ws = workspace;

        // The landmark box, 3 px wider, truncated and clipped (OpenFace's int casts).
        let (min_x_f, max_x_f) = min_max(&landmarks[..points]);
        let (min_y_f, max_y_f) = min_max(&landmarks[points..]);
        let mut min_x = (min_x_f - 3.0) as i64;
        let mut max_x = (max_x_f + 3.0) as i64;
        let mut min_y = (min_y_f - 3.0) as i64;
        let mut max_y = (max_y_f + 3.0) as i64;
        min_x = min_x.max(0);
        min_y = min_y.max(0);
        max_x = max_x.min(image.width() as i64 - 1);
        max_y = max_y.min(image.height() as i64 - 1);
        if max_x - min_x <= 1 || max_y - min_y <= 1 {
            return Ok(Validation {
                certainty: 0.0,
                view: view_id,
                bin: None,
            });
        }
        let (crop_w, crop_h) = ((max_x - min_x) as usize, (max_y - min_y) as usize);
        let (x0, y0) = (min_x as usize, min_y as usize);
        ws.crop.clear();
        for row in image.data()[y0 * image.width()..]
            .chunks(image.width())
            .take(crop_h)
        {
            ws.crop
                .extend(row[x0..x0 + crop_w].iter().map(|&v| v as f32));
        }
        // Landmarks in crop coordinates (exact: integers subtracted from larger floats).
        ws.landmarks.clear();
        ws.landmarks
            .extend(landmarks[..points].iter().map(|&x| x - min_x as f32));
        ws.landmarks
            .extend(landmarks[points..].iter().map(|&y| y - min_y as f32));

        let warp = &view.warp;
        ws.warped.resize(warp.width() * warp.height(), 0.0);
        warp.warp_into(
            &ws.crop,
            crop_w,
            crop_h,
            &ws.landmarks,
            &mut ws.warp,
            &mut ws.warped,
        )?;

        normalise_masked(
            warp,
            &ws.warped,
            &view.mean,
            &view.std_dev,
            &mut ws.features,
        );

        // The normalised values back into the image, zero outside the face (`features` has
        // exactly one value per masked pixel, checked at load).
        let input = view.network.input_mut(&mut ws.network);
        input.fill(0.0);
        for (i, &v) in warp.masked_by_column().zip(&ws.features) {
            input[i] = v;
        }
        let scores = view.network.run(&mut ws.network);
        ws.scores.clear();
        ws.scores.extend_from_slice(scores);

        let bin = arg_max(&ws.scores);
        Ok(Validation {
            certainty: certainty_of_bin(bin, ws.scores.len()),
            view: view_id,
            bin: Some(bin),
        })
    }
}

/// The certainty OpenFace reports for arg-max bin `bin` of `bins` (`CheckCNN`'s unquantising
/// and `Check`'s `0.5 (1 − d)`, in double, stored as float).
pub fn certainty_of_bin(bin: usize, bins: usize) -> f32 {
    let (max, min) = (1.0f64, -1.0f64);
    let step = (max - min) / bins as f64;
    let decision = min + step / 2.0 + bin as f64 * step;
    (0.5 * (1.0 - decision)) as f32
}

/// First index of the largest value (`cv::minMaxLoc`).
fn arg_max(values: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate() {
        if v > values[best] {
            best = i;
        }
    }
    best
}

/// `NormaliseWarpedToVector`: the masked pixels of `warped` column by column, minus their
/// mean, divided by their standard deviation (`cv::meanStdDev`: double sums, population
/// deviation; 1 if it is 0), then `(v − mean) / std_dev` element by element, all stored as float.
fn normalise_masked(
    warp: &PiecewiseAffineWarp,
    warped: &[f32],
    mean: &[f32],
    std_dev: &[f32],
    out: &mut Vec<f32>,
) {
    out.clear();
    out.extend(warp.masked_by_column().map(|i| warped[i]));
    let (local_mean, mut local_std) = mean_std_dev(out);
    for v in out.iter_mut() {
        *v = subtract_scalar(*v, local_mean);
    }
    if local_std == 0.0 {
        local_std = 1.0;
    }
    let scale = (1.0 / local_std) as f32;
    for ((v, &m), &s) in out.iter_mut().zip(mean).zip(std_dev) {
        *v *= scale;
        *v = (*v - m) / s;
    }
}

/// `cv::meanStdDev` of float values: sums of values and squares in double, in order; the mean
/// and the variance by multiplying with 1/n; the deviation the square root of the variance
/// (clamped at 0).
fn mean_std_dev(values: &[f32]) -> (f64, f64) {
    let (mut sum, mut sq) = (0.0f64, 0.0f64);
    for &v in values {
        let v = v as f64;
        sum += v;
        sq += v * v;
    }
    let scale = if values.is_empty() {
        0.0
    } else {
        1.0 / values.len() as f64
    };
    let mean = sum * scale;
    let var = sq * scale - mean * mean;
    (mean, var.max(0.0).sqrt())
}

/// `Mat_<float> -= Scalar` (OpenCV converts the scalar to the matrix's float type first).
#[inline]
fn subtract_scalar(v: f32, s: f64) -> f32 {
    v - s as f32
}

/// OpenCV's type codes of the `ReadMatBin` matrices in the validator file.
const CV_8U: i32 = 0;
const CV_32S: i32 = 4;
const CV_64F: i32 = 6;

/// The next `ReadMatBin` matrix, which must have OpenCV type `cv_type`; `what` names it in the
/// error. (Its values come back as `f64`, which holds every 8-bit, `int32` and `double` exactly.)
fn read_typed(r: &mut BinaryModelReader, cv_type: i32, what: &str) -> Result<BinaryMatrix> {
    let m = r.matrix()?;
    if m.cv_type != cv_type {
        return Err(r.format_error(format!(
            "{what}: matrix type {} where {cv_type} is expected",
            m.cv_type
        )));
    }
    Ok(m)
}

/// A `Mat_<double>` converted to float (`convertTo(CV_32F)`).
fn read_f64_as_f32(r: &mut BinaryModelReader, what: &str) -> Result<(BinaryMatrix, Vec<f32>)> {
    let m = read_typed(r, CV_64F, what)?;
    let values = m.data.iter().map(|&v| v as f32).collect();
    Ok((m, values))
}

/// `DetectionValidator::Read` for a type-3 (CNN) validator.
fn parse_validator(path: &Path, bytes: &[u8]) -> Result<DetectionValidator> {
    let mut r = BinaryModelReader::new(path, bytes);
    let validator_type = r.i32()?;
    if validator_type != CNN_VALIDATOR_TYPE {
        return Err(r.format_error(format!(
            "validator type {validator_type}: only CNN validators (type 3) are supported, as in \
             OpenFace 2.2"
        )));
    }
    let view_count = r.count("view count")?;
    if view_count == 0 || view_count > 64 {
        return Err(r.format_error(format!("implausible view count {view_count}")));
    }
    let mut orientations = Vec::with_capacity(view_count);
    for _ in 0..view_count {
        let v = read_typed(&mut r, CV_64F, "orientation")?.data;
        if v.len() != 3 {
            return Err(r.format_error("orientation is not a 3-vector"));
        }
        // Degrees to radians as OpenFace: `v * M_PI / 180.0` on a `cv::Vec3d` (the division is
        // a multiplication by 1/180).
        let to_rad = |d: f64| (d * std::f64::consts::PI) * (1.0 / 180.0);
        orientations.push([to_rad(v[0]), to_rad(v[1]), to_rad(v[2])]);
    }
    let mut views = Vec::with_capacity(view_count);
    for (index, orientation) in orientations.into_iter().enumerate() {
        let at = format!("view {index}");
        let (_, mean) = read_f64_as_f32(&mut r, "mean image")?;
        let (_, std_dev) = read_f64_as_f32(&mut r, "standard deviations")?;
        let depth = r.count("network depth")?;
        let mut layers = Vec::with_capacity(depth.min(64));
        for layer in 0..depth {
            let at = format!("{at} layer {layer}");
            layers.push(match r.i32()? {
                0 => Layer::Convolution(read_convolution(&mut r, &at)?),
                1 => Layer::MaxPool,
                2 => Layer::FullyConnected(read_fully_connected(&mut r, &at)?),
                3 => Layer::Relu,
                4 => {
                    return Err(r.format_error(format!(
                        "{at}: sigmoid layers are not supported (no OpenFace 2.2 validator has one)"
                    )))
                }
                t => return Err(r.format_error(format!("{at}: unknown layer type {t}"))),
            });
        }
        let warp = read_warp(&mut r, &at)?;
        if mean.len() != warp.pixel_count() || std_dev.len() != warp.pixel_count() {
            return Err(r.format_error(format!(
                "{at}: {} mean and {} deviation values for {} face pixels",
                mean.len(),
                std_dev.len(),
                warp.pixel_count()
            )));
        }
        let network = Network::new(layers, warp.height(), warp.width())
            .map_err(|e| r.format_error(format!("{at}: {e}")))?;
        views.push(View {
            orientation,
            warp,
            mean,
            std_dev,
            network,
        });
    }
    r.finish()?;
    let points = views[0].warp.points();
    if views.iter().any(|v| v.warp.points() != points) {
        return Err(r.format_error("views disagree on the number of landmarks"));
    }
    Ok(DetectionValidator { views })
}

/// `PAW::Read`; `at` names the view in errors.
fn read_warp(r: &mut BinaryModelReader, at: &str) -> Result<PiecewiseAffineWarp> {
    let pixel_count = r.count("pixel count")?;
    let min_x = r.f64()? as f32;
    let min_y = r.f64()? as f32;
    let destination = read_typed(r, CV_64F, "reference shape")?;
    if destination.cols != 1 || destination.rows % 2 != 0 || destination.rows == 0 {
        return Err(r.format_error(format!("{at}: reference shape is not a 2n×1 column")));
    }
    let points = destination.rows / 2;
    let tri = read_typed(r, CV_32S, "triangulation")?;
    if tri.cols != 3 {
        return Err(r.format_error(format!("{at}: triangulation is not n×3")));
    }
    let triangles = tri
        .data
        .chunks_exact(3)
        .map(|t| {
            let idx = |v: f64| {
                (v >= 0.0)
                    .then_some(v as usize)
                    .ok_or_else(|| r.format_error(format!("{at}: triangle vertex {v}")))
            };
            Ok([idx(t[0])?, idx(t[1])?, idx(t[2])?])
        })
        .collect::<Result<Vec<_>>>()?;
    let triangle_id = read_typed(r, CV_32S, "triangle map")?;
    let ids: Vec<i32> = triangle_id.data.iter().map(|&v| v as i32).collect();
    let mask = r.matrix()?;
    if (mask.rows, mask.cols) != (triangle_id.rows, triangle_id.cols) {
        return Err(r.format_error(format!("{at}: mask and triangle map differ in size")));
    }
    // Any integer mask converted to 8-bit as `convertTo(CV_8U)` does (saturating).
    if mask.cv_type != CV_8U && mask.cv_type != CV_32S {
        return Err(r.format_error(format!(
            "{at}: pixel mask of matrix type {} where an integer mask is expected",
            mask.cv_type
        )));
    }
    let mask_values: Vec<u8> = mask
        .data
        .iter()
        .map(|&v| v.clamp(0.0, 255.0) as u8)
        .collect();
    let mut coefficients = |what: &str| -> Result<Vec<[f32; 3]>> {
        let (m, values) = read_f64_as_f32(r, what)?;
        if m.cols != 3 {
            return Err(r.format_error(format!("{at}: {what} is not n×3")));
        }
        Ok(values.chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect())
    };
    let alpha = coefficients("alpha")?;
    let beta = coefficients("beta")?;
    if mask.data.is_empty() {
        return Err(r.format_error(format!("{at}: empty warp")));
    }
    PiecewiseAffineWarp::new(
        points,
        triangles,
        alpha,
        beta,
        min_x,
        min_y,
        mask.cols,
        mask.rows,
        &ids,
        &mask_values,
        pixel_count,
    )
    .map_err(|e| r.format_error(format!("{at}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::pseudo_random;
    use opencv::core::{divide2, mean_std_dev as cv_mean_std_dev, no_array, subtract, Mat, Scalar};
    use opencv::prelude::*;

    fn mat_of(v: &[f32]) -> opencv::boxed_ref::BoxedRef<'_, Mat> {
        Mat::new_rows_cols_with_data(v.len() as i32, 1, v).unwrap()
    }

    fn values(m: &Mat) -> Vec<f32> {
        (0..m.rows())
            .map(|r| *m.at_2d::<f32>(r, 0).unwrap())
            .collect()
    }

    /// Our `meanStdDev`, scalar subtraction, scaling and element-wise normalisation against
    /// OpenCV's own on warped-pixel-like data, bit for bit.
    #[test]
    fn normalisation_matches_opencv() {
        for (seed, n) in [(1u64, 2642usize), (2, 1491), (3, 1665), (4, 7)] {
            let v = pseudo_random(n, seed, 255.0, 0.0);
            let (mean, std) = mean_std_dev(&v);
            let mut cm = Mat::default();
            let mut cs = Mat::default();
            cv_mean_std_dev(&mat_of(&v), &mut cm, &mut cs, &no_array()).unwrap();
            let (cmean, cstd) = (*cm.at::<f64>(0).unwrap(), *cs.at::<f64>(0).unwrap());
            assert_eq!((mean, std), (cmean, cstd), "meanStdDev n = {n}");

            // vec -= mean
            let ours: Vec<f32> = v.iter().map(|&x| subtract_scalar(x, mean)).collect();
            let mut theirs = Mat::default();
            subtract(
                &mat_of(&v),
                &Scalar::all(mean),
                &mut theirs,
                &no_array(),
                -1,
            )
            .unwrap();
            assert_eq!(ours, values(&theirs), "subtract n = {n}");

            // vec /= std (a MatExpr scaling by 1/std)
            let scale = (1.0 / std) as f32;
            let ours_scaled: Vec<f32> = ours.iter().map(|&x| x * scale).collect();
            let mut scaled = Mat::default();
            theirs.convert_to(&mut scaled, -1, 1.0 / std, 0.0).unwrap();
            assert_eq!(ours_scaled, values(&scaled), "scale n = {n}");

            // (vec - mean_image) / std_image
            let m = pseudo_random(n, seed + 10, 0.2, -0.1);
            let s = pseudo_random(n, seed + 20, 1.0, 0.3);
            let ours_final: Vec<f32> = ours_scaled
                .iter()
                .zip(&m)
                .zip(&s)
                .map(|((&x, &a), &b)| (x - a) / b)
                .collect();
            let mut diff = Mat::default();
            subtract(&scaled, &mat_of(&m), &mut diff, &no_array(), -1).unwrap();
            let mut quotient = Mat::default();
            divide2(&diff, &mat_of(&s), &mut quotient, 1.0, -1).unwrap();
            assert_eq!(ours_final, values(&quotient), "normalise n = {n}");
        }
    }

    #[test]
    fn certainty_of_bins() {
        assert_eq!(certainty_of_bin(0, 30), 0.983_333_35);
        assert_eq!(certainty_of_bin(2, 30), 0.916_666_7);
        assert_eq!(certainty_of_bin(29, 30), 0.016_666_668);
        // 1 − (2i + 1)/60: bin 7 is 0.75, bin 8 is 0.71667.
        assert!(is_success(certainty_of_bin(7, 30)));
        assert!(!is_success(certainty_of_bin(8, 30)));
    }

    #[test]
    fn shareable_across_threads() {
        fn check<T: Send + Sync>() {}
        check::<DetectionValidator>();
        check::<ValidatorWorkspace>();
    }

    #[test]
    fn arg_max_takes_the_first_maximum() {
        assert_eq!(arg_max(&[1.0, 3.0, 3.0, 2.0]), 1);
        assert_eq!(arg_max(&[5.0]), 0);
    }
}
