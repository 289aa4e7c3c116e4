//! Decode speed: a whole video opened and decoded to BGR frames, ours (`VideoReader`) vs OpenCV
//! 4.6's `cv::VideoCapture` (FFmpeg backend), in frames per second. `ours` uses our default of one
//! decoder thread, `ours_opencv_threads` as many as OpenCV (the number of CPUs).
//!
//! `cargo bench --bench decode`

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use opencv::core::Mat;
use opencv::prelude::*;
use opencv::videoio;
use pyfaceau::io::video::{Frame, ReaderOptions, VideoReader};

fn decode(c: &mut Criterion) {
    for (name, frames) in [("default.wmv", 288u64), ("2015-10-15-15-14.avi", 842)] {
        let path = common::testdata(&format!("videos/{name}"));
        let mut group = c.benchmark_group(format!("decode/{name}"));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(15));
        group.throughput(Throughput::Elements(frames));

        // Allocated once; the readers reuse their buffers.
        let mut frame = Frame::default();
        for (label, threads) in [("ours", 1), ("ours_opencv_threads", 0)] {
            let options = ReaderOptions {
                decoder_threads: threads,
            };
            group.bench_function(label, |b| {
                b.iter(|| {
                    let mut reader = VideoReader::open_with(&path, &options).unwrap();
                    let mut n = 0u64;
                    while reader.next_frame(&mut frame).unwrap() {
                        n += 1;
                    }
                    assert_eq!(n, frames);
                })
            });
        }

        let mut mat = Mat::default();
        let path_str = path.to_str().unwrap().to_string();
        group.bench_function("opencv", |b| {
            b.iter(|| {
                let mut cap =
                    videoio::VideoCapture::from_file(&path_str, videoio::CAP_FFMPEG).unwrap();
                let mut n = 0u64;
                while cap.read(&mut mat).unwrap() {
                    n += 1;
                }
                assert_eq!(n, frames);
            })
        });
        group.finish();
    }
}

criterion_group!(benches, decode);
criterion_main!(benches);
