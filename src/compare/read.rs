//! Reading per-frame face CSVs: C++ OpenFace 2.x `FeatureExtraction` output (which pyfaceau-rs
//! writes too) and PyFaceAU's output.
//!
//! Only the columns the comparison uses are parsed (frame, face_id, success, `AUxx_r`, `AUxx_c`,
//! `x_i`/`y_i`, `pose_*`, `gaze_angle_*`); the others are skipped without being converted. Large
//! files are split at line boundaries and parsed in parallel on rayon's pool.

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};

/// Which program wrote a CSV, as far as its contents tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum CsvFormat {
    /// C++ OpenFace 2.x (`FeatureExtraction`, `FaceLandmarkVidMulti`) or pyfaceau-rs, which writes
    /// the same format: frames counted from 1, `success` as 1/0. The two cannot be told apart.
    #[serde(rename = "openface")]
    OpenFace,
    /// PyFaceAU (`pyfaceau.pipeline`): frames counted from 0, `success` as True/False, no
    /// `face_id`, AU values empty on failed frames.
    #[serde(rename = "pyfaceau")]
    PyFaceAu,
}

impl CsvFormat {
    /// A human-readable name, for the report.
    pub fn describe(self) -> &'static str {
        match self {
            CsvFormat::OpenFace => "OpenFace 2.x format (C++ OpenFace or pyfaceau-rs)",
            CsvFormat::PyFaceAu => "PyFaceAU format (frames counted from 0, success True/False)",
        }
    }
}

/// Whether an `AUxx_…` column holds an intensity or a presence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AuKind {
    /// `AUxx_r`: regressed intensity, 0–5.
    Intensity,
    /// `AUxx_c`: presence classification, 0 or 1.
    Presence,
}

/// Recognises an AU column name: `AU` + digits + `_r` or `_c`. Returns the AU number and kind.
pub fn au_column(name: &str) -> Option<(u32, AuKind)> {
    let rest = name.strip_prefix("AU")?;
    let (digits, kind) = if let Some(d) = rest.strip_suffix("_r") {
        (d, AuKind::Intensity)
    } else if let Some(d) = rest.strip_suffix("_c") {
        (d, AuKind::Presence)
    } else {
        return None;
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, kind))
}

