//! Runs a whole video as OpenFace 2.2's `FeatureExtraction` loop does for a video file:
//! frame → face tracking (or given landmarks) → PDM fit → aligned face → FHOG → face analyser
//! → CSV row, then the offline post-processing and the CSV's AU columns.
//!
//! The line between stateless and sequential work is explicit. Sequential: decoding (one
//! stream, on a thread of its own, a few frames ahead), tracking ([`FaceTracker`], each frame
//! starts from the previous one), and the running medians and AU history ([`AuAnalyser`]),
//! which advance strictly in frame order. Stateless: the per-frame stages ([`FrameWorker`]:
//! fitting, alignment, HOG, pose), which run in parallel over a chunk of frames on the rayon
//! pool while the tracker works on the next chunk. Results do not depend on the thread count.
//!
//! OpenFace's two other programs: [`images`] (`FaceLandmarkImg`, every face of a still image)
//! and [`multi`] (`FaceLandmarkVidMulti`, up to four tracked faces through a video), both with
//! static AUs per face and no post-processing; they run sequentially. Beyond OpenFace:
//! [`people`] (every face of a video as a person, each through this back end) and
//! [`images::extract_image_folder`] (one CSV of every face of a folder of images).

pub mod batch;
pub mod cpus;
pub mod images;
pub mod multi;
pub mod people;
pub mod shard;
pub mod split;

use crate::error::{Error, InputDamage, Result};
use crate::face_analyser::align::{
    AlignScratch, FaceAligner, Triangulation, AU_ALIGNED_SIZE, AU_SIM_SCALE,
};
use crate::face_analyser::analyser::{AnalyserOptions, AuAnalyser};
use crate::face_analyser::au_models::AuModels;
use crate::face_analyser::hog::{FhogWorkspace, FHOG_FEATURES};
use crate::io::image::{BgrImage, GrayImage};
use crate::io::landmarks_csv::LandmarkRow;
use crate::io::model_store::{ModelPart, ModelStore};
use crate::io::output::{
    write_aligned_face, CsvFormat, CsvLayout, GazeColumns, HogFileWriter, OpenFaceCsvWriter,
    PrintedColumn, RowPrefix,
};
use crate::io::tracked_video::{TrackedOverlay, TrackedVideoWriter};
use crate::io::video::{Frame, SourceKind, VideoReader};
use crate::landmarks::front_end::FrontEnd;
use crate::landmarks::gaze::{estimate_gaze, gaze_angle};
use crate::landmarks::tracking::{FaceTracker, TrackedFrame};
use crate::model::calc_params::PdmFitter;
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{GlobalParams, Pdm, PdmParams};
use crate::model::pose::{head_pose, landmarks_3d, CameraIntrinsics, HeadPose};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Model list of OpenFace's dynamic (person-normalised) AU models, relative to the model dir.
pub const DYNAMIC_AU_LIST: &str = "AU_predictors/main_dynamic_svms.txt";
/// Model list of OpenFace's static AU models (`-au_static`).
pub const STATIC_AU_LIST: &str = "AU_predictors/main_static_svms.txt";

/// Everything the AU back end reads from the model directory, loaded once per run and shared
/// read-only by every worker.
pub struct BackEnd {
    /// The face analyser's PDM (`In-the-wild_aligned_PDM_68.txt`).
    pub pdm: Pdm,
    pub aligner: FaceAligner,
    pub au_models: AuModels,
}

impl BackEnd {
    /// Verifies the AU model files against the manifest, then loads them (`FaceAnalyser::Read`).
    ///
    /// # Errors
    /// A missing, tampered or unreadable model file, named in the error.
    pub fn load(store: &ModelStore, static_models: bool) -> Result<Self> {
        store.check_for_run(&[ModelPart::Au])?;
        let list = store.file(if static_models {
            STATIC_AU_LIST
        } else {
            DYNAMIC_AU_LIST
        });
        let au_models = AuModels::read(&list)?;
        let missing = |what: &str| Error::ModelFormat {
            path: list.clone(),
            detail: format!("no `{what}` line"),
        };
        let pdm_path = au_models.pdm_path.clone().ok_or_else(|| missing("PDM"))?;
        let tris_path = au_models
            .triangulation_path
            .clone()
            .ok_or_else(|| missing("Triangulation"))?;
        let pdm = Pdm::read(&pdm_path)?;
        let aligner = FaceAligner::new(&pdm, Triangulation::read(&tris_path)?)?;
        Ok(BackEnd {
            pdm,
            aligner,
            au_models,
        })
    }

    /// The back end's models and the front end's ([`FrontEnd::load_with`]), read side by side
    /// after one check of the files both read.
    ///
    /// # Errors
    /// As [`BackEnd::load`] and [`FrontEnd::load_with`]; the back end's error first.
    pub fn load_with_front_end(
        store: &ModelStore,
        static_models: bool,
        model: crate::landmarks::front_end::LandmarkModel,
    ) -> Result<(Self, FrontEnd)> {
        // One pass over the stamps of both parts (see `model_store::check_for_run`), so the
        // loads' own checks find every stamp in place; a bad file is reported by the load
        // that reads it.
        let _ = store.check_for_run(&[ModelPart::Au, ModelPart::Landmarks]);
        let (back, front) = std::thread::scope(|s| {
            let front = s.spawn(|| FrontEnd::load_with(store, model));
            let back = Self::load(store, static_models);
            let front = front
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (back, front)
        });
        Ok((back?, front?))
    }

