//! Parity of `pyfaceau::io::video` with what OpenFace 2.2 reads (`Utilities::SequenceCapture`).
//!
//! - Every video of `testdata/videos` is decoded completely by `VideoReader` and by OpenCV 4.6's
//!   `cv::VideoCapture` (FFmpeg backend, the opencv crate): same frame count, same size, max abs
//!   pixel difference **0** on every frame, same fps, frame count and size properties.
//! - Generated clips (the `ffmpeg` CLI, into a temp dir) cover what the test videos do not:
//!   display-matrix rotation by 90, 180 and 270 degrees, sizes that are not multiples of 16 (coded
//!   size larger than the frame, even odd sizes), and a video stream that is not stream 0. Same
//!   tolerance: difference 0.
//! - `testdata/imgseq` equals `cv::imread` of its files in name order (difference 0, 30 frames).
//! - Frame counts equal the row counts of OpenFace's CSVs, and our timestamps printed with 3
//!   decimals equal the CSVs' `timestamp` column exactly, for every reference CSV.
//! - Bad input (missing file, text file named .mp4, truncated videos, empty folder, an unreadable
//!   image in a folder) gives `Error::Video`, never a panic; where OpenCV still delivers frames,
//!   ours are the same frames.
//! - The pixel comparison sees one level: a decoded frame with one byte changed by one level
//!   fails it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use opencv::core::Mat;
use opencv::prelude::*;
use opencv::videoio;
use pyfaceau::io::video::{Frame, ReaderOptions, SourceKind, VideoReader};
use pyfaceau::Error;

const VIDEOS: [&str; 10] = [
    "0188_03_021_al_pacino.avi",
    "0417_02_003_bill_clinton.avi",
    "1192_01_006_julia_roberts.avi",
    "1461_01_021_noam_chomsky.avi",
    "1815_01_008_tony_blair.avi",
    "1869_03_009_victoria_beckham.avi",
    "2015-10-15-15-14.avi",
    "default.wmv",
    "face_exits.mp4",
    "noface.mp4",
];

/// What decoding one file with both readers gave.
struct Compared {
    frames: usize,
    max_diff: u8,
    timestamps: Vec<f64>,
    /// Our reader's error at the end, if any.
    end_error: Option<String>,
}

fn opencv_capture(path: &Path) -> videoio::VideoCapture {
    let cap = videoio::VideoCapture::from_file(path.to_str().unwrap(), videoio::CAP_FFMPEG)
        .expect("OpenCV VideoCapture");
    assert!(
        cap.is_opened().unwrap(),
        "OpenCV cannot open {}",
        path.display()
    );
    cap
}

/// Decodes `path` with ours (`options`) and OpenCV, frame by frame, asserting equal sizes and
/// counts; returns the largest pixel difference.
fn compare_with_opencv(path: &Path, options: &ReaderOptions) -> Compared {
    let mut ours = VideoReader::open_with(path, options)
        .unwrap_or_else(|e| panic!("ours cannot open {}: {e}", path.display()));
    assert_eq!(ours.kind(), SourceKind::Video);
    let mut cap = opencv_capture(path);

    let cv_fps = cap.get(videoio::CAP_PROP_FPS).unwrap();
    assert_eq!(ours.fps(), cv_fps, "{}: fps", path.display());
    let cv_count = cap.get(videoio::CAP_PROP_FRAME_COUNT).unwrap();
    assert_eq!(
        ours.frame_count_hint() as f64,
        cv_count,
        "{}: frame count",
        path.display()
    );
    let cv_size = (
        cap.get(videoio::CAP_PROP_FRAME_WIDTH).unwrap() as usize,
        cap.get(videoio::CAP_PROP_FRAME_HEIGHT).unwrap() as usize,
    );
    assert_eq!(ours.size(), cv_size, "{}: size", path.display());

    let mut frame = Frame::default();
    let mut mat = Mat::default();
    let mut out = Compared {
        frames: 0,
        max_diff: 0,
        timestamps: Vec::new(),
        end_error: None,
    };
    loop {
        let ours_got = match ours.next_frame(&mut frame) {
            Ok(got) => got,
            Err(e) => {
                out.end_error = Some(e.to_string());
                false
            }
        };
        let cv_got = cap.read(&mut mat).unwrap();
        assert_eq!(
            ours_got,
            cv_got,
            "{}: frame {}: ours {} a frame, OpenCV {}",
            path.display(),
            out.frames + 1,
            if ours_got { "has" } else { "has no" },
            if cv_got { "has one" } else { "has none" }
        );
        if !ours_got {
            break;
        }
        out.frames += 1;
        assert_eq!(frame.number, out.frames as u64);
        let img = &frame.image;
        assert_eq!(
            (img.width(), img.height()),
            (mat.cols() as usize, mat.rows() as usize),
            "{}: frame {} size",
            path.display(),
            out.frames
        );
        assert!(mat.is_continuous());
        let diff = max_pixel_diff(img.data(), mat.data_bytes().unwrap());
        out.max_diff = out.max_diff.max(diff);
        out.timestamps.push(frame.timestamp);
    }
    // Both stay at the end.
    assert!(!ours.next_frame(&mut frame).unwrap());
    out
}