/// Recognises a 2D landmark column name, `x_i` or `y_i` (image pixels; OpenFace's capital `X_i`
/// are 3D and not matched). Returns the axis (`'x'` or `'y'`) and the point index.
pub fn landmark_2d_column(name: &str) -> Option<(char, usize)> {
    let (axis, digits) = if let Some(d) = name.strip_prefix("x_") {
        ('x', d)
    } else if let Some(d) = name.strip_prefix("y_") {
        ('y', d)
    } else {
        return None;
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((axis, digits.parse().ok()?))
}

/// Head pose columns: translation in millimetres, rotation as Euler angles in radians
/// (OpenFace's convention R = Rx·Ry·Rz).
pub const POSE_COLUMNS: [&str; 6] = [
    "pose_Tx", "pose_Ty", "pose_Tz", "pose_Rx", "pose_Ry", "pose_Rz",
];

/// Gaze direction columns, radians (OpenFace's `gaze_angle_x`, `gaze_angle_y`).
pub const GAZE_COLUMNS: [&str; 2] = ["gaze_angle_x", "gaze_angle_y"];

/// Whether a column is one the comparison reads.
fn is_compared_column(name: &str) -> bool {
    au_column(name).is_some()
        || landmark_2d_column(name).is_some()
        || POSE_COLUMNS.contains(&name)
        || GAZE_COLUMNS.contains(&name)
}

/// One per-frame face CSV, reduced to the columns the comparison uses.
///
/// Frame numbers are normalised to OpenFace's numbering (first frame 1): PyFaceAU's frames, which
/// count from 0, are shifted by +1 ([`FaceCsv::frame_offset`]). Empty values (PyFaceAU's failed
/// frames) are NaN.
#[derive(Clone, Debug)]
pub struct FaceCsv {
    /// The file read.
    pub path: PathBuf,
    /// The detected writer.
    pub format: CsvFormat,
    /// Whether the header has a space after each comma (OpenFace before 2.2 wrote `frame, face_id, …`).
    pub spaced_header: bool,
    /// Number of columns in the header.
    pub header_columns: usize,
    /// Added to the file's frame numbers to get OpenFace's numbering: 1 for PyFaceAU, else 0.
    pub frame_offset: i64,
    /// Frame number of each row, normalised (see above).
    pub frames: Vec<i64>,
    /// `face_id` of each row, when the file has that column.
    pub face_ids: Option<Vec<i64>>,
    /// `success` of each row, when the file has that column (otherwise every row counts as tracked).
    pub success: Option<Vec<bool>>,
    names: Vec<String>,
    values: Vec<Vec<f64>>,
    index: HashMap<String, usize>,
}

impl FaceCsv {
    /// Reads and parses a CSV file. The file is streamed in blocks of `BLOCK_BYTES`: each block's
    /// complete lines are parsed in parallel while the next block is read.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read; [`Error::InputFormat`] (a one-line message) when
    /// it is empty, binary, has no `frame` column, or a row is short or holds a non-number.
    pub fn read(path: &Path) -> Result<Self> {
        let io = |e| Error::io(path, e);
        let mut file = File::open(path).map_err(io)?;
        // Two block buffers, each allocated once: one is parsed while the other is filled.
        let mut current = Vec::with_capacity(BLOCK_BYTES + (64 << 10));
        let mut next = Vec::with_capacity(BLOCK_BYTES + (64 << 10));
        let mut at_end = read_block(&mut file, &mut current).map_err(io)? == 0;
        while !at_end && !current.contains(&b'\n') {
            at_end = read_block(&mut file, &mut current).map_err(io)? == 0;
        }
        let prelude = Prelude::parse(path, &current)?;
        let mut rows = Rows::default();
        let mut start = prelude.header_end;
        loop {
            let tail = &current[start..];
            let complete = tail.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let (lines, partial) = tail.split_at(if at_end { tail.len() } else { complete });
            let (parsed, read) = rayon::join(
                || parse_plain_pieces(lines, &prelude.plan),
                || -> std::io::Result<usize> {
                    next.clear();
                    if at_end {
                        return Ok(0);
                    }
                    next.extend_from_slice(partial);
                    read_block(&mut file, &mut next)
                },
            );
            match rows.append(parsed) {
                Ok(()) => {}
                Err(Stop::Quoted) => {
                    // Rare: quoted fields. Parse the whole file with the csv crate.
                    let bytes = std::fs::read(path).map_err(io)?;
                    return Self::from_bytes(path, &bytes);
                }
                Err(Stop::Bad { line, detail }) => {
                    return Err(Error::InputFormat {
                        path: path.to_path_buf(),
                        detail: format!("line {line}: {detail}"),
                    })
                }
            }
            if at_end {
                break;
            }
            at_end = read.map_err(io)? == 0;
            std::mem::swap(&mut current, &mut next);
            start = 0;
        }
        Ok(rows.into_face_csv(path, prelude))
    }

    /// Parses CSV text already in memory; `path` names it in messages.
    ///
    /// # Errors
    /// As [`FaceCsv::read`], without the I/O part.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self> {
        let prelude = Prelude::parse(path, bytes)?;
        let body = &bytes[prelude.header_end..];
        let mut rows = Rows::default();
        let outcome = match rows.append(parse_plain_pieces(body, &prelude.plan)) {
            Err(Stop::Quoted) => {
                rows = Rows::default();
                rows.append(vec![parse_csv_chunk(body, &prelude.plan)])
            }
            other => other,
        };
        match outcome {
            Ok(()) => Ok(rows.into_face_csv(path, prelude)),
            Err(Stop::Bad { line, detail }) => Err(Error::InputFormat {
                path: path.to_path_buf(),
                detail: format!("line {line}: {detail}"),
            }),
            Err(Stop::Quoted) => unreachable!("the csv parser reads quotes"),
        }
    }

    /// Number of data rows.
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    /// Whether the file has no data rows.
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Whether row `row` was tracked (`success` = 1/True; always true without a `success` column).
    pub fn succeeded(&self, row: usize) -> bool {
        self.success.as_ref().is_none_or(|s| s[row])
    }

    /// Number of tracked rows.
    pub fn success_count(&self) -> usize {
        match &self.success {
            Some(s) => s.iter().filter(|&&ok| ok).count(),
            None => self.len(),
        }
    }

    /// `face_id` of row `row` (0 when the file has no such column).
    pub fn face_id(&self, row: usize) -> i64 {
        self.face_ids.as_ref().map_or(0, |f| f[row])
    }

    /// The values of a compared column, one per row, or `None` when the file lacks it.
    pub fn column(&self, name: &str) -> Option<&[f64]> {
        self.index.get(name).map(|&i| self.values[i].as_slice())
    }

    /// Names of the compared columns the file has, in file order.
    pub fn column_names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// Number of 2D landmarks: the count of leading points `i` with both `x_i` and `y_i`.
    pub fn landmark_count(&self) -> usize {
        (0..)
            .take_while(|i| {
                self.index.contains_key(&format!("x_{i}"))
                    && self.index.contains_key(&format!("y_{i}"))
            })
            .count()
    }

    /// The column groups present, for the report ("AU intensities (17)", "2D landmarks (68)", …).
    pub fn column_groups(&self) -> Vec<String> {
        let mut groups = Vec::new();
        let count = |kind| {
            self.names
                .iter()
                .filter(|n| au_column(n).is_some_and(|(_, k)| k == kind))
                .count()
        };
        let intensities = count(AuKind::Intensity);
        if intensities > 0 {
            groups.push(format!("AU intensities ({intensities})"));
        }
        let presences = count(AuKind::Presence);
        if presences > 0 {
            groups.push(format!("AU presences ({presences})"));
        }
        let landmarks = self.landmark_count();
        if landmarks > 0 {
            groups.push(format!("2D landmarks ({landmarks})"));
        }
        let has_all = |cols: &[&str]| cols.iter().all(|c| self.index.contains_key(*c));
        if has_all(&POSE_COLUMNS) {
            groups.push("head pose".into());
        }
        if has_all(&GAZE_COLUMNS) {
            groups.push("gaze angles".into());
        }
        groups
    }
}

