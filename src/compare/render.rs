//! Rendering a [`Report`]: a terminal table, JSON, and a row of `docs/parity.md`'s table.

use std::fmt::Write as _;

use super::report::{Bound, Check, ErrorSummary, FileSummary, FrameList, Report};

/// Header of the parity table in `docs/parity.md`; rows come from [`Report::parity_row`].
pub const PARITY_TABLE_HEADER: &str = "\
| input | frames paired | success agreement | AU r mean (lowest) | AU MAE mean (highest) | presence agreement (lowest) | landmarks px mean / p95 | rotation rad mean | result |
|---|---|---|---|---|---|---|---|---|";

/// Most frame runs listed in the table; `--json` lists all.
const MAX_RANGES_SHOWN: usize = 12;

fn opt(v: Option<f64>, decimals: usize) -> String {
    match v {
        Some(v) => format!("{v:.decimals$}"),
        None => "n/a".to_owned(),
    }
}

fn percent(v: Option<f64>) -> String {
    match v {
        Some(v) => format!("{:.2}%", v * 100.0),
        None => "n/a".to_owned(),
    }
}

fn limit(v: f64) -> String {
    if v.is_infinite() {
        "off".to_owned()
    } else {
        format!("{v}")
    }
}

fn frame_runs(list: &FrameList, by_face_id: bool) -> String {
    let mut parts: Vec<String> = list
        .ranges
        .iter()
        .take(MAX_RANGES_SHOWN)
        .map(|r| {
            let face = if by_face_id {
                format!("face {} ", r.face_id)
            } else {
                String::new()
            };
            if r.first == r.last {
                format!("{face}{}", r.first)
            } else {
                format!("{face}{}-{}", r.first, r.last)
            }
        })
        .collect();
    if list.ranges.len() > MAX_RANGES_SHOWN {
        parts.push(format!(
            "… {} more runs (--json lists all)",
            list.ranges.len() - MAX_RANGES_SHOWN
        ));
    }
    parts.join(", ")
}

fn describe_check(c: &Check) -> String {
    let relation = match c.bound {
        Bound::Min => "below the minimum",
        Bound::Max => "above the maximum",
    };
    let value = if c.metric == "missing_frames" {
        format!("{}", c.value)
    } else {
        format!("{:.4}", c.value)
    };
    format!(
        "{}: {} = {}, {} {}",
        c.column,
        c.metric,
        value,
        relation,
        limit(c.limit)
    )
}

impl Report {
    /// Whether any check on `column` failed.
    pub fn column_failed(&self, column: &str) -> bool {
        self.checks.iter().any(|c| !c.passed && c.column == column)
    }

