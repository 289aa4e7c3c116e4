//! `pyfaceau-rs extract`: a video or image folder → OpenFace 2.2's CSV; with `--faces all`
//! every face of a video as a person; with `--images DIR` every face of every still image
//! into one CSV.

use crate::run_options::{aligned_format_parser, RunOptions};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyfaceau::io::landmarks_csv::read_landmarks_csv;
use pyfaceau::io::video::VideoReader;
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::pipeline::images::extract_image_folder;
use pyfaceau::pipeline::people::{extract_people, PeopleOptions};
use pyfaceau::pipeline::split::{extract_video_split, SplitOptions};
use pyfaceau::pipeline::{
    extract_video, extract_with_landmarks, AlignedFaceFormat, AlignedFacesOutput, BackEnd,
    ExtractOptions,
};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// A video file (any container and codec FFmpeg reads) or a folder of images forming one
    /// sequence (OpenFace -fdir). Not with --images.
    #[arg(required_unless_present = "images", conflicts_with = "images")]
    input: Option<PathBuf>,
    /// Which faces of a video: `one` (FeatureExtraction: one face, re-detected when lost) or
    /// `all` (every face, each a person with a persistent id across leaving and returning, its
    /// own AU calibration and post-processing; one row per person per frame, face_id = person).
    /// A video in which at most one person is found gives exactly the `one` CSV. --hog and
    /// --aligned then write per person, `_personN` added to the name given.
    #[arg(long, value_enum, default_value = "one")]
    faces: Faces,
    /// With --faces all: track at most N faces at once (default: no limit).
    #[arg(long, value_name = "N")]
    max_faces: Option<usize>,
    /// With --faces all: one CSV per person, `STEM_personN.EXT` beside -o, instead of one
    /// combined CSV.
    #[arg(long)]
    csv_per_person: bool,
    /// A folder of unrelated still images (.jpg .jpeg .png .bmp): every face of every image
    /// (as FaceLandmarkImg, static AU models) into one CSV at -o, with the image's file name
    /// and the face's index (MTCNN order) as the first columns.
    #[arg(long, value_name = "DIR")]
    images: Option<PathBuf>,
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
    /// Track the video as N chunks at the same time (one long video over several cores), each
    /// chunk after the first starting --split-warmup frames early; one calibration and
    /// post-processing over the whole video. Not bit-exact with OpenFace at chunk starts
    /// (docs/parity.md gives the measured difference). 0 or 1: sequential, exact.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 0,
        conflicts_with = "landmarks"
    )]
    split: usize,
    /// Frames tracked and discarded before each chunk of --split.
    #[arg(long, value_name = "FRAMES", default_value_t = SplitOptions::DEFAULT_WARMUP_FRAMES)]
    split_warmup: u64,
    /// Frames each chunk of --split goes on tracking past its end; the next chunk's first
    /// frames are taken from them until the two trackers agree.
    #[arg(long, value_name = "FRAMES", default_value_t = SplitOptions::DEFAULT_OVERLAP_FRAMES)]
    split_overlap: u64,
    #[command(flatten)]
    run: RunOptions,
}

/// `--faces`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Faces {
    One,
    All,
}