struct Header {
    /// Names as written (with any leading space).
    raw: Vec<String>,
    /// Names trimmed of surrounding whitespace.
    names: Vec<String>,
}

fn parse_header(bytes: &[u8]) -> std::result::Result<Header, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => {}
        Ok(false) => return Err("empty file, expected a CSV with a header line".into()),
        Err(e) => return Err(format!("header: {e}")),
    }
    let raw: Vec<String> = record.iter().map(str::to_owned).collect();
    let names = raw.iter().map(|s| s.trim().to_owned()).collect();
    Ok(Header { raw, names })
}

/// Bytes read from a file at a time by [`FaceCsv::read`].
pub const BLOCK_BYTES: usize = 32 << 20;

/// Appends up to [`BLOCK_BYTES`] from `file` to `buf`; returns the count (0 at the end).
fn read_block(file: &mut File, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    file.by_ref().take(BLOCK_BYTES as u64).read_to_end(buf)
}

/// What the header says: which fields to read and how the file is laid out.
struct Prelude {
    /// Offset of the first data line in the text given to [`Prelude::parse`].
    header_end: usize,
    spaced_header: bool,
    header_columns: usize,
    value_names: Vec<String>,
    plan: Plan,
}

impl Prelude {
    /// Checks the start of a file (at least its whole first line) and parses the header.
    fn parse(path: &Path, bytes: &[u8]) -> Result<Self> {
        let bad = |detail: String| Error::InputFormat {
            path: path.to_path_buf(),
            detail,
        };
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let text = &bytes[bom..];
        if text.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(bad("empty file, expected a CSV with a header line".into()));
        }
        let header_len = text
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |p| p + 1);
        let header_bytes = &text[..header_len];
        // Binary data (images, videos, HOG files) is refused before the CSV parser sees it.
        let probe = &text[..text.len().min(64 * 1024)];
        if probe.contains(&0) || std::str::from_utf8(header_bytes).is_err() {
            return Err(bad("not a CSV text file (binary data)".into()));
        }
        let header = parse_header(header_bytes).map_err(bad)?;
        let spaced_header = header.raw.iter().skip(1).any(|h| h.starts_with(' '));
        let names = header.names;
        let position = |wanted: &str| names.iter().position(|n| n == wanted);
        let Some(frame_col) = position("frame") else {
            let detail = if names.len() < 2 {
                "not a CSV file: no comma-separated header with a `frame` column".to_string()
            } else {
                format!(
                    "no `frame` column in the header (first columns: {})",
                    names.iter().take(5).cloned().collect::<Vec<_>>().join(",")
                )
            };
            return Err(bad(detail));
        };
        let mut value_names = Vec::new();
        let mut value_cols = Vec::new();
        for (i, name) in names.iter().enumerate() {
            if is_compared_column(name) {
                if value_names.contains(name) {
                    return Err(bad(format!("column `{name}` appears twice in the header")));
                }
                value_names.push(name.clone());
                value_cols.push(i);
            }
        }
        Ok(Prelude {
            header_end: bom + header_len,
            spaced_header,
            header_columns: names.len(),
            value_names,
            plan: Plan {
                n_fields: names.len(),
                frame: frame_col,
                face_id: position("face_id"),
                success: position("success"),
                values: value_cols,
            },
        })
    }
}

