//! Landmark tracking through a video, as OpenFace 2.2's `LandmarkDetector::DetectLandmarksInVideo`
//! does it for `FeatureExtraction` (MTCNN detector, CLNF model, default `FaceModelParameters`).
//!
//! Per frame, once a face has been found, CLNF is fitted from the previous frame's parameters
//! (windows 0/9/7 after a validated frame, 11/9/7 after a rejected one), then the part models
//! and the validator run as in `CLNF::DetectLandmarks`. The detector runs again on a schedule:
//! every 12th frame while no face has ever been found (frames 1, 13, 25, …), and after a
//! failed frame on every second consecutive failure; a re-detection the validator rejects is
//! discarded and the previous parameters restored, except on the very first detection, which
//! is kept whatever the validator says. After more than 100 failures in a row tracking starts
//! over. OpenFace's optional face-template correction (`use_face_template`) is off by default
//! and not ported.

use crate::error::{Error, Result};
use crate::io::image::{BgrImage, GrayImage};
use crate::landmarks::clnf::{ClnfParams, FloatGrayImage as ClnfImage};
use crate::landmarks::front_end::{FrontEnd, ValidatedFit};
use crate::landmarks::mtcnn::{correct_box, FaceBox, Rect};
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{GlobalParams, PdmParams};

/// `FaceModelParameters::reinit_video_every`: with a lost face, re-detect on every second
/// failure (and every 12th frame, `6 ×` this, before the first face).
const REINIT_VIDEO_EVERY: i32 = 2;
/// Tracking is abandoned (`tracking_initialised = false`) after more failures in a row.
const MAX_FAILURES_IN_A_ROW: i32 = 100;
/// `window_sizes_small`: search windows per patch scale while tracking a validated face.
const TRACKING_WINDOWS: [usize; 3] = [0, 9, 7];

/// What the tracker reports for one frame: the model's state after
/// `DetectLandmarksInVideo`, i.e. what `FeatureExtraction` writes and hands to the face
/// analyser.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackedFrame {
    /// CLNF's `detected_landmarks` in image pixels (all zero before the
    /// first face).
    pub landmarks: Landmarks2d,
    /// The eye part models' landmarks (`CalculateAllEyeLandmarks`: left eye's 28 then the right
    /// eye's).
    pub eye_landmarks: Landmarks2d,
    /// The eye part models' parameters, in the order of `eye_landmarks` (for their 3D shape
    /// and gaze).
    pub eye_params: Vec<PdmParams>,
    /// CLNF's `params_global` and `params_local` (the CSV's `p_*` columns, pose and 3D shape).
    pub params: PdmParams,
    /// The validator's `detection_certainty` (the CSV's `confidence`).
    pub certainty: f32,
    /// `DetectLandmarksInVideo`'s return value: the CSV's `success` column (and the gate for
    /// gaze). True on the first detection even when the validator rejects it.
    pub success: bool,
    /// CLNF's `detection_success`: what the face analyser is told (validator's decision).
    pub model_success: bool,
    /// The detector's result when it ran on this frame: `Some(None)` when it found no face,
    /// `Some(Some(face))` with the widest face it found.
    pub detection: Option<Option<FaceBox>>,
}

impl TrackedFrame {
    /// The state a fit from a face box leaves in the model (`DetectLandmarksInImage` with a
    /// box, as `FaceLandmarkImg` runs it): `success` and `model_success` are the validator's
    /// decision; `eyes` are the eye parts' indices among the fit's parts
    /// ([`crate::landmarks::clnf::parts::ClnfWithParts::eye_part_indices`]).
    pub fn from_fit(validated: ValidatedFit, eyes: &[usize], detection: FaceBox) -> Self {
        let fit = validated.fit;
        TrackedFrame {
            eye_params: eyes.iter().map(|&i| fit.parts[i].params.clone()).collect(),
            landmarks: fit.landmarks,
            eye_landmarks: fit.eye_landmarks,
            params: fit.params,
            certainty: validated.certainty,
            success: validated.success,
            model_success: validated.success,
            detection: Some(Some(detection)),
        }
    }

