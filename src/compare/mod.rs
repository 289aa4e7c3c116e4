//! `pyfaceau-rs compare`: checks a per-frame AU CSV against a reference, the way a lab checks a
//! re-run against years of C++ OpenFace 2.2 output, and the way this project proves its parity.
//!
//! # Inputs
//! Any mix of C++ OpenFace 2.x CSVs (header with or without a space after each comma, any subset
//! of column groups), pyfaceau-rs's (the same format) and PyFaceAU's (frames from 0, `success` as
//! True/False); see [`FaceCsv`] and [`CsvFormat`]. Frames are renumbered to OpenFace's (from 1).
//!
//! # Rules
//! - Rows are paired by (`face_id`, frame) — a file without `face_id` counts as face 0. Frames
//!   only one file has are counted and listed ([`FrameMatching`]) and limited by
//!   [`Thresholds::max_missing_frames`].
//! - Success agreement is measured on paired frames; every other figure only on paired frames
//!   both files tracked (`success` = 1; a file without `success` tracked every frame).
//! - Per AU: Pearson r and mean absolute error of `AUxx_r`, agreement of `AUxx_c` (≥ 0.5 =
//!   present). Pearson r is undefined for a constant series. Rule: both series constant and equal
//!   (an AU that never fires in either) gives r = 1; one constant, or both constant at different
//!   values, gives no r (`null`, "n/a"), the r limit is not applied and the MAE limit decides.
//! - 2D landmarks: Euclidean distance per point per frame (pixels); head translation: distance
//!   of (`pose_Tx`, `pose_Ty`, `pose_Tz`) (mm); head rotation: angle of the relative rotation
//!   between the two Euler poses (radians, OpenFace's R = Rx·Ry·Rz); gaze: length of the
//!   (`gaze_angle_x`, `gaze_angle_y`) difference (radians). Each is summarised by mean, p95, max
//!   and the worst frame; the limit applies to the mean.
//! - Columns only one file has are listed, not compared; no compared column in common is an error.
//!
//! # Example
//! ```no_run
//! use pyfaceau::compare::{compare_files, Thresholds};
//! let cmp = compare_files("ours.csv".as_ref(), "openface.csv".as_ref(), &Thresholds::default())?;
//! print!("{}", cmp.report.render_table());
//! assert!(cmp.report.passed);
//! # Ok::<(), pyfaceau::Error>(())
//! ```

#[cfg(feature = "plot")]
mod plot;
mod read;
mod render;
mod report;

use std::path::Path;

use serde::Serialize;

use crate::error::{Error, Result};

#[cfg(feature = "plot")]
pub use plot::{write_plot, PlotFormat};
pub use read::{au_column, landmark_2d_column, AuKind, CsvFormat, FaceCsv};
pub use render::PARITY_TABLE_HEADER;
pub use report::{
    compare, AuComparison, Bound, Check, ErrorSummary, FileSummary, FrameList, FrameMatching,
    FrameRange, IntensityComparison, LandmarkError, PresenceComparison, Report, SuccessAgreement,
};

/// Limits a comparison must stay within. The defaults suit a lab checking a re-run of the same
/// video against OpenFace 2.2's CSV: OpenFace on another machine (other OpenBLAS kernels) still
/// reaches AU r ≈ 0.998, and the CSV's 2-decimal AU values alone leave an MAE up to 0.005.
/// Use `f64::INFINITY` (or −1 for r) to switch a limit off.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Thresholds {
    /// Lowest Pearson r of each AU intensity (`AUxx_r`). Default 0.99.
    pub min_r: f64,
    /// Highest mean absolute error of each AU intensity, intensity units (0–5). Default 0.05.
    pub max_mae: f64,
    /// Lowest fraction of frames on which each AU presence (`AUxx_c`) agrees. Default 0.95.
    pub min_presence_agreement: f64,
    /// Highest mean 2D landmark distance, pixels. Default 1.0.
    pub max_landmark_px: f64,
    /// Highest mean head translation distance, millimetres. Default 5.0.
    pub max_translation_mm: f64,
    /// Highest mean head rotation difference, radians. Default 0.02 (≈ 1.1°).
    pub max_rotation_rad: f64,
    /// Highest mean gaze angle difference, radians. Default 0.05 (≈ 2.9°).
    pub max_gaze_rad: f64,
    /// Lowest fraction of paired frames on which `success` agrees. Default 0.99.
    pub min_success_agreement: f64,
    /// Most frames allowed to be in only one file. Default 0.
    pub max_missing_frames: usize,
}

impl Thresholds {
    /// The defaults (see the field docs).
    pub const DEFAULT: Thresholds = Thresholds {
        min_r: 0.99,
        max_mae: 0.05,
        min_presence_agreement: 0.95,
        max_landmark_px: 1.0,
        max_translation_mm: 5.0,
        max_rotation_rad: 0.02,
        max_gaze_rad: 0.05,
        min_success_agreement: 0.99,
        max_missing_frames: 0,
    };

    /// Checks that every limit is a number in its range.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming the first bad limit.
    pub fn validate(&self) -> Result<()> {
        let in_range = |name: &str, v: f64, lo: f64, hi: f64| {
            if v.is_nan() || v < lo || v > hi {
                Err(Error::Invalid(format!(
                    "--{name} must be between {lo} and {hi}, got {v}"
                )))
            } else {
                Ok(())
            }
        };
        in_range("min-r", self.min_r, -1.0, 1.0)?;
        in_range(
            "min-presence-agreement",
            self.min_presence_agreement,
            0.0,
            1.0,
        )?;
        in_range(
            "min-success-agreement",
            self.min_success_agreement,
            0.0,
            1.0,
        )?;
        for (name, v) in [
            ("max-mae", self.max_mae),
            ("max-landmark-px", self.max_landmark_px),
            ("max-translation-mm", self.max_translation_mm),
            ("max-rotation-rad", self.max_rotation_rad),
            ("max-gaze-rad", self.max_gaze_rad),
        ] {
            in_range(name, v, 0.0, f64::INFINITY)?;
        }
        Ok(())
    }
}

impl Default for Thresholds {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Two parsed files and their comparison (the files are kept for [`write_plot`]).
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The file under test.
    pub ours: FaceCsv,
    /// The reference.
    pub reference: FaceCsv,
    /// The figures and verdict.
    pub report: Report,
}

/// Reads both files (in parallel) and compares them.
///
/// # Errors
/// [`Error::Io`] / [`Error::InputFormat`] for an unreadable or malformed file, [`Error::Invalid`]
/// for bad thresholds or no column in common. A failed threshold is not an error: see
/// [`Report::passed`].
pub fn compare_files(ours: &Path, reference: &Path, thresholds: &Thresholds) -> Result<Comparison> {
    thresholds.validate()?;
    let (ours, reference) = rayon::join(|| FaceCsv::read(ours), || FaceCsv::read(reference));
    let (ours, reference) = (ours?, reference?);
    let report = compare(&ours, &reference, thresholds)?;
    Ok(Comparison {
        ours,
        reference,
        report,
    })
}