    /// The output CSV's columns for this model set.
    pub fn csv_layout(&self) -> CsvLayout {
        CsvLayout::new(
            self.pdm.num_points(),
            self.pdm.num_modes(),
            self.au_models.intensity_names().to_vec(),
            self.au_models.presence_names().to_vec(),
        )
    }
}

/// Options of one extraction.
#[derive(Clone, Debug, Default)]
pub struct ExtractOptions {
    /// Camera intrinsics for pose and 3D landmarks; OpenFace's default for the frame size when
    /// `None`.
    pub camera: Option<CameraIntrinsics>,
    /// Frames decoded before the parallel stages run over them (see
    /// [`ExtractOptions::chunk_for_threads`]; reduced further for large frames).
    pub chunk_frames: usize,
    /// Also write OpenFace's binary HOG file here (`-hogalign`).
    pub hog_output: Option<PathBuf>,
    /// Also write aligned faces (`-simalign`).
    pub aligned_faces: Option<AlignedFacesOutput>,
    /// The CSV's column groups and separator.
    pub csv_format: CsvFormat,
    /// Also write the visualisation video here (`-tracked`).
    pub tracked_video: Option<PathBuf>,
    /// For an image folder: write a failed row (`success` 0) for an image that cannot be read
    /// and go on, instead of stopping before it as OpenFace does.
    pub skip_unreadable_images: bool,
    /// Stops the run between frames when set; it then returns [`Error::Interrupted`] and
    /// leaves no output file.
    pub cancel: CancelFlag,
}

/// A flag another thread (e.g. a signal handler) sets to stop running extractions between
/// frames. Clones share the flag.
#[derive(Clone, Debug, Default)]
pub struct CancelFlag(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl CancelFlag {
    /// A flag not set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks every run holding this flag to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether [`CancelFlag::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

impl ExtractOptions {
    /// The chunk size for one video on `threads` worker threads: 4 frames whatever the
    /// thread count. The back end of a frame takes about a sixth of its tracking, so one
    /// worker finishes a chunk before the front end has filled the next; further workers
    /// serve the tracker's own parallel loops, and larger chunks only hold more frames.
    pub fn chunk_for_threads(threads: usize) -> usize {
        let _ = threads;
        4
    }

    /// The chunk size when several videos run side by side (tracking is sequential within a
    /// video, so each keeps a small chunk of decoded frames).
    pub const CHUNK_FOR_PARALLEL_VIDEOS: usize = 4;
}

/// The image format of the aligned faces (`-format_aligned`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AlignedFaceFormat {
    /// OpenFace's default.
    #[default]
    Bmp,
    Png,
    Jpg,
}

impl AlignedFaceFormat {
    /// The file extension, which also selects `cv::imwrite`'s encoder.
    pub fn extension(self) -> &'static str {
        match self {
            AlignedFaceFormat::Bmp => "bmp",
            AlignedFaceFormat::Png => "png",
            AlignedFaceFormat::Jpg => "jpg",
        }
    }
}

impl std::str::FromStr for AlignedFaceFormat {
    type Err = Error;

    /// `bmp`, `png` or `jpg` (any case).
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "bmp" => Ok(AlignedFaceFormat::Bmp),
            "png" => Ok(AlignedFaceFormat::Png),
            "jpg" | "jpeg" => Ok(AlignedFaceFormat::Jpg),
            other => Err(Error::Invalid(format!(
                "aligned-face format {other:?}: expected bmp, png or jpg"
            ))),
        }
    }
}

/// Where aligned faces are written, how they are made and for which frames, as
/// `FeatureExtraction`'s `-simalign`, `-simsize`, `-simscale`, `-nomask`, `-g`,
/// `-format_aligned` and `-nobadaligned` set them.
#[derive(Clone, Debug)]
pub struct AlignedFacesOutput {
    /// Created if missing.
    pub dir: PathBuf,
    pub format: AlignedFaceFormat,
    /// Width and height in pixels (`-simsize`; 112).
    pub size: usize,
    /// The scale of the mean shape in the aligned face (`-simscale`; 0.7, and
    /// `size × 0.7 / 112` when only the size is given).
    pub scale: f64,
    /// OpenFace's face mask (on by default; `-nomask` turns it off).
    pub mask: bool,
    /// One grey channel (`-g`, `cv::cvtColor(BGR2GRAY)`).
    pub grayscale: bool,
    /// Also write frames whose `success` is 0, as a black image when the face analyser had no
    /// face (OpenFace's default; `-nobadaligned` writes successful frames only).
    pub failed_frames: bool,
}

impl AlignedFacesOutput {
    /// The AU alignment's faces (112×112, scale 0.7, masked, colour) of successful frames.
    pub fn new(dir: PathBuf, format: AlignedFaceFormat) -> Self {
        AlignedFacesOutput {
            dir,
            format,
            size: AU_ALIGNED_SIZE,
            scale: AU_SIM_SCALE,
            mask: true,
            grayscale: false,
            failed_frames: false,
        }
    }