/// Why parsing stopped early.
enum Stop {
    /// The plain splitter met a quote.
    Quoted,
    /// A malformed row, at `line` of the file (1 = header).
    Bad { line: u64, detail: String },
}

/// Parsed chunks in file order, and the lines they covered.
#[derive(Default)]
struct Rows {
    chunks: Vec<Chunk>,
    lines: u64,
}

impl Rows {
    /// Takes the next chunks (in file order); stops at the first that failed.
    fn append(
        &mut self,
        parsed: Vec<std::result::Result<Chunk, RowError>>,
    ) -> std::result::Result<(), Stop> {
        for chunk in parsed {
            match chunk {
                Ok(c) => {
                    self.lines += c.lines;
                    self.chunks.push(c);
                }
                Err(e) if e.quoted => return Err(Stop::Quoted),
                Err(e) => {
                    return Err(Stop::Bad {
                        line: 1 + self.lines + e.line_in_chunk,
                        detail: e.detail,
                    })
                }
            }
        }
        Ok(())
    }

    /// Joins the chunks into columns and detects the format.
    fn into_face_csv(self, path: &Path, prelude: Prelude) -> FaceCsv {
        let plan = &prelude.plan;
        let good = self.chunks;
        let rows: usize = good.iter().map(|c| c.frames.len()).sum();
        let mut frames = Vec::with_capacity(rows);
        let mut face_ids = Vec::with_capacity(if plan.face_id.is_some() { rows } else { 0 });
        let mut success = Vec::with_capacity(if plan.success.is_some() { rows } else { 0 });
        let mut success_as_words = false;
        for c in &good {
            frames.extend_from_slice(&c.frames);
            face_ids.extend_from_slice(&c.face_ids);
            success.extend_from_slice(&c.success);
            success_as_words |= c.success_as_words;
        }
        let values: Vec<Vec<f64>> = (0..plan.values.len())
            .map(|k| {
                let mut column = Vec::with_capacity(rows);
                for c in &good {
                    column.extend_from_slice(&c.values[k]);
                }
                column
            })
            .collect();

        let starts_at_zero = frames.first() == Some(&0);
        let format = if success_as_words || (plan.face_id.is_none() && starts_at_zero) {
            CsvFormat::PyFaceAu
        } else {
            CsvFormat::OpenFace
        };
        let frame_offset = i64::from(format == CsvFormat::PyFaceAu);
        if frame_offset != 0 {
            for f in &mut frames {
                *f += frame_offset;
            }
        }
        let index = prelude
            .value_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        FaceCsv {
            path: path.to_path_buf(),
            format,
            spaced_header: prelude.spaced_header,
            header_columns: prelude.header_columns,
            frame_offset,
            frames,
            face_ids: plan.face_id.map(|_| face_ids),
            success: plan.success.map(|_| success),
            names: prelude.value_names,
            values,
            index,
        }
    }
}

