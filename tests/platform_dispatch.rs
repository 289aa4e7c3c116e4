//! OpenCV's run-time CPU dispatch does not reach the output: `extract` on imgseq writes the same
//! CSV and HOG file (tolerance 0) whether OpenCV runs its AVX2/AVX-512 kernels or is lowered to
//! its SSE2 baseline with `OPENCV_CPU_DISABLE` (read once by `libopencv_core` at start-up; the
//! names are OpenCV 4.6's, `modules/core/src/system.cpp`). Features the CPU lacks only make
//! OpenCV print a warning. See docs/platform-dependencies.md.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Every dispatched feature above x86-64's SSE2 baseline, in OpenCV's spelling.
const OPENCV_ABOVE_BASELINE: &str = "AVX512-SKX,AVX512F,AVX512BW,AVX512CD,AVX512DQ,AVX512VL,\
AVX512-COMMON,AVX2,FMA3,FP16,AVX,POPCNT,SSE4.2,SSE4.1,SSSE3,SSE3";

/// Runs `extract` on imgseq into `dir`, with `OPENCV_CPU_DISABLE` set to `disable` or unset.
fn extract(dir: &Path, disable: Option<&str>) -> (PathBuf, PathBuf) {
    let csv = dir.join("imgseq.csv");
    let hog = dir.join("imgseq.hog");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyfaceau-rs"));
    cmd.args(common::run_args(
        "extract",
        &common::input_path("imgseq"),
        &csv,
    ))
    .arg("--quiet")
    .arg("--hog")
    .arg(&hog)
    .env_remove("OPENCV_CPU_DISABLE");
    if let Some(features) = disable {
        cmd.env("OPENCV_CPU_DISABLE", features);
    }
    let out = cmd.output().expect("run pyfaceau-rs");
    assert!(
        out.status.success(),
        "extract (OPENCV_CPU_DISABLE={disable:?}) failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (csv, hog)
}

#[test]
fn opencv_baseline_dispatch_writes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (native, baseline) = (dir.path().join("native"), dir.path().join("baseline"));
    std::fs::create_dir_all(&native).unwrap();
    std::fs::create_dir_all(&baseline).unwrap();
    let (csv_a, hog_a) = extract(&native, None);
    let (csv_b, hog_b) = extract(&baseline, Some(OPENCV_ABOVE_BASELINE));
    let read = |p: &Path| std::fs::read(p).unwrap();
    assert!(!read(&csv_a).is_empty() && !read(&hog_a).is_empty());
    assert!(
        read(&csv_a) == read(&csv_b),
        "the CSV changed with OpenCV lowered to its baseline"
    );
    assert!(
        read(&hog_a) == read(&hog_b),
        "the HOG file changed with OpenCV lowered to its baseline"
    );
}