    /// Whether these are exactly the faces the AU stage aligns (then they are reused).
    fn is_au_alignment(&self) -> bool {
        self.size == AU_ALIGNED_SIZE && self.scale == AU_SIM_SCALE && self.mask
    }
}

/// An aligned face as written: colour, or grey with `-g`.
#[derive(Clone, Debug, PartialEq)]
pub enum AlignedFace {
    Bgr(BgrImage),
    Gray(GrayImage),
}

/// What the workers need to make the aligned faces that are written.
struct OutputAlignment<'a> {
    spec: &'a AlignedFacesOutput,
    /// `None` when the AU stage's face is the one written.
    aligner: Option<FaceAligner>,
}

impl<'a> OutputAlignment<'a> {
    fn new(backend: &BackEnd, spec: &'a AlignedFacesOutput) -> Result<Self> {
        let aligner = if spec.is_au_alignment() {
            None
        } else {
            Some(
                backend
                    .aligner
                    .resized(&backend.pdm, spec.scale, spec.size, spec.size)?,
            )
        };
        Ok(OutputAlignment { spec, aligner })
    }
}

/// What an extraction did.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtractSummary {
    pub frames: usize,
    pub successful_frames: usize,
    pub output: PathBuf,
    /// The camera pose and 3D landmarks were computed with.
    pub camera: CameraIntrinsics,
    /// Set when the input was damaged: the output holds the frames that could be read.
    pub damage: Option<InputDamage>,
}

/// What the back end needs from the front end for one frame: the 68 landmarks and what
/// `FeatureExtraction` writes beside them. Built by [`FaceTracker`] in [`extract_video`], or
/// from a landmarks CSV row in [`extract_with_landmarks`].
#[derive(Clone, Debug, PartialEq)]
pub struct FaceObservation {
    /// The 68 points, image pixels.
    pub landmarks: Landmarks2d,
    /// The landmark model's own parameters (CLNF's `params_global`/`params_local`): the CSV's
    /// `p_*` columns and the input of pose and 3D landmarks. `None` for landmarks from a CSV,
    /// where `PDM::CalcParams` on the landmarks stands in for them.
    pub model_params: Option<PdmParams>,
    /// `GetPose` of `model_params` when the front end has already computed it.
    pub pose: Option<HeadPose>,
    /// The CSV's `success` column (`DetectLandmarksInVideo`'s return value).
    pub success: bool,
    /// What the face analyser is told (`CLNF::detection_success`); differs from `success`
    /// only on a first detection the validator rejects.
    pub analyser_success: bool,
    /// The CSV's `confidence` column.
    pub confidence: f64,
    /// Gaze and eye landmark columns.
    pub gaze: GazeColumns,
}

impl FaceObservation {
    /// A frame whose image could not be read ([`ExtractOptions::skip_unreadable_images`]):
    /// failed, no landmarks (`num_points` zeros per coordinate), no gaze.
    pub fn unreadable(num_points: usize) -> Self {
        FaceObservation {
            landmarks: Landmarks2d::zeros(num_points),
            model_params: None,
            pose: None,
            success: false,
            analyser_success: false,
            confidence: 0.0,
            gaze: GazeColumns::untracked(),
        }
    }

    /// A landmarks-CSV row: confidence 1 or 0 by `success` when the CSV has none; no gaze.
    pub fn from_landmark_row(row: &LandmarkRow) -> Self {
        FaceObservation {
            landmarks: row.landmarks.clone(),
            model_params: None,
            pose: None,
            success: row.success,
            analyser_success: row.success,
            confidence: row
                .confidence
                .unwrap_or(if row.success { 1.0 } else { 0.0 }),
            gaze: GazeColumns::untracked(),
        }
    }

    /// The tracker's result for a frame, with the gaze and eye columns `FeatureExtraction`
    /// writes: eye landmarks in 2D and 3D always, gaze only on a successful frame.
    ///
    /// # Errors
    /// When the head pose cannot be computed for the gaze.
    pub fn from_tracked(
        front_end: &FrontEnd,
        tracked: TrackedFrame,
        camera: &CameraIntrinsics,
    ) -> Result<Self> {
        let pdm = &front_end.clnf.main.pdm;
        let pose = head_pose(pdm, &tracked.params, &tracked.landmarks, camera)?;
        let gaze = gaze_columns(front_end, &tracked, pose, camera, tracked.success);
        Ok(FaceObservation {
            landmarks: tracked.landmarks,
            model_params: Some(tracked.params),
            pose: Some(pose),
            success: tracked.success,
            analyser_success: tracked.model_success,
            confidence: tracked.certainty as f64,
            gaze,
        })
    }
}