/// Splits quote-free text at line boundaries and parses the pieces in parallel, in order.
fn parse_plain_pieces(text: &[u8], plan: &Plan) -> Vec<std::result::Result<Chunk, RowError>> {
    split_chunks(text)
        .par_iter()
        .map(|c| parse_plain_chunk(c, plan))
        .collect()
}

/// Which fields of a row to read.
struct Plan {
    n_fields: usize,
    frame: usize,
    face_id: Option<usize>,
    success: Option<usize>,
    values: Vec<usize>,
}

/// The parsed rows of one chunk of the file, column-major.
struct Chunk {
    frames: Vec<i64>,
    face_ids: Vec<i64>,
    success: Vec<bool>,
    success_as_words: bool,
    values: Vec<Vec<f64>>,
    /// Lines the chunk covered, blank ones included.
    lines: u64,
}

struct RowError {
    /// 1-based line within the chunk.
    line_in_chunk: u64,
    detail: String,
    /// The plain splitter met a quote: parse the file with the csv crate instead.
    quoted: bool,
}

/// One row's fields, from either parser.
trait Fields {
    fn count(&self) -> usize;
    fn field(&self, i: usize) -> &[u8];
}

impl Fields for csv::ByteRecord {
    fn count(&self) -> usize {
        self.len()
    }
    fn field(&self, i: usize) -> &[u8] {
        &self[i]
    }
}

/// A line of quote-free text: field boundaries as offsets into `line`.
struct SplitLine<'a> {
    line: &'a [u8],
    bounds: &'a [(usize, usize)],
}

impl Fields for SplitLine<'_> {
    fn count(&self) -> usize {
        self.bounds.len()
    }
    fn field(&self, i: usize) -> &[u8] {
        let (start, end) = self.bounds[i];
        &self.line[start..end]
    }
}

/// Chunk size for parallel parsing. Smaller files are parsed in one piece.
const CHUNK_BYTES: usize = 4 << 20;

