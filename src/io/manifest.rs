//! The manifest of a batch run (`batch --manifest FILE`): a CSV with one row per recording of
//! the run (its shard), in processing order, saying what became of it. The manifests of the
//! tasks of a job array share one header, so they concatenate into a table of the whole run.
//!
//! Columns: `input` (path relative to the batch's input folder, `/`-separated), `output` (the
//! CSV's path), `status` (`done`, `skipped`: the output existed, `damaged`: written from a
//! damaged input, `failed`: no output), `frames` and `frames_with_face` (empty for `skipped`
//! and `failed`), `seconds` (wall-clock time spent on the recording; empty for `skipped`),
//! `error` (the one-line error or damage report; empty otherwise).

use super::temp_file::named_temp_in;
use crate::error::{Error, Result};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The header of every manifest.
pub const MANIFEST_COLUMNS: [&str; 7] = [
    "input",
    "output",
    "status",
    "frames",
    "frames_with_face",
    "seconds",
    "error",
];

/// What became of one recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordingStatus {
    /// Its output was written from a complete input.
    Done,
    /// Its output existed and was left alone (`--skip-existing`).
    Skipped,
    /// Its output was written from the frames of a damaged input that could be read.
    Damaged,
    /// No output was written.
    Failed,
}

impl RecordingStatus {
    /// The manifest's word for it.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordingStatus::Done => "done",
            RecordingStatus::Skipped => "skipped",
            RecordingStatus::Damaged => "damaged",
            RecordingStatus::Failed => "failed",
        }
    }
}

impl fmt::Display for RecordingStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RecordingStatus {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        [
            RecordingStatus::Done,
            RecordingStatus::Skipped,
            RecordingStatus::Damaged,
            RecordingStatus::Failed,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
        .ok_or_else(|| Error::Invalid(format!("unknown recording status {text:?}")))
    }
}

/// One row of a manifest.
#[derive(Clone, Debug, PartialEq)]
pub struct ManifestRow {
    /// The recording's path relative to the input folder, `/`-separated.
    pub input: String,
    /// Its output CSV.
    pub output: PathBuf,
    pub status: RecordingStatus,
    /// Frames written (`done`, `damaged`).
    pub frames: Option<usize>,
    /// Frames written with `success` 1.
    pub frames_with_face: Option<usize>,
    /// Wall-clock seconds spent on the recording.
    pub seconds: Option<f64>,
    /// The error (`failed`) or damage report (`damaged`) on one line; empty otherwise.
    pub error: String,
}

/// Writes `rows` under [`MANIFEST_COLUMNS`] to `path`, atomically (a temporary file beside it,
/// renamed into place).
///
/// # Errors
/// [`Error::Io`] naming `path` when its folder is missing or not writable.
pub fn write_manifest(path: &Path, rows: &[ManifestRow]) -> Result<()> {
    let io = |e| Error::io(path, e);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = named_temp_in(dir, ".pyfaceau-manifest-", ".csv.tmp").map_err(io)?;
    let mut out = csv::Writer::from_writer(std::io::BufWriter::new(tmp));
    let csv_err = |e: csv::Error| io(std::io::Error::other(e.to_string()));
    out.write_record(MANIFEST_COLUMNS).map_err(csv_err)?;
    let number = |n: Option<usize>| n.map_or(String::new(), |n| n.to_string());
    for row in rows {
        out.write_record([
            row.input.as_str(),
            &row.output.to_string_lossy(),
            row.status.as_str(),
            &number(row.frames),
            &number(row.frames_with_face),
            &row.seconds.map_or(String::new(), |s| format!("{s:.3}")),
            &row.error.replace(['\r', '\n'], " "),
        ])
        .map_err(csv_err)?;
    }
    let tmp = out
        .into_inner()
        .map_err(|e| io(std::io::Error::other(e.to_string())))?
        .into_inner()
        .map_err(|e| io(e.into_error()))?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Reads a manifest written by [`write_manifest`].
///
/// # Errors
/// [`Error::Io`] when `path` cannot be read; [`Error::InputFormat`] when its header or a row is
/// not a manifest's.
pub fn read_manifest(path: &Path) -> Result<Vec<ManifestRow>> {
    let bad = |detail: String| Error::InputFormat {
        path: path.to_path_buf(),
        detail,
    };
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut reader = csv::Reader::from_reader(std::io::BufReader::new(file));
    let header = reader.headers().map_err(|e| bad(e.to_string()))?;
    if header.iter().ne(MANIFEST_COLUMNS) {
        return Err(bad(format!("header is not {}", MANIFEST_COLUMNS.join(","))));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| bad(e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or_default();
        let number = |i: usize| -> Result<Option<usize>> {
            let text = field(i);
            (!text.is_empty())
                .then(|| text.parse())
                .transpose()
                .map_err(|_| {
                    bad(format!(
                        "line {line}: {} is not a count",
                        MANIFEST_COLUMNS[i]
                    ))
                })
        };
        let seconds = field(5);
        rows.push(ManifestRow {
            input: field(0).to_string(),
            output: PathBuf::from(field(1)),
            status: field(2)
                .parse()
                .map_err(|e: Error| bad(format!("line {line}: {e}")))?,
            frames: number(3)?,
            frames_with_face: number(4)?,
            seconds: (!seconds.is_empty())
                .then(|| seconds.parse())
                .transpose()
                .map_err(|_| bad(format!("line {line}: seconds is not a number")))?,
            error: field(6).to_string(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_with_quoted_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.csv");
        let rows = vec![
            ManifestRow {
                input: "a/clip one.mp4".into(),
                output: dir.path().join("out/a/clip one.csv"),
                status: RecordingStatus::Done,
                frames: Some(120),
                frames_with_face: Some(118),
                seconds: Some(1.25),
                error: String::new(),
            },
            ManifestRow {
                input: "b.avi".into(),
                output: dir.path().join("out/b.csv"),
                status: RecordingStatus::Failed,
                frames: None,
                frames_with_face: None,
                seconds: None,
                error: "cannot read video b.avi: \"bad\", header".into(),
            },
        ];
        write_manifest(&path, &rows).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("input,output,status,frames,frames_with_face,seconds,error\n"));
        assert!(text.contains(",done,120,118,1.250,\n"), "{text}");
        assert_eq!(read_manifest(&path).unwrap(), rows);
        // Nothing but the manifest is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(write_manifest(&dir.path().join("missing/m.csv"), &rows).is_err());
    }

    #[test]
    fn a_file_that_is_not_a_manifest_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        std::fs::write(&path, "frame,success\n1,1\n").unwrap();
        assert!(read_manifest(&path).is_err());
        std::fs::write(
            &path,
            "input,output,status,frames,frames_with_face,seconds,error\na,b,finished,,,,\n",
        )
        .unwrap();
        assert!(read_manifest(&path).is_err());
    }
}