/// The gaze columns of a fitted face: `EstimateGaze` for both eyes and `GetGazeAngle` when
/// `estimate` is set (zeros otherwise), and the eye landmarks (`CalculateAllEyeLandmarks`,
/// `Calculate3DEyeLandmarks`) in every case. `FeatureExtraction` and `FaceLandmarkVidMulti`
/// estimate gaze on successful frames only, `FaceLandmarkImg` for every face.
pub fn gaze_columns(
    front_end: &FrontEnd,
    tracked: &TrackedFrame,
    pose: HeadPose,
    camera: &CameraIntrinsics,
    estimate: bool,
) -> GazeColumns {
    let mut columns = GazeColumns::untracked();
    let eyes: Vec<&Pdm> = front_end.clnf.eye_parts().map(|p| &p.model.pdm).collect();
    if eyes.len() != 2 || tracked.eye_params.len() != 2 {
        return columns;
    }
    let all_points = tracked.eye_landmarks.to_points();
    let mut eye_3d = Vec::with_capacity(2);
    let mut offset = 0;
    columns.eye_2d.clear();
    columns.eye_3d.clear();
    for (pdm, params) in eyes.iter().zip(&tracked.eye_params) {
        let n = pdm.num_points();
        let points = Landmarks2d::from_points(&all_points[offset..offset + n]);
        let shape = landmarks_3d(pdm, params, &points, camera);
        columns.eye_2d.extend(points.points());
        for i in 0..n {
            columns
                .eye_3d
                .push([shape[i], shape[i + n], shape[i + 2 * n]]);
        }
        eye_3d.push(shape);
        offset += n;
    }
    if estimate {
        let pdm = &front_end.clnf.main.pdm;
        let face_3d = landmarks_3d(pdm, &tracked.params, &tracked.landmarks, camera);
        let rotation = pose.rotation;
        let left = estimate_gaze(&eye_3d[0], &face_3d, rotation, true);
        let right = estimate_gaze(&eye_3d[1], &face_3d, rotation, false);
        columns.gaze = [left, right];
        columns.angle = gaze_angle(left, right);
    }
    columns
}

/// Per-frame output of the stateless stages.
pub struct FrameResult {
    /// `PDM::CalcParams` on the landmarks: the AU analyser's input on successful frames (zeros
    /// when the landmarks cannot be fitted).
    pub params: PdmParams,
    /// The CSV's `p_*` columns: the landmark model's parameters, or `params` without them.
    pub csv_params: PdmParams,
    /// Whether the landmarks could be fitted (false for all-zero landmarks).
    pub fitted: bool,
    /// FHOG of the aligned face (of a black face when the frame is not usable).
    pub hog: Vec<f64>,
    /// `(num_cols, num_rows, channels)` of `hog`.
    pub hog_dims: (usize, usize, usize),
    /// The aligned face to write, when aligned faces are written.
    pub aligned: Option<AlignedFace>,
    /// `GetPose`'s head pose.
    pub pose: HeadPose,
    /// `GetShape`'s 3D landmarks, all X, all Y, all Z.
    pub landmarks_3d: Vec<f32>,
}

/// The stateless per-frame stages with their buffers, grown once and reused for every frame
/// the worker handles. One per rayon worker.
pub struct FrameWorker<'b> {
    output_alignment: Option<&'b OutputAlignment<'b>>,
    fitter: PdmFitter<'b>,
    align_scratch: AlignScratch,
    aligned: BgrImage,
    hog: FhogWorkspace,
}

impl<'b> FrameWorker<'b> {
    /// Buffers sized for `backend`'s models.
    pub fn new(backend: &'b BackEnd) -> Self {
        let (w, h) = backend.aligner.size();
        FrameWorker {
            output_alignment: None,
            fitter: PdmFitter::new(&backend.pdm),
            align_scratch: AlignScratch::default(),
            aligned: BgrImage::zeros(w, h),
            hog: FhogWorkspace::new(),
        }
    }

    /// Also return each frame's aligned face to write in [`FrameResult::aligned`].
    fn with_output_alignment(mut self, alignment: Option<&'b OutputAlignment<'b>>) -> Self {
        self.output_alignment = alignment;
        self
    }

    /// The face `FaceAnalyser::GetLatestAlignedFace` returns: black without a usable face,
    /// else the AU stage's face or one aligned for the output, grey with `-g`.
    fn output_face(
        &self,
        alignment: &OutputAlignment,
        frame: &Frame,
        landmarks: &Landmarks2d,
        global: &GlobalParams,
        au_success: bool,
    ) -> Result<AlignedFace> {
        let spec = alignment.spec;
        let colour = match (&alignment.aligner, au_success) {
            (_, false) => BgrImage::zeros(spec.size, spec.size),
            (None, true) => self.aligned.clone(),
            (Some(aligner), true) => {
                let mut out = BgrImage::zeros(spec.size, spec.size);
                if spec.mask {
                    let mut scratch = AlignScratch::default();
                    aligner.align_face_masked_into(
                        &frame.image,
                        landmarks,
                        global,
                        &mut scratch,
                        &mut out,
                    )?;
                } else {
                    aligner.align_face_into(&frame.image, landmarks, global, &mut out)?;
                }
                out
            }
        };
        Ok(if spec.grayscale {
            AlignedFace::Gray(GrayImage::from_bgr(&colour)?)
        } else {
            AlignedFace::Bgr(colour)
        })
    }

