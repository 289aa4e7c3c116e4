//! Every face of a still image, as OpenFace 2.2's `FaceLandmarkImg` finds and describes it.
//!
//! MTCNN runs on the whole image (`DetectFacesMTCNN`: every box, corrected, in MTCNN's output
//! order). Each box is fitted on its own with `DetectLandmarksInImage(image, box, …)`: local
//! parameters zeroed, the model placed in the box with zero rotation (a single frontal
//! hypothesis, as `multi_view` is off), `CLNF::DetectLandmarks` with the initial window sizes
//! and the part models, then the validator. Pose, 3D landmarks and gaze (for every face,
//! failed or not) come from that fit, and the AUs from
//! [`StaticAuPredictor`](crate::face_analyser::static_aus::StaticAuPredictor). Faces do not
//! influence each other, nor do images.
//!
//! Deliberately unlike OpenFace: a fit that degenerates (non-finite parameters) is an error of
//! the image, not a face written with whatever numbers it ended with.

use crate::error::{Error, Result};
use crate::face_analyser::static_aus::{StaticAuPredictor, StaticFaceAnalysis};
use crate::io::image::{BgrImage, GrayImage};
use crate::io::output::{GazeColumns, RowPrefix};
use crate::landmarks::clnf::FloatGrayImage;
use crate::landmarks::front_end::{FrontEnd, LandmarkModel};
use crate::landmarks::mtcnn::{correct_box, FaceBox};
use crate::landmarks::tracking::TrackedFrame;
use crate::model::pose::{head_pose, landmarks_3d, CameraIntrinsics, HeadPose};
use crate::pipeline::gaze_columns;

/// One face of an image: one row of `FaceLandmarkImg`'s CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageFace {
    /// The face's place in MTCNN's output order (the CSV's `face`).
    pub index: usize,
    /// MTCNN's box before OpenFace's correction.
    pub detection: FaceBox,
    /// The fit: landmarks, eye landmarks, CLNF parameters, the validator's certainty (the
    /// CSV's `confidence`) and decision (the `.hog` record's flag).
    pub fit: TrackedFrame,
    /// `GetPose`.
    pub pose: HeadPose,
    /// `GetShape`: all X, all Y, all Z.
    pub landmarks_3d: Vec<f32>,
    /// Gaze (estimated for every face) and eye landmarks.
    pub gaze: GazeColumns,
    /// Aligned face, HOG and static AUs.
    pub analysis: StaticFaceAnalysis,
}

impl ImageFace {
    /// The face's columns before the AUs, as `FaceLandmarkImg` writes them (`face` = the
    /// detection's index; no frame, timestamp or success column is printed).
    pub fn row_prefix(&self) -> RowPrefix {
        RowPrefix {
            frame: 0,
            face_id: self.index as u32,
            timestamp: 0.0,
            confidence: f64::from(self.fit.certainty),
            success: self.fit.success,
            gaze: self.gaze.clone(),
            pose: self.pose,
            landmarks_2d: self.fit.landmarks.clone(),
            landmarks_3d: self.landmarks_3d.clone(),
            params_global: self.fit.params.global,
            params_local: self.fit.params.local.clone(),
        }
    }
}

