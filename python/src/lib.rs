//! `pyfaceau_rs._pyfaceau_rs`: the Rust half of the Python package. Each function runs the same
//! library calls as the CLI, in the same order (models, then the input), with the GIL released,
//! and writes its files with the library's own writers, so every number is the CLI's. The
//! DataFrames, arrays and progress bars are built by the pure-Python half (`pyfaceau_rs`).
//!
//! Errors become `PyfaceauError` carrying the CLI's one-line message (the text after `error: `).

use pyfaceau::compare::{compare_files, write_plot, PlotFormat, Thresholds};
use pyfaceau::io::landmarks_csv::{read_landmarks_csv, LandmarkRow};
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::VideoReader;
use pyfaceau::landmarks::front_end::{FrontEnd, LandmarkModel};
use pyfaceau::model::pose::CameraIntrinsics;
use pyfaceau::pipeline::{
    extract_video, extract_with_landmarks, AlignedFaceFormat, AlignedFacesOutput, BackEnd,
    ExtractOptions, ExtractSummary,
};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

create_exception!(
    pyfaceau_rs,
    PyfaceauError,
    PyException,
    "A pyfaceau-rs error; the message is the CLI's one-line error text."
);

/// The error and its causes on one line, outermost first, skipping a cause whose text the
/// message before it already contains: the CLI's `one_line` over `std::error::Error::source`.
fn one_line(err: &(dyn std::error::Error + 'static)) -> String {
    let mut line = String::new();
    let mut cause = Some(err);
    while let Some(e) = cause {
        let text = e.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
        cause = e.source();
    }
    line.replace('\n', " ")
}

fn py_err(err: &(dyn std::error::Error + 'static)) -> PyErr {
    PyfaceauError::new_err(one_line(err))
}

/// Frames and videos finished so far, shared with a Python thread that draws the progress bar.
#[pyclass(frozen, module = "pyfaceau_rs._pyfaceau_rs")]
#[derive(Clone, Default)]
struct Counter {
    frames: Arc<AtomicU64>,
    videos: Arc<AtomicU64>,
}

#[pymethods]
impl Counter {
    #[new]
    fn new() -> Self {
        Self::default()
    }

    /// Frames written so far.
    #[getter]
    fn frames(&self) -> u64 {
        self.frames.load(Ordering::Relaxed)
    }

    /// Videos finished (successfully or not) so far.
    #[getter]
    fn videos(&self) -> u64 {
        self.videos.load(Ordering::Relaxed)
    }
}

/// The options `extract` and `batch` share (the CLI's `RunOptions`).
struct RunOptions {
    models: Option<PathBuf>,
    threads: Option<usize>,
    au_static: bool,
    landmark_model: LandmarkModel,
    camera: Option<CameraIntrinsics>,
}

impl RunOptions {
    fn new(
        models: Option<PathBuf>,
        threads: Option<usize>,
        au_static: bool,
        landmark_model: &str,
        camera: Option<(f32, f32, f32, f32)>,
    ) -> PyResult<Self> {
        Ok(RunOptions {
            models,
            threads,
            au_static,
            landmark_model: landmark_model
                .parse()
                .map_err(|e: pyfaceau::Error| py_err(&e))?,
            camera: camera.map(|(fx, fy, cx, cy)| CameraIntrinsics { fx, fy, cx, cy }),
        })
    }

    /// Worker threads: the option, else every CPU the process may use.
    fn thread_count(&self) -> usize {
        self.threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1)
    }

    fn pool(&self) -> Result<rayon::ThreadPool, String> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(self.thread_count())
            .build()
            .map_err(|e| format!("cannot start the worker threads: {}", one_line(&e)))
    }
}

fn summary_dict<'py>(py: Python<'py>, summary: &ExtractSummary) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("frames", summary.frames)?;
    dict.set_item("successful_frames", summary.successful_frames)?;
    dict.set_item("output", &summary.output)?;
    dict.set_item("damage", summary.damage.as_ref().map(|d| d.to_string()))?;
    Ok(dict)
}

/// Where the landmarks come from (the CLI's `extract --landmarks` or the built-in tracker).
enum Source {
    Landmarks(Vec<LandmarkRow>),
    Tracker(Box<FrontEnd>),
}

/// `pyfaceau-rs extract INPUT -o OUTPUT ...` in-process: writes OpenFace's CSV (and the `.hog`
/// file and aligned faces when asked) and returns the summary as a dict (`frames`,
/// `successful_frames`, `output`, `damage`: the CLI's warning text for a damaged input, else
/// None). `counter.frames` advances as frames are written.
#[pyfunction]
#[pyo3(signature = (input, output, *, models=None, threads=None, landmarks=None,
    au_static=false, camera=None, landmark_model="clnf", hog_output=None, aligned_dir=None,
    aligned_format="bmp", skip_bad_images=false, counter=None))]
