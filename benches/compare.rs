//! `compare` on a long video: two 100,000-frame OpenFace CSVs (default.csv's 288 rows repeated
//! with renumbered frames, ~460 MB each, 714 columns), generated into a temp dir at setup.
//! Target: the whole `compare_files` (read both, pair, measure) under 2 s on this machine.

use std::io::Write;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyfaceau::compare::{compare, compare_files, FaceCsv, Thresholds};

const FRAMES: usize = 100_000;

fn reference_csv() -> PathBuf {
    let shared = std::env::var_os("PYFACEAU_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    shared.join("testdata/openface/default.csv")
}

/// Writes `FRAMES` rows cycling through the reference's rows, frame numbers 1..=FRAMES.
fn write_long_csv(path: &Path) {
    let text = std::fs::read_to_string(reference_csv()).expect("default.csv readable");
    let mut lines = text.lines();
    let header = lines.next().expect("header");
    // Each row without its frame number (the first field).
    let tails: Vec<&str> = lines.map(|l| &l[l.find(',').expect("comma")..]).collect();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("creates"));
    writeln!(out, "{header}").unwrap();
    for frame in 0..FRAMES {
        writeln!(out, "{}{}", frame + 1, tails[frame % tails.len()]).unwrap();
    }
    out.flush().unwrap();
}

fn bench_compare(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ours = dir.path().join("ours.csv");
    let reference = dir.path().join("reference.csv");
    write_long_csv(&ours);
    write_long_csv(&reference);
    let size = std::fs::metadata(&ours).unwrap().len();
    eprintln!(
        "generated 2 × {FRAMES} frames, {:.0} MB each",
        size as f64 / 1e6
    );
    let thresholds = Thresholds::default();

    let mut group = c.benchmark_group("compare");
    group.sample_size(10);
    group.throughput(Throughput::Elements(FRAMES as u64));
    group.bench_function("compare_files_100k_frames", |b| {
        b.iter(|| {
            let cmp = compare_files(&ours, &reference, &thresholds).expect("compares");
            assert!(cmp.report.passed);
            cmp.report.frames.matched
        })
    });
    group.bench_function("read_one_100k_frames", |b| {
        b.iter(|| FaceCsv::read(&ours).expect("reads").len())
    });
    let a = FaceCsv::read(&ours).expect("reads");
    let r = FaceCsv::read(&reference).expect("reads");
    group.bench_function("measure_parsed_100k_frames", |b| {
        b.iter(|| compare(&a, &r, &thresholds).expect("compares").checks.len())
    });
    group.finish();
}

criterion_group!(benches, bench_compare);
criterion_main!(benches);
