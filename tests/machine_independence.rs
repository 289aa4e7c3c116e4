//! The same numbers on every CPU and with any BLAS: the whole product's output does not depend on
//! the vector units the kernels use, on which OpenBLAS kernel or thread count the process was
//! started with, or on running inside another program.
//!
//! - `extract` under each environment below writes a CSV and a HOG file byte-identical
//!   (tolerance 0) to the default run's, on imgseq, noface and 1461_01_021_noam_chomsky; the
//!   default run is OpenFace's CSV (tests/extract_video_parity.rs):
//!   `PYFACEAU_CPU=portable` (the portable twins of every vector kernel), `PYFACEAU_CPU=avx2`
//!   (the 8-lane kernels where the CPU has AVX-512),
//!   `OPENBLAS_CORETYPE=Sandybridge` with `OPENBLAS_NUM_THREADS=2`,
//!   `OPENBLAS_CORETYPE=Prescott` with `OPENBLAS_NUM_THREADS=1`, `OPENBLAS_CORETYPE=Nehalem`.
//! - Under `qemu-x86_64 -cpu Nehalem` (no AVX, AVX2 or FMA at all) `extract` on imgseq writes
//!   the default run's CSV byte for byte, and its AU, landmark, success and pose columns are
//!   OpenFace's (`compare` with r ≥ 0.999999, MAE 0, landmarks 0 px). The test needs
//!   `qemu-x86_64` (Debian's `qemu-user`); without it, it fails when `PYFACEAU_REQUIRE_QEMU`
//!   is set (as CI sets it) and otherwise says it did not run.
//! - The library in-process, started with `OPENBLAS_CORETYPE=Sandybridge`, writes OpenFace's
//!   CSV for imgseq (`compare` at zero tolerance).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use pyfaceau::compare::{compare_files, Thresholds};

/// Inputs every environment runs on: the image sequence, a faceless clip and one video.
const INPUTS: [&str; 3] = ["imgseq", "noface", "1461_01_021_noam_chomsky"];

/// Environments that must not change a single byte of the output.
const ENVIRONMENTS: [&[(&str, &str)]; 5] = [
    &[("PYFACEAU_CPU", "portable")],
    &[("PYFACEAU_CPU", "avx2")],
    &[
        ("OPENBLAS_CORETYPE", "Sandybridge"),
        ("OPENBLAS_NUM_THREADS", "2"),
    ],
    &[
        ("OPENBLAS_CORETYPE", "Prescott"),
        ("OPENBLAS_NUM_THREADS", "1"),
    ],
    &[("OPENBLAS_CORETYPE", "Nehalem")],
];