/// The largest absolute difference between two frames' BGR bytes: the parity figure, asserted
/// to be 0.
fn max_pixel_diff(ours: &[u8], opencv: &[u8]) -> u8 {
    assert_eq!(ours.len(), opencv.len(), "frame byte counts");
    ours.iter()
        .zip(opencv)
        .map(|(a, b)| a.abs_diff(*b))
        .max()
        .unwrap_or(0)
}

/// `NAME.csv`'s row count and `timestamp` column (as written).
fn openface_timestamps(name: &str) -> Vec<String> {
    let path = common::testdata(&format!("openface/{name}.csv"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').map(str::trim).collect();
    let col = header.iter().position(|h| *h == "timestamp").unwrap();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').nth(col).unwrap().trim().to_string())
        .collect()
}

fn check_timestamps(name: &str, ours: &[f64]) {
    let expected = openface_timestamps(name);
    assert_eq!(
        ours.len(),
        expected.len(),
        "{name}: frame count vs CSV rows"
    );
    for (i, (t, e)) in ours.iter().zip(&expected).enumerate() {
        assert_eq!(&format!("{t:.3}"), e, "{name}: frame {} timestamp", i + 1);
    }
}

#[test]
fn every_test_video_matches_opencv_and_openface() {
    let dir = common::testdata("videos");
    for name in VIDEOS {
        let path = dir.join(name);
        assert!(path.exists(), "test video missing: {}", path.display());
        let r = compare_with_opencv(&path, &ReaderOptions::default());
        eprintln!(
            "{name}: {} frames, max |ours - OpenCV| = {}",
            r.frames, r.max_diff
        );
        assert_eq!(r.max_diff, 0, "{name}: pixels differ from OpenCV");
        assert!(r.end_error.is_none(), "{name}: {:?}", r.end_error);
        let stem = Path::new(name).file_stem().unwrap().to_str().unwrap();
        check_timestamps(stem, &r.timestamps);
    }
}

/// The pixel comparison sees a single level: our first frame of noface.mp4 matches OpenCV's,
/// and the same frame with one byte changed by one level does not.
#[test]
fn one_level_off_fails_the_pixel_comparison() {
    let path = common::testdata("videos/noface.mp4");
    let mut ours = VideoReader::open(&path).unwrap();
    let mut frame = Frame::default();
    assert!(ours.next_frame(&mut frame).unwrap());
    let mut mat = Mat::default();
    assert!(opencv_capture(&path).read(&mut mat).unwrap());
    let opencv = mat.data_bytes().unwrap();
    assert_eq!(
        max_pixel_diff(frame.image.data(), opencv),
        0,
        "frame 1 itself differs"
    );

    let mut perturbed = frame.image.data().to_vec();
    let k = perturbed.len() / 2 + 1;
    perturbed[k] = if perturbed[k] == 255 {
        254
    } else {
        perturbed[k] + 1
    };
    let diff = max_pixel_diff(&perturbed, opencv);
    eprintln!("one byte one level off: max diff {diff}");
    assert!(diff != 0, "a one-level change went unnoticed");
}

#[test]
fn decoder_thread_count_does_not_change_pixels() {
    let path = common::testdata("videos/2015-10-15-15-14.avi");
    let cap = opencv_capture(&path);
    let auto = cap.get(videoio::CAP_PROP_ORIENTATION_AUTO).unwrap();
    eprintln!("OpenCV CAP_PROP_ORIENTATION_AUTO default: {auto}");
    assert_eq!(auto, 1.0, "OpenCV 4.6 rotates by default; ours assumes so");
    // 0 = as many decoder threads as OpenCV uses (the default is 1).
    let r = compare_with_opencv(&path, &ReaderOptions { decoder_threads: 0 });
    eprintln!(
        "OpenCV's decoder thread count: {} frames, max diff {}",
        r.frames, r.max_diff
    );
    assert_eq!(r.frames, 842);
    assert_eq!(r.max_diff, 0, "max diff");
}

#[test]
fn image_sequence_matches_imread_and_openface() {
    let dir = common::testdata("imgseq");
    let mut reader = VideoReader::open(&dir).unwrap();
    assert_eq!(reader.kind(), SourceKind::ImageSequence);
    assert_eq!(reader.fps(), 0.0);
    assert_eq!(reader.frame_count_hint(), 30);
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let mut frame = Frame::default();
    let mut timestamps = Vec::new();
    for (i, path) in names.iter().enumerate() {
        assert!(reader.next_frame(&mut frame).unwrap(), "frame {}", i + 1);
        let mat =
            opencv::imgcodecs::imread(path.to_str().unwrap(), opencv::imgcodecs::IMREAD_COLOR)
                .unwrap();
        let expected = pyfaceau::io::image::BgrImage::from_mat(&mat).unwrap();
        if i == 0 {
            assert_eq!(reader.size(), (expected.width(), expected.height()));
        }
        assert_eq!(frame.number, i as u64 + 1);
        assert_eq!(
            (frame.image.width(), frame.image.height()),
            (expected.width(), expected.height()),
            "{}: size",
            path.display()
        );
        let diff = max_pixel_diff(frame.image.data(), expected.data());
        assert_eq!(diff, 0, "{}: pixels differ", path.display());
        timestamps.push(frame.timestamp);
    }
    assert!(!reader.next_frame(&mut frame).unwrap());
    eprintln!("imgseq: {} frames identical to imread", timestamps.len());
    assert_eq!(timestamps.len(), 30);
    check_timestamps("imgseq", &timestamps);
}

// ---------------------------------------------------------------------------------------------
// Generated clips.

fn ffmpeg(args: &[&str]) {
    let status = Command::new("ffmpeg")
        .args(["-y", "-v", "error"])
        .args(args)
        .status()
        .unwrap_or_else(|e| panic!("cannot run the `ffmpeg` CLI (needed to make test clips): {e}"));
    assert!(status.success(), "ffmpeg {args:?} failed");
}

#[test]
fn generated_clips_match_opencv() {
    let tmp = tempfile::tempdir().unwrap();
    let src = common::testdata("videos/default.wmv");
    let src = src.to_str().unwrap();
    let noface = common::testdata("videos/noface.mp4");
    let mut clips: Vec<(String, PathBuf)> = Vec::new();
    let mut add = |name: &str, args: &[&str]| {
        let out = tmp.path().join(name);
        let mut all: Vec<&str> = args.to_vec();
        all.push(out.to_str().unwrap());
        ffmpeg(&all);
        clips.push((name.to_string(), out));
    };
    // Rotation metadata: an H.264 clip, then stream copies tagged with a rotation (FFmpeg 5.1's
    // mov muxer turns the `rotate` tag into a display matrix).
    add(
        "base.mp4",
        &[
            "-i",
            src,
            "-frames:v",
            "10",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
        ],
    );
    let base = tmp.path().join("base.mp4");
    let base = base.to_str().unwrap().to_string();
    for angle in ["90", "180", "270"] {
        add(
            &format!("rotate{angle}.mp4"),
            &[
                "-i",
                &base,
                "-c",
                "copy",
                "-metadata:s:v",
                &format!("rotate={angle}"),
            ],
        );
    }
    // 322x242: coded size 336x256 (H.264 macroblocks) larger than the frame.
    add(
        "h264_322x242.mp4",
        &[
            "-i",
            src,
            "-frames:v",
            "10",
            "-vf",
            "crop=322:242",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
        ],
    );
    // Odd size, 4:4:4.
    add(
        "h264_317x239_444.mp4",
        &[
            "-i",
            src,
            "-frames:v",
            "10",
            "-vf",
            "format=yuv444p,crop=317:239",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv444p",
        ],
    );
    // Odd size, MPEG-4 part 2 in AVI with 4:2:0 chroma.
    add(
        "mpeg4_318x238.avi",
        &[
            "-i",
            src,
            "-frames:v",
            "10",
            "-vf",
            "crop=318:238",
            "-c:v",
            "mpeg4",
        ],
    );
    // Audio first, video second: the first *video* stream must be picked.
    add(
        "audio_first.mkv",
        &[
            "-f",
            "lavfi",
            "-i",
            "sine=duration=3",
            "-i",
            noface.to_str().unwrap(),
            "-map",
            "0:a",
            "-map",
            "1:v",
            "-c:v",
            "copy",
            "-c:a",
            "pcm_s16le",
        ],
    );
    for (name, path) in &clips {
        let r = compare_with_opencv(path, &ReaderOptions::default());
        let reader = VideoReader::open(path).unwrap();
        eprintln!(
            "{name}: {} frames, size {:?}, max |ours - OpenCV| = {}",
            r.frames,
            reader.size(),
            r.max_diff
        );
        assert_eq!(r.max_diff, 0, "{name}: max diff");
        assert!(r.frames > 0, "{name}: no frames");
        assert!(r.end_error.is_none(), "{name}: {:?}", r.end_error);
    }
    // The rotations really rotate: 640x480 becomes 480x640, and 180 degrees flips.
    for angle in ["90", "270"] {
        let reader = VideoReader::open(tmp.path().join(format!("rotate{angle}.mp4"))).unwrap();
        assert_eq!(reader.size(), (480, 640), "rotate {angle}");
    }
    let first = |name: &str| {
        let mut reader = VideoReader::open(tmp.path().join(name)).unwrap();
        let mut frame = Frame::default();
        assert!(reader.next_frame(&mut frame).unwrap());
        frame.image
    };
    let (upright, flipped) = (first("base.mp4"), first("rotate180.mp4"));
    assert_eq!(upright.pixel(0, 0), flipped.pixel(639, 479));
    assert_eq!(upright.pixel(100, 7), flipped.pixel(539, 472));
    assert_ne!(upright, flipped);
    let odd = VideoReader::open(tmp.path().join("h264_317x239_444.mp4")).unwrap();
    assert_eq!(odd.size(), (317, 239));
}

// ---------------------------------------------------------------------------------------------
// Bad input.

fn assert_video_error(result: pyfaceau::Result<VideoReader>, what: &str) -> String {
    match result {
        Err(e @ Error::Video { .. }) => {
            let msg = e.to_string();
            eprintln!("{what}: {msg}");
            assert!(!msg.contains('\n'), "{what}: the message is not one line");
            msg
        }
        Err(e) => panic!("{what}: expected Error::Video, got {e:?}"),
        Ok(r) => panic!("{what}: expected an error, got {r:?}"),
    }
}

#[test]
fn missing_and_non_video_files_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    assert_video_error(
        VideoReader::open(tmp.path().join("nope.mp4")),
        "missing file",
    );
    let text = tmp.path().join("text.mp4");
    std::fs::write(&text, "this is not a video\n".repeat(100)).unwrap();
    assert_video_error(VideoReader::open(&text), "text file named .mp4");
    let empty = tmp.path().join("empty.avi");
    std::fs::write(&empty, b"").unwrap();
    assert_video_error(VideoReader::open(&empty), "empty file");
    let audio = tmp.path().join("audio_only.mkv");
    ffmpeg(&[
        "-f",
        "lavfi",
        "-i",
        "sine=duration=1",
        audio.to_str().unwrap(),
    ]);
    let msg = assert_video_error(VideoReader::open(&audio), "audio-only file");
    assert!(msg.contains("no video stream"));
}

#[test]
fn damaged_video_gives_opencvs_frames_and_is_reported() {
    // 4 KB of garbage in the middle of the MPEG-4 stream: the decoder conceals the damage in frame
    // 457 and both readers go on to the end. FFmpeg's frame-threaded concealment is racy: OpenCV
    // itself gives different pixels from run to run in the frames after the damage up to the next
    // key frame (458-467 here). So: same frame count, identical pixels outside that stretch
    // (tolerance 0), our own decode reproducible run to run, and the damage reported at the end.
    let tmp = tempfile::tempdir().unwrap();
    let mut bytes = std::fs::read(common::testdata("videos/2015-10-15-15-14.avi")).unwrap();
    let mid = bytes.len() / 2;
    for (i, b) in bytes[mid..mid + 4096].iter_mut().enumerate() {
        *b = (i * 151 % 251) as u8;
    }
    let damaged = tmp.path().join("damaged.avi");
    std::fs::write(&damaged, &bytes).unwrap();

    let decode_ours = || {
        let mut reader = VideoReader::open(&damaged).unwrap();
        let mut frame = Frame::default();
        let mut frames = Vec::new();
        let end = loop {
            match reader.next_frame(&mut frame) {
                Ok(true) => frames.push(frame.image.data().to_vec()),
                Ok(false) => break None,
                Err(e) => break Some(e.to_string()),
            }
        };
        (frames, end)
    };
    let (ours, end) = decode_ours();
    assert_eq!(decode_ours().0, ours, "our decode is not reproducible");
    eprintln!("damaged middle: {} frames, then: {end:?}", ours.len());
    assert!(end.is_some(), "damage not reported");

    let mut cap = opencv_capture(&damaged);
    let mut mat = Mat::default();
    let mut cv = Vec::new();
    while cap.read(&mut mat).unwrap() {
        cv.push(mat.data_bytes().unwrap().to_vec());
    }
    assert_eq!(ours.len(), cv.len(), "frame count");
    assert!(ours.len() > 800);
    let differing: Vec<usize> = (0..ours.len())
        .filter(|&i| ours[i] != cv[i])
        .map(|i| i + 1)
        .collect();
    eprintln!("frames differing from this OpenCV run: {differing:?}");
    assert!(
        differing.iter().all(|n| (458..=467).contains(n)),
        "frames outside the damaged stretch differ: {differing:?}"
    );
}

#[test]
fn bad_image_folders_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_video_error(VideoReader::open(&empty), "empty directory");

    let no_images = tmp.path().join("no_images");
    std::fs::create_dir(&no_images).unwrap();
    std::fs::write(no_images.join("notes.txt"), "x").unwrap();
    std::fs::copy(
        common::testdata("imgseq/001.jpg"),
        no_images.join("upper.JPG"),
    )
    .unwrap();
    assert_video_error(VideoReader::open(&no_images), "no accepted extension");

    // An unreadable image in the middle: OpenFace stops there; we stop and report it.
    let broken = tmp.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    for i in [1, 2, 4] {
        std::fs::copy(
            common::testdata(&format!("imgseq/{i:03}.jpg")),
            broken.join(format!("{i:03}.jpg")),
        )
        .unwrap();
    }
    std::fs::write(broken.join("003.png"), "not a png").unwrap();
    let mut reader = VideoReader::open(&broken).unwrap();
    assert_eq!(reader.frame_count_hint(), 4);
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    assert!(reader.next_frame(&mut frame).unwrap());
    let err = reader.next_frame(&mut frame).unwrap_err();
    eprintln!("unreadable image: {err}");
    assert!(matches!(err, Error::Video { .. }));
    assert!(!reader.next_frame(&mut frame).unwrap());
}

