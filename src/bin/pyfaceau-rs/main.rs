//! `pyfaceau-rs`: the command-line front of the `pyfaceau` library. Parses arguments, calls the
//! library, reports any error once as a single line, and picks the exit code.

mod compare_cmd;
mod extract_cmd;
mod models_cmd;

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
    /// Fetch, install and verify the OpenFace 2.2 model files.
    Models(models_cmd::ModelsArgs),
    /// Compare an AU CSV against a reference (C++ OpenFace, PyFaceAU or pyfaceau-rs output).
    Compare(compare_cmd::CompareArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Models(args) => models_cmd::run(args),
        Command::Compare(args) => compare_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // One line: the error and its causes, outermost first.
            let chain: Vec<String> = err.chain().map(|e| e.to_string()).collect();
            eprintln!("error: {}", chain.join(": "));
            ExitCode::from(2)
        }
    }
}
