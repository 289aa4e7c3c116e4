//! One face's AUs without any history: OpenFace 2.2's
//! `FaceAnalyser::PredictStaticAUsAndComputeFeatures`, which `FaceLandmarkImg` and
//! `FaceLandmarkVidMulti` call once per face (the analyser put in image mode by
//! `OptimizeForImages`, i.e. the static models of `AU_predictors/main_static_svms.txt`).
//!
//! Per face: `PDM::CalcParams` on the landmarks (zero initial rotation), the masked 112×112
//! alignment (`AlignFaceMask`), its FHOG descriptor, the geometric descriptor of the fitted
//! local parameters, then every static SVR and SVM on `(features − means)` (no running median,
//! no calibration, no smoothing). Intensities are clipped to [0, 5]; presences are the class
//! values. Unlike `AddNextFrame` there is no success flag: a face whose landmark fit failed
//! is aligned and predicted like any other, as OpenFace does.

use crate::error::{Error, Result};
use crate::face_analyser::align::{AlignScratch, FaceAligner};
use crate::face_analyser::au_models::{AuModels, AuPrediction};
use crate::face_analyser::geometric_features::GeometryDescriptor;
use crate::face_analyser::hog::{FhogDims, FhogWorkspace};
use crate::io::image::BgrImage;
use crate::model::calc_params::PdmFitter;
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{Pdm, PdmParams};

/// Smallest and largest intensity `PredictStaticAUsAndComputeFeatures` reports.
const INTENSITY_RANGE: (f64, f64) = (0.0, 5.0);

/// What `PredictStaticAUsAndComputeFeatures` leaves in the analyser for one face: the
/// parameters it fitted, the aligned face (`GetLatestAlignedFace`), the HOG
/// (`GetLatestHOG`) and the AUs (`GetCurrentAUsReg`, `GetCurrentAUsClass`).
#[derive(Clone, Debug, PartialEq)]
pub struct StaticFaceAnalysis {
    /// `PDM::CalcParams` on the face's landmarks (the analyser's PDM).
    pub params: PdmParams,
    /// The masked, similarity-aligned face (112×112, BGR).
    pub aligned: BgrImage,
    /// The aligned face's FHOG descriptor, as double.
    pub hog: Vec<f64>,
    /// The descriptor's grid.
    pub hog_dims: FhogDims,
    /// Intensities clipped to [0, 5] and presences, both in AU-name order.
    pub aus: AuPrediction,
}

/// OpenFace's face analyser in image mode, with its buffers. One per thread.
pub struct StaticAuPredictor<'m> {
    models: &'m AuModels,
    aligner: &'m FaceAligner,
    geometry: GeometryDescriptor,
    fitter: PdmFitter<'m>,
    hog: FhogWorkspace,
    align_scratch: AlignScratch,
    features: Vec<f64>,
    /// Static models ignore the median; it is passed as zeros.
    zero_median: Vec<f64>,
    scratch: Vec<f64>,
}

impl<'m> StaticAuPredictor<'m> {
    /// A predictor for the static model set `models` (`main_static_svms.txt`), the face
    /// analyser's PDM `pdm` and the AU alignment `aligner`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `models` holds dynamic models (their predictions need a
    /// running median, which a single face does not have; OpenFace's image mode loads the
    /// static list) or reads no more than the geometric features.
    pub fn new(models: &'m AuModels, pdm: &'m Pdm, aligner: &'m FaceAligner) -> Result<Self> {
        if models.has_dynamic_models() {
            return Err(Error::Invalid(
                "static AU prediction needs the static model list (main_static_svms.txt)".into(),
            ));
        }
        let geometry = GeometryDescriptor::new(pdm);
        if models.input_len() <= geometry.len() {
            return Err(Error::Invalid(format!(
                "static AU prediction: the models read {} features, not more than the {} \
                 geometric ones",
                models.input_len(),
                geometry.len()
            )));
        }
        Ok(StaticAuPredictor {
            models,
            aligner,
            geometry,
            fitter: PdmFitter::new(pdm),
            hog: FhogWorkspace::new(),
            align_scratch: AlignScratch::default(),
            features: Vec::new(),
            zero_median: vec![0.0; models.input_len()],
            scratch: Vec::new(),
        })
    }

    /// `PredictStaticAUsAndComputeFeatures(frame, landmarks)` for one face.
    ///
    /// # Errors
    /// [`Error::Degenerate`] when the PDM cannot be fitted to `landmarks` (non-finite, none
    /// visible); [`Error::Invalid`] when the HOG and geometry do not make the models' feature
    /// length; alignment or OpenCV failures.
    pub fn analyse(
        &mut self,
        frame: &BgrImage,
        landmarks: &Landmarks2d,
    ) -> Result<StaticFaceAnalysis> {
        let params = self.fitter.fit(landmarks)?;
        let (w, h) = self.aligner.size();
        let mut aligned = BgrImage::zeros(w, h);
        self.aligner.align_face_masked_into(
            frame,
            landmarks,
            &params.global,
            &mut self.align_scratch,
            &mut aligned,
        )?;
        let mut hog = Vec::new();
        let hog_dims = self.hog.compute(&aligned, &mut hog)?;

        let input_len = self.models.input_len();
        let full = hog.len() + self.geometry.len();
        if input_len != hog.len() && input_len != full {
            return Err(Error::Invalid(format!(
                "static AU prediction: the models read {input_len} features; the HOG has {} \
                 and HOG + geometry {full}",
                hog.len()
            )));
        }
        self.features.clear();
        self.features.extend_from_slice(&hog);
        self.features.resize(full, 0.0);
        self.geometry
            .compute_into(&params.local, &mut self.features[hog.len()..])?;

        let mut aus = self.models.new_prediction();
        self.models.predict_frame_into(
            &self.features[..input_len],
            &self.zero_median,
            &mut self.scratch,
            &mut aus,
        )?;
        for v in &mut aus.intensities {
            *v = v.clamp(INTENSITY_RANGE.0, INTENSITY_RANGE.1);
        }
        Ok(StaticFaceAnalysis {
            params,
            aligned,
            hog,
            hog_dims,
            aus,
        })
    }
}
