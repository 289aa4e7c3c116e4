//! `pyfaceau-rs compare`: CLI and library tests on C++ OpenFace 2.2's reference CSVs
//! (`../shared/testdata/openface/`) and copies of them edited here.
//!
//! Exact expectations: a file against itself or against a reformatted copy (spaced header,
//! PyFaceAU layout) gives r = 1 and MAE = 0 on every AU and exit 0; one AU perturbed by a ramp of
//! 0–0.6 fails exactly that AU's r and MAE (exit 1); ten removed frames are counted and listed
//! and fail only `--max-missing-frames 0`; default.csv against 2015-10-15-15-14.csv (another
//! video) has every AU r below 0.6 and 554 frames only in the reference (exit 1); bad input exits
//! 2 with one `error:` line.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use pyfaceau::compare::{
    compare, compare_files, CsvFormat, FaceCsv, Report, Thresholds, PARITY_TABLE_HEADER,
};
use serde_json::Value;

fn default_csv() -> PathBuf {
    common::testdata("openface/default.csv")
}

fn other_video_csv() -> PathBuf {
    common::testdata("openface/2015-10-15-15-14.csv")
}

fn bin() -> Command {
    Command::cargo_bin("pyfaceau-rs").expect("binary built")
}

/// Runs `compare` and returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().arg("compare").args(args).output().expect("runs");
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `compare --json` and parses the report.
fn run_json(args: &[&str]) -> (i32, Value) {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, stdout, stderr) = run(&all);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    let json: Value = serde_json::from_str(&stdout).expect("--json output parses");
    (code, json)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A CSV as header + rows of fields, for editing copies of the reference.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn read(path: &Path) -> Self {
        let text = std::fs::read_to_string(path).expect("reads");
        let mut lines = text.lines();
        let header = lines
            .next()
            .expect("header")
            .split(',')
            .map(str::to_owned)
            .collect();
        let rows = lines
            .map(|l| l.split(',').map(str::to_owned).collect())
            .collect();
        Table { header, rows }
    }

    fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    fn text(&self, separator: &str) -> String {
        let mut out = self.header.join(separator);
        out.push('\n');
        for row in &self.rows {
            out.push_str(&row.join(separator));
            out.push('\n');
        }
        out
    }

    fn write(&self, dir: &Path, name: &str, separator: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, self.text(separator)).expect("writes");
        path
    }
}

fn failing_columns(json: &Value) -> Vec<String> {
    let mut cols: Vec<String> = json["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["passed"] == false)
        .map(|c| {
            format!(
                "{} {}",
                c["column"].as_str().unwrap(),
                c["metric"].as_str().unwrap()
            )
        })
        .collect();
    cols.sort();
    cols
}

fn assert_all_aus_exact(json: &Value) {
    for au in json["aus"].as_array().expect("aus") {
        if let Some(i) = au["intensity"].as_object() {
            assert_eq!(i["pearson_r"].as_f64(), Some(1.0), "{au}");
            assert_eq!(i["mae"].as_f64(), Some(0.0), "{au}");
        }
        if let Some(p) = au["presence"].as_object() {
            assert_eq!(p["agreement"].as_f64(), Some(1.0), "{au}");
        }
    }
}

#[test]
fn identical_files_pass_with_r_1_and_mae_0() {
    let d = default_csv();
    let (code, stdout, stderr) = run(&[s(&d), s(&d)]);
    eprintln!("{stdout}");
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("PASS"));

    let (code, json) = run_json(&[s(&d), s(&d)]);
    assert_eq!(code, 0);
    assert_eq!(json["passed"], true);
    assert_eq!(json["ours"]["format"], "openface");
    assert_eq!(json["frames"]["matched"], 288);
    assert_eq!(json["aus"].as_array().unwrap().len(), 18);
    assert_all_aus_exact(&json);
    for group in ["head_translation_mm", "head_rotation_rad", "gaze_angle_rad"] {
        assert_eq!(json[group]["max"].as_f64(), Some(0.0), "{group}");
    }
    assert_eq!(json["landmarks_2d"]["points"], 68);
    assert_eq!(json["landmarks_2d"]["max"].as_f64(), Some(0.0));
}

