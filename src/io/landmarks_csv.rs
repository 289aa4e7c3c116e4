//! Reads 68-point 2D landmarks from an OpenFace-style CSV (`frame`, `success`, `x_0..x_67`,
//! `y_0..y_67`, optionally `confidence`; any other columns are ignored; headers with or without the
//! space OpenFace 2.0 put after each comma). This is how the AU back end is driven until the
//! landmark fitter lands, and how a user re-runs the AU stage on landmarks from elsewhere.

use crate::error::{Error, Result};
use crate::model::landmarks::Landmarks2d;
use std::path::Path;

/// Number of face landmarks OpenFace's 68-point model produces.
pub const NUM_LANDMARKS: usize = 68;

/// One row: the landmarks of one frame.
#[derive(Clone, Debug, PartialEq)]
pub struct LandmarkRow {
    /// 1-based frame number, as in OpenFace's CSV.
    pub frame: u64,
    /// Whether the landmark fitter succeeded on this frame.
    pub success: bool,
    /// The fitter's confidence, when the CSV has a `confidence` column.
    pub confidence: Option<f64>,
    /// The 68 points, image pixels.
    pub landmarks: Landmarks2d,
}

/// Reads every row of a landmarks CSV, in file order.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::InputFormat`] naming the file, the line
/// and the column when a required column is missing or a value is not a number.
pub fn read_landmarks_csv(path: &Path) -> Result<Vec<LandmarkRow>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(std::io::BufReader::new(file));
    let bad = |detail: String| Error::InputFormat {
        path: path.to_path_buf(),
        detail,
    };
    let headers = reader
        .headers()
        .map_err(|e| bad(format!("cannot read the header: {e}")))?
        .clone();
    let find = |name: &str| headers.iter().position(|h| h == name);
    let require = |name: &str| {
        find(name).ok_or_else(|| bad(format!("missing column `{name}` (a landmarks CSV needs frame, success, x_0..x_67, y_0..y_67)")))
    };
    let frame_col = require("frame")?;
    let success_col = require("success")?;
    let confidence_col = find("confidence");
    let mut point_cols = Vec::with_capacity(2 * NUM_LANDMARKS);
    for axis in ["x", "y"] {
        for i in 0..NUM_LANDMARKS {
            point_cols.push(require(&format!("{axis}_{i}"))?);
        }
    }

    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(bad(format!("{e}"))),
        }
        let line = record.position().map_or(0, |p| p.line());
        let field = |col: usize, name: &str| -> Result<f64> {
            let text = record.get(col).unwrap_or("");
            let value: f64 = text.parse().map_err(|_| {
                bad(format!(
                    "line {line}, column `{name}`: {text:?} is not a number"
                ))
            })?;
            if value.is_finite() {
                Ok(value)
            } else {
                Err(bad(format!(
                    "line {line}, column `{name}`: {text:?} is not finite"
                )))
            }
        };
        let frame = field(frame_col, "frame")?;
        if frame < 0.0 || frame.fract() != 0.0 {
            return Err(bad(format!(
                "line {line}, column `frame`: {frame} is not a frame number"
            )));
        }
        let success = field(success_col, "success")? != 0.0;
        let confidence = match confidence_col {
            Some(c) => Some(field(c, "confidence")?),
            None => None,
        };
        let mut landmarks = Vec::with_capacity(2 * NUM_LANDMARKS);
        for (k, &col) in point_cols.iter().enumerate() {
            let name = format!(
                "{}_{}",
                if k < NUM_LANDMARKS { "x" } else { "y" },
                k % NUM_LANDMARKS
            );
            landmarks.push(field(col, &name)? as f32);
        }
        rows.push(LandmarkRow {
            frame: frame as u64,
            success,
            confidence,
            landmarks: Landmarks2d::from_xs_then_ys(landmarks).expect("2 × 68 values"),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(spaces: bool) -> String {
        let mut cols = vec!["frame".to_string(), "face_id".into(), "success".into()];
        for axis in ["x", "y"] {
            for i in 0..NUM_LANDMARKS {
                cols.push(format!("{axis}_{i}"));
            }
        }
        cols.join(if spaces { ", " } else { "," })
    }

    fn row(frame: u64, success: u8) -> String {
        let mut vals = vec![frame.to_string(), "0".into(), success.to_string()];
        for k in 0..2 * NUM_LANDMARKS {
            vals.push(format!("{}.5", k));
        }
        vals.join(",")
    }

    fn write(text: &str) -> tempfile::NamedTempFile {
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), text).unwrap();
        f
    }

    #[test]
    fn reads_headers_with_and_without_spaces() {
        for spaces in [false, true] {
            let f = write(&format!(
                "{}\n{}\n{}\n",
                header(spaces),
                row(1, 1),
                row(2, 0)
            ));
            let rows = read_landmarks_csv(f.path()).unwrap();
            assert_eq!(rows.len(), 2);
            assert_eq!(rows[0].frame, 1);
            assert!(rows[0].success && !rows[1].success);
            assert_eq!(rows[0].confidence, None);
            assert_eq!(rows[0].landmarks.point(0), [0.5, 68.5]);
            assert_eq!(rows[0].landmarks.point(67), [67.5, 135.5]);
        }
    }

    #[test]
    fn missing_column_is_named() {
        let f = write(&format!(
            "{}\n{}\n",
            header(false).replace(",y_67", ""),
            row(1, 1)
        ));
        let err = read_landmarks_csv(f.path()).unwrap_err().to_string();
        assert!(err.contains("missing column `y_67`"), "{err}");
    }

    #[test]
    fn non_numeric_value_is_located() {
        let bad_row = row(1, 1).replacen("3.5", "abc", 1);
        let f = write(&format!("{}\n{}\n", header(false), bad_row));
        let err = read_landmarks_csv(f.path()).unwrap_err().to_string();
        assert!(
            err.contains("line 2") && err.contains("x_3") && err.contains("abc"),
            "{err}"
        );
    }
}