    /// One frame's stateless stages (`FaceAnalyser::AddNextFrame` up to the HOG, and the pose
    /// `FeatureExtraction` writes).
    ///
    /// # Errors
    /// When alignment, HOG or pose fails (e.g. non-finite landmarks).
    pub fn process(
        &mut self,
        backend: &BackEnd,
        frame: &Frame,
        observation: &FaceObservation,
        camera: &CameraIntrinsics,
    ) -> Result<FrameResult> {
        let landmarks = &observation.landmarks;
        let has_points = landmarks.as_slice().iter().any(|&v| v != 0.0);
        let fit = if has_points {
            match self.fitter.fit(landmarks) {
                Ok(params) => Some(params),
                // Landmarks the PDM cannot be fitted to (non-finite, none visible): the frame
                // has no AUs, as in OpenFace.
                Err(Error::Degenerate { .. }) => None,
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        let fitted = fit.is_some();
        let params = fit.unwrap_or_else(|| PdmParams {
            global: Default::default(),
            local: vec![0.0; backend.pdm.num_modes()],
        });
        let au_success = observation.analyser_success && fitted;
        if au_success {
            backend.aligner.align_face_masked_into(
                &frame.image,
                landmarks,
                &params.global,
                &mut self.align_scratch,
                &mut self.aligned,
            )?;
        } else {
            // OpenFace computes the HOG of a black face for a frame it could not track.
            self.aligned.data_mut().fill(0);
        }
        let mut hog = Vec::new();
        let dims = self.hog.compute(&self.aligned, &mut hog)?;
        // Pose, 3D landmarks and the `p_*` columns come from the landmark model's parameters
        // when there are any (`GetPose`, `GetShape` on CLNF's state, on every frame), else from
        // the fit on the given landmarks.
        let (pose, points_3d, csv_params) = match &observation.model_params {
            Some(model) => (
                match observation.pose {
                    Some(pose) => pose,
                    None => head_pose(&backend.pdm, model, landmarks, camera)?,
                },
                landmarks_3d(&backend.pdm, model, landmarks, camera),
                model.clone(),
            ),
            None if fitted => (
                head_pose(&backend.pdm, &params, landmarks, camera)?,
                landmarks_3d(&backend.pdm, &params, landmarks, camera),
                params.clone(),
            ),
            None => (
                HeadPose::default(),
                vec![0.0; 3 * backend.pdm.num_points()],
                params.clone(),
            ),
        };
        let aligned = match self.output_alignment {
            Some(alignment) => {
                Some(self.output_face(alignment, frame, landmarks, &params.global, au_success)?)
            }
            None => None,
        };
        Ok(FrameResult {
            params,
            csv_params,
            fitted,
            hog,
            hog_dims: (dims.cols, dims.rows, FHOG_FEATURES),
            aligned,
            pose,
            landmarks_3d: points_3d,
        })
    }
}

/// Runs the AU back end over `input` (a video file or image folder) with landmarks given per
/// frame, and writes OpenFace's CSV to `output` (atomically). Must run inside the rayon pool
/// that should do the work (`pool.install`).
///
/// Every decoded frame needs a landmarks row with its frame number, and every landmarks row
/// a frame: a mismatch is an error, never silently dropped data.
///
/// # Errors
/// Unreadable video, landmarks/video mismatch, unwritable output, or a failing stage.
pub fn extract_with_landmarks(
    backend: &BackEnd,
    input: &Path,
    landmarks: &[LandmarkRow],
    output: &Path,
    options: &ExtractOptions,
    on_frame: impl FnMut(u64),
) -> Result<ExtractSummary> {
    let mut by_frame: HashMap<u64, &LandmarkRow> = HashMap::with_capacity(landmarks.len());
    for row in landmarks {
        if by_frame.insert(row.frame, row).is_some() {
            return Err(Error::Invalid(format!(
                "the landmarks CSV has two rows for frame {}",
                row.frame
            )));
        }
    }
    let used = AtomicUsize::new(0);
    let observe = |frame: &Frame, _: &CameraIntrinsics| {
        let row = by_frame.get(&frame.number).ok_or_else(|| {
            Error::Invalid(format!(
                "the landmarks CSV has no row for frame {} of {}",
                frame.number,
                input.display()
            ))
        })?;
        used.fetch_add(1, Ordering::Relaxed);
        if frame.image.data().is_empty() {
            return Ok(Some(FaceObservation::unreadable(row.landmarks.len())));
        }
        Ok(Some(FaceObservation::from_landmark_row(row)))
    };
    // Checked before the CSV is finished, so a mismatch leaves no output file.
    let all_rows_used = |frames_read: u64| {
        let used = used.load(Ordering::Relaxed);
        if used == landmarks.len() {
            return Ok(());
        }
        let mut extra: Vec<u64> = landmarks
            .iter()
            .map(|r| r.frame)
            .filter(|&f| f == 0 || f > frames_read)
            .collect();
        extra.sort_unstable();
        Err(Error::Invalid(format!(
            "the landmarks CSV has {} rows for frames {} does not have (first: {})",
            landmarks.len() - used,
            input.display(),
            extra.first().map_or("?".to_string(), |f| f.to_string())
        )))
    };
    run_back_end(
        backend,
        input,
        output,
        options,
        0,
        observe,
        all_rows_used,
        on_frame,
    )
}

/// The whole of `FeatureExtraction` on `input` (a video file or image folder): the front end
/// tracks the face through the frames in order ([`FaceTracker`]), the back end turns each
/// frame into a CSV row, and OpenFace's CSV goes to `output` (atomically). Must run inside the
/// rayon pool that should do the work (`pool.install`).
///
/// # Errors
/// Unreadable video, unwritable output, or a failing stage.
pub fn extract_video(
    backend: &BackEnd,
    front_end: &FrontEnd,
    input: &Path,
    output: &Path,
    options: &ExtractOptions,
    on_frame: impl FnMut(u64),
) -> Result<ExtractSummary> {
    let mut tracker = FaceTracker::new(front_end);
    let observe = |frame: &Frame, camera: &CameraIntrinsics| {
        // An unreadable image of a sequence: a failed row; the tracker does not see it.
        if frame.image.data().is_empty() {
            return Ok(Some(FaceObservation::unreadable(
                front_end.clnf.main.pdm.num_points(),
            )));
        }
        let tracked = tracker.track(&frame.image)?;
        FaceObservation::from_tracked(front_end, tracked, camera).map(Some)
    };
    run_back_end(
        backend,
        input,
        output,
        options,
        0,
        observe,
        |_| Ok(()),
        on_frame,
    )
}

/// Bytes of decoded frames held at once in the two chunks before the chunk size is reduced
/// (down to one frame a chunk).
const DECODED_FRAMES_BUDGET: usize = 16 << 20;

/// A chunk of decoded frames with the front end's observation of each.
struct Batch {
    frames: Vec<Frame>,
    observations: Vec<FaceObservation>,
    len: usize,
}

impl Batch {
    fn new(capacity: usize) -> Self {
        Batch {
            frames: (0..capacity).map(|_| Frame::default()).collect(),
            observations: Vec::with_capacity(capacity),
            len: 0,
        }
    }

    /// Takes up to a chunk of frames from `next_frame` (false at the end) and observes each in
    /// order, keeping the frames `observe` gives an observation for (a frame without one has
    /// no row); `len` 0 at the end.
    fn fill(
        &mut self,
        next_frame: &mut impl FnMut(&mut Frame) -> Result<bool>,
        observe: &mut impl FnMut(&Frame, &CameraIntrinsics) -> Result<Option<FaceObservation>>,
        camera: &CameraIntrinsics,
    ) -> Result<()> {
        self.len = 0;
        self.observations.clear();
        while self.len < self.frames.len() && next_frame(&mut self.frames[self.len])? {
            if let Some(observation) = observe(&self.frames[self.len], camera)? {
                self.observations.push(observation);
                self.len += 1;
            }
        }
        Ok(())
    }
}

/// Frames decoded ahead of the tracker by the decoding thread, at most.
const DECODE_AHEAD_FRAMES: usize = 2;
/// Bytes of frames decoded ahead, at most (one 1920×1440 frame of 8.3 MB fits: decoding, the
/// critical path at that size, then runs ahead and the run is 8% faster for 24 MB more peak
/// memory). Larger frames are decoded ahead only into the frames the back end has given back,
/// handed over when taken: two frames in all (the one tracked and the one the back end works
/// on, given back as soon as it is aligned, in which the decoder then decodes the next).
const DECODE_AHEAD_BYTES: usize = 16 << 20;

/// Where one video's per-frame results go, in frame order: the AU analyser (running medians,
/// predictions), OpenFace's CSV, the optional `.hog` file and aligned faces. One `push` per
/// frame, one `finish` at the end (the analyser's offline post-processing, then the files
/// move into place).
struct Sinks<'a> {
    analyser: AuAnalyser<'a>,
    csv: OpenFaceCsvWriter,
    hog: Option<HogFileWriter>,
    aligned: Option<&'a AlignedFacesOutput>,
    tracked: Option<(TrackedVideoWriter, CameraIntrinsics)>,
    /// The CSV's `face_id` (0 for `FeatureExtraction`, the person in [`people`]).
    face_id: u32,
    frames: usize,
    successes: usize,
}

impl<'a> Sinks<'a> {
    fn create(
        backend: &'a BackEnd,
        output: &Path,
        options: &'a ExtractOptions,
        reader: &VideoReader,
        camera: CameraIntrinsics,
        face_id: u32,
    ) -> Result<Self> {
        let csv = OpenFaceCsvWriter::create(
            output,
            backend.csv_layout().with_format(options.csv_format),
        )?;
        let hog = options
            .hog_output
            .as_deref()
            .map(HogFileWriter::create)
            .transpose()?;
        if let Some(aligned) = &options.aligned_faces {
            std::fs::create_dir_all(&aligned.dir).map_err(|e| Error::io(&aligned.dir, e))?;
        }
        let (width, height) = reader.size();
        let tracked = options
            .tracked_video
            .as_deref()
            .map(|p| TrackedVideoWriter::create(p, reader.fps(), width, height))
            .transpose()?
            .map(|w| (w, camera));
        let mut analyser = AuAnalyser::new(
            &backend.au_models,
            &backend.pdm,
            AnalyserOptions::for_models(&backend.au_models),
        )?;
        // The container's frame count (a hint: the history still grows past it).
        analyser.reserve_frames(reader.frame_count_hint().min(1 << 24) as usize);
        Ok(Sinks {
            analyser,
            csv,
            hog,
            aligned: options.aligned_faces.as_ref(),
            tracked,
            face_id,
            frames: 0,
            successes: 0,
        })
    }