#[test]
fn one_perturbed_au_fails_and_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut table = Table::read(&default_csv());
    let col = table.col("AU06_r");
    for (i, row) in table.rows.iter_mut().enumerate() {
        let v: f64 = row[col].parse().unwrap();
        // A ramp of 0..0.6 over every 10 frames: decorrelates and shifts the series.
        row[col] = format!("{:.2}", v + 0.06 * (i % 10) as f64);
    }
    let ours = table.write(dir.path(), "perturbed.csv", ",");
    let d = default_csv();

    let (code, stdout, _) = run(&[s(&ours), s(&d)]);
    eprintln!("{stdout}");
    assert_eq!(code, 1);
    assert!(stdout.contains("AU06_r: pearson_r"), "{stdout}");
    assert!(stdout.contains("AU06_r: mae"), "{stdout}");

    let (code, json) = run_json(&[s(&ours), s(&d)]);
    assert_eq!(code, 1);
    assert_eq!(json["passed"], false);
    assert_eq!(failing_columns(&json), ["AU06_r mae", "AU06_r pearson_r"]);
    let au06 = json["aus"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["au"] == "AU06")
        .unwrap();
    let r = au06["intensity"]["pearson_r"].as_f64().unwrap();
    let mae = au06["intensity"]["mae"].as_f64().unwrap();
    eprintln!("AU06 perturbed: r = {r:.4}, MAE = {mae:.4}");
    assert!(r < 0.99 && mae > 0.2 && mae < 0.4, "r {r} MAE {mae}");
}

#[test]
fn missing_frames_are_counted_listed_and_judged() {
    let dir = tempfile::tempdir().unwrap();
    let mut table = Table::read(&default_csv());
    table.rows.drain(99..109); // frames 100..=109
    let ours = table.write(dir.path(), "gappy.csv", ",");
    let d = default_csv();

    let (code, json) = run_json(&[s(&ours), s(&d)]);
    assert_eq!(code, 1);
    assert_eq!(json["frames"]["matched"], 278);
    assert_eq!(json["frames"]["only_in_ours"]["count"], 0);
    assert_eq!(json["frames"]["only_in_reference"]["count"], 10);
    let ranges = &json["frames"]["only_in_reference"]["ranges"];
    assert_eq!(ranges[0]["first"], 100);
    assert_eq!(ranges[0]["last"], 109);
    assert_eq!(failing_columns(&json), ["frame missing_frames"]);
    assert_all_aus_exact(&json);

    let (code, stdout, _) = run(&[s(&ours), s(&d)]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("10 only in reference (100-109)"),
        "{stdout}"
    );
    // The other way round the frames are "only in ours".
    let (code, json) = run_json(&[s(&d), s(&ours)]);
    assert_eq!(code, 1);
    assert_eq!(json["frames"]["only_in_ours"]["count"], 10);

    let (code, _, _) = run(&[s(&ours), s(&d), "--max-missing-frames", "10"]);
    assert_eq!(code, 0);
}

#[test]
fn header_with_spaces_matches_header_without() {
    let dir = tempfile::tempdir().unwrap();
    // OpenFace before 2.2 wrote ", " between every header name and value.
    let spaced = Table::read(&default_csv()).write(dir.path(), "spaced.csv", ", ");
    let d = default_csv();
    let (code, json) = run_json(&[s(&spaced), s(&d)]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["ours"]["header_with_spaces"], true);
    assert_eq!(json["reference"]["header_with_spaces"], false);
    assert_eq!(json["frames"]["matched"], 288);
    assert_all_aus_exact(&json);
    assert_eq!(json["landmarks_2d"]["max"].as_f64(), Some(0.0));
}

/// PyFaceAU's CSV (pyfaceau/pipeline.py): `frame` from 0, `timestamp`, `success` True/False,
/// then `AUxx_r`; failed frames have empty AU values.
fn pyfaceau_copy(dir: &Path, failed_rows: &[usize]) -> PathBuf {
    let table = Table::read(&default_csv());
    let au_cols: Vec<usize> = (0..table.header.len())
        .filter(|&i| table.header[i].starts_with("AU") && table.header[i].ends_with("_r"))
        .collect();
    let mut header = vec!["frame".to_owned(), "timestamp".into(), "success".into()];
    header.extend(au_cols.iter().map(|&i| table.header[i].clone()));
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let failed = failed_rows.contains(&i);
            let mut out = vec![
                i.to_string(),
                format!("{}", i as f64 / 15.0),
                if failed { "False" } else { "True" }.to_owned(),
            ];
            out.extend(au_cols.iter().map(|&c| {
                if failed {
                    String::new()
                } else {
                    row[c].clone()
                }
            }));
            out
        })
        .collect();
    Table { header, rows }.write(dir, "pyfaceau.csv", ",")
}

