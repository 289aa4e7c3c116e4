//! OpenFace 2.2's CSV output (`RecorderCSV` + `FaceAnalyser::PostprocessOutputFile`): the same
//! columns, order and per-column precision, header without spaces.
//!
//! Like OpenFace, the file is produced in two passes: every row's non-AU columns are written as the
//! video is processed, and the AU columns are appended at the end, once the offline
//! post-processing has run. Unlike OpenFace, both passes go to temporary files beside the output
//! and the final CSV appears only by an atomic rename, so a killed run never leaves a CSV that looks
//! complete.

use crate::error::{Error, Result};
use crate::io::image::MatView;
use crate::io::temp_file::named_temp_in;
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::GlobalParams;
use crate::model::pose::HeadPose;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

/// Number of eye landmarks OpenFace writes per row (28 per eye).
pub const NUM_EYE_LANDMARKS: usize = 56;

/// Gaze and eye-region columns of one row. [`GazeColumns::untracked`] is what OpenFace writes when
/// it has no gaze estimate.
#[derive(Clone, Debug, PartialEq)]
pub struct GazeColumns {
    /// Unit gaze vectors of the left (`gaze_0`) and right (`gaze_1`) eye, camera coordinates.
    pub gaze: [[f32; 3]; 2],
    /// `gaze_angle_x`, `gaze_angle_y` in radians.
    pub angle: [f32; 2],
    /// 56 eye landmarks in image pixels.
    pub eye_2d: Vec<[f32; 2]>,
    /// 56 eye landmarks in millimetres, camera coordinates.
    pub eye_3d: Vec<[f32; 3]>,
}

impl GazeColumns {
    /// All zeros, as OpenFace writes gaze for a frame it could not track.
    pub fn untracked() -> Self {
        GazeColumns {
            gaze: [[0.0; 3]; 2],
            angle: [0.0; 2],
            eye_2d: vec![[0.0; 2]; NUM_EYE_LANDMARKS],
            eye_3d: vec![[0.0; 3]; NUM_EYE_LANDMARKS],
        }
    }
}

/// Every column of one row except the AU columns (which come after post-processing).
#[derive(Clone, Debug, PartialEq)]
pub struct RowPrefix {
    /// 1-based frame number.
    pub frame: u64,
    pub face_id: u32,
    /// Seconds, as OpenFace computes it for the input.
    pub timestamp: f64,
    pub confidence: f64,
    pub success: bool,
    pub gaze: GazeColumns,
    /// `pose_Tx..pose_Tz` (mm), `pose_Rx..pose_Rz` (radians).
    pub pose: HeadPose,
    /// `x_0..x_67, y_0..y_67`, image pixels.
    pub landmarks_2d: Landmarks2d,
    /// `X_0..X_67, Y_0..Y_67, Z_0..Z_67`, millimetres.
    pub landmarks_3d: Vec<f32>,
    /// `p_scale, p_rx, p_ry, p_rz, p_tx, p_ty`.
    pub params_global: GlobalParams,
    /// `p_0..p_33`.
    pub params_local: Vec<f32>,
}

/// Which column groups a CSV holds, as `FeatureExtraction`'s output flags select them
/// (`-gaze`, `-pose`, `-2Dfp`, `-3Dfp`, `-pdmparams`, `-aus`). The five leading columns
/// (`frame, face_id, timestamp, confidence, success`) are always written, and the groups
/// always in OpenFace's order whatever the order they were asked in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvColumns {
    /// `gaze_*` and the eye landmarks `eye_lmk_*`.
    pub gaze: bool,
    /// `pose_T*`, `pose_R*`.
    pub pose: bool,
    /// `x_*`, `y_*`.
    pub landmarks_2d: bool,
    /// `X_*`, `Y_*`, `Z_*`.
    pub landmarks_3d: bool,
    /// `p_scale` … `p_ty`, `p_0` ….
    pub pdm_params: bool,
    /// `AU*_r`, `AU*_c`.
    pub aus: bool,
}

impl CsvColumns {
    /// Every group: OpenFace's 714 columns.
    pub const ALL: CsvColumns = CsvColumns {
        gaze: true,
        pose: true,
        landmarks_2d: true,
        landmarks_3d: true,
        pdm_params: true,
        aus: true,
    };

    /// The five leading columns only.
    pub const NONE: CsvColumns = CsvColumns {
        gaze: false,
        pose: false,
        landmarks_2d: false,
        landmarks_3d: false,
        pdm_params: false,
        aus: false,
    };

