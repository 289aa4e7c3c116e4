//! `--plot`: one panel per AU with both time series overlaid, for a lab report.
//!
//! Text is drawn with plotters' `ttf` feature, which finds a system font through fontconfig
//! (Debian: `libfontconfig-dev` to build; its `fontconfig-config` dependency brings
//! `fonts-dejavu-core`, the font used at run time).

use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::read::FaceCsv;
use super::Comparison;
use crate::error::{Error, Result};

/// The image formats `--plot` writes, chosen by the file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlotFormat {
    /// `.svg`: vector, for documents.
    Svg,
    /// `.png`: bitmap.
    Png,
}

impl PlotFormat {
    /// The format for a file name.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an extension other than `.svg` or `.png`.
    pub fn from_path(path: &Path) -> Result<Self> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Ok(PlotFormat::Svg),
            Some("png") => Ok(PlotFormat::Png),
            _ => Err(Error::Invalid(format!(
                "--plot {}: the file name must end in .svg or .png",
                path.display()
            ))),
        }
    }
}

const PANEL_WIDTH: u32 = 560;
const PANEL_HEIGHT: u32 = 240;
const HEADER_HEIGHT: u32 = 96;
const COLUMNS: usize = 3;
/// Longest line drawn per run; longer runs keep each bucket's minimum and maximum.
const MAX_POINTS_PER_RUN: usize = 2000;

const OURS_COLOUR: RGBColor = RGBColor(31, 100, 200);
const REFERENCE_COLOUR: RGBColor = RGBColor(240, 140, 30);
const FAIL_COLOUR: RGBColor = RGBColor(200, 30, 30);
const FAIL_BACKGROUND: RGBColor = RGBColor(253, 236, 236);
const FONT: &str = "sans-serif";

/// One panel's data.
struct Panel {
    title: String,
    failed: bool,
    y_label: &'static str,
    ours: Vec<Vec<(f64, f64)>>,
    reference: Vec<Vec<(f64, f64)>>,
}

/// Draws the comparison's AU time series into `path` (SVG or PNG by extension): one panel per
/// AU intensity (per AU presence when neither file has intensities), the reference and ours
/// overlaid over the frames each file tracked, Pearson r and MAE in the panel title, failing AUs
/// titled in red on a tinted background.
///
/// # Errors
/// [`Error::Invalid`] for a bad extension or nothing to plot; [`Error::Plot`] when drawing or
/// writing fails (e.g. no system font).
pub fn write_plot(comparison: &Comparison, path: &Path) -> Result<()> {
    let format = PlotFormat::from_path(path)?;
    let panels = panels(comparison);
    if panels.is_empty() {
        return Err(Error::Invalid(
            "--plot: the files have no AU column in common to plot".into(),
        ));
    }
    let columns = COLUMNS.min(panels.len());
    let rows = panels.len().div_ceil(columns);
    let size = (
        columns as u32 * PANEL_WIDTH,
        HEADER_HEIGHT + rows as u32 * PANEL_HEIGHT,
    );
    let result = match format {
        PlotFormat::Svg => draw(
            SVGBackend::new(path, size).into_drawing_area(),
            comparison,
            &panels,
            (rows, columns),
        ),
        PlotFormat::Png => draw(
            BitMapBackend::new(path, size).into_drawing_area(),
            comparison,
            &panels,
            (rows, columns),
        ),
    };
    result.map_err(|detail| {
        // The backend writes what it drew when dropped: remove the partial image (best effort).
        let _ = std::fs::remove_file(path);
        Error::Plot {
            path: path.to_path_buf(),
            detail,
        }
    })
}

