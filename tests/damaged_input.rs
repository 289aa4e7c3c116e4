//! Damaged input keeps what can be kept: a truncated or partly corrupt video, or an image
//! sequence with an unreadable image, gives rows for every frame that can be read, one
//! `warning:` line on stderr saying where the damage is (and nothing printed by FFmpeg, libjpeg
//! or OpenCV), and exit status 3. Rows before the damage equal those of the intact input in
//! every column but the AUs (whose offline post-processing uses the whole series).

mod common;

use assert_cmd::Command;
use pyfaceau::io::video::{Frame, VideoReader};
use std::path::{Path, PathBuf};

/// Exit status for an output written from a damaged input.
const DAMAGED: i32 = 3;

struct Run {
    code: Option<i32>,
    stderr: String,
}

fn extract(input: &Path, output: &Path, extra: &[&str]) -> Run {
    let out = Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args("extract", input, output))
        .arg("--quiet")
        .args(extra)
        .output()
        .unwrap();
    Run {
        code: out.status.code(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// The one stderr line of a damaged run, checked to be a warning.
fn warning_line(run: &Run) -> &str {
    assert_eq!(run.code, Some(DAMAGED), "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "exactly one line: {:?}", run.stderr);
    assert!(lines[0].starts_with("warning: "), "{:?}", run.stderr);
    lines[0]
}

/// Data rows of a CSV, each cut before the first AU column.
fn rows_without_aus(csv: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(csv).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let first_au = header.iter().position(|h| h.starts_with("AU")).unwrap();
    lines
        .map(|l| l.split(',').take(first_au).collect::<Vec<_>>().join(","))
        .collect()
}

/// Frames the reader delivers from `path` (what a damaged input must give rows for).
fn readable_frames(path: &Path) -> usize {
    let mut reader = VideoReader::open(path).unwrap();
    let mut frame = Frame::default();
    let mut n = 0;
    while let Ok(true) = reader.next_frame(&mut frame) {
        n += 1;
    }
    n
}

fn full_run(dir: &Path, input: &Path) -> Vec<String> {
    let csv = dir.join("full.csv");
    let run = extract(input, &csv, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    rows_without_aus(&csv)
}

#[test]
fn truncated_video_keeps_every_decoded_frame() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::input_path("default");
    let full = full_run(dir.path(), &input);
    assert_eq!(full.len(), 288);
    let bytes = std::fs::read(&input).unwrap();
    for cut in [300_000, 1_000_000, 1_600_000] {
        let video = dir.path().join(format!("cut{cut}.wmv"));
        std::fs::write(&video, &bytes[..cut]).unwrap();
        let csv = dir.path().join(format!("cut{cut}.csv"));
        let run = extract(&video, &csv, &[]);
        let line = warning_line(&run);
        eprintln!("{line}");
        assert!(line.contains("damaged") && line.contains("byte"), "{line}");
        let rows = rows_without_aus(&csv);
        assert_eq!(rows.len(), readable_frames(&video), "cut at {cut}");
        assert!(rows.len() > 10 && rows.len() < full.len(), "cut at {cut}");
        // The last frame is the one the cut went through (concealed): compare the others.
        let intact = rows.len() - 1;
        assert_eq!(rows[..intact], full[..intact], "cut at {cut}");
    }
}

#[test]
fn truncated_avi_keeps_every_decoded_frame() {
    // The first 2 MB of the 842-frame webcam sample: 489 frames decode.
    let dir = tempfile::tempdir().unwrap();
    let input = common::input_path("2015-10-15-15-14");
    let video = dir.path().join("cut.avi");
    std::fs::write(&video, &std::fs::read(&input).unwrap()[..2_000_000]).unwrap();
    let csv = dir.path().join("cut.csv");
    let run = extract(
        &video,
        &csv,
        &["--hog", dir.path().join("cut.hog").to_str().unwrap()],
    );
    let line = warning_line(&run);
    assert!(line.contains("corrupt packet"), "{line}");
    let rows = rows_without_aus(&csv);
    assert_eq!(rows.len(), readable_frames(&video));
    assert!(rows.len() > 400, "{}", rows.len());
    let hog = common::read_hog_file(&dir.path().join("cut.hog"));
    assert_eq!(hog.len(), rows.len());
}

#[test]
fn flipped_bytes_in_the_middle_of_a_video() {
    let dir = tempfile::tempdir().unwrap();
    let input = common::input_path("default");
    let full = full_run(dir.path(), &input);
    let mut bytes = std::fs::read(&input).unwrap();
    let mid = bytes.len() / 2;
    for (i, b) in bytes[mid..mid + 4096].iter_mut().enumerate() {
        *b = (i * 151 % 251) as u8;
    }
    let video = dir.path().join("flipped.wmv");
    std::fs::write(&video, &bytes).unwrap();
    let csv = dir.path().join("flipped.csv");
    let run = extract(&video, &csv, &[]);
    let line = warning_line(&run);
    eprintln!("{line}");
    assert!(line.contains("FFmpeg said"), "{line}");
    let rows = rows_without_aus(&csv);
    // The demuxer drops the packets it cannot parse: fewer frames than the intact file, all of
    // those the reader delivers, and the first third (before the damage) unchanged.
    assert_eq!(rows.len(), readable_frames(&video));
    assert!(rows.len() < full.len() && rows.len() > full.len() / 2);
    assert_eq!(rows[..96], full[..96]);
}

#[test]
fn batch_reports_a_damaged_video_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let videos = dir.path().join("videos");
    std::fs::create_dir_all(&videos).unwrap();
    let noface = common::input_path("noface");
    std::fs::copy(&noface, videos.join("a_good.mp4")).unwrap();
    let bytes = std::fs::read(common::input_path("default")).unwrap();
    std::fs::write(videos.join("b_cut.wmv"), &bytes[..300_000]).unwrap();
    let out = dir.path().join("out");
    let batch = |extra: &[&str]| {
        Command::cargo_bin("pyfaceau-rs")
            .unwrap()
            .args(common::run_args("batch", &videos, &out))
            .arg("--quiet")
            .args(extra)
            .output()
            .unwrap()
    };
    let run = batch(&[]);
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(DAMAGED), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].starts_with("warning: ") && lines[0].contains("b_cut.wmv"));
    assert!(out.join("a_good.csv").exists());
    assert!(out.join("b_cut.csv").exists());

    // A failed video outranks a damaged one: exit 1.
    std::fs::write(videos.join("c_broken.mp4"), b"not a video").unwrap();
    let run = batch(&[]);
    assert_eq!(run.status.code(), Some(1));
}