    /// The names [`CsvColumns::parse_list`] accepts, in OpenFace's column order.
    pub const NAMES: [&'static str; 6] = ["gaze", "pose", "2d", "3d", "pdm", "aus"];

    /// Parses a comma-separated list of group names ([`CsvColumns::NAMES`], or `all`), e.g.
    /// `aus,pose,gaze`.
    ///
    /// # Errors
    /// [`Error::Invalid`] naming an unknown group.
    pub fn parse_list(list: &str) -> Result<Self> {
        let mut c = CsvColumns::NONE;
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name.to_ascii_lowercase().as_str() {
                "all" => c = CsvColumns::ALL,
                "gaze" => c.gaze = true,
                "pose" => c.pose = true,
                "2d" | "2dfp" | "landmarks" => c.landmarks_2d = true,
                "3d" | "3dfp" => c.landmarks_3d = true,
                "pdm" | "pdmparams" | "params" => c.pdm_params = true,
                "aus" | "au" => c.aus = true,
                other => {
                    return Err(Error::Invalid(format!(
                        "unknown output group {other:?}: expected {} or all",
                        CsvColumns::NAMES.join(", ")
                    )))
                }
            }
        }
        Ok(c)
    }
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns::ALL
    }
}

/// The field separator of a CSV: `,` as OpenFace 2.2 writes on Linux and macOS, or `, ` (a
/// space before every name and value after the first, e.g. ` AU45_r`) as its Windows builds
/// write, which downstream scripts written for those files index by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CsvSeparator {
    #[default]
    Comma,
    CommaSpace,
}

impl CsvSeparator {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            CsvSeparator::Comma => ",",
            CsvSeparator::CommaSpace => ", ",
        }
    }
}

/// How a CSV is written: which column groups and which separator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvFormat {
    pub columns: CsvColumns,
    pub separator: CsvSeparator,
}

/// The column set of a file: how many landmarks and modes, the AU names (sorted, as OpenFace
/// sorts them before writing the header), and the groups and separator written.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvLayout {
    pub num_landmarks: usize,
    pub num_modes: usize,
    /// Intensity AU names, e.g. `AU01`; written as `AU01_r`.
    pub au_intensity_names: Vec<String>,
    /// Presence AU names; written as `AU01_c`.
    pub au_presence_names: Vec<String>,
    pub format: CsvFormat,
}

impl CsvLayout {
    /// A layout with the AU names sorted.
    pub fn new(
        num_landmarks: usize,
        num_modes: usize,
        mut au_intensity_names: Vec<String>,
        mut au_presence_names: Vec<String>,
    ) -> Self {
        au_intensity_names.sort();
        au_presence_names.sort();
        CsvLayout {
            num_landmarks,
            num_modes,
            au_intensity_names,
            au_presence_names,
            format: CsvFormat::default(),
        }
    }

    /// This layout written with `format`.
    pub fn with_format(mut self, format: CsvFormat) -> Self {
        self.format = format;
        self
    }

    /// The header line, without the trailing newline (`RecorderCSV::Open` for a sequence).
    pub fn header(&self) -> String {
        self.header_with(LeadingColumns::Sequence)
    }

    /// The header line with the given leading columns, without the trailing newline
    /// (`RecorderCSV::Open`; `face,confidence` for a still image).
    pub fn header_with(&self, leading: LeadingColumns) -> String {
        let c = self.format.columns;
        let mut names: Vec<String> = leading.names().iter().map(|n| n.to_string()).collect();
        if c.gaze {
            for g in [
                "gaze_0_x", "gaze_0_y", "gaze_0_z", "gaze_1_x", "gaze_1_y", "gaze_1_z",
            ] {
                names.push(g.into());
            }
            names.push("gaze_angle_x".into());
            names.push("gaze_angle_y".into());
            for axis in ["x", "y", "X", "Y", "Z"] {
                names.extend((0..NUM_EYE_LANDMARKS).map(|i| format!("eye_lmk_{axis}_{i}")));
            }
        }
        if c.pose {
            for p in [
                "pose_Tx", "pose_Ty", "pose_Tz", "pose_Rx", "pose_Ry", "pose_Rz",
            ] {
                names.push(p.into());
            }
        }
        let axes = |axes: &[&str], names: &mut Vec<String>| {
            for axis in axes {
                names.extend((0..self.num_landmarks).map(|i| format!("{axis}_{i}")));
            }
        };
        if c.landmarks_2d {
            axes(&["x", "y"], &mut names);
        }
        if c.landmarks_3d {
            axes(&["X", "Y", "Z"], &mut names);
        }
        if c.pdm_params {
            for p in ["p_scale", "p_rx", "p_ry", "p_rz", "p_tx", "p_ty"] {
                names.push(p.into());
            }
            names.extend((0..self.num_modes).map(|i| format!("p_{i}")));
        }
        if c.aus {
            names.extend(self.au_intensity_names.iter().map(|n| format!("{n}_r")));
            names.extend(self.au_presence_names.iter().map(|n| format!("{n}_c")));
        }
        names.join(self.format.separator.as_str())
    }
}

/// The columns before the gaze columns: `RecorderCSV`'s sequence layout or its still-image
/// layout.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LeadingColumns {
    /// `frame, face_id, timestamp, confidence, success` (videos and image sequences).
    #[default]
    Sequence,
    /// `face, confidence` (`FaceLandmarkImg`): the face's index and the confidence with 3
    /// decimals; no frame, timestamp or success column.
    Image,
}