    /// One frame's results, in frame order.
    fn push(
        &mut self,
        frame: &Frame,
        observation: FaceObservation,
        result: FrameResult,
    ) -> Result<()> {
        let au_success = observation.analyser_success && result.fitted;
        self.analyser
            .add_frame(&result.hog, &result.params, au_success)?;
        self.frames += 1;
        self.successes += observation.success as usize;
        if let Some(hog) = &mut self.hog {
            hog.push(observation.success, result.hog_dims, &result.hog)?;
        }
        // As `RecorderOpenFace::WriteObservation`: frames whose `success` is 0 only with
        // `failed_frames` (`record_aligned_bad`).
        if let (Some(out), Some(face)) = (self.aligned, &result.aligned) {
            if observation.success || out.failed_frames {
                let ext = out.format.extension();
                match face {
                    AlignedFace::Bgr(img) => write_aligned_face(&out.dir, frame.number, ext, img)?,
                    AlignedFace::Gray(img) => write_aligned_face(&out.dir, frame.number, ext, img)?,
                }
            }
        }
        if let Some((video, camera)) = &mut self.tracked {
            video.push(
                &frame.image,
                &TrackedOverlay {
                    landmarks: &observation.landmarks,
                    eye_2d: &observation.gaze.eye_2d,
                    eye_3d: &observation.gaze.eye_3d,
                    pose: result.pose,
                    gaze: observation.gaze.gaze,
                    confidence: observation.confidence,
                    camera: *camera,
                },
            )?;
        }
        self.csv.push(&RowPrefix {
            frame: frame.number,
            face_id: self.face_id,
            timestamp: frame.timestamp,
            confidence: observation.confidence,
            success: observation.success,
            gaze: observation.gaze,
            pose: result.pose,
            landmarks_2d: observation.landmarks,
            landmarks_3d: result.landmarks_3d,
            params_global: result.csv_params.global,
            params_local: result.csv_params.local,
        })
    }

