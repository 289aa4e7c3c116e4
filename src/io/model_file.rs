//! Readers for OpenFace's model formats: plain text (`LandmarkDetector::ReadMat`,
//! `SkipComments`) and binary (`ReadMatBin` and the raw little-endian fields around it).

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Maps a failed read of a model file to [`Error::ModelMissing`] (not found) or [`Error::Io`].
pub fn model_read_error(path: &Path, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::ModelMissing {
            path: path.to_path_buf(),
        }
    } else {
        Error::io(path, e)
    }
}

/// The whole model file at `path` as bytes.
///
/// # Errors
/// [`Error::ModelMissing`] when the file does not exist, [`Error::Io`] when it cannot be read.
pub fn read_model_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| model_read_error(path, e))
}

/// The whole model file at `path` as text.
///
/// # Errors
/// As [`read_model_bytes`]; a file that is not UTF-8 is an [`Error::Io`].
pub fn read_model_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| model_read_error(path, e))
}

/// A model list (the text files that name a model's parts: `main_clnf_general.txt`,
/// `MTCNN_detector.txt`, `main_dynamic_svms.txt`, …) as text.
///
/// # Errors
/// As [`read_model_bytes`]; a file that is not UTF-8 is an [`Error::ModelFormat`].
pub fn read_model_list(path: &Path) -> Result<String> {
    String::from_utf8(read_model_bytes(path)?).map_err(|_| Error::ModelFormat {
        path: path.to_path_buf(),
        detail: "not UTF-8 text".into(),
    })
}

/// The `module location …` lines of the model list `list` (whose `text` was read with
/// [`read_model_list`]), as OpenFace's readers take them: per line with at least two
/// whitespace-separated tokens, the module name, the location joined to the list's directory,
/// and the line's remaining tokens. Other lines are skipped.
pub fn model_list_entries<'a>(
    list: &Path,
    text: &'a str,
) -> impl Iterator<Item = (&'a str, PathBuf, std::str::SplitWhitespace<'a>)> + 'a {
    let root = list.parent().unwrap_or(Path::new("")).to_path_buf();
    text.lines().filter_map(move |line| {
        let mut tokens = line.split_whitespace();
        let (module, location) = (tokens.next()?, tokens.next()?);
        Some((module, root.join(location), tokens))
    })
}

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
        let text = read_model_text(path)?;
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
        // Bounded by the tokens left, whatever the header claims.
        let mut data = Vec::with_capacity(n.min(self.tokens.len()));
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