impl LeadingColumns {
    fn names(self) -> &'static [&'static str] {
        match self {
            LeadingColumns::Sequence => &["frame", "face_id", "timestamp", "confidence", "success"],
            LeadingColumns::Image => &["face", "confidence"],
        }
    }
}

/// Formats the non-AU columns of a row with `RecorderCSV::WriteLine`'s precisions (fixed
/// notation: timestamp 3 decimals, confidence 2, gaze vectors 6, gaze angles 3, eye landmarks,
/// pose translation, 2D and 3D landmarks 1, pose rotation and PDM parameters 3).
/// Only the groups `format` selects are written, separated by its separator.
pub fn format_row_prefix(row: &RowPrefix, format: CsvFormat, out: &mut String) {
    format_row_prefix_with(row, format, LeadingColumns::Sequence, out);
}

/// [`format_row_prefix`] with the given leading columns: for [`LeadingColumns::Image`]
/// `row.face_id` is the face's index and the confidence has 3 decimals (`frame`, `timestamp`
/// and `success` are not written).
pub fn format_row_prefix_with(
    row: &RowPrefix,
    format: CsvFormat,
    leading: LeadingColumns,
    out: &mut String,
) {
    out.clear();
    let c = format.columns;
    let sep = format.separator.as_str();
    match leading {
        LeadingColumns::Sequence => {
            let _ = write!(
                out,
                "{}{sep}{}{sep}{:.3}{sep}{:.2}{sep}{}",
                row.frame, row.face_id, row.timestamp, row.confidence, row.success as u8
            );
        }
        LeadingColumns::Image => {
            let _ = write!(out, "{}{sep}{:.3}", row.face_id, row.confidence);
        }
    }
    if c.gaze {
        for g in &row.gaze.gaze {
            for v in g {
                let _ = write!(out, "{sep}{v:.6}");
            }
        }
        for v in row.gaze.angle {
            let _ = write!(out, "{sep}{v:.3}");
        }
        for axis in 0..2 {
            for p in &row.gaze.eye_2d {
                let _ = write!(out, "{sep}{:.1}", p[axis]);
            }
        }
        for axis in 0..3 {
            for p in &row.gaze.eye_3d {
                let _ = write!(out, "{sep}{:.1}", p[axis]);
            }
        }
    }
    if c.pose {
        for v in &row.pose.translation {
            let _ = write!(out, "{sep}{v:.1}");
        }
        for v in &row.pose.rotation {
            let _ = write!(out, "{sep}{v:.3}");
        }
    }
    if c.landmarks_2d {
        for v in row.landmarks_2d.as_slice() {
            let _ = write!(out, "{sep}{v:.1}");
        }
    }
    if c.landmarks_3d {
        for v in &row.landmarks_3d {
            let _ = write!(out, "{sep}{v:.1}");
        }
    }
    if c.pdm_params {
        for v in row.params_global.to_array().iter().chain(&row.params_local) {
            let _ = write!(out, "{sep}{v:.3}");
        }
    }
}

/// Writes an OpenFace CSV in two passes with an atomic rename at the end.
///
/// Create it before processing (so an unwritable output fails at once), [`push`](Self::push)
/// every row, then [`finish`](Self::finish) with the post-processed AU columns.
pub struct OpenFaceCsvWriter {
    path: PathBuf,
    layout: CsvLayout,
    prefix: BufWriter<std::fs::File>,
    rows: usize,
    line: String,
}

impl OpenFaceCsvWriter {
    /// Opens a temporary file beside `path`.
    ///
    /// # Errors
    /// [`Error::Io`] naming `path` when its directory is missing or not writable.
    pub fn create(path: &Path, layout: CsvLayout) -> Result<Self> {
        let dir = parent_dir(path);
        let prefix = tempfile::tempfile_in(dir).map_err(|e| Error::io(path, e))?;
        Ok(OpenFaceCsvWriter {
            path: path.to_path_buf(),
            layout,
            prefix: BufWriter::new(prefix),
            rows: 0,
            line: String::with_capacity(8192),
        })
    }

    /// Appends one row's non-AU columns.
    pub fn push(&mut self, row: &RowPrefix) -> Result<()> {
        format_row_prefix(row, self.layout.format, &mut self.line);
        self.line.push('\n');
        self.prefix
            .write_all(self.line.as_bytes())
            .map_err(|e| Error::io(&self.path, e))?;
        self.rows += 1;
        Ok(())
    }

