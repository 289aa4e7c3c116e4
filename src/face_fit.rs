//! One frame's face from scratch, as OpenFace 2.2 fits it when it (re)detects: MTCNN
//! (`FaceDetectorMTCNN::DetectFaces`), the widest face's corrected box, CLNF's multi-hypothesis
//! fit of the main model plus the inner and eye part models (`CLNF::DetectLandmarks` in
//! detection mode), then the CNN detection validator (`DetectionValidator::Check`) for the
//! certainty and the success decision.
//!
//! This is the per-frame half of `LandmarkDetector::DetectLandmarksInVideo`; tracking between
//! frames (warm starts, re-detection schedule) builds on it.

use crate::clnf::parts::ClnfWithParts;
use crate::clnf::{ClnfParams, FaceBox as ClnfBox, GrayImage as ClnfImage};
use crate::error::Result;
use crate::image::{BgrImage, GrayImage};
use crate::models::{ModelPart, ModelStore};
use crate::mtcnn::{correct_box, pick_widest, FaceBox, MtcnnDetector, Rect};
use crate::pdm::PdmParams;
use crate::validator::{is_success, DetectionValidator};

/// The CLNF model OpenFace's references use (`-mloc model/main_clnf_general.txt`).
pub const CLNF_MODEL: &str = "model/main_clnf_general.txt";

/// A face fitted on one frame.
#[derive(Clone, Debug, PartialEq)]
pub struct FaceFit {
    /// MTCNN's box for the face (the widest one), before OpenFace's correction.
    pub detection: FaceBox,
    /// The corrected box CLNF was initialised from.
    pub init_box: Rect,
    /// Index of the kept initial rotation hypothesis (0 = frontal).
    pub hypothesis: usize,
    /// `x_0..x_67, y_0..y_67`, image pixels (CLNF's `detected_landmarks`).
    pub landmarks: Vec<f32>,
    /// 56 eye landmarks (`x` then `y`; left eye's 28 then the right eye's).
    pub eye_landmarks: Vec<f32>,
    /// The main model's parameters (CLNF's `params_global`, `params_local`).
    pub params: PdmParams,
    /// The validator's `detection_certainty` in [0, 1].
    pub certainty: f32,
    /// `certainty` above the validation boundary: OpenFace's `detection_success`.
    pub success: bool,
}

/// The models of the front end, loaded once and shared read-only.
pub struct FrontEnd {
    pub detector: MtcnnDetector,
    pub clnf: ClnfWithParts,
    pub validator: DetectionValidator,
    /// CLNF's parameters at (re)detection (`FaceModelParameters` for `main_clnf_general`).
    pub params: ClnfParams,
}

impl FrontEnd {
    /// Verifies the landmark model files against the manifest and loads them.
    ///
    /// # Errors
    /// A missing, tampered or unreadable model file, named in the error.
    pub fn load(store: &ModelStore) -> Result<Self> {
        store.check_for_run(&[ModelPart::Landmarks])?;
        Ok(FrontEnd {
            detector: MtcnnDetector::load(store.dir())?,
            clnf: ClnfWithParts::read(&store.file(CLNF_MODEL))?,
            validator: DetectionValidator::load(store)?,
            params: ClnfParams::default(),
        })
    }

    /// Detects and fits the widest face of `frame` from scratch; `None` when MTCNN finds no face.
    /// A fit the validator rejects is returned with `success == false`, as OpenFace keeps it.
    ///
    /// # Errors
    /// When a stage fails on the image (never for a faceless frame).
    pub fn fit_frame(&self, frame: &BgrImage) -> Result<Option<FaceFit>> {
        let faces = self.detector.detect(frame)?;
        let Some(widest) = pick_widest(&faces) else {
            return Ok(None);
        };
        let detection = faces[widest];
        let init_box = correct_box(&detection);
        let clnf_image = ClnfImage::from_bgr(frame)?;
        let bbox = ClnfBox {
            x: init_box.x,
            y: init_box.y,
            width: init_box.width,
            height: init_box.height,
        };
        let fit = self.clnf.detect(&clnf_image, &bbox, &self.params)?;
        // As `CLNF::DetectLandmarks`: the validator runs only when the fit itself succeeded;
        // otherwise the certainty is 0.
        let certainty = if fit.converged {
            let gray = GrayImage::from_bgr(frame)?;
            self.validator
                .certainty(&gray, &fit.landmarks, fit.params.global.rotation)?
        } else {
            0.0
        };
        Ok(Some(FaceFit {
            detection,
            init_box,
            hypothesis: fit.hypothesis,
            landmarks: fit.landmarks,
            eye_landmarks: fit.eye_landmarks,
            params: fit.params,
            certainty,
            success: is_success(certainty),
        }))
    }
}