/// A copy of the sample image sequence with `004.jpg` cut to its first `keep` bytes.
fn sequence_with_cut_image(dir: &Path, keep: usize) -> PathBuf {
    let seq = dir.join(format!("seq{keep}"));
    std::fs::create_dir_all(&seq).unwrap();
    for i in 1..=30 {
        let name = format!("{i:03}.jpg");
        let src = common::testdata(&format!("imgseq/{name}"));
        let bytes = std::fs::read(src).unwrap();
        let bytes = if i == 4 { &bytes[..keep] } else { &bytes[..] };
        std::fs::write(seq.join(name), bytes).unwrap();
    }
    seq
}

#[test]
fn unreadable_image_stops_the_sequence_as_openface_does() {
    let dir = tempfile::tempdir().unwrap();
    let full = full_run(dir.path(), &common::input_path("imgseq"));
    assert_eq!(full.len(), 30);
    // 300 bytes: the header is cut, imread returns nothing.
    let seq = sequence_with_cut_image(dir.path(), 300);
    let csv = dir.path().join("stopped.csv");
    let run = extract(&seq, &csv, &[]);
    let line = warning_line(&run);
    assert!(
        line.contains("004.jpg") && line.contains("stopped"),
        "{line}"
    );
    assert_eq!(rows_without_aus(&csv), full[..3]);

    // --skip-bad-images: a failed row for frame 4, and on to the end.
    let csv = dir.path().join("skipped.csv");
    let run = extract(&seq, &csv, &["--skip-bad-images"]);
    let line = warning_line(&run);
    assert!(line.contains("004.jpg"), "{line}");
    let rows = rows_without_aus(&csv);
    assert_eq!(rows.len(), 30);
    assert_eq!(rows[..3], full[..3]);
    let row4: Vec<&str> = rows[3].split(',').collect();
    assert_eq!(&row4[..5], ["4", "0", "0.000", "0.00", "0"]);
    assert!(row4[5..].iter().all(|v| v.parse::<f64>().unwrap() == 0.0));
    let row5: Vec<&str> = rows[4].split(',').collect();
    assert_eq!(row5[4], "1", "tracking goes on after the bad image");
}

