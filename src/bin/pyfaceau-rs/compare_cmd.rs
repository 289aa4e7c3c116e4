//! `pyfaceau-rs compare`: arguments → [`pyfaceau::compare`] → exit code 0 (all limits hold),
//! 1 (a limit failed) or 2 (bad input, via `main`'s error path).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use pyfaceau::compare::{compare_files, write_plot, PlotFormat, Thresholds};

const D: Thresholds = Thresholds::DEFAULT;

#[derive(clap::Args)]
#[command(after_long_help = "\
Inputs: C++ OpenFace 2.x CSVs (header with or without spaces, any subset of column groups), \
pyfaceau-rs CSVs (the same format) and PyFaceAU CSVs (frames from 0, success True/False; \
renumbered from 1). Rows are paired by face_id and frame; frames only one file has are counted \
and listed.

Figures are measured on paired frames both files tracked (success = 1). Pearson r is undefined \
for a constant series: both constant and equal gives r = 1; otherwise r is n/a, not checked, \
and the MAE limit decides. Landmark, pose and gaze limits apply to the mean error. Pass inf \
(or -1 for --min-r) to switch a limit off.

Exit status: 0 all limits hold, 1 a limit failed (each failing column and figure is named), \
2 bad input (one-line error).")]
pub struct CompareArgs {
    /// The CSV under test (pyfaceau-rs, OpenFace or PyFaceAU output).
    pub ours: PathBuf,
    /// The reference CSV, e.g. C++ OpenFace 2.2's output for the same video.
    pub reference: PathBuf,
    /// Lowest Pearson r allowed for each AU intensity (AUxx_r).
    #[arg(long, value_name = "R", default_value_t = D.min_r, allow_negative_numbers = true)]
    pub min_r: f64,
    /// Highest mean absolute error allowed for each AU intensity (units 0-5).
    #[arg(long, value_name = "MAE", default_value_t = D.max_mae)]
    pub max_mae: f64,
    /// Lowest fraction of frames on which each AU presence (AUxx_c) must agree.
    #[arg(long, value_name = "FRACTION", default_value_t = D.min_presence_agreement)]
    pub min_presence_agreement: f64,
    /// Highest mean 2D landmark distance, pixels.
    #[arg(long, value_name = "PX", default_value_t = D.max_landmark_px)]
    pub max_landmark_px: f64,
    /// Highest mean head translation distance, millimetres.
    #[arg(long, value_name = "MM", default_value_t = D.max_translation_mm)]
    pub max_translation_mm: f64,
    /// Highest mean head rotation difference, radians.
    #[arg(long, value_name = "RAD", default_value_t = D.max_rotation_rad)]
    pub max_rotation_rad: f64,
    /// Highest mean gaze angle difference, radians.
    #[arg(long, value_name = "RAD", default_value_t = D.max_gaze_rad)]
    pub max_gaze_rad: f64,
    /// Lowest fraction of paired frames on which success must agree.
    #[arg(long, value_name = "FRACTION", default_value_t = D.min_success_agreement)]
    pub min_success_agreement: f64,
    /// Most frames allowed to be in only one of the files.
    #[arg(long, value_name = "N", default_value_t = D.max_missing_frames)]
    pub max_missing_frames: usize,
    /// Print the report as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also draw each AU's two time series into this file (.svg or .png).
    #[arg(long, value_name = "FILE.svg|FILE.png")]
    pub plot: Option<PathBuf>,
}

pub fn run(args: CompareArgs) -> anyhow::Result<ExitCode> {
    let thresholds = Thresholds {
        min_r: args.min_r,
        max_mae: args.max_mae,
        min_presence_agreement: args.min_presence_agreement,
        max_landmark_px: args.max_landmark_px,
        max_translation_mm: args.max_translation_mm,
        max_rotation_rad: args.max_rotation_rad,
        max_gaze_rad: args.max_gaze_rad,
        min_success_agreement: args.min_success_agreement,
        max_missing_frames: args.max_missing_frames,
    };
    // Library errors carry their cause in their own message: flatten to one line.
    let flat = |e: pyfaceau::Error| anyhow::anyhow!("{e}");
    thresholds.validate().map_err(flat)?;
    if let Some(plot) = &args.plot {
        PlotFormat::from_path(plot).map_err(flat)?;
    }
    let comparison = compare_files(&args.ours, &args.reference, &thresholds).map_err(flat)?;
    if let Some(plot) = &args.plot {
        write_plot(&comparison, plot).map_err(flat)?;
    }
    let report = &comparison.report;
    let mut text = if args.json {
        report.to_json() + "\n"
    } else {
        report.render_table()
    };
    if let (Some(plot), false) = (&args.plot, args.json) {
        text.push_str(&format!("plot: {}\n", plot.display()));
    }
    // A closed pipe (`| head`) is not an error; the exit code still tells the verdict.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(anyhow::anyhow!("cannot write the report: {e}"))
        }
        _ => {}
    }
    Ok(if report.passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
