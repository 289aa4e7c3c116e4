//! Runs a whole video through the AU back end, as OpenFace 2.2's `FeatureExtraction` loop does
//! for a video file: frame → PDM fit → aligned face → FHOG → face analyser → CSV row, then the
//! offline post-processing and the CSV's AU columns.
//!
//! The line between stateless and sequential work is explicit: decoding is sequential (one
//! stream), the per-frame stages ([`FrameWorker`]: fitting, alignment, HOG, pose) run in
//! parallel over a chunk of frames on a rayon pool, and the running medians and AU history
//! ([`AuAnalyser`]) advance strictly in frame order afterwards. Results do not depend on the
//! thread count.

use crate::align::{AlignScratch, FaceAligner, Triangulation};
use crate::analyser::{AnalyserOptions, AuAnalyser};
use crate::au_models::AuModels;
use crate::error::{Error, Result};
use crate::hog::FhogWorkspace;
use crate::image::BgrImage;
use crate::landmarks_csv::LandmarkRow;
use crate::models::{ModelPart, ModelStore};
use crate::output::{CsvLayout, GazeColumns, OpenFaceCsvWriter, RowPrefix};
use crate::pdm::{Pdm, PdmParams};
use crate::pdm_fit::PdmFitter;
use crate::pose::{head_pose, landmarks_3d, CameraIntrinsics};
use crate::video::{Frame, VideoReader};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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
    /// Frames decoded before the parallel stages run over them.
    pub chunk_frames: usize,
}

/// What an extraction did.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtractSummary {
    pub frames: usize,
    pub successful_frames: usize,
    pub output: PathBuf,
}

/// Per-frame output of the stateless stages.
pub struct FrameResult {
    /// `PDM::CalcParams` on the landmarks; the AU analyser's input on successful frames and the
    /// CSV's `p_*`, pose and 3D columns (zeros when the landmarks cannot be fitted).
    pub params: PdmParams,
    /// Whether the landmarks could be fitted (false for all-zero landmarks).
    pub fitted: bool,
    /// FHOG of the aligned face (of a black face when the frame is not usable).
    pub hog: Vec<f64>,
    /// `GetPose`'s `[Tx, Ty, Tz, Rx, Ry, Rz]`.
    pub pose: [f32; 6],
    /// `GetShape`'s 3D landmarks, all X, all Y, all Z.
    pub landmarks_3d: Vec<f32>,
}

/// The stateless per-frame stages with their buffers, grown once and reused for every frame
/// the worker handles. One per rayon worker.
pub struct FrameWorker {
    fitter: PdmFitter,
    align_scratch: AlignScratch,
    aligned: BgrImage,
    hog: FhogWorkspace,
}

