//! The whole AU back end per frame on one core: PDM fit, alignment, FHOG and pose
//! ([`FrameWorker::process`]) plus the face analyser's median update and 35 AU predictions
//! ([`AuAnalyser::add_frame_predicted`]), cycling over the first 60 frames of `default.wmv` with OpenFace's
//! landmarks. OpenFace's whole pipeline takes 12 ms per frame.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::face_analyser::analyser::{AnalyserOptions, AuAnalyser};
use pyfaceau::io::landmarks_csv::read_landmarks_csv;
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::model::pose::CameraIntrinsics;
use pyfaceau::pipeline::{BackEnd, FaceObservation, FrameWorker};
use std::hint::black_box;

const FRAMES: usize = 60;

fn bench_backend(c: &mut Criterion) {
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    let backend = BackEnd::load(&store, false).unwrap();
    let rows = read_landmarks_csv(&common::testdata("openface/default.csv")).unwrap();
    let mut reader = VideoReader::open(common::testdata("videos/default.wmv")).unwrap();
    let mut frames = Vec::new();
    for _ in 0..FRAMES {
        let mut f = Frame::default();
        assert!(reader.next_frame(&mut f).unwrap());
        frames.push(f);
    }
    let observations: Vec<FaceObservation> = rows
        .iter()
        .map(FaceObservation::from_landmark_row)
        .collect();
    let camera = CameraIntrinsics::openface_default(640, 480);
    let mut worker = FrameWorker::new(&backend);
    let mut analyser = AuAnalyser::new(
        &backend.au_models,
        &backend.pdm,
        AnalyserOptions::for_models(&backend.au_models),
    )
    .unwrap();

    let mut group = c.benchmark_group("backend");
    group.throughput(Throughput::Elements(1));
    let mut i = 0;
    group.bench_function("frame_to_aus_640x480", |b| {
        b.iter(|| {
            let k = i % FRAMES;
            i += 1;
            let result = worker
                .process(&backend, black_box(&frames[k]), &observations[k], &camera)
                .unwrap();
            let aus = analyser
                .add_frame_predicted(&result.hog, &result.params, rows[k].success)
                .unwrap();
            black_box(aus.intensities[0]);
        })
    });
    let mut i = 0;
    group.bench_function("stateless_stages_640x480", |b| {
        b.iter(|| {
            let k = i % FRAMES;
            i += 1;
            black_box(
                worker
                    .process(&backend, black_box(&frames[k]), &observations[k], &camera)
                    .unwrap(),
            );
        })
    });
    group.finish();
}

criterion_group!(benches, bench_backend);
criterion_main!(benches);
