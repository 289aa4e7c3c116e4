//! Speed of `PDM::CalcParams` (`PdmFitter::fit`) on real landmarks: frame 1 of
//! `default.stages.csv`, the AU module's 68-point PDM. One fit per iteration.
//!
//! `cargo bench --bench pdm_fit`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::model::calc_params::PdmFitter;
use pyfaceau::model::landmarks::Landmarks2d;
use pyfaceau::model::pdm::{Pdm, PdmParams};
use std::path::{Path, PathBuf};

fn shared_dir() -> PathBuf {
    std::env::var_os("PYFACEAU_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

/// Landmarks of the first successful frame of a `*.stages.csv` dump.
fn first_frame_landmarks(name: &str) -> Landmarks2d {
    let path = shared_dir().join(format!("testdata/openface/{name}.stages.csv"));
    let text = std::fs::read_to_string(&path).expect("stages dump readable");
    let line = text
        .lines()
        .find(|l| l.split(',').nth(1) == Some("1"))
        .expect("a successful frame");
    let coords = line
        .split(',')
        .skip(3)
        .take(136)
        .map(|v| v.trim().parse::<f32>().expect("number"))
        .collect();
    Landmarks2d::from_xs_then_ys(coords).expect("136 values")
}

fn bench_pdm_fit(c: &mut Criterion) {
    let pdm = Pdm::read(
        &shared_dir().join("models/openface-2.2/AU_predictors/In-the-wild_aligned_PDM_68.txt"),
    )
    .expect("AU PDM readable");
    let landmarks = first_frame_landmarks("default");
    let mut fitter = PdmFitter::new(&pdm);
    let mut out = PdmParams::default();
    fitter
        .fit_into(&landmarks, [0.0; 3], &mut out)
        .expect("fit");
    eprintln!("iterations per fit: {}", fitter.last_iterations());

    let mut group = c.benchmark_group("pdm_fit");
    group.throughput(Throughput::Elements(1));
    group.bench_function("calc_params_default_frame1", |b| {
        b.iter(|| {
            fitter
                .fit_into(black_box(&landmarks), [0.0; 3], &mut out)
                .expect("fit")
        })
    });
    group.finish();
}

criterion_group!(benches, bench_pdm_fit);
criterion_main!(benches);