/// Splits the body at line boundaries into pieces of about [`CHUNK_BYTES`].
fn split_chunks(body: &[u8]) -> Vec<&[u8]> {
    if body.len() <= CHUNK_BYTES {
        return vec![body];
    }
    let mut chunks = Vec::with_capacity(body.len() / CHUNK_BYTES + 1);
    let mut start = 0;
    while start < body.len() {
        let mut end = (start + CHUNK_BYTES).min(body.len());
        if end < body.len() {
            end = body[end..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(body.len(), |p| end + p + 1);
        }
        chunks.push(&body[start..end]);
        start = end;
    }
    chunks
}

impl Chunk {
    fn with_capacity(bytes: usize, plan: &Plan) -> Self {
        // Rough row estimate (OpenFace rows are a few kB) to limit regrowth; exactness is not needed.
        let rows = bytes / (plan.n_fields * 4).max(16) + 1;
        let optional = |present: bool| if present { rows } else { 0 };
        Chunk {
            frames: Vec::with_capacity(rows),
            face_ids: Vec::with_capacity(optional(plan.face_id.is_some())),
            success: Vec::with_capacity(optional(plan.success.is_some())),
            success_as_words: false,
            values: plan
                .values
                .iter()
                .map(|_| Vec::with_capacity(rows))
                .collect(),
            lines: 0,
        }
    }

    /// Appends one row's needed fields; the error says what is wrong with the row.
    fn push_row(&mut self, plan: &Plan, row: &impl Fields) -> std::result::Result<(), String> {
        if row.count() != plan.n_fields {
            return Err(format!(
                "{} fields, the header has {} (truncated or malformed row)",
                row.count(),
                plan.n_fields
            ));
        }
        let field = row.field(plan.frame);
        let frame = parse_integer(field)
            .ok_or_else(|| format!("frame `{}` is not a whole number", show(field)))?;
        self.frames.push(frame);
        if let Some(col) = plan.face_id {
            let field = row.field(col);
            let id = parse_integer(field)
                .ok_or_else(|| format!("face_id `{}` is not a whole number", show(field)))?;
            self.face_ids.push(id);
        }
        if let Some(col) = plan.success {
            let field = trim(row.field(col));
            self.success_as_words |= field.first().is_some_and(u8::is_ascii_alphabetic);
            let ok = parse_success(field)
                .ok_or_else(|| format!("success `{}` is not 1/0 or True/False", show(field)))?;
            self.success.push(ok);
        }
        for (column, &col) in self.values.iter_mut().zip(&plan.values) {
            let field = row.field(col);
            let value =
                parse_number(field).ok_or_else(|| format!("`{}` is not a number", show(field)))?;
            column.push(value);
        }
        Ok(())
    }
}

const LOW_7_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// Bit 7 of each byte of `word` that equals `byte`, exactly (no false positives: the additions
/// cannot carry between bytes).
#[inline]
fn byte_mask(word: u64, byte: u8) -> u64 {
    let x = word ^ (0x0101_0101_0101_0101 * u64::from(byte));
    let t = (x & LOW_7_BITS).wrapping_add(LOW_7_BITS);
    !(t | x | LOW_7_BITS)
}

/// Parses quote-free CSV text by splitting at commas and newlines, eight bytes at a time (a `\r`
/// before a newline is dropped and empty lines are skipped, as the csv crate does). Returns an
/// error with `quoted` set at the first quote character.
fn parse_plain_chunk(bytes: &[u8], plan: &Plan) -> std::result::Result<Chunk, RowError> {
    let mut chunk = Chunk::with_capacity(bytes.len(), plan);
    let mut splitter = LineSplitter {
        bytes,
        plan,
        bounds: Vec::with_capacity(plan.n_fields + 1),
        field_start: 0,
        line_start: 0,
        line_in_chunk: 0,
    };
    let quoted = |line_in_chunk| RowError {
        line_in_chunk,
        detail: "quoted field".into(),
        quoted: true,
    };
    let mut words = bytes.chunks_exact(8);
    let mut base = 0;
    for word in words.by_ref() {
        let word = u64::from_le_bytes(word.try_into().expect("8 bytes"));
        if byte_mask(word, b'"') != 0 {
            return Err(quoted(splitter.line_in_chunk + 1));
        }
        let mut separators = byte_mask(word, b',') | byte_mask(word, b'\n');
        while separators != 0 {
            let at = base + (separators.trailing_zeros() / 8) as usize;
            separators &= separators - 1;
            splitter.separator(at, &mut chunk)?;
        }
        base += 8;
    }
    for (offset, &b) in words.remainder().iter().enumerate() {
        match b {
            b'"' => return Err(quoted(splitter.line_in_chunk + 1)),
            b',' | b'\n' => splitter.separator(base + offset, &mut chunk)?,
            _ => {}
        }
    }
    if splitter.line_start < bytes.len() {
        // A last line without a newline.
        splitter.end_line(bytes.len(), &mut chunk)?;
    }
    chunk.lines = splitter.line_in_chunk;
    Ok(chunk)
}

/// State of [`parse_plain_chunk`]: field boundaries of the current line (offsets in `bytes`).
struct LineSplitter<'a> {
    bytes: &'a [u8],
    plan: &'a Plan,
    bounds: Vec<(usize, usize)>,
    field_start: usize,
    line_start: usize,
    line_in_chunk: u64,
}