#[test]
fn pyfaceau_csv_is_detected_and_renumbered() {
    let dir = tempfile::tempdir().unwrap();
    let py = pyfaceau_copy(dir.path(), &[40, 41]);
    let d = default_csv();
    let (code, json) = run_json(&[s(&py), s(&d)]);
    assert_eq!(code, 0, "{json}");
    assert_eq!(json["ours"]["format"], "pyfaceau");
    assert_eq!(json["ours"]["frame_offset"], 1);
    assert_eq!(json["frames"]["matched"], 288);
    assert_eq!(json["success"]["both"], 286);
    assert_eq!(json["success"]["reference_only"], 2);
    // Exact AU equality proves the frames were paired at the right offset.
    assert_all_aus_exact(&json);
    assert!(json["columns_only_in_reference"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "AU28_c"));
    let (_, stdout, _) = run(&[s(&py), s(&d)]);
    assert!(stdout.contains("PyFaceAU format"), "{stdout}");
    // Two disagreeing frames of 288 are 99.3% agreement: below a 0.995 limit.
    let (code, stdout, _) = run(&[s(&py), s(&d), "--min-success-agreement", "0.995"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("success: success_agreement = 0.9931"),
        "{stdout}"
    );
}

fn assert_bad_input(args: &[&str], expected: &str) {
    let (code, stdout, stderr) = run(args);
    eprintln!("{args:?} -> {stderr}");
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains(expected), "{stderr} lacks {expected}");
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = default_csv();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "These are notes,\nnot a CSV of frames.\n").unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let prose = dir.path().join("prose.txt");
    std::fs::write(&prose, "just some words\n").unwrap();
    let no_common = dir.path().join("no_common.csv");
    std::fs::write(&no_common, "frame,success,confidence\n1,1,0.9\n").unwrap();
    let short_row = dir.path().join("short.csv");
    std::fs::write(&short_row, "frame,success,AU01_r\n1,1,0.5\n2,1\n").unwrap();
    let bad_number = dir.path().join("bad_number.csv");
    std::fs::write(&bad_number, "frame,success,AU01_r\n1,1,0.5\n2,1,high\n").unwrap();
    let hog = common::testdata("openface/default.hog");
    let missing = dir.path().join("missing.csv");

    assert_bad_input(&[s(&text), s(&d)], "no `frame` column");
    assert_bad_input(&[s(&d), s(&empty)], "empty file");
    assert_bad_input(&[s(&prose), s(&d)], "not a CSV file");
    assert_bad_input(&[s(&hog), s(&d)], "not a CSV text file");
    assert_bad_input(&[s(&missing), s(&d)], "missing.csv");
    assert_bad_input(&[s(&no_common), s(&d)], "no column in common");
    assert_bad_input(
        &[s(&short_row), s(&d)],
        "line 3: 2 fields, the header has 3",
    );
    assert_bad_input(&[s(&bad_number), s(&d)], "line 3: `high` is not a number");
    assert_bad_input(&[s(&d), s(&d), "--min-r", "1.5"], "--min-r");
    assert_bad_input(&[s(&d), s(&d), "--plot", "out.pdf"], ".svg or .png");
}

/// The acceptance comparison: default.csv against itself passes; against another video it
/// fails on every AU, and the 554 frames only the longer video has are counted.
#[test]
fn default_against_itself_and_another_video() {
    let d = default_csv();
    let o = other_video_csv();
    let (code, stdout, _) = run(&[s(&d), s(&d)]);
    assert_eq!(code, 0);
    eprintln!("default.csv vs itself:\n{stdout}");

    let (code, stdout, _) = run(&[s(&d), s(&o)]);
    eprintln!("default.csv vs 2015-10-15-15-14.csv:\n{stdout}");
    assert_eq!(code, 1);
    assert!(
        stdout.contains("554 only in reference (289-842)"),
        "{stdout}"
    );

    let (code, json) = run_json(&[s(&d), s(&o)]);
    assert_eq!(code, 1);
    assert_eq!(json["frames"]["only_in_reference"]["count"], 554);
    assert_eq!(json["frames"]["only_in_ours"]["count"], 0);
    for au in json["aus"].as_array().unwrap() {
        if let Some(r) = au["intensity"]["pearson_r"].as_f64() {
            assert!(r < 0.6, "{} r = {r}", au["au"]);
        }
    }
}