#[allow(clippy::too_many_arguments)]
fn extract_to_csv<'py>(
    py: Python<'py>,
    input: PathBuf,
    output: PathBuf,
    models: Option<PathBuf>,
    threads: Option<usize>,
    landmarks: Option<PathBuf>,
    au_static: bool,
    camera: Option<(f32, f32, f32, f32)>,
    landmark_model: &str,
    hog_output: Option<PathBuf>,
    aligned_dir: Option<PathBuf>,
    aligned_format: &str,
    skip_bad_images: bool,
    counter: Option<Counter>,
) -> PyResult<Bound<'py, PyDict>> {
    let run = RunOptions::new(models, threads, au_static, landmark_model, camera)?;
    let aligned_format: AlignedFaceFormat = aligned_format
        .parse()
        .map_err(|e: pyfaceau::Error| py_err(&e))?;
    let counter = counter.unwrap_or_default();
    let summary = py.detach(|| -> Result<ExtractSummary, String> {
        let flat = |e: pyfaceau::Error| one_line(&e);
        let store = ModelStore::resolve(run.models.as_deref()).map_err(flat)?;
        let backend = BackEnd::load(&store, run.au_static).map_err(flat)?;
        let source = match landmarks.as_deref() {
            Some(path) => Source::Landmarks(read_landmarks_csv(path).map_err(flat)?),
            None => Source::Tracker(Box::new(
                FrontEnd::load_with(&store, run.landmark_model).map_err(flat)?,
            )),
        };
        let pool = run.pool()?;
        let options = ExtractOptions {
            camera: run.camera,
            chunk_frames: ExtractOptions::chunk_for_threads(run.thread_count()),
            hog_output,
            aligned_faces: aligned_dir.map(|dir| AlignedFacesOutput::new(dir, aligned_format)),
            skip_unreadable_images: skip_bad_images,
            ..ExtractOptions::default()
        };
        let on_frame = |_| {
            counter.frames.fetch_add(1, Ordering::Relaxed);
        };
        pool.install(|| match &source {
            Source::Landmarks(rows) => {
                extract_with_landmarks(&backend, &input, rows, &output, &options, on_frame)
            }
            Source::Tracker(front_end) => {
                extract_video(&backend, front_end, &input, &output, &options, on_frame)
            }
        })
        .map_err(flat)
    });
    counter.videos.fetch_add(1, Ordering::Relaxed);
    summary_dict(py, &summary.map_err(PyfaceauError::new_err)?)
}

/// One batch job's outcome: the summary dict, or the CLI's per-video error line.
type JobOutcome<'py> = (Option<Bound<'py, PyDict>>, Option<String>);

/// `pyfaceau-rs batch` in-process over explicit `(input, output_csv, hog_output or None)`
/// jobs: the models are loaded once and the videos run side by side on one pool of `threads`
/// workers. Returns, per job in order, `(summary dict, None)` or `(None, message)` with the
/// CLI's per-video error text (`INPUT: error`); errors that stop the whole batch (models,
/// options) raise `PyfaceauError`.
#[pyfunction]
#[pyo3(signature = (jobs, *, models=None, threads=None, au_static=false, camera=None,
    landmark_model="clnf", counter=None))]
#[allow(clippy::too_many_arguments)]
fn batch_to_csv<'py>(
    py: Python<'py>,
    jobs: Vec<(PathBuf, PathBuf, Option<PathBuf>)>,
    models: Option<PathBuf>,
    threads: Option<usize>,
    au_static: bool,
    camera: Option<(f32, f32, f32, f32)>,
    landmark_model: &str,
    counter: Option<Counter>,
) -> PyResult<Vec<JobOutcome<'py>>> {
    let run = RunOptions::new(models, threads, au_static, landmark_model, camera)?;
    let counter = counter.unwrap_or_default();
    let results = py
        .detach(|| -> Result<Vec<Result<ExtractSummary, String>>, String> {
            let flat = |e: pyfaceau::Error| one_line(&e);
            let store = ModelStore::resolve(run.models.as_deref()).map_err(flat)?;
            let backend = BackEnd::load(&store, run.au_static).map_err(flat)?;
            let front_end = FrontEnd::load_with(&store, run.landmark_model).map_err(flat)?;
            let pool = run.pool()?;
            Ok(pool.install(|| {
                jobs.par_iter()
                    .map(|(video, csv, hog)| {
                        let options = ExtractOptions {
                            camera: run.camera,
                            chunk_frames: ExtractOptions::CHUNK_FOR_PARALLEL_VIDEOS,
                            hog_output: hog.clone(),
                            ..ExtractOptions::default()
                        };
                        let result =
                            extract_video(&backend, &front_end, video, csv, &options, |_| {
                                counter.frames.fetch_add(1, Ordering::Relaxed);
                            })
                            .map_err(|e| format!("{}: {e}", video.display()));
                        counter.videos.fetch_add(1, Ordering::Relaxed);
                        result
                    })
                    .collect()
            }))
        })
        .map_err(PyfaceauError::new_err)?;
    results
        .into_iter()
        .map(|r| match r {
            Ok(summary) => Ok((Some(summary_dict(py, &summary)?), None)),
            Err(message) => Ok((None, Some(message))),
        })
        .collect()
}

