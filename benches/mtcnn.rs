//! MTCNN face detection on one frame (OpenFace's `FaceDetectorMTCNN::DetectFaces`).
//!
//! `cargo bench --bench mtcnn`. Inputs: frame 1 of `default.wmv` (640×480), of
//! `0417_02_003_bill_clinton.avi` (320×240), of `face_exits.mp4` (320×480, the size of
//! `testdata/README.md`'s OpenFace timing) and of `noface.mp4` (320×240, no face), with a
//! workspace reused between calls; plus `detect` allocating its buffers on the 640×480 frame, and
//! the 51 frames of `face_exits.mp4` OpenFace called MTCNN on (`openface/face_exits.mtcnn.csv`,
//! 48 of them without a face; `testdata/README.md`'s "about 4 ms a call" is OpenFace's average
//! over these calls), one element per call.
//! The detector sets OpenBLAS to one thread at load, as OpenFace does.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::io::image::BgrImage;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::mtcnn::{MtcnnDetector, MtcnnOptions, MtcnnWorkspace};
use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn shared() -> PathBuf {
    std::env::var_os("PYFACEAU_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

fn first_frame(video: &str) -> BgrImage {
    let path = shared().join("testdata/videos").join(video);
    VideoReader::open(path)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .image
}

fn bench_mtcnn(c: &mut Criterion) {
    let detector = MtcnnDetector::load(&shared().join("models/openface-2.2")).unwrap();
    let mut group = c.benchmark_group("mtcnn_detect");
    group.throughput(Throughput::Elements(1));
    let options = MtcnnOptions::default();
    let mut ws = MtcnnWorkspace::new();
    for (label, video, faces) in [
        ("default_640x480", "default.wmv", 1),
        ("bill_clinton_320x240", "0417_02_003_bill_clinton.avi", 1),
        ("face_exits_320x480", "face_exits.mp4", 1),
        ("noface_320x240", "noface.mp4", 0),
    ] {
        let frame = first_frame(video);
        assert_eq!(detector.detect(&frame).unwrap().len(), faces, "{video}");
        group.bench_function(label, |b| {
            b.iter(|| {
                detector
                    .detect_with_workspace(black_box(&frame), &options, &mut ws)
                    .unwrap()
            })
        });
    }
    let frame = first_frame("default.wmv");
    group.bench_function("default_640x480_fresh_buffers", |b| {
        b.iter(|| detector.detect(black_box(&frame)).unwrap())
    });
    group.finish();

    // OpenFace's detector calls on face_exits.mp4.
    let csv =
        std::fs::read_to_string(shared().join("testdata/openface/face_exits.mtcnn.csv")).unwrap();
    let wanted: BTreeSet<u64> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse().unwrap())
        .collect();
    let last = *wanted.iter().last().unwrap();
    let mut reader = VideoReader::open(shared().join("testdata/videos/face_exits.mp4")).unwrap();
    let (mut frame, mut frames) = (Frame::default(), Vec::new());
    while frame.number < last && reader.next_frame(&mut frame).unwrap() {
        if wanted.contains(&frame.number) {
            frames.push(frame.image.clone());
        }
    }
    assert_eq!(frames.len(), wanted.len());
    let mut group = c.benchmark_group("mtcnn_detect_openface_calls");
    group.sample_size(10);
    group.throughput(Throughput::Elements(frames.len() as u64));
    group.bench_function("face_exits_320x480", |b| {
        b.iter(|| {
            for f in &frames {
                black_box(
                    detector
                        .detect_with_workspace(f, &options, &mut ws)
                        .unwrap(),
                );
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench_mtcnn);
criterion_main!(benches);
