//! FHOG of one 112×112 aligned face (OpenFace's `Extract_FHOG_descriptor`).
//!
//! `cargo bench --bench hog`. Input: frame 1 of `testdata/openface/default_aligned`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use opencv::imgcodecs;
use pyfaceau::face_analyser::hog::{self, FhogWorkspace};
use pyfaceau::io::image::BgrImage;
use std::hint::black_box;
use std::path::Path;

fn aligned_face() -> BgrImage {
    let shared = std::env::var_os("PYFACEAU_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = shared.join("testdata/openface/default_aligned/frame_det_00_000001.png");
    let mat = imgcodecs::imread(path.to_str().unwrap(), imgcodecs::IMREAD_COLOR).unwrap();
    BgrImage::from_mat(&mat).unwrap()
}

fn bench_fhog(c: &mut Criterion) {
    let face = aligned_face();
    assert_eq!((face.width(), face.height()), (112, 112));
    let mut group = c.benchmark_group("fhog_112");
    group.throughput(Throughput::Elements(1));

    let mut ws = FhogWorkspace::new();
    let mut out = Vec::with_capacity(hog::FHOG_DESCRIPTOR_LEN);
    group.bench_function("workspace", |b| {
        b.iter(|| ws.compute(black_box(&face), &mut out).unwrap())
    });

    let mut out = Vec::with_capacity(hog::FHOG_DESCRIPTOR_LEN);
    group.bench_function("reference_port", |b| {
        b.iter(|| hog::reference::fhog_descriptor(black_box(&face), &mut out).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench_fhog);
criterion_main!(benches);