/// Runs `extract` on `name` into `dir` (CSV and HOG file), through `wrapper` if given (e.g.
/// qemu), with `env` added to the environment.
fn extract(name: &str, dir: &Path, wrapper: &[&str], env: &[(&str, &str)]) -> (PathBuf, PathBuf) {
    let csv = dir.join(format!("{name}.csv"));
    let hog = dir.join(format!("{name}.hog"));
    let binary = env!("CARGO_BIN_EXE_pyfaceau-rs");
    let mut cmd = match wrapper.split_first() {
        Some((program, args)) => {
            let mut c = Command::new(program);
            c.args(args).arg(binary);
            c
        }
        None => Command::new(binary),
    };
    cmd.args(common::run_args("extract", &common::input_path(name), &csv))
        .arg("--quiet")
        .arg("--hog")
        .arg(&hog)
        .env_remove("OPENBLAS_CORETYPE")
        .env_remove("PYFACEAU_CPU")
        .envs(env.iter().copied());
    let out = cmd.output().expect("run pyfaceau-rs");
    assert!(
        out.status.success(),
        "{name} {env:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (csv, hog)
}

fn same_bytes(a: &Path, b: &Path) -> bool {
    std::fs::read(a).unwrap() == std::fs::read(b).unwrap()
}

/// OpenFace's columns at zero tolerance: AU r ≥ 0.999999 and MAE 0, presence, success and
/// landmarks identical, pose within nothing.
fn zero_tolerance() -> Thresholds {
    Thresholds {
        min_r: 0.999_999,
        max_mae: 0.0,
        min_presence_agreement: 1.0,
        max_landmark_px: 0.0,
        max_translation_mm: 0.0,
        max_rotation_rad: 0.0,
        max_gaze_rad: f64::INFINITY,
        min_success_agreement: 1.0,
        max_missing_frames: 0,
    }
}

#[test]
fn every_environment_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for name in INPUTS {
        let base = dir.path().join("default");
        std::fs::create_dir_all(&base).unwrap();
        let (csv, hog) = extract(name, &base, &[], &[]);
        for (i, env) in ENVIRONMENTS.iter().enumerate() {
            let sub = dir.path().join(format!("env{i}"));
            std::fs::create_dir_all(&sub).unwrap();
            let (c, h) = extract(name, &sub, &[], env);
            let (csv_same, hog_same) = (same_bytes(&csv, &c), same_bytes(&hog, &h));
            eprintln!("{name} {env:?}: CSV identical {csv_same}, HOG identical {hog_same}");
            if !(csv_same && hog_same) {
                failures.push(format!("{name} under {env:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "output changed: {failures:#?}");
}

/// The first `qemu-x86_64` on `PATH`.
fn qemu() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("qemu-x86_64"))
        .find(|p| p.is_file())
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
#[test]
fn cpu_without_avx_gives_openface_numbers() {
    let Some(qemu) = qemu() else {
        assert!(
            std::env::var_os("PYFACEAU_REQUIRE_QEMU").is_none(),
            "qemu-x86_64 is required (PYFACEAU_REQUIRE_QEMU is set) but not on PATH"
        );
        eprintln!("qemu-x86_64 not found: the emulated-CPU check did not run");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let name = "imgseq";
    let native = dir.path().join("native");
    let emulated = dir.path().join("nehalem");
    std::fs::create_dir_all(&native).unwrap();
    std::fs::create_dir_all(&emulated).unwrap();
    let (csv, hog) = extract(name, &native, &[], &[]);
    let qemu = qemu.to_string_lossy().into_owned();
    let (c, h) = extract(name, &emulated, &[&qemu, "-cpu", "Nehalem"], &[]);
    assert!(same_bytes(&csv, &c), "{name}: CSV differs under Nehalem");
    assert!(
        same_bytes(&hog, &h),
        "{name}: HOG file differs under Nehalem"
    );
    let reference = common::testdata(&format!("openface/{name}.csv"));
    let report = compare_files(&c, &reference, &zero_tolerance())
        .unwrap()
        .report;
    eprintln!("{}", report.render_table());
    let failed: Vec<String> = report.failures().map(|f| format!("{f:?}")).collect();
    assert!(
        report.passed,
        "{name} under Nehalem vs OpenFace: {failed:?}"
    );
}

/// The library called in a process that OpenBLAS set up with another kernel family.
#[test]
fn library_in_process_with_another_openblas_kernel() {
    const CHILD_ENV: &str = "PYFACEAU_TEST_IN_PROCESS_CHILD";
    if std::env::var_os(CHILD_ENV).is_none() {
        let out = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "library_in_process_with_another_openblas_kernel",
                "--nocapture",
            ])
            .env(CHILD_ENV, "1")
            .env("OPENBLAS_CORETYPE", "Sandybridge")
            .output()
            .expect("run the test binary again");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        eprintln!("{stderr}");
        assert!(
            out.status.success() && stdout.contains("1 passed"),
            "child failed:\n{stdout}\n{stderr}"
        );
        return;
    }
    use pyfaceau::io::model_store::ModelStore;
    use pyfaceau::landmarks::front_end::FrontEnd;
    use pyfaceau::pipeline::{extract_video, BackEnd, ExtractOptions};

    assert_eq!(
        std::env::var("OPENBLAS_CORETYPE").as_deref(),
        Ok("Sandybridge")
    );
    let store = ModelStore::resolve(Some(&common::models_dir())).unwrap();
    let backend = BackEnd::load(&store, false).unwrap();
    let front_end = FrontEnd::load(&store).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let output = dir.path().join("imgseq.csv");
    let options = ExtractOptions {
        chunk_frames: 32,
        ..ExtractOptions::default()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    pool.install(|| {
        extract_video(
            &backend,
            &front_end,
            &common::input_path("imgseq"),
            &output,
            &options,
            |_| {},
        )
    })
    .unwrap();
    let reference = common::testdata("openface/imgseq.csv");
    let report = compare_files(&output, &reference, &zero_tolerance())
        .unwrap()
        .report;
    eprintln!("{}", report.render_table());
    let failed: Vec<String> = report.failures().map(|f| format!("{f:?}")).collect();
    assert!(report.passed, "in-process imgseq vs OpenFace: {failed:?}");
}
