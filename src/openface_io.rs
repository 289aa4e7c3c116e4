//! Readers for OpenFace's plain-text model formats (`LandmarkDetector::ReadMat`, `SkipComments`).

use crate::error::{Error, Result};
use std::path::Path;

/// A matrix as OpenFace writes it in text files: `rows cols type` then the values row-major.
/// Values are kept as `f64`; callers convert to the precision OpenFace uses for that matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct TextMatrix {
    pub rows: usize,
    pub cols: usize,
    /// OpenCV type code from the file (4 = int32, 5 = float32, 6 = float64).
    pub cv_type: i32,
    pub data: Vec<f64>,
}

impl TextMatrix {
    /// Value at (`r`, `c`).
    #[inline]
    pub fn at(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }
}

/// Tokenises OpenFace's text format: lines starting with `#` are comments (OpenFace's
/// `SkipComments` skips them between matrices), everything else is whitespace-separated.
pub struct TextModelReader<'a> {
    path: &'a Path,
    tokens: std::vec::IntoIter<String>,
}

impl<'a> TextModelReader<'a> {
    /// Reads the whole file at `path`.
    ///
    /// # Errors
    /// [`Error::ModelMissing`] when the file does not exist, [`Error::Io`] when it cannot be read.
    pub fn open(path: &'a Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::ModelMissing {
                    path: path.to_path_buf(),
                }
            } else {
                Error::io(path, e)
            }
        })?;
        Ok(Self::from_text(path, &text))
    }

    /// Tokenises already loaded text; `path` is only used in error messages.
    pub fn from_text(path: &'a Path, text: &str) -> Self {
        let tokens: Vec<String> = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        TextModelReader {
            path,
            tokens: tokens.into_iter(),
        }
    }

    fn format_error(&self, detail: impl Into<String>) -> Error {
        Error::ModelFormat {
            path: self.path.to_path_buf(),
            detail: detail.into(),
        }
    }

    /// The next token parsed as `T`.
    pub fn next_value<T: std::str::FromStr>(&mut self) -> Result<T> {
        let tok = self
            .tokens
            .next()
            .ok_or_else(|| self.format_error("unexpected end of file"))?;
        tok.parse::<T>()
            .map_err(|_| self.format_error(format!("expected a number, found {tok:?}")))
    }

    /// The next matrix (`ReadMat`).
    pub fn read_matrix(&mut self) -> Result<TextMatrix> {
        let rows: usize = self.next_value()?;
        let cols: usize = self.next_value()?;
        let cv_type: i32 = self.next_value()?;
        if !matches!(cv_type, 4..=6) {
            return Err(self.format_error(format!("unsupported matrix type {cv_type}")));
        }
        let n = rows
            .checked_mul(cols)
            .filter(|&n| n <= 50_000_000)
            .ok_or_else(|| self.format_error(format!("implausible matrix size {rows}x{cols}")))?;
        let mut data = Vec::with_capacity(n);
        for _ in 0..n {
            data.push(self.next_value::<f64>()?);
        }
        Ok(TextMatrix {
            rows,
            cols,
            cv_type,
            data,
        })
    }
}