    /// Number of rows pushed so far.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Appends the AU columns (intensities then presences, each in the layout's sorted name
    /// order, one printed value per row) as `PostprocessOutputFile` writes them, and moves the
    /// finished file into place.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the AU columns do not match the layout or row count; [`Error::Io`]
    /// when writing or renaming fails (the destination is then left untouched).
    pub fn finish(self, au_columns: &[PrintedColumn]) -> Result<()> {
        let OpenFaceCsvWriter {
            path,
            layout,
            prefix,
            rows,
            mut line,
        } = self;
        let expected = layout.au_intensity_names.len() + layout.au_presence_names.len();
        if au_columns.len() != expected || au_columns.iter().any(|c| c.len() != rows) {
            return Err(Error::Invalid(format!(
                "AU columns do not match the CSV layout ({} rows)",
                rows
            )));
        }
        let io = |e| Error::io(&path, e);
        let mut prefix = prefix.into_inner().map_err(|e| io(e.into_error()))?;
        prefix.rewind().map_err(io)?;
        let mut reader = BufReader::new(prefix);

        let dir = parent_dir(&path);
        let tmp = named_temp_in(dir, ".pyfaceau-", ".csv.tmp").map_err(io)?;
        let mut out = BufWriter::new(tmp);
        writeln!(out, "{}", layout.header()).map_err(io)?;
        let sep = layout.format.separator.as_str();
        let au_columns = if layout.format.columns.aus {
            au_columns
        } else {
            &[]
        };
        let mut au_text = String::with_capacity(8 * au_columns.len() + 1);
        for r in 0..rows {
            line.clear();
            reader.read_line(&mut line).map_err(io)?;
            let prefix_text = line.trim_end_matches('\n');
            out.write_all(prefix_text.as_bytes()).map_err(io)?;
            au_text.clear();
            for col in au_columns {
                au_text.push_str(sep);
                col.write_row(r, &mut au_text);
            }
            au_text.push('\n');
            out.write_all(au_text.as_bytes()).map_err(io)?;
        }
        let tmp = out.into_inner().map_err(|e| io(e.into_error()))?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

/// One AU column as the CSV prints it (`{:.2}`), kept compactly until the rows are written:
/// a value printed as `d.dd` (every finished intensity in [0, 5] and presence) is stored as
/// its hundredths in two bytes, anything else as its text. A 33,680-frame video's 35 columns
/// take 2.4 MB instead of 9.4 MB of doubles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrintedColumn {
    hundredths: Vec<u16>,
    /// (row, text) of the values not printed as `d.dd`, by row.
    other: Vec<(usize, String)>,
}

impl PrintedColumn {
    /// Marks a row whose text is in `other`.
    const OTHER: u16 = u16::MAX;

    /// The printed form of `values`.
    pub fn new(values: &[f64]) -> Self {
        let mut column = PrintedColumn {
            hundredths: Vec::with_capacity(values.len()),
            other: Vec::new(),
        };
        let mut text = String::new();
        for (row, v) in values.iter().enumerate() {
            text.clear();
            let _ = write!(text, "{v:.2}");
            match text.as_bytes() {
                &[d, b'.', t, h]
                    if d.is_ascii_digit() && t.is_ascii_digit() && h.is_ascii_digit() =>
                {
                    let n = (d - b'0') as u16 * 100 + (t - b'0') as u16 * 10 + (h - b'0') as u16;
                    column.hundredths.push(n);
                }
                _ => {
                    column.hundredths.push(Self::OTHER);
                    column.other.push((row, text.clone()));
                }
            }
        }
        column
    }

    /// Rows held.
    pub fn len(&self) -> usize {
        self.hundredths.len()
    }

    /// Whether no row is held.
    pub fn is_empty(&self) -> bool {
        self.hundredths.is_empty()
    }