fn panels(comparison: &Comparison) -> Vec<Panel> {
    let report = &comparison.report;
    let intensity: Vec<Panel> = report
        .aus
        .iter()
        .filter_map(|au| {
            let i = au.intensity.as_ref()?;
            let r = match i.pearson_r {
                Some(r) => format!("r = {r:.3}"),
                None => "r = n/a".to_owned(),
            };
            let mae = i.mae.map_or("n/a".to_owned(), |m| format!("{m:.3}"));
            let presence_column = au.presence.as_ref().map(|p| p.column.as_str());
            let failed: Vec<&str> = report
                .failures()
                .filter(|c| c.column == i.column || Some(c.column.as_str()) == presence_column)
                .map(|c| match c.metric.as_str() {
                    "pearson_r" => "r",
                    "mae" => "MAE",
                    _ => "presence",
                })
                .collect();
            Some(panel(
                comparison,
                &i.column,
                format!("{}: {r}, MAE = {mae}", i.column),
                &failed,
                "intensity",
            ))
        })
        .collect();
    if !intensity.is_empty() {
        return intensity;
    }
    report
        .aus
        .iter()
        .filter_map(|au| {
            let p = au.presence.as_ref()?;
            let agreement = p
                .agreement
                .map_or("n/a".to_owned(), |a| format!("{:.1}%", a * 100.0));
            Some(panel(
                comparison,
                &p.column,
                format!("{}: agreement {agreement}", p.column),
                if report.column_failed(&p.column) {
                    &["agreement"][..]
                } else {
                    &[]
                },
                "presence",
            ))
        })
        .collect()
}

fn panel(
    comparison: &Comparison,
    column: &str,
    title: String,
    failed_metrics: &[&str],
    y_label: &'static str,
) -> Panel {
    let failed = !failed_metrics.is_empty();
    let title = if failed {
        format!("{title}  FAIL: {}", failed_metrics.join(", "))
    } else {
        title
    };
    Panel {
        title,
        failed,
        y_label,
        ours: runs(&comparison.ours, column),
        reference: runs(&comparison.reference, column),
    }
}

