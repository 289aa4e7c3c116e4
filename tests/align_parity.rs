//! Parity of the masked, similarity-aligned 112×112 face with OpenFace 2.2's `AlignFaceMask`.
//!
//! For every frame of `default.wmv` (decoded with OpenCV's `VideoCapture`, as OpenFace read
//! it), the landmarks and the `PDM::CalcParams` global parameters of `default.stages.csv` are
//! aligned and compared with OpenFace's own aligned face
//! (`default_aligned/frame_det_00_NNNNNN.png`, read with `imread` as BGR).
//!
//! Tolerances, per frame and overall: mean absolute difference ≤ 0.5 levels in each channel,
//! and ≥ 99 % of the channel values within 2 levels.

mod common;

use opencv::imgcodecs::{imread, IMREAD_COLOR};
use opencv::prelude::*;
use opencv::videoio::{VideoCapture, CAP_ANY};
use pyfaceau::face_analyser::align::{AlignScratch, FaceAligner, Triangulation};
use pyfaceau::io::image::BgrImage;
use pyfaceau::model::pdm::Pdm;

const MAX_MEAN_ABS: f64 = 0.5;
const MIN_WITHIN_2: f64 = 0.99;

#[derive(Default, Clone)]
struct Stats {
    sum_abs: [u64; 3],
    max_abs: [u8; 3],
    identical: [u64; 3],
    within_2: [u64; 3],
    /// Pixels zero in one image and non-zero in the other (a mask disagreement or a
    /// border/black-pixel coincidence).
    mask_disagree: u64,
    pixels: u64,
}

impl Stats {
    fn add(&mut self, ours: &BgrImage, theirs: &BgrImage) {
        for (a, b) in ours.data.chunks_exact(3).zip(theirs.data.chunks_exact(3)) {
            for c in 0..3 {
                let d = a[c].abs_diff(b[c]);
                self.sum_abs[c] += u64::from(d);
                self.max_abs[c] = self.max_abs[c].max(d);
                self.identical[c] += u64::from(d == 0);
                self.within_2[c] += u64::from(d <= 2);
            }
            let zero_a = a == [0, 0, 0];
            let zero_b = b == [0, 0, 0];
            self.mask_disagree += u64::from(zero_a != zero_b);
            self.pixels += 1;
        }
    }

    fn merge(&mut self, o: &Stats) {
        for c in 0..3 {
            self.sum_abs[c] += o.sum_abs[c];
            self.max_abs[c] = self.max_abs[c].max(o.max_abs[c]);
            self.identical[c] += o.identical[c];
            self.within_2[c] += o.within_2[c];
        }
        self.mask_disagree += o.mask_disagree;
        self.pixels += o.pixels;
    }

    fn mean_abs(&self, c: usize) -> f64 {
        self.sum_abs[c] as f64 / self.pixels as f64
    }

    fn frac_within_2(&self, c: usize) -> f64 {
        self.within_2[c] as f64 / self.pixels as f64
    }

    fn frac_identical(&self, c: usize) -> f64 {
        self.identical[c] as f64 / self.pixels as f64
    }

    fn passes(&self) -> bool {
        (0..3).all(|c| self.mean_abs(c) <= MAX_MEAN_ABS && self.frac_within_2(c) >= MIN_WITHIN_2)
    }

    fn summary(&self) -> String {
        let per = |f: &dyn Fn(usize) -> String| (0..3).map(f).collect::<Vec<_>>().join(" / ");
        format!(
            "mean |d| B/G/R {}, max {}, identical {}, within 2 {}, mask disagreements {} px",
            per(&|c| format!("{:.4}", self.mean_abs(c))),
            per(&|c| self.max_abs[c].to_string()),
            per(&|c| format!("{:.5}", self.frac_identical(c))),
            per(&|c| format!("{:.5}", self.frac_within_2(c))),
            self.mask_disagree
        )
    }
}

#[test]
fn aligned_faces_match_openface_on_default_wmv() {
    let models = common::models_dir();
    let pdm = Pdm::read(&models.join("AU_predictors/In-the-wild_aligned_PDM_68.txt")).unwrap();
    let tris = Triangulation::read(&models.join("AU_predictors/tris_68_full.txt")).unwrap();
    let aligner = FaceAligner::new(&pdm, tris).unwrap();
    let stages = common::read_stages("default");
    assert_eq!(
        stages.len(),
        288,
        "default.stages.csv should have 288 frames"
    );

    let video = common::testdata("videos/default.wmv");
    let mut cap = VideoCapture::from_file(video.to_str().unwrap(), CAP_ANY).unwrap();
    assert!(cap.is_opened().unwrap(), "cannot open {}", video.display());

    let mut total = Stats::default();
    let mut worst: Option<(u32, Stats)> = None;
    let mut failures = Vec::new();
    let mut scratch = AlignScratch::default();
    let mut ours = BgrImage::zeros(112, 112);
    let mut mat = Mat::default();
    for row in &stages {
        assert!(
            row.success,
            "frame {} is not a success in OpenFace",
            row.frame
        );
        assert!(
            cap.read(&mut mat).unwrap() && !mat.empty(),
            "video ended before frame {}",
            row.frame
        );
        let frame = BgrImage::from_mat(&mat).unwrap();
        let global = row.fit_global_params();
        aligner
            .align_face_masked_into(&frame, &row.landmarks, &global, &mut scratch, &mut ours)
            .unwrap();

        let png = common::testdata(&format!(
            "openface/default_aligned/frame_det_00_{:06}.png",
            row.frame
        ));
        let theirs_mat = imread(png.to_str().unwrap(), IMREAD_COLOR).unwrap();
        let theirs = BgrImage::from_mat(&theirs_mat).unwrap();
        assert_eq!((theirs.width, theirs.height), (112, 112));

        let mut st = Stats::default();
        st.add(&ours, &theirs);
        if !st.passes() {
            failures.push(row.frame);
        }
        let score = |s: &Stats| (0..3).map(|c| s.mean_abs(c)).fold(0.0, f64::max);
        if worst.as_ref().map_or(true, |(_, w)| score(&st) > score(w)) {
            worst = Some((row.frame, st.clone()));
        }
        total.merge(&st);
    }
    let extra = cap.read(&mut mat).unwrap() && !mat.empty();
    eprintln!("align parity, {} frames: {}", stages.len(), total.summary());
    if let Some((f, w)) = &worst {
        eprintln!("worst frame {f}: {}", w.summary());
    }
    eprintln!(
        "frames failing the per-frame tolerance: {} {:?}",
        failures.len(),
        failures
    );
    assert!(!extra, "the video has more frames than default.stages.csv");
    assert!(total.passes(), "overall: {}", total.summary());
    assert!(failures.is_empty(), "frames out of tolerance: {failures:?}");
}
