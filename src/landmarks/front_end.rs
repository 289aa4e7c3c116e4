//! One frame's face from scratch, as OpenFace 2.2 fits it when it (re)detects: MTCNN
//! (`FaceDetectorMTCNN::DetectFaces`), the widest face's corrected box, CLNF's multi-hypothesis
//! fit of the main model plus the inner and eye part models (`CLNF::DetectLandmarks` in
//! detection mode), then the CNN detection validator (`DetectionValidator::Check`) for the
//! certainty and the success decision.
//!
//! This is the per-frame half of `LandmarkDetector::DetectLandmarksInVideo`; tracking between
//! frames (warm starts, re-detection schedule) builds on it.

use crate::error::{Error, Result};
use crate::io::image::{BgrImage, GrayImage};
use crate::io::model_store::{ModelPart, ModelStore};
use crate::landmarks::clnf::parts::{ClnfWithParts, FullFit};
use crate::landmarks::clnf::sigma_cache::SigmaCache;
use crate::landmarks::clnf::{ClnfParams, FloatGrayImage as ClnfImage};
use crate::landmarks::mtcnn::{correct_box, pick_widest, FaceBox, MtcnnDetector, Rect};
use crate::landmarks::validator::{is_success, DetectionValidator};
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::PdmParams;

/// The CLNF model OpenFace's references use (`-mloc model/main_clnf_general.txt`).
pub const CLNF_MODEL: &str = "model/main_clnf_general.txt";

/// OpenFace's default landmark model, CE-CLM (CEN patch experts, eye parts only).
pub const CECLM_MODEL: &str = "model/main_ceclm_general.txt";

/// The validator CE-CLM uses (`main_ceclm_general.txt`'s `DetectionValidator` line).
pub const CECLM_VALIDATOR: &str = "model/detection_validation/validator_cnn_68.txt";

/// CE-CLM's CEN patch-expert files. They are not part of OpenFace's repository (OpenFace's
/// `download_models` script fetches them) and have no entry in the model manifest.
pub const CEN_PATCH_FILES: [&str; 4] = [
    "model/patch_experts/cen_patches_0.25_of.dat",
    "model/patch_experts/cen_patches_0.35_of.dat",
    "model/patch_experts/cen_patches_0.50_of.dat",
    "model/patch_experts/cen_patches_1.00_of.dat",
];

/// Which landmark model the front end fits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LandmarkModel {
    /// CLNF (`main_clnf_general.txt`: CCNF patch experts, inner and eye parts,
    /// `validator_cnn.txt`): what every reference uses; the default.
    #[default]
    Clnf,
    /// CE-CLM (`main_ceclm_general.txt`: CEN patch experts with early termination, eye parts,
    /// `validator_cnn_68.txt`), OpenFace's own default; needs the CEN `.dat` files
    /// ([`CEN_PATCH_FILES`]).
    Ceclm,
}

impl LandmarkModel {
    /// The main model file, relative to the model directory.
    pub fn main_file(self) -> &'static str {
        match self {
            LandmarkModel::Clnf => CLNF_MODEL,
            LandmarkModel::Ceclm => CECLM_MODEL,
        }
    }

    /// The detection validator file, relative to the model directory.
    pub fn validator_file(self) -> &'static str {
        match self {
            LandmarkModel::Clnf => crate::landmarks::validator::VALIDATOR_CNN,
            LandmarkModel::Ceclm => CECLM_VALIDATOR,
        }
    }

    /// `FaceModelParameters` at (re)detection for this model.
    pub fn params(self) -> ClnfParams {
        match self {
            LandmarkModel::Clnf => ClnfParams::default(),
            LandmarkModel::Ceclm => ClnfParams::ceclm(),
        }
    }
}

impl std::fmt::Display for LandmarkModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LandmarkModel::Clnf => "clnf",
            LandmarkModel::Ceclm => "ceclm",
        })
    }
}

impl std::str::FromStr for LandmarkModel {
    type Err = Error;

    /// `clnf` or `ceclm` (case-insensitive).
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "clnf" => Ok(LandmarkModel::Clnf),
            "ceclm" | "ce-clm" => Ok(LandmarkModel::Ceclm),
            _ => Err(Error::Invalid(format!(
                "unknown landmark model {s:?} (expected clnf or ceclm)"
            ))),
        }
    }
}

/// A fit after the validator.
#[derive(Clone, Debug)]
pub struct ValidatedFit {
    pub fit: FullFit,
    /// The validator's certainty (`detection_certainty`).
    pub certainty: f32,
    /// `detection_success` of the kept fit.
    pub success: bool,
    /// What OpenFace's search returns: the kept fit's success, except for CE-CLM's search
    /// without an early termination, which returns the last completed hypothesis's.
    pub returned_success: bool,
}

/// A face fitted on one frame.
#[derive(Clone, Debug, PartialEq)]
pub struct FaceFit {
    /// MTCNN's box for the face (the widest one), before OpenFace's correction.
    pub detection: FaceBox,
    /// The corrected box CLNF was initialised from.
    pub init_box: Rect,
    /// Index of the kept initial rotation hypothesis (0 = frontal).
    pub hypothesis: usize,
    /// Image pixels (CLNF's `detected_landmarks`).
    pub landmarks: Landmarks2d,
    /// 56 eye landmarks (left eye's 28 then the right eye's).
    pub eye_landmarks: Landmarks2d,
    /// The main model's parameters (CLNF's `params_global`, `params_local`).
    pub params: PdmParams,
    /// The validator's `detection_certainty` in [0, 1]. (CE-CLM, when no hypothesis passes
    /// early termination: OpenFace's value, that of the last completed hypothesis.)
    pub certainty: f32,
    /// OpenFace's `detection_success`: the kept fit's certainty above the validation boundary
    /// (the same as `certainty > 0.725` except in the CE-CLM case above).
    pub success: bool,
}