    /// The corrected box CLNF was initialised from when the detector found a face this frame.
    pub fn init_box(&self) -> Option<Rect> {
        self.detection.flatten().map(|f| correct_box(&f))
    }
}

/// Per-frame image buffers, reused from frame to frame; a clone starts with empty ones.
#[derive(Default)]
struct FrameBuffers {
    clnf: ClnfImage,
}

impl Clone for FrameBuffers {
    fn clone(&self) -> Self {
        FrameBuffers::default()
    }
}

impl std::fmt::Debug for FrameBuffers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FrameBuffers")
    }
}

/// One video's tracking state (`CLNF`'s members that carry over between frames), with the
/// models it tracks with.
#[derive(Clone)]
pub struct FaceTracker<'f> {
    front_end: &'f FrontEnd,
    /// Whether a lost face is searched for again (`reinit_video_every` 2, `FeatureExtraction`)
    /// or never (`reinit_video_every` −1, each slot of `FaceLandmarkVidMulti`).
    redetection: Redetection,
    buffers: FrameBuffers,
    tracking_initialised: bool,
    /// `detection_success` of the last frame.
    detection_success: bool,
    failures_in_a_row: i32,
    params: PdmParams,
    landmarks: Landmarks2d,
    eye_landmarks: Landmarks2d,
    eye_params: Vec<PdmParams>,
    certainty: f32,
    likelihood: f32,
}

/// When the tracker runs the face detector itself (`FaceModelParameters::reinit_video_every`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Redetection {
    /// `reinit_video_every = 2`: before the first face every 12th frame, after a failure on
    /// every second one (`FeatureExtraction`).
    #[default]
    Scheduled,
    /// `reinit_video_every = -1`: a face once found is only tracked; the caller starts the
    /// tracker from a box ([`FaceTracker::start_from_box`]), as `FaceLandmarkVidMulti` does.
    Never,
}

/// The face's box as the tracker knows it (`CLNF::GetBoundingBox`: `PDM::CalcBoundingBox`,
/// the extent of the model's 2D shape from its current parameters).
pub(crate) fn shape_box(front_end: &FrontEnd, params: &PdmParams) -> Rect {
    let shape = front_end.clnf.main.pdm.shape_2d(params);
    let values = shape.as_slice();
    let n = values.len() / 2;
    let (min_x, max_x) = crate::numeric::gauss_newton::min_max(&values[..n]);
    let (min_y, max_y) = crate::numeric::gauss_newton::min_max(&values[n..]);
    Rect {
        x: min_x,
        y: min_y,
        width: max_x - min_x,
        height: max_y - min_y,
    }
}

/// OpenFace's initial model parameters: scale 1, no rotation or translation, mean shape.
fn initial_params(num_modes: usize) -> PdmParams {
    PdmParams {
        global: GlobalParams {
            scale: 1.0,
            rotation: [0.0; 3],
            tx: 0.0,
            ty: 0.0,
        },
        local: vec![0.0; num_modes],
    }
}

impl std::fmt::Debug for FaceTracker<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FaceTracker")
            .field("tracking_initialised", &self.tracking_initialised)
            .field("detection_success", &self.detection_success)
            .field("failures_in_a_row", &self.failures_in_a_row)
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

impl<'f> FaceTracker<'f> {
    /// A tracker in OpenFace's initial (`CLNF::Reset`) state with `front_end`'s models.
    pub fn new(front_end: &'f FrontEnd) -> Self {
        let n = front_end.clnf.main.pdm.num_points();
        let n_eye: usize = front_end
            .clnf
            .eye_parts()
            .map(|p| p.model.pdm.num_points())
            .sum();
        FaceTracker {
            front_end,
            redetection: Redetection::Scheduled,
            buffers: FrameBuffers::default(),
            tracking_initialised: false,
            detection_success: false,
            failures_in_a_row: -1,
            params: initial_params(front_end.clnf.main.pdm.num_modes()),
            landmarks: Landmarks2d::zeros(n),
            eye_landmarks: Landmarks2d::zeros(n_eye),
            eye_params: front_end
                .clnf
                .eye_parts()
                .map(|p| initial_params(p.model.pdm.num_modes()))
                .collect(),
            certainty: 0.0,
            likelihood: -10.0,
        }
    }

