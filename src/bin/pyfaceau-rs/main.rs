//! `pyfaceau-rs`: the command-line front of the `pyfaceau` library. Parses arguments, calls the
//! library, reports any error once as a single line, and picks the exit code.

mod batch_cmd;
mod compare_cmd;
mod extract_cmd;
mod models_cmd;
mod run_options;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pyfaceau-rs",
    version,
    about = "Facial Action Units from face videos, numerically faithful to C++ OpenFace 2.2"
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

/// OpenBLAS's kernel family the OpenFace references were made with. OpenFace's numbers (the
/// CCNF window-11 Σ inversion, MTCNN's convolutions) depend on it, and OpenBLAS reads the choice
/// only when it is loaded, before `main`.
const REFERENCE_OPENBLAS_CORE: &str = "Haswell";

/// Runs this program again with `OPENBLAS_CORETYPE=Haswell` when the user has not chosen a
/// kernel and the CPU can run it (AVX2 and FMA), so results are OpenFace's bit for bit on any
/// such machine. Returns only when no re-run is needed or it could not start.
fn select_reference_blas_kernel() {
    if std::env::var_os("OPENBLAS_CORETYPE").is_some() {
        return;
    }
    #[cfg(all(unix, target_arch = "x86_64"))]
    {
        use std::os::unix::process::CommandExt;
        if !(std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("fma"))
        {
            return;
        }
        let Ok(exe) = std::env::current_exe() else {
            return;
        };
        // `exec` only returns on failure; then carry on with the default kernel.
        let _ = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env("OPENBLAS_CORETYPE", REFERENCE_OPENBLAS_CORE)
            .exec();
    }
}

fn main() -> ExitCode {
    select_reference_blas_kernel();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Batch(args) => batch_cmd::run(args),
        Command::Models(args) => models_cmd::run(args),
        Command::Compare(args) => compare_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {}", one_line(&err));
            ExitCode::from(2)
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