impl FrameWorker {
    /// Buffers sized for `backend`'s models.
    pub fn new(backend: &BackEnd) -> Self {
        let (w, h) = backend.aligner.size();
        FrameWorker {
            fitter: PdmFitter::new(&backend.pdm),
            align_scratch: AlignScratch::default(),
            aligned: BgrImage::zeros(w, h),
            hog: FhogWorkspace::new(),
        }
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
        row: &LandmarkRow,
        camera: &CameraIntrinsics,
    ) -> Result<FrameResult> {
        let has_points = row.landmarks.iter().any(|&v| v != 0.0);
        let fit = if has_points {
            self.fitter.fit(&row.landmarks).ok()
        } else {
            None
        };
        let fitted = fit.is_some();
        let params = fit.unwrap_or_else(|| PdmParams {
            global: Default::default(),
            local: vec![0.0; backend.pdm.num_modes()],
        });
        let au_success = row.success && fitted;
        if au_success {
            backend.aligner.align_face_masked_into(
                &frame.image,
                &row.landmarks,
                &params.global,
                &mut self.align_scratch,
                &mut self.aligned,
            )?;
        } else {
            // OpenFace computes the HOG of a black face for a frame it could not track.
            self.aligned.data.fill(0);
        }
        let mut hog = Vec::new();
        self.hog.compute(&self.aligned, &mut hog)?;
        let (pose, points_3d) = if fitted {
            (
                head_pose(&backend.pdm, &params, &row.landmarks, camera)?,
                landmarks_3d(&backend.pdm, &params, &row.landmarks, camera),
            )
        } else {
            ([0.0; 6], vec![0.0; 3 * backend.pdm.num_points()])
        };
        Ok(FrameResult {
            params,
            fitted,
            hog,
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
    mut on_frame: impl FnMut(u64),
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

    let mut reader = VideoReader::open(input)?;
    let (width, height) = reader.size();
    let camera = options
        .camera
        .unwrap_or_else(|| CameraIntrinsics::openface_default(width, height));
    let mut writer = OpenFaceCsvWriter::create(output, backend.csv_layout())?;
    let mut analyser = AuAnalyser::new(
        &backend.au_models,
        &backend.pdm,
        AnalyserOptions::for_models(&backend.au_models),
    )?;

    let chunk = options.chunk_frames.max(1);
    let mut frames: Vec<Frame> = (0..chunk).map(|_| Frame::default()).collect();
    let mut used = 0usize;
    let mut total = 0usize;
    let mut successes = 0usize;
    loop {
        let mut n = 0;
        while n < chunk && reader.next_frame(&mut frames[n])? {
            n += 1;
        }
        if n == 0 {
            break;
        }
        let rows: Vec<&LandmarkRow> = frames[..n]
            .iter()
            .map(|f| {
                by_frame.get(&f.number).copied().ok_or_else(|| {
                    Error::Invalid(format!(
                        "the landmarks CSV has no row for frame {} of {}",
                        f.number,
                        input.display()
                    ))
                })
            })
            .collect::<Result<_>>()?;
        used += n;
        let results: Vec<Result<FrameResult>> = frames[..n]
            .par_iter()
            .zip(rows.par_iter())
            .map_init(
                || FrameWorker::new(backend),
                |worker, (frame, row)| worker.process(backend, frame, row, &camera),
            )
            .collect();
        for ((frame, row), result) in frames[..n].iter().zip(&rows).zip(results) {
            let result = result?;
            let success = row.success && result.fitted;
            analyser.add_frame(&result.hog, &result.params, success)?;
            successes += success as usize;
            writer.push(&RowPrefix {
                frame: frame.number,
                face_id: 0,
                timestamp: frame.timestamp,
                confidence: row
                    .confidence
                    .unwrap_or(if row.success { 1.0 } else { 0.0 }),
                success: row.success,
                gaze: GazeColumns::untracked(),
                pose: result.pose,
                landmarks_2d: row.landmarks.clone(),
                landmarks_3d: result.landmarks_3d,
                params_global: result.params.global.to_array(),
                params_local: result.params.local,
            })?;
            on_frame(frame.number);
        }
        total += n;
    }
    if used != landmarks.len() {
        let last = reader.frames_read();
        let extra: Vec<u64> = {
            let mut v: Vec<u64> = landmarks
                .iter()
                .map(|r| r.frame)
                .filter(|&f| f == 0 || f > last)
                .collect();
            v.sort_unstable();
            v
        };
        return Err(Error::Invalid(format!(
            "the landmarks CSV has {} rows for frames {} does not have (first: {})",
            landmarks.len() - used,
            input.display(),
            extra.first().map_or("?".to_string(), |f| f.to_string())
        )));
    }
    if total == 0 {
        return Err(Error::Video {
            path: input.to_path_buf(),
            detail: "no frames".into(),
        });
    }
    let series = analyser.finish()?;
    writer.finish(&series.intensities, &series.presences)?;
    Ok(ExtractSummary {
        frames: total,
        successful_frames: successes,
        output: output.to_path_buf(),
    })
}