    /// Appends row `row`'s text to `out`.
    fn write_row(&self, row: usize, out: &mut String) {
        match self.hundredths[row] {
            Self::OTHER => {
                let i = self
                    .other
                    .binary_search_by_key(&row, |(r, _)| *r)
                    .expect("every marked row has its text");
                out.push_str(&self.other[i].1);
            }
            n => {
                let _ = write!(out, "{}.{:02}", n / 100, n % 100);
            }
        }
    }
}

/// A CSV written as `RecorderCSV::WriteLine` writes it when nothing is post-processed
/// (`FaceLandmarkImg`, `FaceLandmarkVidMulti`): each row's AUs as predicted, intensities with
/// 2 decimals and presences with 1 (`0.0`/`1.0`). Unlike OpenFace, rows go to a temporary file
/// beside the output, which appears at [`finish`](Self::finish) by an atomic rename; with no
/// row no file is written, as OpenFace opens its CSV at the first face.
pub struct StaticAuCsvWriter {
    path: PathBuf,
    layout: CsvLayout,
    leading: LeadingColumns,
    file: BufWriter<tempfile::NamedTempFile>,
    line: String,
    rows: usize,
    /// Whether each row starts with a label column ([`StaticAuCsvWriter::create_labelled`]).
    labelled: bool,
}

/// A CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma, a
/// quote or a line break.
pub fn csv_field(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains([',', '"', '\n', '\r']) {
        std::borrow::Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

impl StaticAuCsvWriter {
    /// As [`StaticAuCsvWriter::create`], with a first column `label_name` whose value each row
    /// gets from [`StaticAuCsvWriter::push_labelled`] (e.g. the image's name in a CSV of
    /// many images).
    ///
    /// # Errors
    /// As [`StaticAuCsvWriter::create`].
    pub fn create_labelled(
        path: &Path,
        layout: CsvLayout,
        leading: LeadingColumns,
        label_name: &str,
    ) -> Result<Self> {
        let io = |e| Error::io(path, e);
        let tmp = named_temp_in(parent_dir(path), ".pyfaceau-", ".csv.tmp").map_err(io)?;
        let mut file = BufWriter::new(tmp);
        writeln!(
            file,
            "{}{}{}",
            csv_field(label_name),
            layout.format.separator.as_str(),
            layout.header_with(leading)
        )
        .map_err(io)?;
        Ok(StaticAuCsvWriter {
            path: path.to_path_buf(),
            layout,
            leading,
            file,
            line: String::with_capacity(8192),
            rows: 0,
            labelled: true,
        })
    }

    /// [`StaticAuCsvWriter::push`] with the row's label first (quoted when needed).
    ///
    /// # Errors
    /// As [`StaticAuCsvWriter::push`]; [`Error::Invalid`] for a writer without a label column.
    pub fn push_labelled(
        &mut self,
        label: &str,
        row: &RowPrefix,
        intensities: &[f64],
        presences: &[f64],
    ) -> Result<()> {
        if !self.labelled {
            return Err(Error::Invalid("this CSV has no label column".into()));
        }
        self.push_row(Some(label), row, intensities, presences)
    }

    /// Opens a temporary file beside `path` and writes the header into it.
    ///
    /// # Errors
    /// [`Error::Io`] naming `path` when its directory is missing or not writable.
    pub fn create(path: &Path, layout: CsvLayout, leading: LeadingColumns) -> Result<Self> {
        let io = |e| Error::io(path, e);
        let tmp = named_temp_in(parent_dir(path), ".pyfaceau-", ".csv.tmp").map_err(io)?;
        let mut file = BufWriter::new(tmp);
        writeln!(file, "{}", layout.header_with(leading)).map_err(io)?;
        Ok(StaticAuCsvWriter {
            path: path.to_path_buf(),
            layout,
            leading,
            file,
            line: String::with_capacity(8192),
            rows: 0,
            labelled: false,
        })
    }

    /// Appends one row: `row`'s columns, then `intensities` and `presences` (AU-name order).
    ///
    /// # Errors
    /// [`Error::Invalid`] when the AU counts do not match the layout, or for a writer with a
    /// label column; [`Error::Io`] when writing fails.
    pub fn push(&mut self, row: &RowPrefix, intensities: &[f64], presences: &[f64]) -> Result<()> {
        if self.labelled {
            return Err(Error::Invalid("this CSV's rows need a label".into()));
        }
        self.push_row(None, row, intensities, presences)
    }

    fn push_row(
        &mut self,
        label: Option<&str>,
        row: &RowPrefix,
        intensities: &[f64],
        presences: &[f64],
    ) -> Result<()> {
        let format = self.layout.format;
        if format.columns.aus
            && (intensities.len() != self.layout.au_intensity_names.len()
                || presences.len() != self.layout.au_presence_names.len())
        {
            return Err(Error::Invalid(format!(
                "{} intensities and {} presences for a CSV of {} and {}",
                intensities.len(),
                presences.len(),
                self.layout.au_intensity_names.len(),
                self.layout.au_presence_names.len()
            )));
        }
        format_row_prefix_with(row, format, self.leading, &mut self.line);
        if let Some(label) = label {
            let lead = format!("{}{}", csv_field(label), format.separator.as_str());
            self.line.insert_str(0, &lead);
        }
        if format.columns.aus {
            let sep = format.separator.as_str();
            for v in intensities {
                let _ = write!(self.line, "{sep}{v:.2}");
            }
            for v in presences {
                let _ = write!(self.line, "{sep}{v:.1}");
            }
        }
        self.line.push('\n');
        self.file
            .write_all(self.line.as_bytes())
            .map_err(|e| Error::io(&self.path, e))?;
        self.rows += 1;
        Ok(())
    }

    /// Rows pushed so far.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Moves the file into place when it has rows; without rows the temporary file is
    /// removed and nothing is written.
    ///
    /// # Errors
    /// [`Error::Io`] naming the path (the destination is then left untouched).
    pub fn finish(self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let io = |e| Error::io(&self.path, e);
        let tmp = self.file.into_inner().map_err(|e| io(e.into_error()))?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&self.path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

/// Writes OpenFace's binary HOG file (`RecorderHOG`, `-hogalign`): per frame `int32` columns,
/// rows and channels, a `float32` 1 (frame good) or −1, then the descriptor as `float32`.
/// Written to a temporary file beside `path` and renamed into place by
/// [`finish`](Self::finish).
pub struct HogFileWriter {
    path: PathBuf,
    file: BufWriter<tempfile::NamedTempFile>,
    bytes: Vec<u8>,
}

impl HogFileWriter {
    /// Opens a temporary file beside `path`.
    ///
    /// # Errors
    /// [`Error::Io`] naming `path` when its directory is missing or not writable.
    pub fn create(path: &Path) -> Result<Self> {
        let tmp = named_temp_in(parent_dir(path), ".pyfaceau-", ".hog.tmp")
            .map_err(|e| Error::io(path, e))?;
        Ok(HogFileWriter {
            path: path.to_path_buf(),
            file: BufWriter::new(tmp),
            bytes: Vec::new(),
        })
    }

    /// Appends one frame: `descriptor` holds `cols × rows × channels` values in OpenFace's order.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the sizes disagree; [`Error::Io`] when writing fails.
    pub fn push(
        &mut self,
        good: bool,
        (cols, rows, channels): (usize, usize, usize),
        descriptor: &[f64],
    ) -> Result<()> {
        if cols * rows * channels != descriptor.len() {
            return Err(Error::Invalid(format!(
                "HOG descriptor of {} values for {cols}×{rows}×{channels}",
                descriptor.len()
            )));
        }
        self.bytes.clear();
        for n in [cols, rows, channels] {
            self.bytes.extend_from_slice(&(n as i32).to_le_bytes());
        }
        let flag: f32 = if good { 1.0 } else { -1.0 };
        self.bytes.extend_from_slice(&flag.to_le_bytes());
        for &v in descriptor {
            self.bytes.extend_from_slice(&(v as f32).to_le_bytes());
        }
        self.file
            .write_all(&self.bytes)
            .map_err(|e| Error::io(&self.path, e))
    }

    /// Moves the finished file into place.
    ///
    /// # Errors
    /// [`Error::Io`] when flushing or renaming fails (the destination is then left untouched).
    pub fn finish(self) -> Result<()> {
        let io = |e| Error::io(&self.path, e);
        let tmp = self.file.into_inner().map_err(|e| io(e.into_error()))?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&self.path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

/// The file name OpenFace gives an aligned face of a video or image sequence
/// (`RecorderOpenFace`: `frame_det_00_NNNNNN.EXT`, face 0, 1-based frame).
pub fn aligned_face_name(frame: u64, extension: &str) -> String {
    format!("frame_det_00_{frame:06}.{extension}")
}

/// The file name `RecorderOpenFace` gives face `face_id` of a frame of a sequence
/// (`frame_det_FF_NNNNNN.EXT`, 1-based frame; `FaceLandmarkVidMulti`).
pub fn aligned_face_name_multi(face_id: u32, frame: u64, extension: &str) -> String {
    format!("frame_det_{face_id:02}_{frame:06}.{extension}")
}

/// The file name `RecorderOpenFace` gives face `face` of a still image
/// (`face_det_NNNNNN.EXT`; `FaceLandmarkImg`).
pub fn aligned_face_name_image(face: usize, extension: &str) -> String {
    format!("face_det_{face:06}.{extension}")
}

/// Writes one aligned face into `dir` (`cv::imwrite`, format from `extension`, e.g. `bmp` as
/// OpenFace, or `png`), through a temporary name and a rename, so a file that exists is whole.
///
/// # Errors
/// [`Error::Io`] when the file cannot be written or renamed; [`Error::OpenCv`] when encoding
/// fails.
pub fn write_aligned_face(
    dir: &Path,
    frame: u64,
    extension: &str,
    face: &impl MatView,
) -> Result<()> {
    write_aligned_face_named(dir, &aligned_face_name(frame, extension), face)
}

/// [`write_aligned_face`] under the file name `name` (its extension selects the encoder).
///
/// # Errors
/// As [`write_aligned_face`].
pub fn write_aligned_face_named(dir: &Path, name: &str, face: &impl MatView) -> Result<()> {
    let path = dir.join(name);
    let extension = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("bmp");
    let tmp = dir.join(format!(".{name}.tmp.{extension}"));
    let mat = face.mat_view()?;
    let name = tmp
        .to_str()
        .ok_or_else(|| Error::Invalid(format!("{}: not a UTF-8 path", dir.display())))?;
    let written = crate::io::opencv_on_demand::imwrite(name, &mat)?;
    if !written {
        return Err(Error::io(
            &path,
            std::io::Error::other(format!("cannot encode a .{extension} image")),
        ));
    }
    std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
}

/// What `RecorderOpenFace` records in `NAME_of_details.txt` about one input.
#[derive(Clone, Debug)]
pub struct OfDetails<'a> {
    /// The input as given on the command line (after `-inroot`).
    pub input: &'a str,
    /// Its absolute, canonical path.
    pub input_full_path: &'a Path,
    /// `fx, fy, cx, cy` as used.
    pub camera: [f32; 4],
    /// File and folder names relative to the details file, when written.
    pub hog: Option<&'a str>,
    pub video: Option<&'a str>,
    pub aligned_dir: Option<&'a str>,
    /// `None` when no frame was read (OpenFace names the CSV at its first row).
    pub csv: Option<&'a str>,
    pub columns: CsvColumns,
}

impl OfDetails<'_> {
    /// The file's text, line by line as `RecorderOpenFace` writes it.
    pub fn text(&self) -> String {
        let mut t = String::new();
        let _ = writeln!(t, "Input:{}", self.input);
        let _ = writeln!(t, "Input full path:{}", self.input_full_path.display());
        let c = self.camera.map(cpp_stream_float);
        let _ = writeln!(t, "Camera parameters:{},{},{},{}", c[0], c[1], c[2], c[3]);
        if let Some(hog) = self.hog {
            let _ = writeln!(t, "Output HOG:{hog}");
        }
        if let Some(video) = self.video {
            let _ = writeln!(t, "Output video:{video}");
        }
        if let Some(dir) = self.aligned_dir {
            let _ = writeln!(t, "Output aligned directory:{dir}");
        }
        if let Some(csv) = self.csv {
            let c = self.columns;
            let _ = writeln!(t, "Output csv:{csv}");
            for (name, on) in [
                ("Gaze", c.gaze),
                ("AUs", c.aus),
                ("Landmarks 2D", c.landmarks_2d),
                ("Landmarks 3D", c.landmarks_3d),
                ("Pose", c.pose),
                ("Shape parameters", c.pdm_params),
            ] {
                let _ = writeln!(t, "{name}: {}", on as u8);
            }
        }
        t
    }

    /// Writes the file atomically.
    ///
    /// # Errors
    /// [`Error::Io`] naming `path`.
    pub fn write(&self, path: &Path) -> Result<()> {
        let io = |e| Error::io(path, e);
        let mut tmp = named_temp_in(parent_dir(path), ".pyfaceau-", ".txt.tmp").map_err(io)?;
        tmp.write_all(self.text().as_bytes()).map_err(io)?;
        tmp.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

/// A float as C++'s `ostream << float` prints it by default (`%g` with 6 significant digits):
/// `500`, `562.5`, `1e+06`.
pub fn cpp_stream_float(v: f32) -> String {
    let v = f64::from(v);
    if v == 0.0 || !v.is_finite() {
        return if v.is_nan() {
            "nan".into()
        } else if v.is_infinite() {
            if v > 0.0 { "inf" } else { "-inf" }.into()
        } else {
            "0".into()
        };
    }
    // The exponent after rounding to 6 significant digits decides the notation.
    let sci = format!("{v:.5e}");
    let (mantissa, exp) = sci.split_once('e').expect("scientific notation");
    let exp: i32 = exp.parse().expect("exponent");
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if (-4..6).contains(&exp) {
        let decimals = (5 - exp).max(0) as usize;
        trim(&format!("{v:.decimals$}"))
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa), exp.abs())
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_field_quotes_only_when_needed() {
        assert_eq!(csv_field("img01.png"), "img01.png");
        assert_eq!(csv_field("a,b.png"), "\"a,b.png\"");
        assert_eq!(csv_field("say \"x\".png"), "\"say \"\"x\"\".png\"");
    }

    use super::*;

    fn layout() -> CsvLayout {
        CsvLayout::new(
            68,
            34,
            vec!["AU02".into(), "AU01".into()],
            vec!["AU28".into(), "AU01".into(), "AU02".into()],
        )
    }

    fn row(frame: u64) -> RowPrefix {
        RowPrefix {
            frame,
            face_id: 0,
            timestamp: (frame - 1) as f64 / 15.0,
            confidence: 0.983_333_35,
            success: true,
            gaze: GazeColumns::untracked(),
            pose: HeadPose {
                translation: [1.25, -2.0, 300.04],
                rotation: [0.1234, -0.0001, 0.0],
            },
            landmarks_2d: Landmarks2d::from_xs_then_ys(vec![147.535_22; 136]).unwrap(),
            landmarks_3d: vec![-73.4; 204],
            params_global: GlobalParams {
                scale: 0.98,
                rotation: [0.1, 0.2, 0.3],
                tx: 320.0,
                ty: 240.0,
            },
            params_local: vec![0.0005; 34],
        }
    }

    #[test]
    fn header_matches_openface_column_order() {
        let h = layout().header();
        let cols: Vec<&str> = h.split(',').collect();
        assert_eq!(
            &cols[..5],
            &["frame", "face_id", "timestamp", "confidence", "success"]
        );
        assert_eq!(cols.len(), 5 + 8 + 5 * 56 + 6 + 5 * 68 + 6 + 34 + 2 + 3);
        assert_eq!(
            cols[cols.len() - 5..],
            ["AU01_r", "AU02_r", "AU01_c", "AU02_c", "AU28_c"]
        );
    }

    #[test]
    fn header_matches_reference_csv() {
        // The reference CSV from OpenFace 2.2: same header, byte for byte.
        let reference = crate::test_support::shared_dir().join("testdata/openface/default.csv");
        let text = std::fs::read_to_string(&reference).expect("reference CSV in the shared folder");
        let ref_header = text.lines().next().unwrap();
        let names = |suffix: &str| -> Vec<String> {
            ref_header
                .split(',')
                .filter_map(|c| c.strip_suffix(suffix).map(str::to_owned))
                .filter(|c| c.starts_with("AU"))
                .collect()
        };
        let layout = CsvLayout::new(68, 34, names("_r"), names("_c"));
        assert_eq!(layout.header(), ref_header);
    }

    /// The groups asked for, in OpenFace's order whatever the order asked, in header and rows
    /// alike; the `, ` separator before every field after the first.
    #[test]
    fn selected_groups_and_separator() {
        let only = CsvColumns::parse_list("aus, pose").unwrap();
        assert_eq!(only, CsvColumns::parse_list("pose,aus").unwrap());
        assert!(CsvColumns::parse_list("aus,bogus").is_err());
        let layout = layout().with_format(CsvFormat {
            columns: only,
            separator: CsvSeparator::CommaSpace,
        });
        let h = layout.header();
        assert!(
            h.starts_with("frame, face_id, timestamp, confidence, success, pose_Tx, "),
            "{h}"
        );
        assert!(
            h.ends_with(", pose_Rz, AU01_r, AU02_r, AU01_c, AU02_c, AU28_c"),
            "{h}"
        );
        let mut s = String::new();
        format_row_prefix(&row(2), layout.format, &mut s);
        assert_eq!(
            s,
            "2, 0, 0.067, 0.98, 1, 1.2, -2.0, 300.0, 0.123, -0.000, 0.000"
        );
        let none = CsvLayout::new(68, 34, vec![], vec![]).with_format(CsvFormat {
            columns: CsvColumns::NONE,
            separator: CsvSeparator::Comma,
        });
        assert_eq!(none.header(), "frame,face_id,timestamp,confidence,success");
    }

    #[test]
    fn floats_print_as_cpp_streams_do() {
        for (v, text) in [
            (500.0, "500"),
            (320.0, "320"),
            (562.5, "562.5"),
            (1312.5, "1312.5"),
            (1234.5678, "1234.57"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1_000_000.0, "1e+06"),
            (-2.5, "-2.5"),
            (0.0, "0"),
        ] {
            assert_eq!(cpp_stream_float(v), text, "{v}");
        }
    }

    #[test]
    fn row_precision_matches_recorder() {
        let mut s = String::new();
        format_row_prefix(&row(2), CsvFormat::default(), &mut s);
        assert!(s.starts_with("2,0,0.067,0.98,1,0.000000,"), "{s}");
        assert!(
            s.contains(",1.2,-2.0,300.0,0.123,-0.000,0.000,147.5,"),
            "{s}"
        );
        assert!(s.ends_with(",0.001"), "{s}");
    }

    /// Every value prints as `{:.2}` prints it, the `d.dd` ones from two bytes and the rest
    /// (negative, ten or more, not finite) from their text.
    #[test]
    fn printed_columns_print_as_the_values_do() {
        let mut values = vec![
            0.0,
            -0.0,
            0.004999,
            0.005,
            0.015,
            1.125,
            2.675,
            4.994999,
            4.995,
            5.0,
            9.999,
            10.0,
            -0.004,
            -1.5,
            f64::NAN,
            f64::INFINITY,
            655.35,
        ];
        let mut rng = crate::test_support::Rng(0x0123_4567_89ab_cdef);
        values.extend((0..2000).map(|_| (rng.next() as f64 + 1.0) * 2.5));
        let column = PrintedColumn::new(&values);
        assert_eq!(column.len(), values.len());
        for (row, v) in values.iter().enumerate() {
            let mut text = String::new();
            column.write_row(row, &mut text);
            assert_eq!(text, format!("{v:.2}"), "row {row}");
        }
    }

    #[test]
    fn finish_writes_atomically_with_au_columns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let mut w = OpenFaceCsvWriter::create(&path, layout()).unwrap();
        for f in 1..=3 {
            w.push(&row(f)).unwrap();
        }
        assert!(!path.exists(), "the final file appears only at finish");
        let ints = [vec![0.125, 1.0, 5.0], vec![0.0, 0.004, 0.006]];
        let pres = [vec![1.0, 0.0, 1.0], vec![0.0; 3], vec![1.0; 3]];
        let columns: Vec<PrintedColumn> = ints
            .iter()
            .chain(&pres)
            .map(|c| PrintedColumn::new(c))
            .collect();
        w.finish(&columns).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(
            lines[1].ends_with(",0.12,0.00,1.00,0.00,1.00"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].ends_with(",1.00,0.00,0.00,0.00,1.00"),
            "{}",
            lines[2]
        );
        assert!(
            lines[3].ends_with(",5.00,0.01,1.00,0.00,1.00"),
            "{}",
            lines[3]
        );
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary files left behind");
    }

    #[test]
    fn unwritable_directory_fails_at_create() {
        let err = OpenFaceCsvWriter::create(Path::new("/nonexistent-dir/out.csv"), layout())
            .err()
            .expect("must fail");
        assert!(
            err.to_string().contains("/nonexistent-dir/out.csv"),
            "{err}"
        );
    }
}