/// The number of frames the container announces (0 when unknown or unreadable): the progress
/// bar's total.
#[pyfunction]
fn frame_count_hint(py: Python<'_>, input: PathBuf) -> u64 {
    py.detach(|| VideoReader::open(&input).map_or(0, |r| r.frame_count_hint()))
}

/// `pyfaceau-rs compare OURS REFERENCE --json [--plot FILE]`: the report as JSON text (the
/// CLI's `--json` output). A failed limit is not an error: see the report's `passed`.
#[pyfunction]
#[pyo3(signature = (ours, reference, *, min_r, max_mae, min_presence_agreement,
    max_landmark_px, max_translation_mm, max_rotation_rad, max_gaze_rad, min_success_agreement,
    max_missing_frames, plot=None))]
#[allow(clippy::too_many_arguments)]
fn compare_json(
    py: Python<'_>,
    ours: PathBuf,
    reference: PathBuf,
    min_r: f64,
    max_mae: f64,
    min_presence_agreement: f64,
    max_landmark_px: f64,
    max_translation_mm: f64,
    max_rotation_rad: f64,
    max_gaze_rad: f64,
    min_success_agreement: f64,
    max_missing_frames: usize,
    plot: Option<PathBuf>,
) -> PyResult<String> {
    let thresholds = Thresholds {
        min_r,
        max_mae,
        min_presence_agreement,
        max_landmark_px,
        max_translation_mm,
        max_rotation_rad,
        max_gaze_rad,
        min_success_agreement,
        max_missing_frames,
    };
    py.detach(|| -> pyfaceau::Result<String> {
        thresholds.validate()?;
        if let Some(plot) = &plot {
            PlotFormat::from_path(plot)?;
        }
        let comparison = compare_files(&ours, &reference, &thresholds)?;
        if let Some(plot) = &plot {
            write_plot(&comparison, plot)?;
        }
        Ok(comparison.report.to_json())
    })
    .map_err(|e| py_err(&e))
}

/// The default limits of `compare` (`Thresholds::DEFAULT`) as a dict.
#[pyfunction]
fn default_thresholds(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let d = Thresholds::DEFAULT;
    let dict = PyDict::new(py);
    dict.set_item("min_r", d.min_r)?;
    dict.set_item("max_mae", d.max_mae)?;
    dict.set_item("min_presence_agreement", d.min_presence_agreement)?;
    dict.set_item("max_landmark_px", d.max_landmark_px)?;
    dict.set_item("max_translation_mm", d.max_translation_mm)?;
    dict.set_item("max_rotation_rad", d.max_rotation_rad)?;
    dict.set_item("max_gaze_rad", d.max_gaze_rad)?;
    dict.set_item("min_success_agreement", d.min_success_agreement)?;
    dict.set_item("max_missing_frames", d.max_missing_frames)?;
    Ok(dict)
}

/// The model directory `models` (or `PYFACEAU_MODELS`, else the per-user data directory)
/// resolves to, as `pyfaceau-rs models path` prints it.
#[pyfunction]
#[pyo3(signature = (models=None))]
fn models_path(models: Option<PathBuf>) -> PyResult<PathBuf> {
    ModelStore::resolve(models.as_deref())
        .map(|s| s.dir().to_path_buf())
        .map_err(|e| py_err(&e))
}

#[pymodule]
fn _pyfaceau_rs(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("PyfaceauError", m.py().get_type::<PyfaceauError>())?;
    m.add_class::<Counter>()?;
    m.add_function(wrap_pyfunction!(extract_to_csv, m)?)?;
    m.add_function(wrap_pyfunction!(batch_to_csv, m)?)?;
    m.add_function(wrap_pyfunction!(frame_count_hint, m)?)?;
    m.add_function(wrap_pyfunction!(compare_json, m)?)?;
    m.add_function(wrap_pyfunction!(default_thresholds, m)?)?;
    m.add_function(wrap_pyfunction!(models_path, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
