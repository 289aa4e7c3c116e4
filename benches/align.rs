//! Speed of the masked similarity alignment (OpenFace's `AlignFaceMask`) on a 640×480 frame of
//! `default.wmv`: the whole call; the same with an empty triangulation (warp, similarity and
//! the masking pass without any triangle: the cost of everything but the mask geometry); and
//! the similarity alone.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use opencv::prelude::*;
use opencv::videoio::{VideoCapture, CAP_ANY};
use pyfaceau::face_analyser::align::{AlignScratch, FaceAligner, Triangulation};
use pyfaceau::io::image::BgrImage;
use pyfaceau::model::pdm::Pdm;
use std::hint::black_box;

fn bench_align(c: &mut Criterion) {
    let models = common::models_dir();
    let pdm = Pdm::read(&models.join("AU_predictors/In-the-wild_aligned_PDM_68.txt")).unwrap();
    let tris = Triangulation::read(&models.join("AU_predictors/tris_68_full.txt")).unwrap();
    let aligner = FaceAligner::new(&pdm, tris).unwrap();
    let row = common::read_stages("default").remove(0);
    let global = row.fit_global;
    let video = common::testdata("videos/default.wmv");
    let mut cap = VideoCapture::from_file(video.to_str().unwrap(), CAP_ANY).unwrap();
    let mut mat = Mat::default();
    assert!(cap.read(&mut mat).unwrap());
    let frame = BgrImage::from_mat(&mat).unwrap();
    assert_eq!((frame.width(), frame.height()), (640, 480));

    let mut scratch = AlignScratch::default();
    let mut out = BgrImage::zeros(112, 112);
    let mut group = c.benchmark_group("align");
    group.throughput(Throughput::Elements(1));
    let unmasked = FaceAligner::new(&pdm, Triangulation::new(Vec::new())).unwrap();
    for (name, face_aligner) in [
        ("align_face_masked_640x480", &aligner),
        ("warp_with_empty_triangulation", &unmasked),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                face_aligner
                    .align_face_masked_into(
                        black_box(&frame),
                        black_box(&row.landmarks),
                        black_box(&global),
                        &mut scratch,
                        &mut out,
                    )
                    .unwrap()
            })
        });
    }
    group.bench_function("similarity_only", |b| {
        b.iter(|| {
            aligner
                .transform(black_box(&row.landmarks), black_box(&global))
                .unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_align);
criterion_main!(benches);