/// A scoped thread's result, its panic passed on.
fn join<T>(result: std::thread::Result<T>) -> T {
    result.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The models of the front end, loaded once and shared read-only.
pub struct FrontEnd {
    pub detector: MtcnnDetector,
    pub clnf: ClnfWithParts,
    pub validator: DetectionValidator,
    /// CLNF's parameters at (re)detection (`FaceModelParameters` for `main_clnf_general`).
    pub params: ClnfParams,
    /// The landmark model loaded.
    pub landmark_model: LandmarkModel,
}

impl FrontEnd {
    /// Verifies the landmark model files against the manifest and loads them.
    ///
    /// # Errors
    /// A missing, tampered or unreadable model file, named in the error.
    pub fn load(store: &ModelStore) -> Result<Self> {
        Self::load_with(store, LandmarkModel::Clnf)
    }

    /// As [`FrontEnd::load`] with the given landmark model. For CE-CLM the manifest's files
    /// are verified as for CLNF (MTCNN and the eye parts are shared); its own files, which the
    /// manifest does not list, are only required to be present.
    ///
    /// # Errors
    /// As [`FrontEnd::load`]; for CE-CLM, [`Error::ModelMissing`] naming the first missing CEN
    /// `.dat` file (or other CE-CLM file).
    pub fn load_with(store: &ModelStore, model: LandmarkModel) -> Result<Self> {
        store.check_for_run(&[ModelPart::Landmarks])?;
        if model == LandmarkModel::Ceclm {
            for file in CEN_PATCH_FILES {
                let path = store.file(file);
                if !path.is_file() {
                    return Err(Error::ModelMissing { path });
                }
            }
        }
        // The three models are independent files: read them side by side.
        let (detector, clnf, validator) = std::thread::scope(|s| {
            let detector = s.spawn(|| MtcnnDetector::load(store.dir()));
            let validator =
                s.spawn(|| DetectionValidator::read(&store.file(model.validator_file())));
            let clnf = ClnfWithParts::read(&store.file(model.main_file()));
            (join(detector.join()), clnf, join(validator.join()))
        });
        let mut clnf = clnf?;
        if let Some(cache) = SigmaCache::open_default() {
            clnf.attach_sigma_cache(&cache);
        }
        Ok(FrontEnd {
            detector: detector?,
            clnf,
            validator: validator?,
            params: model.params(),
            landmark_model: model,
        })
    }

    /// MTCNN on `frame`, then the widest face and the box OpenFace initialises CLNF with
    /// (`DetectFacesMTCNN`'s pick and correction); `None` when no face is found.
    ///
    /// # Errors
    /// When the detector fails on the image (never for a faceless frame).
    pub fn detect_widest(&self, frame: &BgrImage) -> Result<Option<(FaceBox, Rect)>> {
        let faces = self.detector.detect(frame)?;
        Ok(pick_widest(&faces).map(|i| (faces[i], correct_box(&faces[i]))))
    }

    /// The validator step of `CLNF::DetectLandmarks`: it runs only on a fit that converged
    /// (otherwise certainty 0 and failure); a degenerate fit the validator cannot place gets
    /// certainty 0. With CE-CLM's `certainty_from` (see [`FullFit::certainty_from`]) the
    /// certainty and the returned success are that fit's.
    ///
    /// # Errors
    /// When the validator fails for another reason than a degenerate fit.
    pub fn validate(&self, mut fit: FullFit, gray: &GrayImage) -> Result<ValidatedFit> {
        let check = |f: &FullFit| -> Result<f32> {
            if !f.converged {
                return Ok(0.0);
            }
            match self
                .validator
                .certainty(gray, &f.landmarks, f.params.global.rotation)
            {
                Ok(c) => Ok(c),
                Err(Error::Degenerate { .. }) => Ok(0.0),
                Err(e) => Err(e),
            }
        };
        let own = check(&fit)?;
        let (certainty, returned_success) = match fit.certainty_from.take() {
            Some(other) => {
                let c = check(&other)?;
                (c, other.converged && is_success(c))
            }
            None => (own, fit.converged && is_success(own)),
        };
        Ok(ValidatedFit {
            success: fit.converged && is_success(own),
            fit,
            certainty,
            returned_success,
        })
    }

    /// Detects and fits the widest face of `frame` from scratch, as the tracker does on its
    /// first frame ([`FrontEnd::detect_widest`], the 11-hypothesis CLNF fit with part models,
    /// [`FrontEnd::validate`]); `None` when MTCNN finds no face. A fit the validator rejects is
    /// returned with `success == false`, as OpenFace keeps it.
    ///
    /// # Errors
    /// When a stage fails on the image (never for a faceless frame).
    pub fn fit_frame(&self, frame: &BgrImage) -> Result<Option<FaceFit>> {
        let Some((detection, init_box)) = self.detect_widest(frame)? else {
            return Ok(None);
        };
        let clnf_image = ClnfImage::from_bgr(frame)?;
        let fit = self.clnf.detect(&clnf_image, &init_box, &self.params)?;
        let gray = GrayImage::from_bgr(frame)?;
        let validated = self.validate(fit, &gray)?;
        let fit = validated.fit;
        Ok(Some(FaceFit {
            detection,
            init_box,
            hypothesis: fit.hypothesis,
            landmarks: fit.landmarks,
            eye_landmarks: fit.eye_landmarks,
            params: fit.params,
            certainty: validated.certainty,
            success: validated.success,
        }))
    }
}
