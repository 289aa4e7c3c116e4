//! `pyfaceau-rs batch`: every video of a folder → one OpenFace CSV each, videos in parallel.

use crate::run_options::{aligned_format_parser, RunOptions};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyfaceau::io::manifest::{write_manifest, ManifestRow, RecordingStatus};
use pyfaceau::pipeline::batch::{find_recordings, output_path, relative_name};
use pyfaceau::pipeline::shard::Shard;
use pyfaceau::pipeline::{extract_video, AlignedFaceFormat, AlignedFacesOutput, ExtractOptions};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

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
    /// e.g. to resume an interrupted run; each is reported as skipped.
    #[arg(long)]
    skip_existing: bool,
    /// Process only shard K of N (0-based, K < N): the videos at positions K, K+N, K+2N, … of
    /// the list sorted by relative path, so N runs with K = 0…N-1 process every video exactly
    /// once. Default in a Slurm job array: K = (SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN) /
    /// SLURM_ARRAY_TASK_STEP, N = SLURM_ARRAY_TASK_COUNT (`--shard 0/1` takes every video).
    #[arg(long, value_name = "K/N")]
    shard: Option<String>,
    /// Write a CSV with one row per video of this run (shard), written atomically at the end:
    /// input (relative path), output, status (done, skipped, damaged, failed), frames,
    /// frames_with_face, seconds, error.
    #[arg(long, value_name = "FILE")]
    manifest: Option<PathBuf>,
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

/// The shard to process: `--shard`, else the Slurm array task's, else none.
fn shard(option: Option<&str>) -> anyhow::Result<Option<Shard>> {
    match option {
        Some(text) => Ok(Some(text.parse()?)),
        None => Ok(Shard::from_slurm_env(|name| std::env::var(name).ok())?),
    }
}

pub fn run(args: BatchArgs) -> anyhow::Result<ExitCode> {
    let run = &args.run;
    let shard = shard(args.shard.as_deref())?;
    let threads = run.thread_count()?;
    let videos = find_recordings(&args.input, args.recursive)?;
    if videos.is_empty() {
        anyhow::bail!("{}: no video files found", args.input.display());
    }
    let videos = match shard {
        Some(shard) => shard.select(videos),
        None => videos,
    };
    if let Some(dir) = args.manifest.as_deref().and_then(|m| m.parent()) {
        std::fs::create_dir_all(dir).map_err(|e| pyfaceau::error::Error::io(dir, e))?;
    }
    let store = run.store()?;
    let (backend, front_end) = run.models(&store)?;
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
    let jobs: Vec<(PathBuf, PathBuf, bool)> = videos
        .into_iter()
        .map(|video| {
            let csv = output_path(&args.input, &video, &args.output);
            let skip = args.skip_existing && csv.exists();
            (video, csv, skip)
        })
        .collect();
    let to_run = jobs.iter().filter(|(_, _, skip)| !skip).count();

    let progress = if run.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let bar = ProgressBar::with_draw_target(Some(to_run as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} videos, {msg} frames, eta {eta}")
                .expect("valid template"),
        );
        bar
    };
    let frames = std::sync::atomic::AtomicU64::new(0);
    let rows: Vec<ManifestRow> = pool.install(|| {
        jobs.par_iter()
            .map(|(video, csv, skip)| {
                let mut row = ManifestRow {
                    input: relative_name(&args.input, video),
                    output: csv.clone(),
                    status: RecordingStatus::Skipped,
                    frames: None,
                    frames_with_face: None,
                    seconds: None,
                    error: String::new(),
                };
                if crate::cancel_flag().is_cancelled() {
                    return row;
                }
                if *skip {
                    if !run.quiet {
                        progress.suspend(|| {
                            eprintln!("{}: skipped, {} exists", video.display(), csv.display())
                        });
                    }
                    return row;
                }
                let started = Instant::now();
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
                row.seconds = Some(started.elapsed().as_secs_f64());
                match result {
                    Ok(summary) => {
                        row.status = RecordingStatus::Done;
                        row.frames = Some(summary.frames);
                        row.frames_with_face = Some(summary.successful_frames);
                        if let Some(damage) = &summary.damage {
                            row.status = RecordingStatus::Damaged;
                            row.error = damage.to_string();
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
                        row.status = RecordingStatus::Failed;
                        row.error = e.to_string();
                        progress.suspend(|| eprintln!("error: {}: {e}", video.display()));
                    }
                }
                progress.inc(1);
                row
            })
            .collect()
    });
    progress.finish_and_clear();
    if crate::cancel_flag().is_cancelled() {
        // Finished videos keep their complete outputs; `--skip-existing` resumes the rest. No
        // manifest: it would describe a run that did not end.
        return Err(pyfaceau::Error::Interrupted.into());
    }
    let count = |status| rows.iter().filter(|r| r.status == status).count();
    let failed = count(RecordingStatus::Failed);
    let damaged = count(RecordingStatus::Damaged);
    if !run.quiet {
        eprintln!(
            "{}{} video{} ({} done, {} skipped, {damaged} damaged, {failed} failed), {} frames, \
             worker threads: {threads}",
            shard.map_or(String::new(), |s| format!("shard {s}: ")),
            rows.len(),
            if rows.len() == 1 { "" } else { "s" },
            count(RecordingStatus::Done),
            count(RecordingStatus::Skipped),
            frames.into_inner()
        );
    }
    if let Some(manifest) = &args.manifest {
        write_manifest(manifest, &rows)?;
    }
    Ok(crate::inputs_exit_status(failed, damaged))
}