    /// The failed checks.
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.passed)
    }

    /// The report as pretty-printed JSON (the `--json` output).
    pub fn to_json(&self) -> String {
        // Serialising plain structs of numbers and strings cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// The report as a plain-text table for a terminal or a CI log.
    pub fn render_table(&self) -> String {
        let mut out = String::new();
        let t = &self.thresholds;
        for (label, file) in [("ours:", &self.ours), ("reference:", &self.reference)] {
            file_lines(&mut out, label, file);
        }
        let by_face = self.frames.faces > 1;
        let _ = writeln!(
            out,
            "{:<11} {} paired by {}; {} only in ours{}; {} only in reference{}",
            "frames:",
            self.frames.matched,
            if self.frames.by_face_id {
                "face_id and frame"
            } else {
                "frame"
            },
            self.frames.only_in_ours.count,
            runs_suffix(&self.frames.only_in_ours, by_face),
            self.frames.only_in_reference.count,
            runs_suffix(&self.frames.only_in_reference, by_face),
        );
        let s = &self.success;
        let _ = writeln!(
            out,
            "{:<11} {} both tracked, {} only ours, {} only reference, {} neither; agreement {}",
            "success:",
            s.both,
            s.ours_only,
            s.reference_only,
            s.neither,
            percent(s.agreement),
        );
        for (label, cols) in [
            ("only in ours", &self.columns_only_in_ours),
            ("only in reference", &self.columns_only_in_reference),
        ] {
            if !cols.is_empty() {
                let _ = writeln!(out, "not compared ({label}): {}", summarise_columns(cols));
            }
        }

        if !self.aus.is_empty() {
            let _ = writeln!(
                out,
                "\n{:<6} {:>7} {:>10} {:>8} {:>8} {:>7} {:>9}  check",
                "AU", "frames", "Pearson r", "MAE", "max |d|", "worst", "presence"
            );
            let mut any_na = false;
            for au in &self.aus {
                let (frames, r, mae, max, worst) = match &au.intensity {
                    Some(i) => {
                        any_na |= i.pearson_r.is_none() && i.frames > 0;
                        (
                            i.frames.to_string(),
                            opt(i.pearson_r, 4),
                            opt(i.mae, 4),
                            opt(i.max_abs_error, 4),
                            i.worst_frame.map_or("-".into(), |f| f.to_string()),
                        )
                    }
                    None => {
                        let frames = au.presence.as_ref().map_or(0, |p| p.frames);
                        let dash = || "-".to_owned();
                        (frames.to_string(), dash(), dash(), dash(), dash())
                    }
                };
                let presence = au
                    .presence
                    .as_ref()
                    .map_or("-".to_owned(), |p| percent(p.agreement));
                let failed: Vec<&str> = self
                    .failures()
                    .filter(|c| {
                        au.intensity.as_ref().is_some_and(|i| i.column == c.column)
                            || au.presence.as_ref().is_some_and(|p| p.column == c.column)
                    })
                    .map(|c| match c.metric.as_str() {
                        "pearson_r" => "r",
                        "mae" => "MAE",
                        _ => "presence",
                    })
                    .collect();
                let verdict = if failed.is_empty() {
                    "ok".to_owned()
                } else {
                    format!("FAIL ({})", failed.join(", "))
                };
                let _ = writeln!(
                    out,
                    "{:<6} {:>7} {:>10} {:>8} {:>8} {:>7} {:>9}  {}",
                    au.au, frames, r, mae, max, worst, presence, verdict
                );
            }
            if any_na {
                let _ = writeln!(
                    out,
                    "n/a: Pearson r is undefined when a series is constant; the MAE limit decides"
                );
            }
        }

        let mut rows: Vec<(String, &ErrorSummary, String, Option<String>)> = Vec::new();
        if let Some(l) = &self.landmarks_2d {
            let point = l.worst_point.map(|p| format!(", point {p}"));
            rows.push((
                format!("2D landmarks ({}), px", l.points),
                &l.error,
                "x_*,y_*".into(),
                point,
            ));
        }
        for (name, summary, column) in [
            ("head translation, mm", &self.head_translation_mm, "pose_T*"),
            ("head rotation, rad", &self.head_rotation_rad, "pose_R*"),
            ("gaze angle, rad", &self.gaze_angle_rad, "gaze_angle_*"),
        ] {
            if let Some(s) = summary {
                rows.push((name.into(), s, column.into(), None));
            }
        }
        if !rows.is_empty() {
            let _ = writeln!(
                out,
                "\n{:<24} {:>9} {:>9} {:>9}  {:<28} check",
                "", "mean", "p95", "max", "worst"
            );
            for (name, s, column, extra) in rows {
                let worst = match s.worst_frame {
                    Some(f) if by_face => format!(
                        "face {} frame {f}{}",
                        s.worst_face_id.unwrap_or(0),
                        extra.unwrap_or_default()
                    ),
                    Some(f) => format!("frame {f}{}", extra.unwrap_or_default()),
                    None => "-".into(),
                };
                let verdict = if self.column_failed(&column) {
                    "FAIL"
                } else {
                    "ok"
                };
                let _ = writeln!(
                    out,
                    "{:<24} {:>9} {:>9} {:>9}  {:<28} {}",
                    name,
                    opt(s.mean, 4),
                    opt(s.p95, 4),
                    opt(s.max, 4),
                    worst,
                    verdict
                );
            }
        }

        let with_unit = |v: f64, unit: &str| {
            if v.is_infinite() {
                "off".to_owned()
            } else {
                format!("{v} {unit}")
            }
        };
        let _ = writeln!(
            out,
            "\nlimits: min r {}, max MAE {}, min presence agreement {}, max landmark {}, \
             max translation {}, max rotation {}, max gaze {}, \
             min success agreement {}, max missing frames {}",
            limit(t.min_r),
            limit(t.max_mae),
            limit(t.min_presence_agreement),
            with_unit(t.max_landmark_px, "px"),
            with_unit(t.max_translation_mm, "mm"),
            with_unit(t.max_rotation_rad, "rad"),
            with_unit(t.max_gaze_rad, "rad"),
            limit(t.min_success_agreement),
            t.max_missing_frames
        );
        let failures: Vec<&Check> = self.failures().collect();
        if failures.is_empty() {
            let _ = writeln!(out, "PASS: all {} checks hold", self.checks.len());
        } else {
            let _ = writeln!(
                out,
                "FAIL: {} of {} checks failed:",
                failures.len(),
                self.checks.len()
            );
            for c in failures {
                let _ = writeln!(out, "  {}", describe_check(c));
            }
        }
        out
    }

    /// One row of `docs/parity.md`'s table (header: [`PARITY_TABLE_HEADER`]).
    pub fn parity_row(&self, label: &str) -> String {
        let intensities: Vec<(&str, f64, Option<f64>)> = self
            .aus
            .iter()
            .filter_map(|a| a.intensity.as_ref())
            .filter_map(|i| Some((i.column.as_str(), i.mae?, i.pearson_r)))
            .collect();
        let rs: Vec<(&str, f64)> = intensities
            .iter()
            .filter_map(|&(c, _, r)| Some((c, r?)))
            .collect();
        let r_cell = match rs.iter().min_by(|a, b| a.1.total_cmp(&b.1)) {
            Some(&(c, lowest)) => format!(
                "{:.4} ({lowest:.4} {c})",
                rs.iter().map(|x| x.1).sum::<f64>() / rs.len() as f64
            ),
            None => "n/a".into(),
        };
        let mae_cell = match intensities.iter().max_by(|a, b| a.1.total_cmp(&b.1)) {
            Some(&(c, highest, _)) => format!(
                "{:.4} ({highest:.4} {c})",
                intensities.iter().map(|x| x.1).sum::<f64>() / intensities.len() as f64
            ),
            None => "n/a".into(),
        };
        let presence_cell = self
            .aus
            .iter()
            .filter_map(|a| a.presence.as_ref())
            .filter_map(|p| Some((p.column.as_str(), p.agreement?)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map_or("n/a".into(), |(c, v)| format!("{} {c}", percent(Some(v))));
        let landmarks_cell = self.landmarks_2d.as_ref().map_or("n/a".into(), |l| {
            format!("{} / {}", opt(l.error.mean, 3), opt(l.error.p95, 3))
        });
        let rotation_cell = self
            .head_rotation_rad
            .as_ref()
            .map_or("n/a".into(), |s| opt(s.mean, 4));
        let missing = self.frames.only_in_ours.count + self.frames.only_in_reference.count;
        let frames_cell = if missing == 0 {
            self.frames.matched.to_string()
        } else {
            format!("{} ({missing} unpaired)", self.frames.matched)
        };
        let failed = self.failures().count();
        let result = if failed == 0 {
            "pass".to_owned()
        } else {
            format!("FAIL ({failed} checks)")
        };
        format!(
            "| {label} | {frames_cell} | {} | {r_cell} | {mae_cell} | {presence_cell} | {landmarks_cell} | {rotation_cell} | {result} |",
            percent(self.success.agreement)
        )
    }
}

fn runs_suffix(list: &FrameList, by_face_id: bool) -> String {
    if list.count == 0 {
        String::new()
    } else {
        format!(" ({})", frame_runs(list, by_face_id))
    }
}

fn file_lines(out: &mut String, label: &str, f: &FileSummary) {
    let _ = writeln!(out, "{label:<11} {}", f.path);
    let mut details = vec![f.format_description.clone()];
    if f.frame_offset != 0 {
        details.push(format!(
            "frame numbers shifted by +{} to OpenFace's (from 1)",
            f.frame_offset
        ));
    }
    if f.header_with_spaces {
        details.push("header with spaces".into());
    }
    details.push(format!("{} columns", f.columns));
    details.push(format!("{} frames, {} tracked", f.frames, f.succeeded));
    let _ = writeln!(out, "{:<11} {}", "", details.join("; "));
    let groups = if f.column_groups.is_empty() {
        "no compared columns".to_owned()
    } else {
        f.column_groups.join(", ")
    };
    let _ = writeln!(out, "{:<11} {}", "", groups);
}

/// Lists columns compactly: landmark columns collapse to a count.
fn summarise_columns(cols: &[String]) -> String {
    let landmarks = cols
        .iter()
        .filter(|c| super::read::landmark_2d_column(c).is_some())
        .count();
    let mut parts: Vec<String> = cols
        .iter()
        .filter(|c| super::read::landmark_2d_column(c).is_none())
        .cloned()
        .collect();
    if landmarks > 0 {
        parts.push(format!("{landmarks} landmark columns (x_*, y_*)"));
    }
    parts.join(", ")
}
