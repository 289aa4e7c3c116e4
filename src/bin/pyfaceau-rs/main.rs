//! `pyfaceau-rs`: the command-line front of the `pyfaceau` library. Parses arguments, calls the
//! library, reports any error once as a single line, and picks the exit code.

mod batch_cmd;
mod compare_cmd;
mod extract_cmd;
mod face_landmark_img;
mod face_landmark_vid_multi;
mod feature_extraction;
mod models_cmd;
mod openface_flags;
mod openface_multi_args;
mod run_options;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pyfaceau-rs",
    version,
    about = "Facial Action Units from face videos, numerically faithful to C++ OpenFace 2.2",
    after_help = "OpenFace's own command lines: `pyfaceau-rs FeatureExtraction -f VIDEO ...`, \
                  `pyfaceau-rs FaceLandmarkImg -f IMAGE ...`, `pyfaceau-rs FaceLandmarkVidMulti -f \
                  VIDEO ...` (or the binary through a link of that name); see each one's \
                  --help."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract AUs (and pose, landmarks, PDM parameters) from a video or image folder into an
    /// OpenFace-format CSV.
    Extract(extract_cmd::ExtractArgs),
    /// Extract every video of a folder, one CSV each, several videos at a time.
    Batch(batch_cmd::BatchArgs),
    /// Fetch, install and verify the OpenFace 2.2 model files.
    Models(models_cmd::ModelsArgs),
    /// Compare an AU CSV against a reference (C++ OpenFace, PyFaceAU or pyfaceau-rs output).
    Compare(compare_cmd::CompareArgs),
}

/// Exit status when an output was written from a damaged input (a truncated or corrupt video,
/// an unreadable image): it holds every frame that could be read. 0 is a complete run, 2 an
/// error (no output), 1 is `compare`'s failed limit and `batch`'s failed inputs.
pub const DAMAGED_INPUT: u8 = 3;

/// Exit status when some of several inputs failed (each reported on its own `error:` line).
const SOME_FAILED: u8 = 1;

/// The exit status of a run over several inputs (`batch`, `FeatureExtraction -f A -f B`):
/// [`SOME_FAILED`] when any failed; else [`DAMAGED_INPUT`] when any was written from a damaged
/// input (each reported on a `warning:` line); else success.
pub fn inputs_exit_status(failed: usize, damaged: usize) -> ExitCode {
    if failed > 0 {
        ExitCode::from(SOME_FAILED)
    } else if damaged > 0 {
        ExitCode::from(DAMAGED_INPUT)
    } else {
        ExitCode::SUCCESS
    }
}

/// One failed input of a run over several (`FeatureExtraction`, `FaceLandmarkVidMulti`): its
/// own `error:` line and one more in `failed`; a run stopped by a signal is interrupted
/// instead, for the caller to return.
pub fn input_failed(err: &anyhow::Error, failed: &mut usize) -> anyhow::Result<()> {
    if cancel_flag().is_cancelled() {
        return Err(pyfaceau::Error::Interrupted.into());
    }
    *failed += 1;
    eprintln!("error: {}", one_line(err));
    Ok(())
}

/// Exit status of a run stopped by SIGINT, SIGTERM or SIGHUP (128 + SIGINT, as shells report
/// an interrupted command): nothing was written at any output path.
const INTERRUPTED: u8 = 130;

/// The flag every run of this process stops on between frames, set by the first SIGINT,
/// SIGTERM or SIGHUP; a second signal exits at once.
pub fn cancel_flag() -> &'static pyfaceau::pipeline::CancelFlag {
    static FLAG: std::sync::OnceLock<pyfaceau::pipeline::CancelFlag> = std::sync::OnceLock::new();
    FLAG.get_or_init(pyfaceau::pipeline::CancelFlag::new)
}

fn install_signal_handler() {
    let flag = cancel_flag().clone();
    // Without a handler (e.g. one already set by an embedding process) signals keep their
    // default action, which also leaves no file at an output path.
    let _ = ctrlc::set_handler(move || {
        if flag.is_cancelled() {
            std::process::exit(INTERRUPTED.into());
        }
        flag.cancel();
    });
}

fn main() -> ExitCode {
    install_signal_handler();
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let program = argv
        .first()
        .map(std::path::Path::new)
        .and_then(|p| p.file_stem())
        .and_then(|n| n.to_str());
    // OpenFace's programs, by the link's name or as the first argument.
    type OpenFaceProgram = fn(&[String]) -> anyhow::Result<ExitCode>;
    let programs: [(&str, OpenFaceProgram); 3] = [
        ("FeatureExtraction", feature_extraction::run),
        ("FaceLandmarkImg", face_landmark_img::run),
        ("FaceLandmarkVidMulti", face_landmark_vid_multi::run),
    ];
    for (name, run) in programs {
        if program == Some(name) {
            return report(run(&argv[1..]));
        }
        if argv.get(1).map(String::as_str) == Some(name) {
            return report(run(&argv[2..]));
        }
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Batch(args) => batch_cmd::run(args),
        Command::Models(args) => models_cmd::run(args),
        Command::Compare(args) => compare_cmd::run(args),
    };
    report(result)
}

/// The exit code of a command's result; an error is reported once, on one line, with status 2.
fn report(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", one_line(&err));
            match err.downcast_ref::<pyfaceau::Error>() {
                Some(pyfaceau::Error::Interrupted) => ExitCode::from(INTERRUPTED),
                _ => ExitCode::from(2),
            }
        }
    }
}

/// The error and its causes on one line, outermost first, skipping a cause whose text the
/// message before it already contains (the library's errors embed their source).
fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
    }
    line.replace('\n', " ")
}