impl LineSplitter<'_> {
    #[inline]
    fn separator(&mut self, at: usize, chunk: &mut Chunk) -> std::result::Result<(), RowError> {
        if self.bytes[at] == b',' {
            self.bounds.push((self.field_start, at));
            self.field_start = at + 1;
            Ok(())
        } else {
            self.end_line(at, chunk)
        }
    }

    /// Ends the line at `end` (a newline's offset, or the end of the text).
    fn end_line(&mut self, end: usize, chunk: &mut Chunk) -> std::result::Result<(), RowError> {
        self.line_in_chunk += 1;
        let content_end = if end > self.field_start && self.bytes[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        let empty = self.bounds.is_empty() && content_end == self.line_start;
        let result = if empty {
            Ok(())
        } else {
            self.bounds.push((self.field_start, content_end));
            let row = SplitLine {
                line: self.bytes,
                bounds: &self.bounds,
            };
            chunk.push_row(self.plan, &row).map_err(|detail| RowError {
                line_in_chunk: self.line_in_chunk,
                detail,
                quoted: false,
            })
        };
        self.bounds.clear();
        self.field_start = end + 1;
        self.line_start = end + 1;
        result
    }
}

/// Parses CSV text with the csv crate (quoted fields allowed).
fn parse_csv_chunk(bytes: &[u8], plan: &Plan) -> std::result::Result<Chunk, RowError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(64 * 1024)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let mut chunk = Chunk::with_capacity(bytes.len(), plan);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(RowError {
                    line_in_chunk: e.position().map_or(1, |p| p.line()),
                    detail: e.to_string(),
                    quoted: false,
                })
            }
        }
        chunk.push_row(plan, &record).map_err(|detail| RowError {
            line_in_chunk: record.position().map_or(1, |p| p.line()),
            detail,
            quoted: false,
        })?;
    }
    Ok(chunk)
}

fn show(field: &[u8]) -> String {
    let text = String::from_utf8_lossy(field);
    let text = text.trim();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text.to_owned()
    }
}

fn trim(field: &[u8]) -> &[u8] {
    field.trim_ascii()
}

fn parse_integer(field: &[u8]) -> Option<i64> {
    let field = trim(field);
    let text = std::str::from_utf8(field).ok()?;
    if let Ok(v) = text.parse::<i64>() {
        return Some(v);
    }
    // "12.0" (a float-typed frame column) is accepted; "12.5" is not.
    let v: f64 = text.parse().ok()?;
    (v.fract() == 0.0 && v.abs() < 9.0e15).then_some(v as i64)
}

fn parse_success(field: &[u8]) -> Option<bool> {
    match field {
        b"1" | b"1.0" | b"True" | b"true" | b"TRUE" => Some(true),
        b"0" | b"0.0" | b"False" | b"false" | b"FALSE" => Some(false),
        _ => None,
    }
}

/// Parses a numeric field; an empty field is NaN (PyFaceAU leaves failed frames empty).
pub(crate) fn parse_number(field: &[u8]) -> Option<f64> {
    let field = trim(field);
    if field.is_empty() {
        return Some(f64::NAN);
    }
    parse_plain_decimal(field).or_else(|| std::str::from_utf8(field).ok()?.parse().ok())
}