#[test]
fn truncated_jpeg_is_delivered_as_opencv_does_and_reported() {
    // Half the file: libjpeg fills in the missing part and imread returns the image, so
    // OpenFace processes it; the warning libjpeg would print becomes our one line.
    let dir = tempfile::tempdir().unwrap();
    let seq = sequence_with_cut_image(dir.path(), 14_000);
    let csv = dir.path().join("out.csv");
    let run = extract(&seq, &csv, &[]);
    let line = warning_line(&run);
    assert!(
        line.contains("004.jpg") && line.contains("Premature end of JPEG file"),
        "{line}"
    );
    assert_eq!(rows_without_aus(&csv).len(), 30);
}

/// Peak resident memory of the finished children of this process, in bytes.
fn children_peak_rss() -> u64 {
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        let mut usage = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    usage.ru_maxrss as u64 * 1024
}

/// A PNG holding only a header declaring `width` × `height` 8-bit grey pixels.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(&ihdr);
    png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn tiny_and_huge_images() {
    let dir = tempfile::tempdir().unwrap();
    // 1×1: no face, one failed row, a complete run.
    let tiny = dir.path().join("tiny");
    std::fs::create_dir(&tiny).unwrap();
    let pixel = opencv::core::Mat::new_rows_cols_with_default(
        1,
        1,
        opencv::core::CV_8UC3,
        opencv::core::Scalar::all(128.0),
    )
    .unwrap();
    let name = tiny.join("001.png");
    assert!(opencv::imgcodecs::imwrite(
        name.to_str().unwrap(),
        &pixel,
        &opencv::core::Vector::new()
    )
    .unwrap());
    let csv = dir.path().join("tiny.csv");
    let run = extract(&tiny, &csv, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let rows = rows_without_aus(&csv);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].split(',').nth(4), Some("0"));

    // 20000×20000 (400 M pixels, 1.2 GB as BGR): refused from its header, as the first image
    // (exit 2, no CSV) and as a later one (exit 3, the rows before it kept).
    let huge = dir.path().join("huge");
    std::fs::create_dir(&huge).unwrap();
    std::fs::write(huge.join("001.png"), png_header(20000, 20000)).unwrap();
    let csv = dir.path().join("huge.csv");
    let run = extract(&huge, &csv, &[]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("20000x20000"), "{}", run.stderr);
    assert!(!csv.exists());
    std::fs::rename(huge.join("001.png"), huge.join("002.png")).unwrap();
    std::fs::copy(&name, huge.join("001.png")).unwrap();
    let run = extract(&huge, &csv, &[]);
    let line = warning_line(&run);
    assert!(line.contains("20000x20000"), "{line}");
    assert_eq!(rows_without_aus(&csv).len(), 1);
    let peak = children_peak_rss();
    assert!(peak < 1 << 30, "peak RSS {peak} bytes");
}
