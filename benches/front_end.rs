//! The whole per-frame front end from scratch (`FrontEnd::fit_frame`: MTCNN, CLNF with its 11
//! rotation hypotheses and part models, validator) on frame 1 of default.wmv (640×480) and of
//! bill_clinton (320×240). OpenFace's whole pipeline costs 12 ms/frame on one core here, but it
//! fits from scratch only on (re)detection frames; tracking frames run one hypothesis with
//! smaller windows.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::front_end::FrontEnd;
use std::hint::black_box;

fn first_frame(input: &str) -> Frame {
    let mut reader = VideoReader::open(common::testdata(input)).unwrap();
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    frame
}

fn bench_front_end(c: &mut Criterion) {
    let fe = FrontEnd::load(&ModelStore::resolve(Some(&common::models_dir())).unwrap()).unwrap();
    let mut group = c.benchmark_group("front_end");
    group.throughput(Throughput::Elements(1));
    group.sample_size(10);
    for (label, input) in [
        ("fit_frame_640x480", "videos/default.wmv"),
        ("fit_frame_320x240", "videos/0417_02_003_bill_clinton.avi"),
    ] {
        let frame = first_frame(input);
        group.bench_function(label, |b| {
            b.iter(|| black_box(fe.fit_frame(black_box(&frame.image)).unwrap()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_front_end);
criterion_main!(benches);
