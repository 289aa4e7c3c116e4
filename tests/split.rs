//! `extract --split N`: one video tracked as N chunks at the same time. Not bit-exact (a
//! restarted tracker does not return to the sequential run's exact numbers); these tests hold
//! it to the figures `docs/parity.md` claims, against OpenFace's reference CSVs (which the
//! sequential run reproduces byte for byte).

mod common;

use assert_cmd::Command;
use pyfaceau::compare::{compare_files, Thresholds};
use std::path::Path;

/// Figures of one split run against the reference.
#[derive(Debug)]
struct SplitFigures {
    landmark_mean_px: f64,
    mean_au_r: f64,
    mean_presence_agreement: f64,
    success_agreement: f64,
}

fn split_run(name: &str, extra: &[&str], dir: &Path) -> std::path::PathBuf {
    let csv = dir.join(format!("{name}.csv"));
    Command::cargo_bin("pyfaceau-rs")
        .unwrap()
        .args(common::run_args("extract", &common::input_path(name), &csv))
        .args(["--quiet", "--threads", "2"])
        .args(extra)
        .assert()
        .success();
    csv
}

fn figures(ours: &Path, name: &str) -> SplitFigures {
    let reference = common::testdata(&format!("openface/{name}.csv"));
    let report = compare_files(ours, &reference, &Thresholds::DEFAULT)
        .unwrap()
        .report;
    let rs: Vec<f64> = report
        .aus
        .iter()
        .filter_map(|a| a.intensity.as_ref()?.pearson_r)
        .collect();
    let presences: Vec<f64> = report
        .aus
        .iter()
        .filter_map(|a| a.presence.as_ref()?.agreement)
        .collect();
    SplitFigures {
        landmark_mean_px: report.landmarks_2d.unwrap().error.mean.unwrap(),
        mean_au_r: rs.iter().sum::<f64>() / rs.len() as f64,
        mean_presence_agreement: presences.iter().sum::<f64>() / presences.len() as f64,
        success_agreement: report.success.agreement.unwrap(),
    }
}

/// Four chunks on three public videos, within the documented limits. bill_clinton is the
/// video whose third chunk's restarted tracker locks onto a fit about 2 px away: without the
/// sequential re-tracking of that chunk its landmarks are 1.5 px off on average and its AU r
/// 0.86, so this test fails if the repair is lost.
#[test]
fn four_chunks_stay_within_the_documented_difference() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "0417_02_003_bill_clinton",
        "2015-10-15-15-14",
        "1192_01_006_julia_roberts",
    ] {
        let csv = split_run(name, &["--split", "4"], dir.path());
        let f = figures(&csv, name);
        println!("{name}: {f:?}");
        assert!(f.landmark_mean_px <= 0.05, "{name}: {f:?}");
        assert!(f.mean_au_r >= 0.99, "{name}: {f:?}");
        assert!(f.mean_presence_agreement >= 0.99, "{name}: {f:?}");
        assert_eq!(f.success_agreement, 1.0, "{name}: {f:?}");
    }
}

/// The comparison above can fail: a split run that drops the carried-over frames and the
/// repair (no overlap at all, and a warm-up of one frame) is measurably further from the
/// reference on bill_clinton.
#[test]
fn a_split_without_overlap_is_measurably_worse() {
    let dir = tempfile::tempdir().unwrap();
    let name = "0417_02_003_bill_clinton";
    let csv = split_run(
        name,
        &[
            "--split",
            "4",
            "--split-overlap",
            "0",
            "--split-warmup",
            "1",
        ],
        dir.path(),
    );
    let f = figures(&csv, name);
    println!("{name} without overlap: {f:?}");
    assert!(f.landmark_mean_px > 0.05 || f.mean_au_r < 0.99, "{f:?}");
}

/// A video too short for the chunks asked for runs sequentially: OpenFace's CSV byte for byte.
#[test]
fn a_short_video_is_not_split() {
    let dir = tempfile::tempdir().unwrap();
    let name = "default";
    let csv = split_run(
        name,
        &["--split", "4", "--split-warmup", "1000"],
        dir.path(),
    );
    let reference = common::testdata(&format!("openface/{name}.csv"));
    assert!(std::fs::read(csv).unwrap() == std::fs::read(reference).unwrap());
}
