//! Matching two CSVs' rows and measuring how far apart they are.

use std::collections::HashMap;

use serde::Serialize;

use super::read::{au_column, AuKind, CsvFormat, FaceCsv, GAZE_COLUMNS, POSE_COLUMNS};
use super::Thresholds;
use crate::error::{Error, Result};

/// Everything `pyfaceau-rs compare` reports. Serialises to the `--json` output; undefined figures
/// (no frames to measure, Pearson r of a constant series) are `null`.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The file under test.
    pub ours: FileSummary,
    /// The file it is checked against.
    pub reference: FileSummary,
    /// How rows were paired, and which frames only one file has.
    pub frames: FrameMatching,
    /// Tracking success on the paired frames.
    pub success: SuccessAgreement,
    /// Per AU, on frames both files tracked, in AU order.
    pub aus: Vec<AuComparison>,
    /// 2D landmark distance, pixels.
    pub landmarks_2d: Option<LandmarkError>,
    /// Head translation distance (`pose_Tx/Ty/Tz`), millimetres.
    pub head_translation_mm: Option<ErrorSummary>,
    /// Head rotation difference: the angle of the rotation between the two poses, radians.
    pub head_rotation_rad: Option<ErrorSummary>,
    /// Gaze difference: the length of the (`gaze_angle_x`, `gaze_angle_y`) difference, radians.
    pub gaze_angle_rad: Option<ErrorSummary>,
    /// Compared columns (AU, landmark, pose, gaze) that only one file has.
    pub columns_only_in_ours: Vec<String>,
    /// See `columns_only_in_ours`.
    pub columns_only_in_reference: Vec<String>,
    /// The limits applied.
    pub thresholds: Thresholds,
    /// Every limit applied, one per column and figure.
    pub checks: Vec<Check>,
    /// Whether every check passed.
    pub passed: bool,
}

/// What was detected about one input file.
#[derive(Clone, Debug, Serialize)]
pub struct FileSummary {
    /// As given on the command line.
    pub path: String,
    /// The detected writer.
    pub format: CsvFormat,
    /// [`CsvFormat::describe`].
    pub format_description: String,
    /// Whether the header has a space after each comma.
    pub header_with_spaces: bool,
    /// Columns in the header.
    pub columns: usize,
    /// Added to the file's frame numbers so both files count from 1 (1 for PyFaceAU, else 0).
    pub frame_offset: i64,
    /// Data rows.
    pub frames: usize,
    /// Rows with success (all rows when the file has no `success` column).
    pub succeeded: usize,
    /// Column groups present, e.g. "AU intensities (17)".
    pub column_groups: Vec<String>,
}

/// How the two files' rows were paired.
#[derive(Clone, Debug, Serialize)]
pub struct FrameMatching {
    /// Rows are paired by (`face_id`, frame) when either file has `face_id`, else by frame alone
    /// (a file without `face_id` counts as face 0).
    pub by_face_id: bool,
    /// Distinct `face_id`s over both files (1 for single-face files).
    pub faces: usize,
    /// Rows present in both files.
    pub matched: usize,
    /// Rows only the file under test has.
    pub only_in_ours: FrameList,
    /// Rows only the reference has.
    pub only_in_reference: FrameList,
}

/// A set of frames, as a count and runs of consecutive frame numbers.
#[derive(Clone, Debug, Default, Serialize)]
pub struct FrameList {
    /// Number of frames.
    pub count: usize,
    /// Consecutive runs, sorted by face, then frame.
    pub ranges: Vec<FrameRange>,
}

/// Frames `first..=last` of one face.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FrameRange {
    /// `face_id` (0 when the files have none).
    pub face_id: i64,
    /// First frame of the run (OpenFace numbering, from 1).
    pub first: i64,
    /// Last frame of the run, inclusive.
    pub last: i64,
}

/// Tracking success on paired frames.
#[derive(Clone, Debug, Serialize)]
pub struct SuccessAgreement {
    /// Paired frames both tracked: the frames every other figure is measured on.
    pub both: usize,
    /// Paired frames only the file under test tracked.
    pub ours_only: usize,
    /// Paired frames only the reference tracked.
    pub reference_only: usize,
    /// Paired frames neither tracked.
    pub neither: usize,
    /// (both + neither) / paired frames; `null` without paired frames.
    pub agreement: Option<f64>,
}

