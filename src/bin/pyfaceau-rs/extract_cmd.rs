//! `pyfaceau-rs extract`: a video or image folder → OpenFace 2.2's CSV.

use crate::run_options::{aligned_format_parser, RunOptions};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyfaceau::io::landmarks_csv::read_landmarks_csv;
use pyfaceau::io::video::VideoReader;
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::pipeline::{
    extract_video, extract_with_landmarks, AlignedFaceFormat, AlignedFacesOutput, ExtractOptions,
};
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
    /// Also write OpenFace's binary HOG file (`-hogalign`: per frame 12×12×31 FHOG of the
    /// aligned face and a good-frame flag). Written atomically.
    #[arg(long, value_name = "FILE")]
    hog: Option<PathBuf>,
    /// Also write the 112×112 aligned face of every successful frame into this folder, named
    /// as OpenFace names them (`frame_det_00_000001.bmp`, `-simalign`).
    #[arg(long, value_name = "DIR")]
    aligned: Option<PathBuf>,
    /// Also write the visualisation video (`-tracked`): each frame with the landmarks, the
    /// head-pose box and the gaze drawn, MPEG-4 (DIVX) in an AVI at the input's frame rate.
    #[arg(long, value_name = "FILE.avi")]
    tracked: Option<PathBuf>,
    /// Image format of the aligned faces: bmp (OpenFace's default), png or jpg.
    #[arg(long, default_value = "bmp", value_parser = aligned_format_parser())]
    aligned_format: AlignedFaceFormat,
    /// For an image folder: write a failed row (success 0) for an image that cannot be read and
    /// go on. By default the sequence stops before it, as OpenFace does (exit status 3).
    #[arg(long)]
    skip_bad_images: bool,
    #[command(flatten)]
    run: RunOptions,
}

/// Where the landmarks come from.
enum Source {
    /// A landmarks CSV (`--landmarks`).
    Landmarks(Vec<pyfaceau::io::landmarks_csv::LandmarkRow>),
    /// The built-in detector and tracker.
    Tracker(Box<FrontEnd>),
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let run = &args.run;
    let store = run.store()?;
    let (backend, front_end) = run.models(&store, args.landmarks.is_none())?;
    let source = match (args.landmarks.as_deref(), front_end) {
        (Some(path), _) => Source::Landmarks(read_landmarks_csv(path)?),
        (None, Some(front_end)) => Source::Tracker(Box::new(front_end)),
        (None, None) => unreachable!("models() loads the front end without --landmarks"),
    };
    let pool = run.pool()?;
    let options = ExtractOptions {
        camera: run.camera(),
        chunk_frames: ExtractOptions::chunk_for_threads(run.thread_count()?),
        hog_output: args.hog.clone(),
        aligned_faces: args
            .aligned
            .clone()
            .map(|dir| AlignedFacesOutput::new(dir, args.aligned_format)),
        skip_unreadable_images: args.skip_bad_images,
        csv_format: run.csv_format(),
        cancel: crate::cancel_flag().clone(),
        tracked_video: args.tracked.clone(),
    };

    let progress = if run.quiet || !std::io::stderr().is_terminal() {
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
    if !run.quiet {
        eprintln!(
            "{}: {} frames ({} with a face) -> {}",
            args.input.display(),
            summary.frames,
            summary.successful_frames,
            summary.output.display()
        );
    }
    Ok(match &summary.damage {
        Some(damage) => {
            eprintln!("warning: {damage}");
            ExitCode::from(crate::DAMAGED_INPUT)
        }
        None => ExitCode::SUCCESS,
    })
}