    /// Continues tracking from known model parameters, as if the previous frame had ended with
    /// them (`params_global`, `params_local`) and with `detection_success`: the next
    /// [`FaceTracker::track`] fits from there. Used to resume a track and to test one tracking
    /// step against OpenFace's state.
    pub fn resume_from(&mut self, params: PdmParams, detection_success: bool) {
        self.tracking_initialised = true;
        self.detection_success = detection_success;
        self.failures_in_a_row = if detection_success { -1 } else { 0 };
        self.params = params;
    }

    /// Whether a face is being tracked (`tracking_initialised`).
    pub fn is_tracking(&self) -> bool {
        self.tracking_initialised
    }

    /// The same tracker with the given re-detection policy.
    pub fn with_redetection(mut self, redetection: Redetection) -> Self {
        self.redetection = redetection;
        self
    }

    /// `CLNF::Reset`: back to the initial state (no face, mean shape at the origin); the
    /// re-detection policy is kept.
    pub fn reset(&mut self) {
        let redetection = self.redetection;
        *self = FaceTracker::new(self.front_end).with_redetection(redetection);
    }

    /// Frames failed in a row since the last success (`failures_in_a_row`; −1 after a success
    /// or a reset).
    pub fn failures_in_a_row(&self) -> i32 {
        self.failures_in_a_row
    }

    /// The box of the model's current shape (`CLNF::GetBoundingBox`), also for a tracker
    /// that has no face (the mean shape at scale 1 around the origin).
    pub fn bounding_box(&self) -> Rect {
        shape_box(self.front_end, &self.params)
    }

    /// `FaceLandmarkVidMulti`'s start of a slot from a detection: `Reset`, then
    /// `DetectLandmarksInVideo(frame, box, …)`: local parameters zeroed, the model placed in
    /// `face_box` (a corrected MTCNN box) with zero rotation, tracking marked as started, and
    /// one tracking step with the initial window sizes (`detection_success` is false).
    ///
    /// # Errors
    /// As [`FaceTracker::track`]; [`Error::Invalid`] for an empty or non-finite box.
    pub fn start_from_box(&mut self, frame: &BgrImage, face_box: &Rect) -> Result<TrackedFrame> {
        if !(face_box.width > 0.0
            && face_box.height > 0.0
            && face_box.x.is_finite()
            && face_box.y.is_finite())
        {
            return Err(Error::Invalid(format!(
                "tracker: cannot start from the box {face_box:?}"
            )));
        }
        self.reset();
        self.params = self.front_end.clnf.main.init_from_box(face_box, [0.0; 3]);
        self.tracking_initialised = true;
        self.track(frame)
    }

    /// `DetectLandmarksInVideo` on the next frame of the video.
    ///
    /// # Errors
    /// OpenCV or BLAS failures; never for a frame without a face or a lost track.
    pub fn track(&mut self, frame: &BgrImage) -> Result<TrackedFrame> {
        let mut buffers = std::mem::take(&mut self.buffers);
        let result = self.track_with(frame, &mut buffers);
        self.buffers = buffers;
        result
    }