/// One AU's figures.
#[derive(Clone, Debug, Serialize)]
pub struct AuComparison {
    /// E.g. "AU01".
    pub au: String,
    /// From the `AUxx_r` columns, when both files have them.
    pub intensity: Option<IntensityComparison>,
    /// From the `AUxx_c` columns, when both files have them.
    pub presence: Option<PresenceComparison>,
}

/// AU intensity agreement on frames both files tracked (pairs with an empty value are skipped).
#[derive(Clone, Debug, Serialize)]
pub struct IntensityComparison {
    /// E.g. "AU01_r".
    pub column: String,
    /// Frames measured.
    pub frames: usize,
    /// Pearson correlation. `null` when undefined: fewer than 2 frames, or one series constant
    /// while the other is not, or both constant at different values. Both series constant and
    /// equal (e.g. an AU that never fires) gives 1.
    pub pearson_r: Option<f64>,
    /// Why `pearson_r` is `null` or was set by the constant-series rule.
    pub r_note: Option<String>,
    /// Mean absolute difference (intensity units, 0–5).
    pub mae: Option<f64>,
    /// Largest absolute difference.
    pub max_abs_error: Option<f64>,
    /// Frame of the largest difference (`null` when every difference is 0).
    pub worst_frame: Option<i64>,
}

/// AU presence agreement on frames both files tracked. A value ≥ 0.5 counts as present.
#[derive(Clone, Debug, Serialize)]
pub struct PresenceComparison {
    /// E.g. "AU01_c".
    pub column: String,
    /// Frames measured.
    pub frames: usize,
    /// Fraction of frames where both say present or both say absent.
    pub agreement: Option<f64>,
    /// Frames where they differ.
    pub disagreeing_frames: usize,
}

/// Distribution of a per-sample error over the frames both files tracked.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorSummary {
    /// Frames measured.
    pub frames: usize,
    /// Samples measured (frames × points for landmarks, else frames).
    pub samples: usize,
    /// Mean error; `null` without samples.
    pub mean: Option<f64>,
    /// 95th percentile (nearest rank).
    pub p95: Option<f64>,
    /// Largest error.
    pub max: Option<f64>,
    /// Frame of the largest error (`null` when every error is 0).
    pub worst_frame: Option<i64>,
    /// Face of the largest error.
    pub worst_face_id: Option<i64>,
}

/// 2D landmark error: Euclidean distance per point per frame, pixels.
#[derive(Clone, Debug, Serialize)]
pub struct LandmarkError {
    /// Points compared (leading `x_i`/`y_i` pairs both files have).
    pub points: usize,
    /// Distance over all points of all measured frames.
    #[serde(flatten)]
    pub error: ErrorSummary,
    /// Point of the largest error.
    pub worst_point: Option<usize>,
}

/// Which side of a limit a figure must stay on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bound {
    /// The figure must be ≥ the limit.
    Min,
    /// The figure must be ≤ the limit.
    Max,
}

/// One limit applied to one figure.
#[derive(Clone, Debug, Serialize)]
pub struct Check {
    /// Column or column group, e.g. "AU12_r", "x_*,y_*", "pose_R*".
    pub column: String,
    /// What was measured: "pearson_r", "mae", "presence_agreement", "success_agreement",
    /// "missing_frames", "landmark_mean_px", "translation_mean_mm", "rotation_mean_rad",
    /// "gaze_mean_rad".
    pub metric: String,
    /// The measured figure.
    pub value: f64,
    /// The limit.
    pub limit: f64,
    /// Whether `value` must be at least or at most `limit`.
    pub bound: Bound,
    /// Whether it held.
    pub passed: bool,
}

impl Check {
    fn new(column: &str, metric: &str, value: f64, bound: Bound, limit: f64) -> Self {
        let passed = match bound {
            Bound::Min => value >= limit,
            Bound::Max => value <= limit,
        };
        Check {
            column: column.to_owned(),
            metric: metric.to_owned(),
            value,
            limit,
            bound,
            passed,
        }
    }
}

impl FileSummary {
    fn of(csv: &FaceCsv) -> Self {
        FileSummary {
            path: csv.path.display().to_string(),
            format: csv.format,
            format_description: csv.format.describe().to_owned(),
            header_with_spaces: csv.spaced_header,
            columns: csv.header_columns,
            frame_offset: csv.frame_offset,
            frames: csv.len(),
            succeeded: csv.success_count(),
            column_groups: csv.column_groups(),
        }
    }
}