    /// Post-processes the AU series and moves every file into place.
    fn finish(
        self,
        output: &Path,
        camera: CameraIntrinsics,
        damage: Option<InputDamage>,
    ) -> Result<ExtractSummary> {
        let mut au_columns = Vec::new();
        self.analyser.finish_by_column(|column| {
            au_columns.push(PrintedColumn::new(column.values));
            Ok(())
        })?;
        if let Some(hog) = self.hog {
            hog.finish()?;
        }
        if let Some((video, _)) = self.tracked {
            video.finish()?;
        }
        self.csv.finish(&au_columns)?;
        Ok(ExtractSummary {
            frames: self.frames,
            successful_frames: self.successes,
            output: output.to_path_buf(),
            camera,
            damage,
        })
    }
}

/// What the decoding thread reports when it ends: the frames it read, and the reader's error
/// after the last of them when the input was not read cleanly to its end.
struct DecodeEnd {
    frames_read: u64,
    damage: Option<Error>,
}

/// Decodes `reader` on its own thread inside `scope`, a few frames ahead, so tracking never
/// waits for it; returns the thread, the function that moves the next frame into a slot
/// (`false` at the end, also after a damaged stream: every frame decoded before the damage is
/// delivered, and the thread's [`DecodeEnd`] tells why it stopped), and where frames whose
/// pixels are no longer needed go back for reuse (a slot's previous frame goes back when the
/// slot is refilled, unless it holds no pixels). The decoder makes at most `own_frames` frames
/// and otherwise waits for one to come back.
#[allow(clippy::type_complexity)]
fn spawn_decoder<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    mut reader: VideoReader,
    own_frames: usize,
) -> (
    std::thread::ScopedJoinHandle<'scope, DecodeEnd>,
    impl FnMut(&mut Frame) -> Result<bool> + Send,
    std::sync::mpsc::Sender<Frame>,
) {
    let (width, height) = reader.size();
    let frame_bytes = (width * height * 3).max(1);
    let ahead = if frame_bytes > DECODE_AHEAD_BYTES {
        0
    } else {
        (DECODE_AHEAD_BYTES / frame_bytes).clamp(1, DECODE_AHEAD_FRAMES)
    };
    let (frames_tx, frames_rx) = std::sync::mpsc::sync_channel::<Frame>(ahead);
    let (recycle_tx, recycle_rx) = std::sync::mpsc::channel::<Frame>();
    let decoder = scope.spawn(move || {
        let mut damage = None;
        let mut made = 0;
        loop {
            let mut frame = match recycle_rx.try_recv() {
                Ok(frame) => frame,
                Err(_) if made < own_frames => {
                    made += 1;
                    Frame::default()
                }
                // Every frame taken gives one back.
                Err(_) => match recycle_rx.recv() {
                    Ok(frame) => frame,
                    Err(_) => break,
                },
            };
            match reader.next_frame(&mut frame) {
                Ok(true) => {
                    if frames_tx.send(frame).is_err() {
                        break;
                    }
                }
                Ok(false) => break,
                Err(e) => {
                    damage = Some(e);
                    break;
                }
            }
        }
        DecodeEnd {
            frames_read: reader.frames_read(),
            damage,
        }
    });
    let give_back = recycle_tx.clone();
    let next_frame = move |slot: &mut Frame| -> Result<bool> {
        match frames_rx.recv() {
            Ok(mut frame) => {
                std::mem::swap(slot, &mut frame);
                // A slot whose pixels went back already holds no buffer.
                if frame.image.width() > 0 {
                    let _ = recycle_tx.send(frame);
                }
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    };
    (decoder, next_frame, give_back)
}

/// The stateless per-frame stages of one chunk, in parallel on the current rayon pool.
fn process_chunk(
    backend: &BackEnd,
    batch: &Batch,
    camera: &CameraIntrinsics,
    alignment: Option<&OutputAlignment>,
) -> Vec<Result<FrameResult>> {
    batch.frames[..batch.len]
        .par_iter()
        .zip(batch.observations.par_iter())
        .map_init(
            || FrameWorker::new(backend).with_output_alignment(alignment),
            |worker, (frame, observation)| worker.process(backend, frame, observation, camera),
        )
        .collect()
}

/// A whole video: the decoder thread, the sequential front end (`observe`, chunk by chunk),
/// the stateless stages of each chunk in parallel while the front end fills the next one, and
/// the [`Sinks`] in frame order. `check_complete` receives the number of frames decoded (not
/// called for a damaged input, whose frames after the damage are missing by nature). Frames
/// `observe` gives no observation for have no row; the rows' `face_id` is `face_id`.
#[allow(clippy::too_many_arguments)]
fn run_back_end(
    backend: &BackEnd,
    input: &Path,
    output: &Path,
    options: &ExtractOptions,
    face_id: u32,
    mut observe: impl FnMut(&Frame, &CameraIntrinsics) -> Result<Option<FaceObservation>> + Send,
    check_complete: impl FnOnce(u64) -> Result<()>,
    mut on_frame: impl FnMut(u64),
) -> Result<ExtractSummary> {
    let mut reader = VideoReader::open(input)?;
    reader.skip_unreadable_images(options.skip_unreadable_images);
    let (width, height) = reader.size();
    let camera = options
        .camera
        .unwrap_or_else(|| CameraIntrinsics::openface_default(width, height));
    let mut sinks = Sinks::create(backend, output, options, &reader, camera, face_id)?;
    let alignment = options
        .aligned_faces
        .as_ref()
        .map(|spec| OutputAlignment::new(backend, spec))
        .transpose()?;

    // Two chunks of decoded frames are alive at a time; keep them within a memory budget so a
    // high-resolution video does not hold gigabytes of frames.
    let frame_bytes = (width * height * 3).max(1);
    let chunk = options
        .chunk_frames
        .min(DECODED_FRAMES_BUDGET / 2 / frame_bytes)
        .max(1);
    let mut current = Batch::new(chunk);
    let mut next = Batch::new(chunk);
    // Without the tracked video the sinks need no pixels: a chunk's frames go back to the
    // decoder as soon as they are aligned. Large video frames are then limited to the two
    // chunks' frames and one decoded ahead (the two chunks and one more with the tracked
    // video); an image folder's unreadable images arrive without pixels, so its frames are not
    // counted.
    let early_give_back = options.tracked_video.is_none();
    let own_frames = if frame_bytes <= DECODE_AHEAD_BYTES || reader.kind() != SourceKind::Video {
        usize::MAX
    } else if early_give_back {
        chunk + 1
    } else {
        2 * chunk + 1
    };
    let damage = std::thread::scope(|scope| -> Result<Option<InputDamage>> {
        let (decoder, mut next_frame, give_back) = spawn_decoder(scope, reader, own_frames);
        current.fill(&mut next_frame, &mut observe, &camera)?;
        while current.len > 0 {
            // The front end (decoding and tracking, sequential) works on the next chunk while
            // the stateless back-end stages run in parallel over this one.
            let (filled, results) = rayon::join(
                || next.fill(&mut next_frame, &mut observe, &camera),
                || {
                    let results = process_chunk(backend, &current, &camera, alignment.as_ref());
                    if early_give_back {
                        for frame in &mut current.frames[..current.len] {
                            let image = std::mem::take(&mut frame.image);
                            let _ = give_back.send(Frame {
                                image,
                                ..Frame::default()
                            });
                        }
                    }
                    results
                },
            );
            for ((frame, observation), result) in current.frames[..current.len]
                .iter()
                .zip(current.observations.drain(..))
                .zip(results)
            {
                if options.cancel.is_cancelled() {
                    return Err(Error::Interrupted);
                }
                sinks.push(frame, observation, result?)?;
                on_frame(frame.number);
            }
            filled?;
            std::mem::swap(&mut current, &mut next);
        }
        drop(next_frame);
        drop(give_back);
        let end = decoder
            .join()
            .map_err(|_| Error::Invalid("the decoding thread panicked".into()))?;
        if sinks.frames == 0 {
            return Err(end.damage.unwrap_or_else(|| Error::Video {
                path: input.to_path_buf(),
                detail: "no frames".into(),
            }));
        }
        match end.damage {
            None => check_complete(end.frames_read).map(|()| None),
            Some(e) => Ok(Some(InputDamage::after(input, sinks.frames as u64, e))),
        }
    })?;
    sinks.finish(output, camera, damage)
}