/// `FaceLandmarkImg`'s work on one image: every MTCNN face, fitted and analysed, in MTCNN's
/// order. An image without a face gives an empty list. `multi_view` (`-multi_view 1`) tries
/// OpenFace's 11 rotation hypotheses per face instead of the frontal one.
///
/// # Errors
/// [`Error::Invalid`] for the CE-CLM model (whose early-termination search is not what
/// `FaceLandmarkImg` runs here); a stage failing on the image, or a degenerate fit.
pub fn faces_in_image(
    front_end: &FrontEnd,
    predictor: &mut StaticAuPredictor,
    image: &BgrImage,
    camera: &CameraIntrinsics,
    multi_view: bool,
) -> Result<Vec<ImageFace>> {
    if front_end.landmark_model != LandmarkModel::Clnf {
        return Err(Error::Invalid(
            "still images are fitted with the CLNF model only (model/main_clnf_general.txt)".into(),
        ));
    }
    let detections = front_end.detector.detect(image)?;
    if detections.is_empty() {
        return Ok(Vec::new());
    }
    let gray = GrayImage::from_bgr(image)?;
    let clnf_image = FloatGrayImage::from_gray8(&gray)?;
    let pdm = &front_end.clnf.main.pdm;
    let mut faces = Vec::with_capacity(detections.len());
    for (index, detection) in detections.into_iter().enumerate() {
        let init_box = correct_box(&detection);
        let fit = if multi_view {
            front_end
                .clnf
                .detect(&clnf_image, &init_box, &front_end.params)?
        } else {
            front_end
                .clnf
                .fit_from_box(&clnf_image, &init_box, 0, &front_end.params)?
        };
        let validated = front_end.validate(fit, &gray)?;
        let fit = TrackedFrame::from_fit(validated, front_end.clnf.eye_part_indices(), detection);
        let pose = head_pose(pdm, &fit.params, &fit.landmarks, camera)?;
        let points_3d = landmarks_3d(pdm, &fit.params, &fit.landmarks, camera);
        let gaze = gaze_columns(front_end, &fit, pose, camera, true);
        let analysis = predictor.analyse(image, &fit.landmarks)?;
        faces.push(ImageFace {
            index,
            detection,
            fit,
            pose,
            landmarks_3d: points_3d,
            gaze,
            analysis,
        });
    }
    Ok(faces)
}

/// What [`extract_image_folder`] did.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageFolderSummary {
    /// Images read.
    pub images: usize,
    /// Faces written (rows), failed fits included.
    pub faces: usize,
    /// Images with at least one face.
    pub images_with_faces: usize,
}

/// Every face of every image of `dir` (its `.jpg .jpeg .png .bmp` files, sorted by name, as
/// `FaceLandmarkImg -fdir`) into one CSV at `output`: a first column `image` (the file name),
/// then `FaceLandmarkImg`'s columns (`face,confidence,…`, static AUs) with exactly the values
/// of that image's own `FaceLandmarkImg` CSV. Each image is independent (its own camera from
/// its size unless `camera` is given, as `FaceLandmarkImg`). No face in any image: no CSV,
/// as `FaceLandmarkImg` writes none for an image without a face.
///
/// `backend` must hold the static AU models (`BackEnd::load(store, true)`).
///
/// # Errors
/// A folder that cannot be listed or has no image ([`Error::Invalid`]), an image that cannot
/// be read (nothing is written then), an unwritable output, or a failing stage.
pub fn extract_image_folder(
    front_end: &FrontEnd,
    backend: &crate::pipeline::BackEnd,
    dir: &std::path::Path,
    output: &std::path::Path,
    camera: Option<CameraIntrinsics>,
    csv_format: crate::io::output::CsvFormat,
    mut on_image: impl FnMut(&std::path::Path, usize),
) -> Result<ImageFolderSummary> {
    use crate::face_analyser::static_aus::StaticAuPredictor;
    use crate::io::output::{LeadingColumns, StaticAuCsvWriter};
    let images = crate::io::video::image_files_in(dir)?;
    if images.is_empty() {
        return Err(Error::Invalid(format!(
            "no .jpg, .jpeg, .png or .bmp images in {}",
            dir.display()
        )));
    }
    let mut predictor = StaticAuPredictor::new(&backend.au_models, &backend.pdm, &backend.aligner)?;
    let mut csv = StaticAuCsvWriter::create_labelled(
        output,
        backend.csv_layout().with_format(csv_format),
        LeadingColumns::Image,
        "image",
    )?;
    let mut summary = ImageFolderSummary {
        images: 0,
        faces: 0,
        images_with_faces: 0,
    };
    for path in &images {
        let image = crate::io::video::read_still_image(path)?;
        let camera = camera
            .unwrap_or_else(|| CameraIntrinsics::openface_default(image.width(), image.height()));
        let faces = faces_in_image(front_end, &mut predictor, &image, &camera, false)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        summary.images += 1;
        summary.faces += faces.len();
        summary.images_with_faces += usize::from(!faces.is_empty());
        on_image(path, faces.len());
        for face in faces {
            let a = &face.analysis;
            csv.push_labelled(
                &name,
                &face.row_prefix(),
                &a.aus.intensities,
                &a.aus.presences,
            )?;
        }
    }
    csv.finish()?;
    Ok(summary)
}