    fn track_with(&mut self, frame: &BgrImage, buffers: &mut FrameBuffers) -> Result<TrackedFrame> {
        let front_end = self.front_end;
        buffers.clnf.set_from_bgr(frame)?;
        let clnf_image = &buffers.clnf;
        let gray = clnf_image.gray();
        let initial_detection = !self.tracking_initialised;
        let mut detection = None;

        if self.tracking_initialised {
            let windows = if self.detection_success {
                TRACKING_WINDOWS.to_vec()
            } else {
                front_end.params.window_sizes.clone()
            };
            let opts = ClnfParams {
                window_sizes: windows,
                ..front_end.params.clone()
            };
            let tracked = self.detect_landmarks(clnf_image, gray, &opts)?;
            self.store(tracked, front_end.clnf.eye_part_indices());
            self.failures_in_a_row = if self.detection_success {
                -1
            } else {
                self.failures_in_a_row + 1
            };
        }

        let redetect = if self.tracking_initialised {
            self.redetection == Redetection::Scheduled
                && !self.detection_success
                && self.failures_in_a_row % REINIT_VIDEO_EVERY == 0
        } else {
            (self.failures_in_a_row + 1) % (REINIT_VIDEO_EVERY * 6) == 0
        };
        if redetect {
            let widest = front_end.detect_widest(frame)?;
            detection = Some(widest.map(|(face, _)| face));
            if let Some((_, init_box)) = widest {
                self.tracking_initialised = true;
                let previous = (self.params.clone(), self.landmarks.clone(), self.likelihood);
                let fit = front_end
                    .clnf
                    .detect(clnf_image, &init_box, &front_end.params)?;
                let detected = front_end.validate(fit, gray)?;
                let accepted = detected.returned_success;
                self.store(Some(detected), front_end.clnf.eye_part_indices());
                if !initial_detection && !accepted {
                    // Restore the tracked estimate; the certainty, the success flag and the
                    // part models keep the rejected detection's values, as in OpenFace.
                    (self.params, self.landmarks, self.likelihood) = previous;
                    return Ok(self.report(false, detection));
                }
                self.failures_in_a_row = -1;
                return Ok(self.report(true, detection));
            }
        }

        if !self.tracking_initialised {
            self.failures_in_a_row += 1;
        }
        if self.failures_in_a_row > MAX_FAILURES_IN_A_ROW {
            self.tracking_initialised = false;
        }
        Ok(self.report(self.detection_success, detection))
    }

    fn report(&self, success: bool, detection: Option<Option<FaceBox>>) -> TrackedFrame {
        TrackedFrame {
            landmarks: self.landmarks.clone(),
            eye_landmarks: self.eye_landmarks.clone(),
            eye_params: self.eye_params.clone(),
            params: self.params.clone(),
            certainty: self.certainty,
            success,
            model_success: self.detection_success,
            detection,
        }
    }

    /// Keeps a validated fit's state (`None`: a degenerate track, which fails the frame and
    /// keeps the previous estimate); `eyes` are the eye parts' indices among the fit's parts.
    fn store(&mut self, detected: Option<ValidatedFit>, eyes: &[usize]) {
        let Some(detected) = detected else {
            self.certainty = 0.0;
            self.detection_success = false;
            return;
        };
        let fit = detected.fit;
        self.params = fit.params;
        self.landmarks = fit.landmarks;
        if !fit.eye_landmarks.is_empty() {
            self.eye_landmarks = fit.eye_landmarks;
            self.eye_params = eyes.iter().map(|&i| fit.parts[i].params.clone()).collect();
        }
        self.likelihood = fit.likelihood;
        self.certainty = detected.certainty;
        self.detection_success = detected.success;
    }

    /// `CLNF::DetectLandmarks` from the current parameters with `opts`' windows.
    fn detect_landmarks(
        &self,
        image: &ClnfImage,
        gray: &GrayImage,
        opts: &ClnfParams,
    ) -> Result<Option<ValidatedFit>> {
        let front_end = self.front_end;
        let fitted = front_end
            .clnf
            .main
            .fit(image, &self.params, opts)
            .and_then(|main| front_end.clnf.refine(image, main));
        let full = match fitted {
            Ok(full) => full,
            // A track that has degenerated (non-finite parameters, a singular similarity, an
            // unfittable shape) is a failed frame, as OpenFace's fit would report; any other
            // error is one of the run.
            Err(Error::Degenerate { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        front_end.validate(full, gray).map(Some)
    }
}