/// The tracked, finite (frame, value) points of a column, split wherever the line should break
/// (a failed or missing frame); long runs thinned to [`MAX_POINTS_PER_RUN`].
fn runs(csv: &FaceCsv, column: &str) -> Vec<Vec<(f64, f64)>> {
    let Some(values) = csv.column(column) else {
        return Vec::new();
    };
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    let mut last_frame = None;
    for (row, (&frame, &value)) in csv.frames.iter().zip(values).enumerate() {
        let usable = csv.succeeded(row) && value.is_finite();
        let continues = last_frame.is_some_and(|f: i64| frame == f + 1);
        if (!usable || !continues) && !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
        if usable {
            current.push((frame as f64, value));
            last_frame = Some(frame);
        } else {
            last_frame = None;
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs.into_iter().map(thin).collect()
}

/// Keeps each bucket's lowest and highest point (in frame order) so a long series keeps its
/// envelope with a bounded number of points.
fn thin(run: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    if run.len() <= MAX_POINTS_PER_RUN {
        return run;
    }
    let bucket = run.len().div_ceil(MAX_POINTS_PER_RUN / 2);
    let mut out = Vec::with_capacity(MAX_POINTS_PER_RUN + 2);
    for chunk in run.chunks(bucket) {
        let lo = chunk.iter().min_by(|a, b| a.1.total_cmp(&b.1));
        let hi = chunk.iter().max_by(|a, b| a.1.total_cmp(&b.1));
        if let (Some(&lo), Some(&hi)) = (lo, hi) {
            if lo.0 <= hi.0 {
                out.extend([lo, hi]);
            } else {
                out.extend([hi, lo]);
            }
        }
    }
    out
}

fn describe_error<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> String {
    // plotters-backend's `DrawingErrorKind` is not re-exported by plotters; its text names font
    // failures, which get an installation hint.
    let text = e.to_string().replace('\n', " ");
    if text.contains("Font loading error") {
        format!(
            "{text}; a system font is needed through fontconfig \
             (Debian: apt-get install fonts-dejavu-core)"
        )
    } else {
        text
    }
}

fn draw<DB: DrawingBackend>(
    root: DrawingArea<DB, Shift>,
    comparison: &Comparison,
    panels: &[Panel],
    grid: (usize, usize),
) -> std::result::Result<(), String> {
    draw_inner(&root, comparison, panels, grid).map_err(describe_error)?;
    root.present().map_err(describe_error)
}

fn draw_inner<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    comparison: &Comparison,
    panels: &[Panel],
    grid: (usize, usize),
) -> std::result::Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&WHITE)?;
    let (header, body) = root.split_vertically(HEADER_HEIGHT);
    let report = &comparison.report;
    let failed = panels.iter().filter(|p| p.failed).count();
    let verdict = if report.passed {
        "PASS".to_owned()
    } else {
        format!(
            "FAIL ({} of {} checks failed; {failed} AU panel(s) marked in red)",
            report.failures().count(),
            report.checks.len()
        )
    };
    let verdict_colour = if report.passed {
        RGBColor(20, 120, 40)
    } else {
        FAIL_COLOUR
    };
    header.draw(&Text::new(
        format!(
            "AU comparison on {} frames both tracked — {verdict}",
            report.success.both
        ),
        (12, 10),
        (FONT, 20).into_font().color(&verdict_colour),
    ))?;
    let legend = [
        (&report.ours.path, OURS_COLOUR, 2, "ours"),
        (&report.reference.path, REFERENCE_COLOUR, 4, "reference"),
    ];
    for (i, (path, colour, width, label)) in legend.into_iter().enumerate() {
        let y = 46 + 22 * i as i32;
        header.draw(&PathElement::new(
            vec![(14, y + 8), (54, y + 8)],
            colour.stroke_width(width),
        ))?;
        header.draw(&Text::new(
            format!("{label}: {path}"),
            (62, y),
            (FONT, 15).into_font(),
        ))?;
    }

    for (area, panel) in body.split_evenly(grid).iter().zip(panels) {
        if panel.failed {
            area.fill(&FAIL_BACKGROUND)?;
        }
        let points = panel.ours.iter().chain(&panel.reference).flatten();
        let (mut x_min, mut x_max, mut y_max) = (f64::MAX, f64::MIN, 1.0f64);
        let mut y_min = 0.0f64;
        for &(x, y) in points {
            x_min = x_min.min(x);
            x_max = x_max.max(x);
            y_min = y_min.min(y);
            y_max = y_max.max(y);
        }
        if x_min > x_max {
            (x_min, x_max) = (0.0, 1.0);
        }
        if x_max - x_min < 1.0 {
            x_max = x_min + 1.0;
        }
        let y_pad = 0.05 * (y_max - y_min);
        let title_colour = if panel.failed { FAIL_COLOUR } else { BLACK };
        let mut chart = ChartBuilder::on(area)
            .caption(&panel.title, (FONT, 16).into_font().color(&title_colour))
            .margin(8)
            .x_label_area_size(34)
            .y_label_area_size(44)
            .build_cartesian_2d(x_min..x_max, (y_min - y_pad)..(y_max + y_pad))?;
        chart
            .configure_mesh()
            .x_labels(6)
            .y_labels(5)
            .x_desc("frame")
            .y_desc(panel.y_label)
            .label_style((FONT, 12))
            .axis_desc_style((FONT, 13))
            .x_label_formatter(&|x| format!("{x:.0}"))
            .max_light_lines(1)
            .light_line_style(RGBColor(240, 240, 240))
            .draw()?;
        for run in &panel.reference {
            chart.draw_series(LineSeries::new(
                run.iter().copied(),
                REFERENCE_COLOUR.stroke_width(3),
            ))?;
        }
        for run in &panel.ours {
            chart.draw_series(LineSeries::new(
                run.iter().copied(),
                OURS_COLOUR.stroke_width(1),
            ))?;
        }
        if panel.failed {
            let (w, h) = area.dim_in_pixel();
            area.draw(&Rectangle::new(
                [(1, 1), (w as i32 - 2, h as i32 - 2)],
                FAIL_COLOUR.stroke_width(2),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thinning_keeps_the_envelope() {
        let run: Vec<(f64, f64)> = (0..100_000)
            .map(|i| (i as f64, ((i * 7919) % 1000) as f64))
            .collect();
        let thinned = thin(run);
        assert!(thinned.len() <= MAX_POINTS_PER_RUN + 2);
        assert!(thinned.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(thinned.iter().map(|p| p.1).fold(f64::MIN, f64::max), 999.0);
        assert_eq!(thinned.iter().map(|p| p.1).fold(f64::MAX, f64::min), 0.0);
    }

    #[test]
    fn extension_picks_the_format() {
        assert_eq!(
            PlotFormat::from_path("a.SVG".as_ref()).unwrap(),
            PlotFormat::Svg
        );
        assert_eq!(
            PlotFormat::from_path("a.png".as_ref()).unwrap(),
            PlotFormat::Png
        );
        assert!(PlotFormat::from_path("a.pdf".as_ref()).is_err());
    }
}