/// Powers of ten that are exact in f64.
const POW10: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// Fast path for plain decimals such as `-191.5` or `0.252890` with at most 15 digits: the digits
/// form an integer below 2^53 and the scale a power of ten, both exact in f64, so one IEEE division
/// gives the correctly rounded value (the same result as `str::parse`). Anything else (exponents,
/// `nan`, longer numbers) returns `None` and goes to `str::parse`.
pub(crate) fn parse_plain_decimal(s: &[u8]) -> Option<f64> {
    let (negative, digits) = match s.first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let mut mantissa: u64 = 0;
    let mut count = 0usize;
    let mut fraction = 0usize;
    let mut seen_point = false;
    for &b in digits {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                count += 1;
                fraction += usize::from(seen_point);
                if count > 15 {
                    return None;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => return None,
        }
    }
    if count == 0 {
        return None;
    }
    let value = mantissa as f64 / POW10[fraction];
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_decimal_matches_std_parse() {
        let samples = [
            "0",
            "-0.0",
            "191.5",
            "0.252890",
            "-0.962703",
            "123456789012345",
            "0.000000000000001",
            "99999.99999",
            "5.00",
            "0.1",
            "0.3",
            "-1.",
            ".5",
            "7",
        ];
        for s in samples {
            let fast = parse_number(s.as_bytes()).unwrap();
            let std: f64 = s.parse().unwrap();
            assert_eq!(fast.to_bits(), std.to_bits(), "{s}");
        }
        // A deterministic sweep of 6-decimal values, the precision OpenFace writes.
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let s = format!("{}.{:06}", (x >> 40) % 100_000, x % 1_000_000);
            let fast = parse_plain_decimal(s.as_bytes()).unwrap();
            let std: f64 = s.parse().unwrap();
            assert_eq!(fast.to_bits(), std.to_bits(), "{s}");
        }
        for s in [
            "1e5",
            "nan",
            "",
            "-",
            ".",
            "1.2.3",
            "1234567890123456",
            "12a",
        ] {
            assert!(parse_plain_decimal(s.as_bytes()).is_none(), "{s}");
        }
        assert!(parse_number(b"  ").unwrap().is_nan());
        assert_eq!(parse_number(b" 1e-3").unwrap(), 1e-3);
    }

    #[test]
    fn byte_mask_is_exact() {
        for word in [
            *b",,,,,,,,",
            *b"1,2.5,\n3",
            *b"\x00,\x01,\xff,\x2b\x2d",
            *b"abcdefgh",
            *b",\x00\x00,,\x00,\x00",
        ] {
            let mask = byte_mask(u64::from_le_bytes(word), b',');
            for (i, &b) in word.iter().enumerate() {
                assert_eq!(mask >> (8 * i + 7) & 1 == 1, b == b',', "{word:?} byte {i}");
            }
            assert_eq!(mask & !0x8080_8080_8080_8080, 0);
        }
    }

    #[test]
    fn plain_and_csv_parsers_agree() {
        let plan = Plan {
            n_fields: 3,
            frame: 0,
            face_id: None,
            success: Some(1),
            values: vec![2],
        };
        let text = b"1,1,0.5\r\n\n2,0,\n3,True,7.25\n4,1, 1e-3 ";
        let plain = parse_plain_chunk(text, &plan).ok().unwrap();
        let csv = parse_csv_chunk(text, &plan).ok().unwrap();
        assert_eq!(plain.frames, [1, 2, 3, 4]);
        assert_eq!(plain.frames, csv.frames);
        assert_eq!(plain.success, csv.success);
        assert_eq!(plain.success, [true, false, true, true]);
        let bits = |c: &Chunk| c.values[0].iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&plain), bits(&csv));
        assert!(plain.values[0][1].is_nan());
        assert_eq!(plain.values[0][3], 1e-3);
        let short = parse_plain_chunk(b"1,1,0.5\n\n2,1\n", &plan).err().unwrap();
        assert_eq!((short.line_in_chunk, short.quoted), (3, false));
        let quoted = parse_plain_chunk(b"1,1,0.5\n2,1,\"3\"\n", &plan)
            .err()
            .unwrap();
        assert_eq!((quoted.line_in_chunk, quoted.quoted), (2, true));
    }

    #[test]
    fn column_names_are_recognised() {
        assert_eq!(au_column("AU01_r"), Some((1, AuKind::Intensity)));
        assert_eq!(au_column("AU45_c"), Some((45, AuKind::Presence)));
        assert_eq!(au_column("AU_r"), None);
        assert_eq!(au_column("AU01_x"), None);
        assert_eq!(landmark_2d_column("x_67"), Some(('x', 67)));
        assert_eq!(landmark_2d_column("X_0"), None);
        assert_eq!(landmark_2d_column("eye_lmk_x_0"), None);
    }
}
