//! Speed of OpenFace's CNN detection validator (`DetectionValidator::Check`) on a 640×480 frame
//! of `default.wmv` with OpenFace's frame-1 landmarks: the whole call (crop, warp, normalisation,
//! CNN), and the grey conversion the caller does once per frame.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::io::image::GrayImage;
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::validator::{DetectionValidator, ValidatorWorkspace};
use std::hint::black_box;

fn bench_validator(c: &mut Criterion) {
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    let validator = DetectionValidator::load(&store).unwrap();
    let row = common::read_stages("default").remove(0);
    let rotation = row.clnf_global.rotation;
    let mut reader = VideoReader::open(common::testdata("videos/default.wmv")).unwrap();
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    assert_eq!((frame.image.width(), frame.image.height()), (640, 480));
    let mut gray = GrayImage::from_bgr(&frame.image).unwrap();

    let mut workspace = ValidatorWorkspace::default();
    let mut group = c.benchmark_group("validator");
    group.throughput(Throughput::Elements(1));
    group.bench_function("check_640x480", |b| {
        b.iter(|| {
            validator
                .check_with(
                    &mut workspace,
                    black_box(&gray),
                    black_box(&row.landmarks),
                    black_box(rotation),
                )
                .unwrap()
        })
    });
    group.bench_function("gray_from_bgr_640x480", |b| {
        b.iter(|| gray.set_from_bgr(black_box(&frame.image)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench_validator);
criterion_main!(benches);