#[test]
fn image_folder_order_and_extensions_follow_openface() {
    // Byte order of names ("B" < "a" < "b"), only lower-case jpg/jpeg/png/bmp.
    let tmp = tempfile::tempdir().unwrap();
    let src = |i: u32| common::testdata(&format!("imgseq/{i:03}.jpg"));
    let layout = [
        ("b.jpeg", 1),
        ("B.png", 2),
        ("a.bmp", 3),
        ("c.JPG", 4),
        ("a.jpg", 5),
    ];
    for (name, i) in layout {
        let mat =
            opencv::imgcodecs::imread(src(i).to_str().unwrap(), opencv::imgcodecs::IMREAD_COLOR)
                .unwrap();
        let out = tmp.path().join(name);
        opencv::imgcodecs::imwrite(out.to_str().unwrap(), &mat, &opencv::core::Vector::new())
            .unwrap();
    }
    let reader = VideoReader::open(tmp.path()).unwrap();
    let got: Vec<_> = reader.map(|f| f.unwrap().image).collect();
    let expected: Vec<_> = ["B.png", "a.bmp", "a.jpg", "b.jpeg"]
        .iter()
        .map(|n| {
            let mat = opencv::imgcodecs::imread(
                tmp.path().join(n).to_str().unwrap(),
                opencv::imgcodecs::IMREAD_COLOR,
            )
            .unwrap();
            pyfaceau::io::image::BgrImage::from_mat(&mat).unwrap()
        })
        .collect();
    assert_eq!(got.len(), 4);
    assert!(got == expected, "order differs from OpenFace's");
}