/// Row pairing of two files.
pub(crate) struct Pairing {
    /// (row in ours, row in reference), in the order of ours.
    pub matched: Vec<(usize, usize)>,
    pub only_ours: Vec<(i64, i64)>,
    pub only_reference: Vec<(i64, i64)>,
}

/// Pairs rows by (face_id, frame).
///
/// # Errors
/// [`Error::InputFormat`] when a file has the same (face_id, frame) twice.
pub(crate) fn pair_rows(ours: &FaceCsv, reference: &FaceCsv) -> Result<Pairing> {
    let key = |csv: &FaceCsv, row: usize| (csv.face_id(row), csv.frames[row]);
    let mut reference_rows: HashMap<(i64, i64), usize> = HashMap::with_capacity(reference.len());
    for row in 0..reference.len() {
        if let Some(first) = reference_rows.insert(key(reference, row), row) {
            return Err(duplicate(reference, first, row));
        }
    }
    let mut seen_ours: HashMap<(i64, i64), usize> = HashMap::with_capacity(ours.len());
    let mut used = vec![false; reference.len()];
    let mut matched = Vec::with_capacity(ours.len().min(reference.len()));
    let mut only_ours = Vec::new();
    for row in 0..ours.len() {
        let k = key(ours, row);
        if let Some(first) = seen_ours.insert(k, row) {
            return Err(duplicate(ours, first, row));
        }
        match reference_rows.get(&k) {
            Some(&r) => {
                used[r] = true;
                matched.push((row, r));
            }
            None => only_ours.push(k),
        }
    }
    let only_reference = (0..reference.len())
        .filter(|&r| !used[r])
        .map(|r| key(reference, r))
        .collect();
    Ok(Pairing {
        matched,
        only_ours,
        only_reference,
    })
}

fn duplicate(csv: &FaceCsv, first: usize, second: usize) -> Error {
    Error::InputFormat {
        path: csv.path.clone(),
        detail: format!(
            "frame {} (face_id {}) appears twice, in data rows {} and {}",
            csv.frames[second] - csv.frame_offset,
            csv.face_id(second),
            first + 1,
            second + 1
        ),
    }
}

fn frame_list(mut keys: Vec<(i64, i64)>) -> FrameList {
    keys.sort_unstable();
    let mut ranges: Vec<FrameRange> = Vec::new();
    for &(face_id, frame) in &keys {
        match ranges.last_mut() {
            Some(r) if r.face_id == face_id && r.last + 1 == frame => r.last = frame,
            _ => ranges.push(FrameRange {
                face_id,
                first: frame,
                last: frame,
            }),
        }
    }
    FrameList {
        count: keys.len(),
        ranges,
    }
}

