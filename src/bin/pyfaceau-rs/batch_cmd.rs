//! `pyfaceau-rs batch`: every video of a folder → one OpenFace CSV each, videos in parallel.

use crate::run_options::{aligned_format_parser, RunOptions};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyfaceau::pipeline::batch::{find_recordings, output_path};
use pyfaceau::pipeline::{extract_video, AlignedFaceFormat, AlignedFacesOutput, ExtractOptions};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;

#[derive(clap::Args)]
pub struct BatchArgs {
    /// A folder of video files (by extension: avi, mp4, mov, mkv, wmv, webm, m4v, mpg, mpeg,
    /// flv, mts, 3gp).
    input: PathBuf,
    /// Folder for the CSVs: one per video, at the video's path relative to INPUT with `.csv`
    /// (created as needed). Each file is written atomically.
    #[arg(short, long)]
    output: PathBuf,
    /// Include videos in subfolders.
    #[arg(short, long)]
    recursive: bool,
    /// Skip videos whose CSV already exists (complete: files are only ever renamed into place),
    /// e.g. to resume an interrupted run.
    #[arg(long)]
    skip_existing: bool,
    /// Also write each video's HOG file beside its CSV (`NAME.hog`, OpenFace's `-hogalign`).
    #[arg(long)]
    hog: bool,
    /// Also write each video's aligned faces into `NAME_aligned/` beside its CSV (`-simalign`).
    #[arg(long)]
    aligned: bool,
    /// Image format of the aligned faces: bmp (OpenFace's default), png or jpg.
    #[arg(long, default_value = "bmp", value_parser = aligned_format_parser())]
    aligned_format: AlignedFaceFormat,
    #[command(flatten)]
    run: RunOptions,
}

/// OpenFace's folder for a recording's aligned faces: `NAME_aligned` beside `NAME.csv`.
fn aligned_dir(csv: &std::path::Path) -> PathBuf {
    let stem = csv.file_stem().unwrap_or_default().to_string_lossy();
    csv.with_file_name(format!("{stem}_aligned"))
}

pub fn run(args: BatchArgs) -> anyhow::Result<ExitCode> {
    let run = &args.run;
    let videos = find_recordings(&args.input, args.recursive)?;
    if videos.is_empty() {
        anyhow::bail!("{}: no video files found", args.input.display());
    }
    let store = run.store()?;
    let backend = run.back_end(&store)?;
    let front_end = run.front_end(&store)?;
    let pool = run.pool()?;
    let base_options = ExtractOptions {
        camera: run.camera(),
        chunk_frames: ExtractOptions::CHUNK_FOR_PARALLEL_VIDEOS,
        hog_output: None,
        aligned_faces: None,
        skip_unreadable_images: false,
        csv_format: run.csv_format(),
        cancel: crate::cancel_flag().clone(),
        tracked_video: None,
    };
    let jobs: Vec<(PathBuf, PathBuf)> = videos
        .into_iter()
        .map(|video| {
            let csv = output_path(&args.input, &video, &args.output);
            (video, csv)
        })
        .filter(|(_, csv)| !(args.skip_existing && csv.exists()))
        .collect();

    let progress = if run.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar =
            ProgressBar::with_draw_target(Some(jobs.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} videos, {msg} frames, eta {eta}")
                .expect("valid template"),
        );
        bar
    };
    let frames = std::sync::atomic::AtomicU64::new(0);
    let failures = Mutex::new(Vec::new());
    let damaged = std::sync::atomic::AtomicUsize::new(0);
    pool.install(|| {
        jobs.par_iter().for_each(|(video, csv)| {
            if crate::cancel_flag().is_cancelled() {
                return;
            }
            let result = csv
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .map_err(|e| pyfaceau::error::Error::io(csv, e))
                .and_then(|()| {
                    let options = ExtractOptions {
                        hog_output: args.hog.then(|| csv.with_extension("hog")),
                        aligned_faces: args.aligned.then(|| {
                            AlignedFacesOutput::new(aligned_dir(csv), args.aligned_format)
                        }),
                        ..base_options.clone()
                    };
                    extract_video(&backend, &front_end, video, csv, &options, |_| {
                        let n = frames.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                        if n.is_multiple_of(64) {
                            progress.set_message(n.to_string());
                        }
                    })
                });
            match result {
                Ok(summary) => {
                    if let Some(damage) = &summary.damage {
                        damaged.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        progress.suspend(|| eprintln!("warning: {damage}"));
                    }
                    if !run.quiet {
                        progress.suspend(|| {
                            eprintln!(
                                "{}: {} frames ({} with a face) -> {}",
                                video.display(),
                                summary.frames,
                                summary.successful_frames,
                                summary.output.display()
                            )
                        });
                    }
                }
                // Every video stops at once when interrupted: one line for the run, below.
                Err(pyfaceau::Error::Interrupted) => {}
                Err(e) => {
                    progress.suspend(|| eprintln!("error: {}: {e}", video.display()));
                    failures
                        .lock()
                        .expect("no panics while held")
                        .push(video.clone());
                }
            }
            progress.inc(1);
        })
    });
    progress.finish_and_clear();
    if crate::cancel_flag().is_cancelled() {
        // Finished videos keep their complete outputs; `--skip-existing` resumes the rest.
        return Err(pyfaceau::Error::Interrupted.into());
    }
    let failed = failures.into_inner().expect("no panics while held").len();
    let damaged = damaged.into_inner();
    if !run.quiet {
        eprintln!(
            "{} videos, {} frames, {failed} failed, {damaged} damaged",
            jobs.len(),
            frames.into_inner()
        );
    }
    Ok(crate::inputs_exit_status(failed, damaged))
}
