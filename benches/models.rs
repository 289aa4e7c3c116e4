//! Cost of the model check run before every extraction ([`pyfaceau::io::model_store::check_for_run`]):
//! size + SHA-256 of every manifest file of the parts a run uses, read from `../shared` (page
//! cache warm after the first iteration); and the same check when every file's verified stamp
//! matches (`check_with_stamps`: metadata only), as on every run after the first.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::io::model_store::{self, ModelPart};
use std::path::PathBuf;

fn models_dir() -> PathBuf {
    let shared = std::env::var_os("PYFACEAU_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared")));
    shared.join("models/openface-2.2")
}

fn bench_check_for_run(c: &mut Criterion) {
    let dir = models_dir();
    let mut group = c.benchmark_group("check_for_run");
    for (name, parts) in [
        ("au", &[ModelPart::Au][..]),
        ("landmarks", &[ModelPart::Landmarks][..]),
        ("all", &[ModelPart::Au, ModelPart::Landmarks][..]),
    ] {
        let bytes: u64 = model_store::entries_for(parts).iter().map(|e| e.size).sum();
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function(name, |b| {
            b.iter(|| model_store::check_with_stamps(&dir, parts, None).expect("models intact"))
        });
    }
    group.finish();

    // The shared model files are old enough to be stamped at once.
    let cache = tempfile::tempdir().expect("temp dir");
    let parts = [ModelPart::Au, ModelPart::Landmarks];
    let first = model_store::check_with_stamps(&dir, &parts, Some(cache.path())).expect("intact");
    assert!(first.stamp_problem.is_none(), "{:?}", first.stamp_problem);
    let mut group = c.benchmark_group("check_for_run stamped");
    group.bench_function("all", |b| {
        b.iter(|| {
            let check =
                model_store::check_with_stamps(&dir, &parts, Some(cache.path())).expect("intact");
            assert_eq!(check.hashed, 0);
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench_check_for_run
}
criterion_main!(benches);
