//! Shared helpers for the parity tests: where `../shared` is, and readers for OpenFace's
//! reference dumps (`*.stages.csv`, `*.hog`). Each test file uses a subset.
#![allow(dead_code)]

use pyfaceau::model::landmarks::Landmarks2d;
use pyfaceau::model::pdm::GlobalParams;
use std::path::{Path, PathBuf};

/// The shared folder (models and test data): `PYFACEAU_SHARED` when set, else `../shared`
/// beside the project (CI's layout). Every test finds the shared folder through this function.
pub fn shared_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("PYFACEAU_SHARED") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// OpenFace 2.2's model directory in `../shared`.
pub fn models_dir() -> PathBuf {
    shared_dir().join("models/openface-2.2")
}

/// The arguments every CLI run over one input shares: `SUBCOMMAND --models MODELS INPUT -o
/// OUTPUT` (append the run's own flags after them).
pub fn run_args(subcommand: &str, input: &Path, output: &Path) -> Vec<std::ffi::OsString> {
    vec![
        subcommand.into(),
        "--models".into(),
        models_dir().into(),
        input.into(),
        "-o".into(),
        output.into(),
    ]
}

/// A file of `../shared/testdata`.
pub fn testdata(rel: &str) -> PathBuf {
    let p = shared_dir().join("testdata").join(rel);
    assert!(p.exists(), "test data missing: {}", p.display());
    p
}

/// The input OpenFace read for reference `name`: `imgseq`, or the video whose file stem is
/// `name` in `testdata/videos`.
pub fn input_path(name: &str) -> PathBuf {
    if name == "imgseq" {
        return testdata("imgseq");
    }
    let dir = testdata("videos");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_stem().is_some_and(|s| s == name))
        .unwrap_or_else(|| panic!("no video for {name}"))
}

/// The 9 inputs OpenFace dumped per-stage data for (`NAME.stages.csv`, `NAME.firstfit.csv`);
/// `face_exits` and `noface` have only their CSV and detector log.
pub const INPUTS_WITH_DUMPS: [&str; 9] = [
    "default",
    "2015-10-15-15-14",
    "0188_03_021_al_pacino",
    "0417_02_003_bill_clinton",
    "1192_01_006_julia_roberts",
    "1461_01_021_noam_chomsky",
    "1815_01_008_tony_blair",
    "1869_03_009_victoria_beckham",
    "imgseq",
];

/// Copies a directory tree (e.g. the models, to tamper with a copy).
pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}

/// One row of `NAME.stages.csv` (see `../shared/testdata/README.md`).
#[derive(Clone, Debug)]
pub struct StagesRow {
    pub frame: u32,
    pub success: bool,
    pub certainty: f64,
    /// `x_0..x_67, y_0..y_67` in image pixels.
    pub landmarks: Landmarks2d,
    /// CLNF's own global parameters.
    pub clnf_global: GlobalParams,
    pub clnf_local: Vec<f32>,
    /// `PDM::CalcParams` run on `landmarks` as `FaceAnalyser::AddNextFrame` does.
    pub fit_global: GlobalParams,
    pub fit_local: Vec<f32>,
    /// 17 intensities, before offline post-processing, as (name, value), in file order.
    pub au_reg: Vec<(String, f64)>,
    /// 18 presences, before offline post-processing.
    pub au_class: Vec<(String, f64)>,
}

impl StagesRow {
    /// `fit_global` and `fit_local`: the parameters `FaceAnalyser` used for this frame.
    pub fn fit_params(&self) -> pyfaceau::model::pdm::PdmParams {
        pyfaceau::model::pdm::PdmParams {
            global: self.fit_global,
            local: self.fit_local.clone(),
        }
    }
}

/// Reads `testdata/openface/NAME.stages.csv`.
pub fn read_stages(name: &str) -> Vec<StagesRow> {
    let path = testdata(&format!("openface/{name}.stages.csv"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            assert_eq!(f.len(), 254, "{}: unexpected column count", path.display());
            let num = |i: usize| f[i].trim().parse::<f64>().unwrap();
            let nums = |a: usize, b: usize| (a..b).map(|i| num(i) as f32).collect::<Vec<f32>>();
            let six = |a: usize| {
                let v = nums(a, a + 6);
                [v[0], v[1], v[2], v[3], v[4], v[5]]
            };
            let au = |a: usize, b: usize| {
                (a..b)
                    .map(|i| {
                        let (k, v) = f[i].split_once('=').unwrap();
                        (k.to_string(), v.parse::<f64>().unwrap())
                    })
                    .collect::<Vec<_>>()
            };
            StagesRow {
                frame: num(0) as u32,
                success: num(1) != 0.0,
                certainty: num(2),
                landmarks: Landmarks2d::from_xs_then_ys(nums(3, 139)).unwrap(),
                clnf_global: GlobalParams::from_array(six(139)),
                clnf_local: nums(145, 179),
                fit_global: GlobalParams::from_array(six(179)),
                fit_local: nums(185, 219),
                au_reg: au(219, 236),
                au_class: au(236, 254),
            }
        })
        .collect()
}