/// Compares two parsed CSVs and applies `thresholds`.
///
/// # Errors
/// [`Error::Invalid`] when the files have no compared column in common; [`Error::InputFormat`]
/// when a file repeats a (face_id, frame).
pub fn compare(ours: &FaceCsv, reference: &FaceCsv, thresholds: &Thresholds) -> Result<Report> {
    thresholds.validate()?;
    let ours_cols: Vec<&str> = ours.column_names().collect();
    let reference_cols: Vec<&str> = reference.column_names().collect();
    let common: Vec<&str> = ours_cols
        .iter()
        .copied()
        .filter(|c| reference.column(c).is_some())
        .collect();
    if common.is_empty() {
        let groups = |csv: &FaceCsv| {
            let g = csv.column_groups();
            if g.is_empty() {
                "none".to_owned()
            } else {
                g.join(", ")
            }
        };
        return Err(Error::Invalid(format!(
            "no column in common to compare: {} has {}; {} has {}",
            ours.path.display(),
            groups(ours),
            reference.path.display(),
            groups(reference)
        )));
    }
    let columns_only_in_ours = ours_cols
        .iter()
        .filter(|c| reference.column(c).is_none())
        .map(|c| c.to_string())
        .collect();
    let columns_only_in_reference = reference_cols
        .iter()
        .filter(|c| ours.column(c).is_none())
        .map(|c| c.to_string())
        .collect();

    let pairing = pair_rows(ours, reference)?;
    let mut success = SuccessAgreement {
        both: 0,
        ours_only: 0,
        reference_only: 0,
        neither: 0,
        agreement: None,
    };
    let mut both_rows = Vec::with_capacity(pairing.matched.len());
    for &(o, r) in &pairing.matched {
        match (ours.succeeded(o), reference.succeeded(r)) {
            (true, true) => {
                success.both += 1;
                both_rows.push((o, r));
            }
            (true, false) => success.ours_only += 1,
            (false, true) => success.reference_only += 1,
            (false, false) => success.neither += 1,
        }
    }
    if !pairing.matched.is_empty() {
        success.agreement =
            Some((success.both + success.neither) as f64 / pairing.matched.len() as f64);
    }

    let frames = FrameMatching {
        by_face_id: ours.face_ids.is_some() || reference.face_ids.is_some(),
        faces: distinct_faces(ours, reference),
        matched: pairing.matched.len(),
        only_in_ours: frame_list(pairing.only_ours),
        only_in_reference: frame_list(pairing.only_reference),
    };

    // The landmarks (68 points a frame) cost as much as everything else together.
    let (aus, landmarks_2d) = rayon::join(
        || compare_aus(ours, reference, &common, &both_rows),
        || compare_landmarks(ours, reference, &both_rows),
    );
    let pair_columns = |names: &[&str]| -> Option<(Columns, Columns)> {
        let a: Option<Vec<&[f64]>> = names.iter().map(|n| ours.column(n)).collect();
        let b: Option<Vec<&[f64]>> = names.iter().map(|n| reference.column(n)).collect();
        Some((a?, b?))
    };
    let head_translation_mm = pair_columns(&POSE_COLUMNS[..3]).map(|(a, b)| {
        error_summary(ours, &both_rows, |o, r| {
            let dx = a[0][o] - b[0][r];
            let dy = a[1][o] - b[1][r];
            let dz = a[2][o] - b[2][r];
            (dx * dx + dy * dy + dz * dz).sqrt()
        })
    });
    let head_rotation_rad = pair_columns(&POSE_COLUMNS[3..]).map(|(a, b)| {
        error_summary(ours, &both_rows, |o, r| {
            rotation_angle_between([a[0][o], a[1][o], a[2][o]], [b[0][r], b[1][r], b[2][r]])
        })
    });
    let gaze_angle_rad = pair_columns(&GAZE_COLUMNS).map(|(a, b)| {
        error_summary(ours, &both_rows, |o, r| {
            let dx = a[0][o] - b[0][r];
            let dy = a[1][o] - b[1][r];
            (dx * dx + dy * dy).sqrt()
        })
    });

    let mut report = Report {
        ours: FileSummary::of(ours),
        reference: FileSummary::of(reference),
        frames,
        success,
        aus,
        landmarks_2d,
        head_translation_mm,
        head_rotation_rad,
        gaze_angle_rad,
        columns_only_in_ours,
        columns_only_in_reference,
        thresholds: thresholds.clone(),
        checks: Vec::new(),
        passed: true,
    };
    report.checks = checks(&report, thresholds);
    report.passed = report.checks.iter().all(|c| c.passed);
    Ok(report)
}

/// Borrowed columns of one file, in a fixed order.
type Columns<'a> = Vec<&'a [f64]>;

