//! `pyfaceau-rs models`: fetch, verify and locate OpenFace 2.2's model files.
//!
//! Problems are printed one line each on stderr; the exit code is 0 when everything is in place
//! and intact, 1 otherwise (2, from `main`, for errors that stop the command outright).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use pyfaceau::io::model_store::{self, FetchEvent, ModelStore, TransferReport};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ModelsArgs {
    #[command(subcommand)]
    command: ModelsCommand,
}

#[derive(clap::Subcommand)]
enum ModelsCommand {
    /// Download the model files that are missing or damaged, or copy them with --from.
    ///
    /// Files come from OpenFace's GitHub release (tag OpenFace_2.2.0), or from
    /// $PYFACEAU_MODELS_URL/<path> when that is set. Every file is checked (size, SHA-256)
    /// before it is put in place; files already intact are left alone.
    Fetch {
        /// Copy from this OpenFace model directory (holding `model/` and `AU_predictors/`)
        /// instead of downloading.
        #[arg(long, value_name = "DIR")]
        from: Option<PathBuf>,
        /// Model directory to fill [default: $PYFACEAU_MODELS, else the per-user data directory].
        #[arg(long, value_name = "DIR")]
        models: Option<PathBuf>,
    },
    /// Check that every model file is present, with the size and SHA-256 of the manifest.
    Verify {
        /// Model directory [default: $PYFACEAU_MODELS, else the per-user data directory].
        #[arg(long, value_name = "DIR")]
        models: Option<PathBuf>,
    },
    /// Print the model directory that would be used.
    Path {
        /// Model directory [default: $PYFACEAU_MODELS, else the per-user data directory].
        #[arg(long, value_name = "DIR")]
        models: Option<PathBuf>,
    },
}

pub fn run(args: ModelsArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        ModelsCommand::Fetch { from, models } => {
            let store = ModelStore::resolve(models.as_deref())?;
            let report = match &from {
                Some(src) => {
                    model_store::install_entries_from(src, store.dir(), model_store::manifest())
                }
                None => download(&store),
            };
            Ok(finish_transfer(report, from.is_some()))
        }
        ModelsCommand::Verify { models } => {
            let store = ModelStore::resolve(models.as_deref())?;
            let report = model_store::verify_entries(store.dir(), model_store::manifest());
            if report.is_ok() {
                println!(
                    "ok: {} files ({}) verified in {}",
                    report.files_ok,
                    megabytes(report.bytes_ok),
                    store.dir().display()
                );
                Ok(ExitCode::SUCCESS)
            } else {
                for problem in &report.problems {
                    eprintln!("error: {problem}");
                }
                Ok(ExitCode::FAILURE)
            }
        }
        ModelsCommand::Path { models } => {
            let store = ModelStore::resolve(models.as_deref())?;
            println!("{}", store.dir().display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Downloads the missing or bad files, with a progress bar when stderr is a terminal.
fn download(store: &ModelStore) -> TransferReport {
    let base = model_store::resolve_base_url(None);
    eprintln!(
        "note: OpenFace's model files are for academic or non-profit non-commercial research use \
         only ({})",
        model_store::OPENFACE_LICENSE_URL
    );
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(
            "{msg:40!} [{bar:30}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} {eta}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar
    });
    let mut on_event = |event: FetchEvent<'_>| {
        let Some(bar) = &bar else { return };
        match event {
            FetchEvent::Plan { bytes, .. } => bar.set_length(bytes),
            FetchEvent::Started { entry } => bar.set_message(entry.path.clone()),
            FetchEvent::Received { bytes } => bar.inc(bytes),
            FetchEvent::Failed { .. } | FetchEvent::Finished { .. } => {}
        }
    };
    let report = model_store::fetch_entries(
        store.dir(),
        model_store::manifest(),
        base.as_deref(),
        &mut on_event,
    );
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    report
}

/// Prints the problems (one line each) or a summary, and picks the exit code.
fn finish_transfer(report: TransferReport, copied: bool) -> ExitCode {
    for problem in &report.problems {
        eprintln!("error: {problem}");
    }
    if report.not_attempted > 0 {
        eprintln!(
            "error: {} more files not attempted (the server could not be reached)",
            report.not_attempted
        );
    }
    if !report.is_ok() {
        return ExitCode::FAILURE;
    }
    println!(
        "ok: {} {} files ({}), {} already in place, in {}",
        if copied { "copied" } else { "downloaded" },
        report.transferred,
        megabytes(report.transferred_bytes),
        report.already_ok,
        report.dir.display()
    );
    ExitCode::SUCCESS
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}