/// A little-endian cursor over a binary OpenFace model file: raw `int32`/`float`/`double`
/// fields and `ReadMatBin` matrices. Every read checks the bounds and reports the file and
/// byte offset, so a truncated or corrupt file is an [`Error::ModelFormat`] naming it.
pub struct BinaryModelReader<'a> {
    path: &'a Path,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BinaryModelReader<'a> {
    /// A reader over `bytes`; `path` is only used in error messages.
    pub fn new(path: &'a Path, bytes: &'a [u8]) -> Self {
        BinaryModelReader {
            path,
            bytes,
            pos: 0,
        }
    }

    /// Bytes not read yet.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(self.format_error(format!("unexpected end of file at byte {}", self.pos)));
        };
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    /// A little-endian `int32`.
    pub fn i32(&mut self) -> Result<i32> {
        Ok(i32::from_le_bytes(self.array()?))
    }

    /// A little-endian `double`.
    pub fn f64(&mut self) -> Result<f64> {
        Ok(f64::from_le_bytes(self.array()?))
    }

    /// A little-endian `int32` that must not be negative (a count or a size); `what` names it
    /// in the error.
    pub fn count(&mut self, what: &str) -> Result<usize> {
        let at = self.pos;
        let v = self.i32()?;
        usize::try_from(v)
            .map_err(|_| self.format_error(format!("negative {what} {v} at byte {at}")))
    }

    /// `n` little-endian `float`s in a row.
    pub fn f32s(&mut self, n: usize) -> Result<Vec<f32>> {
        let bytes = self.take(n.saturating_mul(4))?;
        Ok(bytes
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }

    /// Checks that every byte has been read.
    ///
    /// # Errors
    /// [`Error::ModelFormat`] counting the trailing bytes.
    pub fn finish(&self) -> Result<()> {
        match self.remaining() {
            0 => Ok(()),
            n => Err(self.format_error(format!("{n} trailing bytes"))),
        }
    }

    /// `ReadMatBin` of a one-channel `float` (`CV_32FC1`) matrix, kept as `f32`: rows, cols and
    /// the values row-major. `what` names the matrix in the error.
    ///
    /// # Errors
    /// [`Error::ModelFormat`] when the matrix has another type, an implausible size, or the file
    /// ends early.
    pub fn matrix_f32(&mut self, what: &str) -> Result<(usize, usize, Vec<f32>)> {
        let at = self.pos;
        let rows = self.count(what)?;
        let cols = self.count(what)?;
        let cv_type = self.i32()?;
        if cv_type != CV_32FC1 {
            return Err(self.format_error(format!(
                "{what} at byte {at}: OpenCV type {cv_type}, expected {CV_32FC1} (32-bit float)"
            )));
        }
        let n = rows
            .checked_mul(cols)
            .filter(|&n| n <= 50_000_000)
            .ok_or_else(|| self.format_error(format!("implausible matrix size {rows}x{cols}")))?;
        Ok((rows, cols, self.f32s(n)?))
    }

    /// An [`Error::ModelFormat`] for this file.
    pub fn format_error(&self, detail: impl Into<String>) -> Error {
        Error::ModelFormat {
            path: self.path.to_path_buf(),
            detail: detail.into(),
        }
    }

    /// `ReadMatBin`: `int32` rows, cols and OpenCV type, then the data row-major.
    /// Single-channel 8U/32S/32F/64F; values come back as `f64`, which holds each exactly.
    pub fn matrix(&mut self) -> Result<BinaryMatrix> {
        let rows = self.i32()?;
        let cols = self.i32()?;
        let cv_type = self.i32()?;
        if rows < 0 || cols < 0 || rows.saturating_mul(cols) > 50_000_000 {
            return Err(self.format_error(format!("implausible matrix size {rows}x{cols}")));
        }
        let n = rows as usize * cols as usize;
        let data = match cv_type {
            0 => self.take(n)?.iter().map(|&b| b as f64).collect(),
            4 => self
                .take(4 * n)?
                .chunks_exact(4)
                .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64)
                .collect(),
            5 => self
                .take(4 * n)?
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64)
                .collect(),
            6 => self
                .take(8 * n)?
                .chunks_exact(8)
                .map(|c| f64::from_le_bytes(c.try_into().expect("chunk of 8")))
                .collect(),
            t => return Err(self.format_error(format!("unsupported matrix type {t}"))),
        };
        Ok(BinaryMatrix {
            rows: rows as usize,
            cols: cols as usize,
            cv_type,
            data,
        })
    }
}

/// A matrix read by [`BinaryModelReader::matrix`] (same layout as [`TextMatrix`]).
pub type BinaryMatrix = TextMatrix;

/// OpenCV's type code of one-channel `float` matrices.
const CV_32FC1: i32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    fn le(values: &[i32]) -> Vec<u8> {
        values.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    #[test]
    fn model_list_lines() {
        let text = "PNet PNet.dat\r\n\n# x\nLandmarkDetector_part part.txt left 1 2\nlonely\n";
        let list = Path::new("models/list.txt");
        let entries: Vec<_> = model_list_entries(list, text)
            .map(|(m, p, rest)| (m, p, rest.collect::<Vec<_>>()))
            .collect();
        assert_eq!(
            entries,
            vec![
                ("PNet", PathBuf::from("models/PNet.dat"), vec![]),
                ("#", PathBuf::from("models/x"), vec![]),
                (
                    "LandmarkDetector_part",
                    PathBuf::from("models/part.txt"),
                    vec!["left", "1", "2"]
                ),
            ]
        );
    }

    #[test]
    fn float_matrix_counts_and_end() {
        let mut bytes = le(&[2, 1, CV_32FC1]);
        bytes.extend([1.5f32, -2.0].iter().flat_map(|v| v.to_le_bytes()));
        bytes.extend(le(&[3]));
        let path = Path::new("m.dat");
        let mut r = BinaryModelReader::new(path, &bytes);
        assert_eq!(r.matrix_f32("m").unwrap(), (2, 1, vec![1.5, -2.0]));
        assert!(r.finish().is_err());
        assert_eq!(r.count("n").unwrap(), 3);
        r.finish().unwrap();

        // A double matrix where a float one is expected, a negative count, a short file.
        let bytes = le(&[1, 1, 6, 0, 0]);
        let err = BinaryModelReader::new(path, &bytes)
            .matrix_f32("m")
            .unwrap_err();
        assert!(matches!(err, Error::ModelFormat { .. }) && err.to_string().contains("m.dat"));
        let bytes = le(&[-1]);
        assert!(BinaryModelReader::new(path, &bytes).count("n").is_err());
        let bytes = le(&[1, 2, CV_32FC1, 0]);
        assert!(BinaryModelReader::new(path, &bytes)
            .matrix_f32("m")
            .is_err());
        assert!(BinaryModelReader::new(path, &[0; 7]).f32s(2).is_err());
    }
}
