//! Running-median update cost (`UpdateRunningMedian`): the incremental version against the
//! plain port, for the HOG (4464 dims, 1000 bins) and the geometry (238 dims, 10000 bins), on
//! the webcam sample's real descriptors after the whole video has been added once.
//!
//! Run with `cargo bench --bench running_median`.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{models_dir, read_hog_file, read_stages, testdata};
use criterion::{criterion_group, criterion_main, Criterion};
use pyfaceau::face_analyser::geometric_features::GeometryDescriptor;
use pyfaceau::face_analyser::running_median::{
    HistogramSpec, NaiveRunningMedian, RunningMedian, GEOM_HISTOGRAM, HOG_HISTOGRAM,
};
use pyfaceau::model::pdm::Pdm;
use std::hint::black_box;

trait Median {
    fn update(&mut self, d: &[f64], add: bool, m: &mut [f64]);
}
impl Median for RunningMedian {
    fn update(&mut self, d: &[f64], add: bool, m: &mut [f64]) {
        RunningMedian::update(self, d, add, m)
    }
}
impl Median for NaiveRunningMedian {
    fn update(&mut self, d: &[f64], add: bool, m: &mut [f64]) {
        NaiveRunningMedian::update(self, d, add, m)
    }
}

fn run<M: Median>(c: &mut Criterion, label: &str, mut m: M, data: &[Vec<f64>]) {
    let dims = data[0].len();
    let mut median = vec![0.0; dims];
    for d in data {
        m.update(d, true, &mut median);
    }
    let mut f = 0;
    c.bench_function(label, |b| {
        b.iter(|| {
            m.update(&data[f], true, &mut median);
            black_box(median[0]);
            f = (f + 1) % data.len();
        })
    });
}

fn bench(c: &mut Criterion) {
    let name = "2015-10-15-15-14";
    let hog: Vec<Vec<f64>> = read_hog_file(&testdata(&format!("openface/{name}.hog")))
        .into_iter()
        .map(|h| h.values.iter().map(|&v| f64::from(v)).collect())
        .collect();
    let pdm =
        Pdm::read(&models_dir().join("AU_predictors/In-the-wild_aligned_PDM_68.txt")).unwrap();
    let geometry = GeometryDescriptor::new(&pdm);
    let geom: Vec<Vec<f64>> = read_stages(name)
        .iter()
        .map(|r| geometry.compute(&r.fit_local).unwrap())
        .collect();

    let mk = |spec: HistogramSpec, dims: usize| {
        (
            RunningMedian::new(spec, dims),
            NaiveRunningMedian::new(spec, dims),
        )
    };
    let (fast, naive) = mk(HOG_HISTOGRAM, hog[0].len());
    run(c, "running_median/hog fast", fast, &hog);
    run(c, "running_median/hog naive", naive, &hog);
    let (fast, naive) = mk(GEOM_HISTOGRAM, geom[0].len());
    run(c, "running_median/geometry fast", fast, &geom);
    run(c, "running_median/geometry naive", naive, &geom);
}

criterion_group!(benches, bench);
criterion_main!(benches);