/// One frame of an OpenFace `.hog` file.
#[derive(Clone, Debug)]
pub struct HogFrame {
    pub good: bool,
    pub rows: usize,
    pub cols: usize,
    pub channels: usize,
    /// `rows * cols * channels` values in the file's order.
    pub values: Vec<f32>,
}

/// Reads OpenFace's binary HOG file (`RecorderHOG`): per frame int32 cols, int32 rows,
/// int32 channels, float32 good flag, then the values.
pub fn read_hog_file(path: &Path) -> Vec<HogFrame> {
    let bytes = std::fs::read(path).unwrap();
    let mut out = Vec::new();
    let mut pos = 0;
    let i32_at = |p: usize| i32::from_le_bytes(bytes[p..p + 4].try_into().unwrap());
    let f32_at = |p: usize| f32::from_le_bytes(bytes[p..p + 4].try_into().unwrap());
    while pos + 16 <= bytes.len() {
        let cols = i32_at(pos) as usize;
        let rows = i32_at(pos + 4) as usize;
        let channels = i32_at(pos + 8) as usize;
        let good = f32_at(pos + 12) > 0.0;
        pos += 16;
        let n = rows * cols * channels;
        let values = (0..n).map(|i| f32_at(pos + 4 * i)).collect();
        pos += 4 * n;
        out.push(HogFrame {
            good,
            rows,
            cols,
            channels,
            values,
        });
    }
    assert_eq!(pos, bytes.len(), "{}: trailing bytes", path.display());
    out
}

/// Writes `frame,success,confidence,x_0..x_67,y_0..y_67` from a `*.stages.csv`.
pub fn landmarks_csv_from_stages(name: &str, out: &Path) {
    use std::fmt::Write as _;
    let rows = read_stages(name);
    let mut text = String::from("frame,success,confidence");
    for axis in ["x", "y"] {
        for i in 0..68 {
            let _ = write!(text, ",{axis}_{i}");
        }
    }
    text.push('\n');
    for r in &rows {
        let _ = write!(text, "{},{},{}", r.frame, r.success as u8, r.certainty);
        for v in r.landmarks.as_slice() {
            // Shortest representation that round-trips the f32 value.
            let _ = write!(text, ",{v}");
        }
        text.push('\n');
    }
    std::fs::write(out, text).unwrap();
}

/// Half a unit in the last place of a value printed with 9 significant digits (`%.9g`, as
/// `*.stages.csv` prints its AU values): the largest distance between a number and the text it
/// prints as. 0 for a printed 0 (only an exact 0 prints so).
pub fn half_unit_9g(printed: f64) -> f64 {
    if printed == 0.0 {
        return 0.0;
    }
    let exponent = printed.abs().log10().floor() as i32;
    0.5 * 10f64.powi(exponent - 8)
}

/// Whether `ours` is within the 9-significant-digit print `printed` (see [`half_unit_9g`]).
pub fn within_print_9g(ours: f64, printed: f64) -> bool {
    (ours - printed).abs() <= half_unit_9g(printed)
}

/// `x` changed by one unit in the last place (away from zero): the smallest change a float
/// comparison can see.
pub fn one_ulp_off(x: f32) -> f32 {
    assert!(x.is_finite(), "one_ulp_off({x})");
    f32::from_bits(x.to_bits() + 1)
}

/// Whether a CSV column is one of OpenFace's gaze columns: the gaze vectors and angles
/// (`gaze_*`) and the 2D and 3D eye landmarks (`eye_lmk_*`).
pub fn is_gaze_column(name: &str) -> bool {
    name.starts_with("gaze_") || name.starts_with("eye_lmk_")
}

/// Every gaze cell ([`is_gaze_column`]) whose text in the CSV text `ours` differs from the
/// CSV text `reference`: tolerance 0 on the printed text. Columns are matched by header name,
/// rows in order; a gaze column `ours` lacks and a different row count are differences too.
/// Each difference reads `frame F column: ours vs reference`.
pub fn gaze_text_differences(ours: &str, reference: &str) -> Vec<String> {
    let rows = |text: &str| -> Vec<Vec<String>> {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split(',').map(|c| c.trim().to_string()).collect())
            .collect()
    };
    let (ours, reference) = (rows(ours), rows(reference));
    let (Some((our_header, our_rows)), Some((ref_header, ref_rows))) =
        (ours.split_first(), reference.split_first())
    else {
        return vec!["a CSV without a header".into()];
    };
    let mut differences = Vec::new();
    if our_rows.len() != ref_rows.len() {
        differences.push(format!(
            "{} rows vs {} in the reference",
            our_rows.len(),
            ref_rows.len()
        ));
    }
    for (r, name) in ref_header.iter().enumerate() {
        if !is_gaze_column(name) {
            continue;
        }
        let Some(o) = our_header.iter().position(|h| h == name) else {
            differences.push(format!("column {name} missing"));
            continue;
        };
        for (ours, reference) in our_rows.iter().zip(ref_rows) {
            if ours.get(o) != reference.get(r) {
                differences.push(format!(
                    "frame {} {name}: {} vs {}",
                    reference[0],
                    ours.get(o).map_or("(none)", String::as_str),
                    reference[r]
                ));
            }
        }
    }
    differences
}