fn distinct_faces(ours: &FaceCsv, reference: &FaceCsv) -> usize {
    let mut ids: Vec<i64> = [ours, reference]
        .iter()
        .flat_map(|csv| csv.face_ids.iter().flatten().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len().max(1)
}

fn compare_aus(
    ours: &FaceCsv,
    reference: &FaceCsv,
    common: &[&str],
    both_rows: &[(usize, usize)],
) -> Vec<AuComparison> {
    let mut au_columns: Vec<(u32, AuKind, &str)> = common
        .iter()
        .filter_map(|c| au_column(c).map(|(n, k)| (n, k, *c)))
        .collect();
    au_columns.sort_unstable();
    let mut aus: Vec<AuComparison> = Vec::new();
    for (number, kind, column) in au_columns {
        let name = format!("AU{number:02}");
        if aus.last().is_none_or(|a| a.au != name) {
            aus.push(AuComparison {
                au: name,
                intensity: None,
                presence: None,
            });
        }
        let (Some(a), Some(b)) = (ours.column(column), reference.column(column)) else {
            continue;
        };
        let entry = aus.last_mut().expect("pushed above");
        match kind {
            AuKind::Intensity => {
                entry.intensity = Some(intensity_stats(column, ours, a, b, both_rows));
            }
            AuKind::Presence => entry.presence = Some(presence_stats(column, a, b, both_rows)),
        }
    }
    aus
}

/// Pearson r, MAE and the largest difference of one AU intensity column.
fn intensity_stats(
    column: &str,
    ours: &FaceCsv,
    a: &[f64],
    b: &[f64],
    both_rows: &[(usize, usize)],
) -> IntensityComparison {
    let pairs: Vec<(f64, f64, usize)> = both_rows
        .iter()
        .map(|&(o, r)| (a[o], b[r], o))
        .filter(|(x, y, _)| x.is_finite() && y.is_finite())
        .collect();
    let n = pairs.len();
    let mut out = IntensityComparison {
        column: column.to_owned(),
        frames: n,
        pearson_r: None,
        r_note: None,
        mae: None,
        max_abs_error: None,
        worst_frame: None,
    };
    if n == 0 {
        out.r_note = Some("no frames both files tracked".into());
        return out;
    }
    let mut sum_abs = 0.0;
    // The worst frame is named only when some difference is non-zero.
    let mut worst: (f64, Option<usize>) = (0.0, None);
    for &(x, y, o) in &pairs {
        let d = (x - y).abs();
        sum_abs += d;
        if d > worst.0 {
            worst = (d, Some(o));
        }
    }
    out.mae = Some(sum_abs / n as f64);
    out.max_abs_error = Some(worst.0);
    out.worst_frame = worst.1.map(|o| ours.frames[o]);
    let (r, note) = pearson(&pairs);
    out.pearson_r = r;
    out.r_note = note;
    out
}

/// Pearson r with the constant-series rule of [`IntensityComparison::pearson_r`].
fn pearson(pairs: &[(f64, f64, usize)]) -> (Option<f64>, Option<String>) {
    let n = pairs.len();
    if n < 2 {
        return (None, Some("fewer than 2 frames".into()));
    }
    let mean_x = pairs.iter().map(|p| p.0).sum::<f64>() / n as f64;
    let mean_y = pairs.iter().map(|p| p.1).sum::<f64>() / n as f64;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for &(x, y, _) in pairs {
        let dx = x - mean_x;
        let dy = y - mean_y;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    // A series is constant when all its values are equal (checked exactly, not via the variance,
    // which rounding can leave slightly above 0).
    let constant_x = pairs.iter().all(|p| p.0 == pairs[0].0);
    let constant_y = pairs.iter().all(|p| p.1 == pairs[0].1);
    match (constant_x, constant_y) {
        (true, true) if pairs[0].0 == pairs[0].1 => (
            Some(1.0),
            Some("both constant and equal: r taken as 1".into()),
        ),
        (true, true) => (
            None,
            Some("both constant at different values: r undefined, MAE decides".into()),
        ),
        (true, false) => (
            None,
            Some("ours is constant: r undefined, MAE decides".into()),
        ),
        (false, true) => (
            None,
            Some("reference is constant: r undefined, MAE decides".into()),
        ),
        (false, false) => (Some((sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0)), None),
    }
}

fn presence_stats(
    column: &str,
    a: &[f64],
    b: &[f64],
    both_rows: &[(usize, usize)],
) -> PresenceComparison {
    let mut frames = 0;
    let mut disagreeing = 0;
    for &(o, r) in both_rows {
        let (x, y) = (a[o], b[r]);
        if x.is_finite() && y.is_finite() {
            frames += 1;
            disagreeing += usize::from((x >= 0.5) != (y >= 0.5));
        }
    }
    PresenceComparison {
        column: column.to_owned(),
        frames,
        agreement: (frames > 0).then(|| (frames - disagreeing) as f64 / frames as f64),
        disagreeing_frames: disagreeing,
    }
}

fn compare_landmarks(
    ours: &FaceCsv,
    reference: &FaceCsv,
    both_rows: &[(usize, usize)],
) -> Option<LandmarkError> {
    let points = ours.landmark_count().min(reference.landmark_count());
    if points == 0 {
        return None;
    }
    // Borrow the columns rather than copying them.
    fn get(csv: &FaceCsv, axis: char, i: usize) -> Option<&[f64]> {
        csv.column(&format!("{axis}_{i}"))
    }
    let ours_x: Vec<&[f64]> = (0..points).filter_map(|i| get(ours, 'x', i)).collect();
    let ours_y: Vec<&[f64]> = (0..points).filter_map(|i| get(ours, 'y', i)).collect();
    let ref_x: Vec<&[f64]> = (0..points).filter_map(|i| get(reference, 'x', i)).collect();
    let ref_y: Vec<&[f64]> = (0..points).filter_map(|i| get(reference, 'y', i)).collect();
    let mut errors = Vec::with_capacity(both_rows.len() * points);
    let mut frames = 0;
    let mut worst: Option<(f64, usize, usize)> = None;
    for &(o, r) in both_rows {
        let before = errors.len();
        for i in 0..points {
            // Pixel differences cannot overflow: plain sqrt, not the slower `hypot`.
            let dx = ours_x[i][o] - ref_x[i][r];
            let dy = ours_y[i][o] - ref_y[i][r];
            let d = (dx * dx + dy * dy).sqrt();
            if d.is_finite() {
                errors.push(d);
                if d > worst.map_or(0.0, |w| w.0) {
                    worst = Some((d, o, i));
                }
            }
        }
        frames += usize::from(errors.len() > before);
    }
    let mut error = summarise(&mut errors, frames);
    if let Some((_, o, _)) = worst {
        error.worst_frame = Some(ours.frames[o]);
        error.worst_face_id = Some(ours.face_id(o));
    }
    Some(LandmarkError {
        points,
        error,
        worst_point: worst.map(|w| w.2),
    })
}

/// Per-frame error over the frames both files tracked; non-finite errors (empty values) skipped.
fn error_summary(
    ours: &FaceCsv,
    both_rows: &[(usize, usize)],
    error_of: impl Fn(usize, usize) -> f64,
) -> ErrorSummary {
    let mut errors = Vec::with_capacity(both_rows.len());
    let mut worst: Option<(f64, usize)> = None;
    for &(o, r) in both_rows {
        let d = error_of(o, r);
        if d.is_finite() {
            errors.push(d);
            if d > worst.map_or(0.0, |w| w.0) {
                worst = Some((d, o));
            }
        }
    }
    let frames = errors.len();
    let mut summary = summarise(&mut errors, frames);
    if let Some((_, o)) = worst {
        summary.worst_frame = Some(ours.frames[o]);
        summary.worst_face_id = Some(ours.face_id(o));
    }
    summary
}

/// Mean, 95th percentile (nearest rank) and maximum; reorders `errors`.
fn summarise(errors: &mut [f64], frames: usize) -> ErrorSummary {
    let n = errors.len();
    let mut summary = ErrorSummary {
        frames,
        samples: n,
        mean: None,
        p95: None,
        max: None,
        worst_frame: None,
        worst_face_id: None,
    };
    if n == 0 {
        return summary;
    }
    summary.mean = Some(errors.iter().sum::<f64>() / n as f64);
    summary.max = Some(errors.iter().copied().fold(f64::MIN, f64::max));
    let rank = ((0.95 * n as f64).ceil() as usize).clamp(1, n) - 1;
    let (_, p95, _) = errors.select_nth_unstable_by(rank, f64::total_cmp);
    summary.p95 = Some(*p95);
    summary
}

/// OpenFace's Euler convention (`Euler2RotationMatrix`): R = Rx·Ry·Rz.
fn rotation_matrix(euler: [f64; 3]) -> [[f64; 3]; 3] {
    let (s1, c1) = euler[0].sin_cos();
    let (s2, c2) = euler[1].sin_cos();
    let (s3, c3) = euler[2].sin_cos();
    [
        [c2 * c3, -c2 * s3, s2],
        [c1 * s3 + c3 * s1 * s2, c1 * c3 - s1 * s2 * s3, -c2 * s1],
        [s1 * s3 - c1 * c3 * s2, c3 * s1 + c1 * s2 * s3, c1 * c2],
    ]
}

/// The angle of the rotation taking one head pose to the other, radians (0..π). Computed from
/// the Frobenius distance of the rotation matrices, ‖R1 − R2‖ = 2√2·sin(θ/2), which stays
/// accurate for small angles where `acos((trace − 1)/2)` does not.
pub(crate) fn rotation_angle_between(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (ra, rb) = (rotation_matrix(a), rotation_matrix(b));
    let mut sum = 0.0;
    for i in 0..3 {
        for j in 0..3 {
            let d = ra[i][j] - rb[i][j];
            sum += d * d;
        }
    }
    2.0 * (sum.sqrt() / (2.0 * std::f64::consts::SQRT_2))
        .min(1.0)
        .asin()
}

fn checks(report: &Report, t: &Thresholds) -> Vec<Check> {
    let mut checks = Vec::new();
    let missing = report.frames.only_in_ours.count + report.frames.only_in_reference.count;
    checks.push(Check::new(
        "frame",
        "missing_frames",
        missing as f64,
        Bound::Max,
        t.max_missing_frames as f64,
    ));
    if let Some(agreement) = report.success.agreement {
        checks.push(Check::new(
            "success",
            "success_agreement",
            agreement,
            Bound::Min,
            t.min_success_agreement,
        ));
    }
    for au in &report.aus {
        if let Some(i) = &au.intensity {
            if let Some(r) = i.pearson_r {
                checks.push(Check::new(&i.column, "pearson_r", r, Bound::Min, t.min_r));
            }
            if let Some(mae) = i.mae {
                checks.push(Check::new(&i.column, "mae", mae, Bound::Max, t.max_mae));
            }
        }
        if let Some(p) = &au.presence {
            if let Some(agreement) = p.agreement {
                checks.push(Check::new(
                    &p.column,
                    "presence_agreement",
                    agreement,
                    Bound::Min,
                    t.min_presence_agreement,
                ));
            }
        }
    }
    let mut mean_check = |summary: Option<&ErrorSummary>, column: &str, metric: &str, limit| {
        if let Some(mean) = summary.and_then(|s| s.mean) {
            checks.push(Check::new(column, metric, mean, Bound::Max, limit));
        }
    };
    mean_check(
        report.landmarks_2d.as_ref().map(|l| &l.error),
        "x_*,y_*",
        "landmark_mean_px",
        t.max_landmark_px,
    );
    mean_check(
        report.head_translation_mm.as_ref(),
        "pose_T*",
        "translation_mean_mm",
        t.max_translation_mm,
    );
    mean_check(
        report.head_rotation_rad.as_ref(),
        "pose_R*",
        "rotation_mean_rad",
        t.max_rotation_rad,
    );
    mean_check(
        report.gaze_angle_rad.as_ref(),
        "gaze_angle_*",
        "gaze_mean_rad",
        t.max_gaze_rad,
    );
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_angle_is_geodesic() {
        assert_eq!(
            rotation_angle_between([0.1, -0.2, 0.3], [0.1, -0.2, 0.3]),
            0.0
        );
        let d = rotation_angle_between([0.0, 0.0, 0.0], [0.0, 0.0, 0.01]);
        assert!((d - 0.01).abs() < 1e-12, "{d}");
        let d = rotation_angle_between([0.0, 0.0, 0.0], [0.0, 0.5, 0.0]);
        assert!((d - 0.5).abs() < 1e-12, "{d}");
    }

    #[test]
    fn pearson_constant_rules() {
        let p =
            |v: &[(f64, f64)]| pearson(&v.iter().map(|&(a, b)| (a, b, 0)).collect::<Vec<_>>()).0;
        assert_eq!(p(&[(0.0, 0.0), (0.0, 0.0)]), Some(1.0));
        assert_eq!(p(&[(0.0, 1.0), (0.0, 1.0)]), None);
        assert_eq!(p(&[(0.0, 1.0), (0.0, 2.0)]), None);
        assert_eq!(p(&[(1.0, 2.0), (2.0, 4.0), (3.0, 6.0)]), Some(1.0));
        assert_eq!(p(&[(1.0, 3.0), (2.0, 2.0), (3.0, 1.0)]), Some(-1.0));
    }

    #[test]
    fn frame_runs() {
        let list = frame_list(vec![(0, 5), (0, 3), (0, 4), (0, 9), (1, 10)]);
        assert_eq!(list.count, 5);
        let r: Vec<_> = list
            .ranges
            .iter()
            .map(|r| (r.face_id, r.first, r.last))
            .collect();
        assert_eq!(r, vec![(0, 3, 5), (0, 9, 9), (1, 10, 10)]);
    }
}
