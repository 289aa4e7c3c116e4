//! `pyfaceau-rs FaceLandmarkVidMulti ARGS…` (or the binary run through a link named
//! `FaceLandmarkVidMulti`): OpenFace 2.2's `FaceLandmarkVidMulti`, up to four faces through a
//! video, writing what it writes into `-out_dir`: `NAME.csv` (one row per active tracker slot
//! per frame, `face_id` = slot, static AUs), `NAME.hog`, `NAME_aligned/frame_det_FF_NNNNNN.bmp`,
//! `NAME_of_details.txt`.
//!
//! As for `FeatureExtraction`, each `-f` input is processed in turn with fresh trackers; an
//! input that cannot be opened is one `error:` line, the others are still processed and the
//! exit status is 1 at the end.

use crate::openface_flags::OutputFlags;
use crate::openface_multi_args::{full_path, parse, Args, Program};
use anyhow::Context;
use pyfaceau::io::output::{CsvFormat, CsvSeparator, OfDetails};
use pyfaceau::io::video::VideoReader;
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::pipeline::multi::{run_multi_face_video, MultiFaceOutputs, MultiFaceSummary};
use pyfaceau::pipeline::BackEnd;
use std::path::Path;
use std::process::ExitCode;

/// What `--help` prints.
pub const HELP: &str = "\
pyfaceau-rs FaceLandmarkVidMulti: OpenFace 2.2's FaceLandmarkVidMulti command line (up to four
faces through a video: landmarks, pose, gaze, static AUs).

Usage: pyfaceau-rs FaceLandmarkVidMulti -f VIDEO [-f VIDEO ...] [-out_dir DIR] [FLAGS]
   or: FaceLandmarkVidMulti ... (the binary run through a link of that name)

Outputs (into -out_dir, default `processed`; NAME is the video's file stem):
  -2Dfp -3Dfp -pdmparams -pose -aus -gaze
                     NAME.csv's column groups (frame, face_id, timestamp, confidence,
                     success always); one row per active tracker slot (face_id 0-3) per frame
  -hogalign          NAME.hog (one record per row, flag = success)
  -simalign          NAME_aligned/frame_det_FF_NNNNNN.bmp (every row; -nobadaligned:
                     successful fits only)
  With none of these, all of them. NAME_of_details.txt is always written.

Models and camera:
  -mloc model/main_clnf_general.txt   (the only landmark model supported here)
  -fx F -fy F -cx C -cy C   camera intrinsics (defaults from the frame size)
  --models DIR       the OpenFace model folder (else $PYFACEAU_MODELS or the per-user folder)
  --quiet            no per-video summary

Differences from OpenFace, on purpose: an unknown flag or stray argument is an error (exit 2)
before any work; an input that cannot be opened is an `error:` line and exit status 1 at the
end (the other inputs are processed), 3 when a damaged video was written from the frames read;
-tracked and the aligned-face options other than -nobadaligned are not supported.
-au_static, -verbose and -vis-* are accepted without effect.
";

/// Runs `FaceLandmarkVidMulti` with OpenFace's arguments (without the program name).
pub fn run(argv: &[String]) -> anyhow::Result<ExitCode> {
    let args = parse(Program::FaceLandmarkVidMulti, argv)?;
    if args.shared.help || argv.is_empty() {
        print!("{HELP}");
        return Ok(ExitCode::SUCCESS);
    }
    if args.files.is_empty() {
        anyhow::bail!("no input: give -f VIDEO");
    }
    let outputs = args.shared.outputs.resolved();
    let store = args.model_store()?;
    let backend = BackEnd::load(&store, true)?;
    let front_end = FrontEnd::load(&store)?;
    let (mut failed, mut damaged) = (0, 0);
    for input in &args.files {
        match run_one(&args, outputs, Path::new(input), &front_end, &backend) {
            Ok(summary) => {
                if let Some(damage) = &summary.damage {
                    damaged += 1;
                    eprintln!("warning: {damage}");
                }
                if !args.shared.quiet {
                    eprintln!(
                        "{input}: {} frames, {} face rows",
                        summary.frames, summary.rows
                    );
                }
            }
            Err(e) => crate::input_failed(&e, &mut failed)?,
        }
    }
    Ok(crate::inputs_exit_status(failed, damaged))
}

fn run_one(
    args: &Args,
    outputs: OutputFlags,
    input: &Path,
    front_end: &FrontEnd,
    backend: &BackEnd,
) -> anyhow::Result<MultiFaceSummary> {
    let full = full_path(input)?;
    if full.is_dir() {
        anyhow::bail!("{}: a folder, not a video", input.display());
    }
    let name = input
        .file_stem()
        .with_context(|| format!("{}: no file name", input.display()))?
        .to_string_lossy()
        .into_owned();
    let out_dir = args.out_dir();
    std::fs::create_dir_all(&out_dir)
        .with_context(|| format!("cannot create the output folder {}", out_dir.display()))?;
    let camera = if args.shared.fx.is_some() || args.shared.cx.is_some() {
        let (width, height) = VideoReader::open(input)?.size();
        Some(args.shared.camera(width, height))
    } else {
        None
    };
    let csv_name = format!("{name}.csv");
    let hog_name = format!("{name}.hog");
    let aligned_name = format!("{name}_aligned");
    let files = MultiFaceOutputs {
        csv: out_dir.join(&csv_name),
        csv_format: CsvFormat {
            columns: outputs.columns(),
            separator: CsvSeparator::Comma,
        },
        hog: outputs.hog.then(|| out_dir.join(&hog_name)),
        aligned_dir: outputs.aligned.then(|| out_dir.join(&aligned_name)),
        failed_aligned: !args.shared.no_bad_aligned,
    };
    let summary = run_multi_face_video(
        front_end,
        backend,
        input,
        &files,
        camera,
        crate::cancel_flag(),
    )?;
    let c = summary.camera;
    OfDetails {
        input: &input.to_string_lossy(),
        input_full_path: &full,
        camera: [c.fx, c.fy, c.cx, c.cy],
        hog: outputs.hog.then_some(hog_name.as_str()),
        video: None,
        aligned_dir: outputs.aligned.then_some(aligned_name.as_str()),
        csv: (summary.rows > 0).then_some(csv_name.as_str()),
        columns: outputs.columns(),
    }
    .write(&out_dir.join(format!("{name}_of_details.txt")))?;
    Ok(summary)
}
