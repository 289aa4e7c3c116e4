//! `pyfaceau-rs extract`: a video or image folder → OpenFace 2.2's CSV.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyfaceau::face_fit::{FrontEnd, LandmarkModel};
use pyfaceau::landmarks_csv::read_landmarks_csv;
use pyfaceau::models::ModelStore;
use pyfaceau::pipeline::{extract_video, extract_with_landmarks, BackEnd, ExtractOptions};
use pyfaceau::pose::CameraIntrinsics;
use pyfaceau::video::VideoReader;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// A video file (any container and codec FFmpeg reads) or a folder of images (OpenFace -fdir).
    input: PathBuf,
    /// The CSV to write (OpenFace 2.2's columns). Written atomically.
    #[arg(short, long)]
    output: PathBuf,
    /// Use these per-frame 68-point landmarks instead of detecting and tracking the face: a CSV
    /// with `frame`, `success`, `x_0..x_67`, `y_0..y_67` (and optionally `confidence`), e.g. an
    /// OpenFace output CSV. Without a `confidence` column, confidence is written as 1 for
    /// successful rows and 0 for the others; gaze columns are written as zeros.
    #[arg(long)]
    landmarks: Option<PathBuf>,
    /// Use OpenFace's static AU models (AU_predictors/main_static_svms.txt) instead of the dynamic,
    /// person-normalised ones.
    #[arg(long)]
    au_static: bool,
    /// Landmark model of the built-in front end: `clnf` (OpenFace's main_clnf_general, what
    /// every reference uses) or `ceclm` (OpenFace's default; needs the CEN patch experts, which
    /// are not part of OpenFace's repository).
    #[arg(long, default_value_t = LandmarkModel::Clnf)]
    landmark_model: LandmarkModel,
    /// Model directory (default: $PYFACEAU_MODELS, else the per-user data directory).
    #[arg(long)]
    models: Option<PathBuf>,
    /// Camera focal length x in pixels (default: OpenFace's guess from the frame size).
    #[arg(long, requires_all = ["fy", "cx", "cy"])]
    fx: Option<f32>,
    /// Camera focal length y in pixels.
    #[arg(long, requires_all = ["fx", "cx", "cy"])]
    fy: Option<f32>,
    /// Optical centre x in pixels.
    #[arg(long, requires_all = ["fx", "fy", "cy"])]
    cx: Option<f32>,
    /// Optical centre y in pixels.
    #[arg(long, requires_all = ["fx", "fy", "cx"])]
    cy: Option<f32>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
}

/// Where the landmarks come from.
enum Source {
    /// A landmarks CSV (`--landmarks`).
    Landmarks(Vec<pyfaceau::landmarks_csv::LandmarkRow>),
    /// The built-in detector and tracker.
    Tracker(Box<FrontEnd>),
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let store = ModelStore::resolve(args.models.as_deref())?;
    let backend = BackEnd::load(&store, args.au_static)?;
    let source = match args.landmarks.as_deref() {
        Some(path) => Source::Landmarks(read_landmarks_csv(path)?),
        None => Source::Tracker(Box::new(FrontEnd::load_with(&store, args.landmark_model)?)),
    };
    let camera = match (args.fx, args.fy, args.cx, args.cy) {
        (Some(fx), Some(fy), Some(cx), Some(cy)) => Some(CameraIntrinsics { fx, fy, cx, cy }),
        _ => None,
    };
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.max(1))
        .build()
        .context("cannot start the worker threads")?;
    let options = ExtractOptions {
        camera,
        chunk_frames: 32 * threads.max(1),
    };

    let progress = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let frames = match &source {
            Source::Landmarks(rows) => Some(rows.len() as u64),
            Source::Tracker(_) => VideoReader::open(&args.input)
                .ok()
                .map(|r| r.frame_count_hint())
                .filter(|&n| n > 0),
        };
        let bar = ProgressBar::with_draw_target(frames, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} frames {per_sec} eta {eta}")
                .expect("valid template"),
        );
        bar
    };
    let summary = pool.install(|| match &source {
        Source::Landmarks(rows) => {
            extract_with_landmarks(&backend, &args.input, rows, &args.output, &options, |_| {
                progress.inc(1)
            })
        }
        Source::Tracker(front_end) => extract_video(
            &backend,
            front_end,
            &args.input,
            &args.output,
            &options,
            |_| progress.inc(1),
        ),
    })?;
    progress.finish_and_clear();
    if !args.quiet {
        eprintln!(
            "{}: {} frames ({} with a face) -> {}",
            args.input.display(),
            summary.frames,
            summary.successful_frames,
            summary.output.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
