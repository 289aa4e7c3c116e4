//! AU prediction cost: one frame of `AuAnalyser::add_frame_predicted` (running-median update on odd
//! frames + prediction by every model), `AuModels::predict_frame_into` alone, and the offline
//! re-prediction of 1000 frames as one matrix product, and the kept calibration rows (3000
//! rows written to their temporary file and read back in blocks, as `AuAnalyser::finish`
//! does). Real descriptors of the webcam sample.
//!
//! Run with `OPENBLAS_NUM_THREADS=1 cargo bench --bench au_predict` for one-core figures.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{models_dir, read_hog_file, read_stages, testdata};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::face_analyser::analyser::{AnalyserOptions, AuAnalyser, SpooledRows};
use pyfaceau::face_analyser::au_models::AuModels;
use pyfaceau::face_analyser::geometric_features::GeometryDescriptor;
use pyfaceau::model::pdm::{Pdm, PdmParams};
use std::hint::black_box;

struct Data {
    models: AuModels,
    pdm: Pdm,
    hog: Vec<Vec<f64>>,
    params: Vec<PdmParams>,
    features: Vec<f64>,
}

fn load() -> Data {
    let models = AuModels::read(&models_dir().join("AU_predictors/main_dynamic_svms.txt")).unwrap();
    let pdm = Pdm::read(models.pdm_path.as_ref().unwrap()).unwrap();
    let name = "2015-10-15-15-14";
    let stages = read_stages(name);
    let hog: Vec<Vec<f64>> = read_hog_file(&testdata(&format!("openface/{name}.hog")))
        .into_iter()
        .map(|h| h.values.iter().map(|&v| f64::from(v)).collect())
        .collect();
    let params: Vec<PdmParams> = stages.iter().map(|r| r.fit_params()).collect();
    let geometry = GeometryDescriptor::new(&pdm);
    let mut features = Vec::new();
    for (h, p) in hog.iter().zip(&params) {
        features.extend_from_slice(h);
        features.extend(geometry.compute(&p.local).unwrap());
    }
    Data {
        models,
        pdm,
        hog,
        params,
        features,
    }
}

fn bench(c: &mut Criterion) {
    let d = load();
    let n = d.models.input_len();
    let frames = d.hog.len();

    let mut g = c.benchmark_group("au_predict");
    g.throughput(Throughput::Elements(1));
    // Past the start-up frames, so the histograms hold a realistic spread, and past the 3000
    // kept frames, so the timed calls are the steady state; then cycle the video.
    let mut analyser = AuAnalyser::new(&d.models, &d.pdm, AnalyserOptions::default()).unwrap();
    for f in 0..3100 {
        let f = f % frames;
        analyser.add_frame(&d.hog[f], &d.params[f], true).unwrap();
    }
    let mut f = 0;
    g.bench_function("add_frame_predicted (median update + prediction)", |b| {
        b.iter(|| {
            let p = analyser
                .add_frame_predicted(&d.hog[f], &d.params[f], true)
                .unwrap();
            black_box(p.intensities[0]);
            f = (f + 1) % frames;
        });
    });

    let median: Vec<f64> = d.features[..n].iter().map(|v| 0.5 * v).collect();
    let mut out = d.models.new_prediction();
    let mut scratch = Vec::with_capacity(n);
    g.bench_function("predict_frame_into", |b| {
        let mut f = 0;
        b.iter(|| {
            d.models
                .predict_frame_into(
                    &d.features[f * n..(f + 1) * n],
                    &median,
                    &mut scratch,
                    &mut out,
                )
                .unwrap();
            black_box(out.intensities[0]);
            f = (f + 1) % frames;
        });
    });

    let rows = 1000;
    let mut batch = Vec::with_capacity(rows * n);
    while batch.len() < rows * n {
        let take = (rows * n - batch.len()).min(d.features.len());
        batch.extend_from_slice(&d.features[..take]);
    }
    let x = ndarray::ArrayView2::from_shape((rows, n), &batch).unwrap();
    g.throughput(Throughput::Elements(rows as u64));
    g.sample_size(20);
    g.bench_function("predict_batch 1000 frames", |b| {
        b.iter(|| black_box(d.models.predict_batch(x, &median).unwrap()));
    });

    let kept = 3000;
    g.throughput(Throughput::Elements(kept as u64));
    g.sample_size(10);
    g.bench_function("calibration rows: 3000 written, read back in blocks", |b| {
        b.iter(|| {
            let mut rows = SpooledRows::new(n);
            for r in 0..kept {
                let f = r % frames;
                rows.push(&d.features[f * n..(f + 1) * n]).unwrap();
            }
            let mut sum = 0.0;
            rows.for_each_block(128, |_, block| {
                sum += block[[0, 0]];
                Ok(())
            })
            .unwrap();
            black_box(sum)
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