#[test]
fn plot_marks_failing_aus() {
    let dir = tempfile::tempdir().unwrap();
    let mut table = Table::read(&default_csv());
    let col = table.col("AU12_r");
    for row in &mut table.rows {
        let v: f64 = row[col].parse().unwrap();
        row[col] = format!("{:.2}", (v * 0.5 + 0.3).min(5.0));
    }
    let ours = table.write(dir.path(), "perturbed.csv", ",");
    let d = default_csv();
    let svg = dir.path().join("plot.svg");
    let (code, stdout, stderr) = run(&[s(&ours), s(&d), "--plot", s(&svg)]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    let text = std::fs::read_to_string(&svg).expect("SVG written");
    assert!(text.starts_with("<svg"), "{}", &text[..100.min(text.len())]);
    assert!(text.contains("AU12_r"));
    assert!(text.contains("FAIL"));
    assert_eq!(
        text.matches("MAE =").count(),
        17,
        "one panel per AU intensity"
    );

    let png = dir.path().join("plot.png");
    let (code, _, stderr) = run(&[s(&d), s(&d), "--plot", s(&png)]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&png).expect("PNG written");
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
}

#[test]
fn library_api_and_parity_row() {
    let d = default_csv();
    let cmp = compare_files(&d, &d, &Thresholds::default()).expect("compares");
    assert!(cmp.report.passed);
    assert_eq!(cmp.ours.format, CsvFormat::OpenFace);
    let row = cmp.report.parity_row("default.wmv");
    eprintln!("{PARITY_TABLE_HEADER}\n{row}");
    assert!(
        row.starts_with("| default.wmv | 288 | 100.00% | 1.0000"),
        "{row}"
    );
    assert!(row.ends_with("| pass |"), "{row}");
    assert_eq!(
        row.matches('|').count(),
        PARITY_TABLE_HEADER
            .lines()
            .next()
            .unwrap()
            .matches('|')
            .count()
    );
}

fn report_of(ours: &str, reference: &str) -> Report {
    let a = FaceCsv::from_bytes(Path::new("ours.csv"), ours.as_bytes()).expect("ours parses");
    let b = FaceCsv::from_bytes(Path::new("ref.csv"), reference.as_bytes()).expect("ref parses");
    compare(&a, &b, &Thresholds::default()).expect("compares")
}

#[test]
fn constant_series_rule() {
    // Both constant and equal: r = 1, passes.
    let same = "frame,success,AU01_r\n1,1,0\n2,1,0\n3,1,0\n";
    let report = report_of(same, same);
    let i = report.aus[0].intensity.as_ref().unwrap();
    assert_eq!(i.pearson_r, Some(1.0));
    assert!(report.passed);

    // Reference constant, ours close: r undefined and not checked, MAE decides (passes).
    let ours = "frame,success,AU01_r\n1,1,0\n2,1,0.03\n3,1,0\n";
    let report = report_of(ours, same);
    let i = report.aus[0].intensity.as_ref().unwrap();
    assert_eq!(i.pearson_r, None);
    assert!(i
        .r_note
        .as_deref()
        .unwrap()
        .contains("reference is constant"));
    assert!(report.passed, "{}", report.render_table());

    // Reference constant, ours far off: MAE fails.
    let ours = "frame,success,AU01_r\n1,1,0\n2,1,1.5\n3,1,0\n";
    let report = report_of(ours, same);
    assert!(!report.passed);
    assert!(report.column_failed("AU01_r"));
}

#[test]
fn rows_are_paired_by_face_id() {
    let ours = "frame,face_id,success,AU01_r\n1,0,1,0.1\n1,1,1,0.9\n2,0,1,0.2\n2,1,1,0.8\n";
    // Same values, rows in another order, and face 1 missing at frame 2.
    let reference = "frame,face_id,success,AU01_r\n1,1,1,0.9\n1,0,1,0.1\n2,0,1,0.2\n";
    let report = report_of(ours, reference);
    assert_eq!(report.frames.matched, 3);
    assert_eq!(report.frames.faces, 2);
    assert_eq!(report.frames.only_in_ours.count, 1);
    assert_eq!(report.frames.only_in_ours.ranges[0].face_id, 1);
    let i = report.aus[0].intensity.as_ref().unwrap();
    assert_eq!(i.mae, Some(0.0));
    assert!(report.render_table().contains("face 1 2"));

    // A repeated (face_id, frame) is bad input.
    let doubled = "frame,face_id,success,AU01_r\n1,0,1,0.1\n1,0,1,0.2\n";
    let a = FaceCsv::from_bytes(Path::new("a.csv"), doubled.as_bytes()).unwrap();
    let err = compare(&a, &a, &Thresholds::default()).unwrap_err();
    assert!(err.to_string().contains("appears twice"), "{err}");
}

#[test]
fn quoted_fields_and_crlf_are_read() {
    let quoted = "\"frame\",\"success\",\"AU01_r\"\r\n1,1,\"0.5\"\r\n2,1,\"0.7\"\r\n3,1,0.2\r\n";
    let plain = "frame,success,AU01_r\n1,1,0.5\n2,1,0.7\n3,1,0.2\n";
    let report = report_of(quoted, plain);
    assert!(report.passed, "{}", report.render_table());
    assert_eq!(report.frames.matched, 3);
    assert_eq!(report.aus[0].intensity.as_ref().unwrap().mae, Some(0.0));
}

#[test]
fn errors_in_large_files_name_the_right_line() {
    // Over 4 MB, so the file is parsed in several parallel chunks.
    let mut text = String::from("frame,success,AU01_r,AU02_r\n");
    let rows = 300_000;
    for frame in 1..=rows {
        if frame == 250_000 {
            text.push_str("250000,1,0.5,oops\n");
        } else {
            text.push_str(&format!("{frame},1,0.{},1.25\n", frame % 10));
        }
    }
    assert!(text.len() > 5 << 20);
    let err = FaceCsv::from_bytes(Path::new("big.csv"), text.as_bytes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "big.csv: line 250001: `oops` is not a number"
    );
    let fixed = text.replace("oops", "1.25");
    let csv = FaceCsv::from_bytes(Path::new("big.csv"), fixed.as_bytes()).unwrap();
    assert_eq!(csv.len(), rows);
    assert_eq!(csv.frames[rows - 1], rows as i64);
    assert_eq!(csv.column("AU01_r").unwrap()[12], 0.3);
}

#[test]
fn streamed_reading_matches_in_memory_parsing() {
    // Over two of FaceCsv::read's 32 MB blocks, with CRLF line ends, no final newline, a blank
    // line, and an error near the end.
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("frame,face_id,success,AU01_r,AU02_r,x_0,y_0\r\n");
    let rows = 2_200_000;
    for frame in 1..=rows {
        text.push_str(&format!(
            "{frame},0,1,0.{},1.25,{}.5,{}.25\r\n",
            frame % 10,
            frame % 640,
            frame % 480
        ));
        if frame == 10 {
            text.push_str("\r\n");
        }
    }
    text.truncate(text.len() - 2);
    assert!(text.len() > 2 * (32 << 20), "{}", text.len());
    let path = dir.path().join("long.csv");
    std::fs::write(&path, &text).unwrap();
    let streamed = FaceCsv::read(&path).expect("reads");
    let in_memory = FaceCsv::from_bytes(&path, text.as_bytes()).expect("parses");
    assert_eq!(streamed.len(), rows);
    assert_eq!(streamed.frames, in_memory.frames);
    assert_eq!(streamed.frames[rows - 1], rows as i64);
    for column in ["AU01_r", "AU02_r", "x_0", "y_0"] {
        assert_eq!(
            streamed.column(column),
            in_memory.column(column),
            "{column}"
        );
    }
    assert_eq!(
        streamed.column("y_0").unwrap()[rows - 1],
        (rows % 480) as f64 + 0.25
    );

    // Line 1 is the header, line 12 the blank one: frame 1_400_000 is on line 1_400_002.
    let broken = text.replace("\r\n1400000,0,1,", "\r\n1400000,0,yes,");
    std::fs::write(&path, &broken).unwrap();
    let err = FaceCsv::read(&path).unwrap_err().to_string();
    assert!(
        err.ends_with("line 1400002: success `yes` is not 1/0 or True/False"),
        "{err}"
    );

    // A quote anywhere sends the file to the csv crate; values are the same.
    let quoted = text.replacen("1,0.2,1.25", "1,\"0.2\",1.25", 1);
    std::fs::write(&path, &quoted).unwrap();
    let from_csv_crate = FaceCsv::read(&path).expect("reads");
    assert_eq!(from_csv_crate.frames, in_memory.frames);
    assert_eq!(from_csv_crate.column("AU01_r"), in_memory.column("AU01_r"));
}
