//! One tracked frame (`FaceTracker::track` on a frame after a validated one: CLNF from the
//! previous parameters with windows 9/7, the part models, the validator), and the same frame
//! through the whole pipeline (tracking, gaze, the back end's stateless stages and the AU
//! analyser), on 640×480 (2015-10-15-15-14.avi) and 320×240 (bill_clinton). Run pinned to one
//! core (`taskset -c 1 cargo bench --bench tracking`) to compare with OpenFace's 12 ms/frame
//! (83 FPS) on one core of this machine (`../shared/testdata/README.md`).

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::face_analyser::analyser::{AnalyserOptions, AuAnalyser};
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::landmarks::tracking::FaceTracker;
use pyfaceau::model::pose::CameraIntrinsics;
use pyfaceau::pipeline::{BackEnd, FaceObservation, FrameWorker};
use std::hint::black_box;

const FRAMES: usize = 40;

/// The first `FRAMES` frames and the tracker's state before each.
fn frames_and_states<'f>(
    input: &str,
    fe: &'f FrontEnd,
) -> (Vec<Frame>, Vec<FaceTracker<'f>>, (usize, usize)) {
    let mut reader = VideoReader::open(common::testdata(input)).unwrap();
    let size = reader.size();
    let mut tracker = FaceTracker::new(fe);
    let (mut frames, mut states) = (Vec::new(), Vec::new());
    for _ in 0..FRAMES {
        let mut frame = Frame::default();
        assert!(reader.next_frame(&mut frame).unwrap());
        states.push(tracker.clone());
        tracker.track(&frame.image).unwrap();
        frames.push(frame);
    }
    (frames, states, size)
}

fn bench_tracking(c: &mut Criterion) {
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    let fe = FrontEnd::load(&store).unwrap();
    let backend = BackEnd::load(&store, false).unwrap();
    let mut group = c.benchmark_group("tracking");
    group.throughput(Throughput::Elements(1));
    for (label, input) in [
        ("640x480", "videos/2015-10-15-15-14.avi"),
        ("320x240", "videos/0417_02_003_bill_clinton.avi"),
    ] {
        let (frames, states, (w, h)) = frames_and_states(input, &fe);
        let camera = CameraIntrinsics::openface_default(w, h);
        // Frames 2.. are tracked from a validated previous frame (no detector call).
        let mut k = 1;
        group.bench_function(format!("track_frame_{label}"), |b| {
            b.iter(|| {
                let mut tracker = states[k].clone();
                black_box(tracker.track(black_box(&frames[k].image)).unwrap());
                k = if k + 1 < FRAMES { k + 1 } else { 1 };
            })
        });
        let mut worker = FrameWorker::new(&backend);
        let mut analyser = AuAnalyser::new(
            &backend.au_models,
            &backend.pdm,
            AnalyserOptions::for_models(&backend.au_models),
        )
        .unwrap();
        let mut k = 1;
        group.bench_function(format!("whole_frame_{label}"), |b| {
            b.iter(|| {
                let mut tracker = states[k].clone();
                let tracked = tracker.track(&frames[k].image).unwrap();
                let observation = FaceObservation::from_tracked(&fe, tracked, &camera).unwrap();
                let result = worker
                    .process(&backend, &frames[k], &observation, &camera)
                    .unwrap();
                let aus = analyser
                    .add_frame_predicted(&result.hog, &result.params, observation.analyser_success)
                    .unwrap();
                black_box(aus.intensities[0]);
                k = if k + 1 < FRAMES { k + 1 } else { 1 };
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_tracking);
criterion_main!(benches);