/// Where the landmarks come from.
enum Source {
    /// A landmarks CSV (`--landmarks`).
    Landmarks(Vec<pyfaceau::io::landmarks_csv::LandmarkRow>),
    /// The built-in detector and tracker.
    Tracker(Box<FrontEnd>),
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    if let Some(dir) = &args.images {
        return run_images(&args, dir);
    }
    let input = args
        .input
        .clone()
        .ok_or_else(|| anyhow::anyhow!("no input: give a video, an image folder or --images"))?;
    if args.faces == Faces::One && (args.max_faces.is_some() || args.csv_per_person) {
        anyhow::bail!("--max-faces and --csv-per-person need --faces all");
    }
    if args.faces == Faces::All {
        if args.landmarks.is_some() {
            anyhow::bail!("--faces all tracks the faces itself: not with --landmarks");
        }
        if args.tracked.is_some() {
            anyhow::bail!("--faces all writes no tracked video: not with --tracked");
        }
        if args.max_faces == Some(0) {
            anyhow::bail!("--max-faces must be at least 1");
        }
        if args.split > 1 {
            anyhow::bail!("--split tracks one face: not with --faces all");
        }
    }
    let run = &args.run;
    let store = run.store()?;
    let (backend, source) = match args.landmarks.as_deref() {
        Some(path) => (
            run.back_end(&store)?,
            Source::Landmarks(read_landmarks_csv(path)?),
        ),
        None => {
            let (backend, front_end) = run.models(&store)?;
            (backend, Source::Tracker(Box::new(front_end)))
        }
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
            Source::Tracker(_) => VideoReader::open(&input)
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
    if let (Faces::All, Source::Tracker(front_end)) = (args.faces, &source) {
        let people_options = PeopleOptions {
            max_faces: args.max_faces,
            csv_per_person: args.csv_per_person,
            ..PeopleOptions::default()
        };
        let summary = pool.install(|| {
            extract_people(
                &backend,
                front_end,
                &input,
                &args.output,
                &options,
                &people_options,
                |_| progress.inc(1),
            )
        })?;
        progress.finish_and_clear();
        if !run.quiet {
            eprintln!(
                "{}: {} frames, {} person(s){}",
                input.display(),
                summary.frames,
                summary.people.len(),
                if summary.single_face {
                    " (one face: FeatureExtraction's CSV)"
                } else {
                    ""
                }
            );
            for p in &summary.people {
                eprintln!(
                    "  person {}: frames {}-{}, {} rows ({} successful), {} track(s)",
                    p.id, p.first_frame, p.last_frame, p.rows, p.successful_rows, p.tracks
                );
            }
            for out in &summary.outputs {
                eprintln!("  -> {}", out.display());
            }
        }
        return Ok(match &summary.damage {
            Some(damage) => {
                eprintln!("warning: {damage}");
                ExitCode::from(crate::DAMAGED_INPUT)
            }
            None => ExitCode::SUCCESS,
        });
    }
    let summary = pool.install(|| match &source {
        Source::Landmarks(rows) => {
            extract_with_landmarks(&backend, &input, rows, &args.output, &options, |_| {
                progress.inc(1)
            })
        }
        Source::Tracker(front_end) if args.split > 1 => extract_video_split(
            &backend,
            front_end,
            &input,
            &args.output,
            &options,
            SplitOptions {
                chunks: args.split,
                warmup_frames: args.split_warmup,
                overlap_frames: args.split_overlap,
            },
            |_| progress.inc(1),
        ),
        Source::Tracker(front_end) => {
            extract_video(&backend, front_end, &input, &args.output, &options, |_| {
                progress.inc(1)
            })
        }
    })?;
    progress.finish_and_clear();
    if !run.quiet {
        eprintln!(
            "{}: {} frames ({} with a face) -> {}",
            input.display(),
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

/// `extract --images DIR`: every face of every still image into one CSV (static AU models,
/// `FaceLandmarkImg`'s values per face).
fn run_images(args: &ExtractArgs, dir: &std::path::Path) -> anyhow::Result<ExitCode> {
    if args.faces == Faces::All
        || args.max_faces.is_some()
        || args.csv_per_person
        || args.landmarks.is_some()
        || args.hog.is_some()
        || args.aligned.is_some()
        || args.tracked.is_some()
        || args.skip_bad_images
    {
        anyhow::bail!(
            "--images writes one CSV of every face: not with --faces, --max-faces, \
             --csv-per-person, --landmarks, --hog, --aligned, --tracked or --skip-bad-images"
        );
    }
    let run = &args.run;
    let store = run.store()?;
    // Still images: OpenFace's static models, whatever --au-static says.
    let (backend, front_end) = BackEnd::load_with_front_end(&store, true, run.landmark_model)?;
    let summary = extract_image_folder(
        &front_end,
        &backend,
        dir,
        &args.output,
        run.camera(),
        run.csv_format(),
        |path, faces| {
            if !run.quiet {
                eprintln!("{}: {faces} face(s)", path.display());
            }
        },
    )?;
    if !run.quiet {
        eprintln!(
            "{}: {} images, {} faces -> {}",
            dir.display(),
            summary.images,
            summary.faces,
            if summary.faces > 0 {
                args.output.display().to_string()
            } else {
                "no face, no CSV".to_string()
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}
