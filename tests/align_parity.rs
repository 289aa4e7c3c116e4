//! Parity of the masked, similarity-aligned 112×112 face with OpenFace 2.2's `AlignFaceMask`.
//!
//! For every frame of `default.wmv` (decoded with OpenCV's `VideoCapture`, as OpenFace read
//! it), the landmarks and the `PDM::CalcParams` global parameters of `default.stages.csv` are
//! aligned and compared with OpenFace's own aligned face
//! (`default_aligned/frame_det_00_NNNNNN.png`, read with `imread` as BGR).
//!
//! Asserted: every channel value of every frame identical (largest difference 0 levels),
//! 288/288 frames. A face with one channel value one level off
//! fails the same comparison.

mod common;

use opencv::imgcodecs::{imread, IMREAD_COLOR};
use opencv::prelude::*;
use opencv::videoio::{VideoCapture, CAP_ANY};
use pyfaceau::face_analyser::align::{AlignScratch, FaceAligner, Triangulation};
use pyfaceau::io::image::BgrImage;
use pyfaceau::model::pdm::Pdm;

#[derive(Default, Clone)]
struct Stats {
    sum_abs: [u64; 3],
    max_abs: [u8; 3],
    identical: [u64; 3],
    /// Pixels zero in one image and non-zero in the other (a mask disagreement or a
    /// border/black-pixel coincidence).
    mask_disagree: u64,
    pixels: u64,
}

impl Stats {
    fn add(&mut self, ours: &BgrImage, theirs: &BgrImage) {
        for (a, b) in ours
            .data()
            .chunks_exact(3)
            .zip(theirs.data().chunks_exact(3))
        {
            for c in 0..3 {
                let d = a[c].abs_diff(b[c]);
                self.sum_abs[c] += u64::from(d);
                self.max_abs[c] = self.max_abs[c].max(d);
                self.identical[c] += u64::from(d == 0);
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
        }
        self.mask_disagree += o.mask_disagree;
        self.pixels += o.pixels;
    }

    fn mean_abs(&self, c: usize) -> f64 {
        self.sum_abs[c] as f64 / self.pixels as f64
    }

    fn frac_identical(&self, c: usize) -> f64 {
        self.identical[c] as f64 / self.pixels as f64
    }

    /// The parity criterion.
    fn passes(&self) -> bool {
        self.pixels > 0 && self.max_abs == [0; 3]
    }

    fn summary(&self) -> String {
        let per = |f: &dyn Fn(usize) -> String| (0..3).map(f).collect::<Vec<_>>().join(" / ");
        format!(
            "mean |d| B/G/R {}, max {}, identical {}, mask disagreements {} px",
            per(&|c| format!("{:.4}", self.mean_abs(c))),
            per(&|c| self.max_abs[c].to_string()),
            per(&|c| format!("{:.5}", self.frac_identical(c))),
            self.mask_disagree
        )
    }
}

/// The aligner with the AU module's PDM and triangulation.
fn aligner() -> FaceAligner {
    let models = common::models_dir();
    let pdm = Pdm::read(&models.join("AU_predictors/In-the-wild_aligned_PDM_68.txt")).unwrap();
    let tris = Triangulation::read(&models.join("AU_predictors/tris_68_full.txt")).unwrap();
    FaceAligner::new(&pdm, tris).unwrap()
}

fn open_default_wmv() -> VideoCapture {
    let video = common::testdata("videos/default.wmv");
    let cap = VideoCapture::from_file(video.to_str().unwrap(), CAP_ANY).unwrap();
    assert!(cap.is_opened().unwrap(), "cannot open {}", video.display());
    cap
}

/// OpenFace's aligned face of `frame`.
fn openface_face(frame: u32) -> BgrImage {
    let png = common::testdata(&format!(
        "openface/default_aligned/frame_det_00_{frame:06}.png"
    ));
    let theirs = BgrImage::from_mat(&imread(png.to_str().unwrap(), IMREAD_COLOR).unwrap()).unwrap();
    assert_eq!((theirs.width(), theirs.height()), (112, 112));
    theirs
}

/// The comparison the parity assertion makes on one frame.
fn compare(ours: &BgrImage, theirs: &BgrImage) -> Stats {
    assert_eq!(
        (ours.width(), ours.height()),
        (theirs.width(), theirs.height())
    );
    let mut st = Stats::default();
    st.add(ours, theirs);
    st
}

#[test]
fn aligned_faces_match_openface_on_default_wmv() {
    let aligner = aligner();
    let stages = common::read_stages("default");
    assert_eq!(
        stages.len(),
        288,
        "default.stages.csv should have 288 frames"
    );

    let mut cap = open_default_wmv();
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
        let global = row.fit_global;
        aligner
            .align_face_masked_into(&frame, &row.landmarks, &global, &mut scratch, &mut ours)
            .unwrap();

        let st = compare(&ours, &openface_face(row.frame));
        if !st.passes() {
            failures.push(row.frame);
        }
        let score = |s: &Stats| (0..3).map(|c| s.mean_abs(c)).fold(0.0, f64::max);
        if worst.as_ref().is_none_or(|(_, w)| score(&st) > score(w)) {
            worst = Some((row.frame, st.clone()));
        }
        total.merge(&st);
    }
    let extra = cap.read(&mut mat).unwrap() && !mat.empty();
    eprintln!("align parity, {} frames: {}", stages.len(), total.summary());
    if let Some((f, w)) = &worst {
        eprintln!("worst frame {f}: {}", w.summary());
    }
    eprintln!("frames not identical: {} {:?}", failures.len(), failures);
    assert!(!extra, "the video has more frames than default.stages.csv");
    assert!(total.passes(), "overall: {}", total.summary());
    assert!(failures.is_empty(), "frames not identical: {failures:?}");
}

/// Frame 1 aligned by us passes the comparison; the same face with one channel value one
/// level off fails it.
#[test]
fn one_level_off_fails_the_comparison() {
    let aligner = aligner();
    let row = &common::read_stages("default")[0];
    assert_eq!(row.frame, 1);
    let mut mat = Mat::default();
    assert!(open_default_wmv().read(&mut mat).unwrap());
    let frame = BgrImage::from_mat(&mat).unwrap();
    let mut ours = BgrImage::zeros(112, 112);
    aligner
        .align_face_masked_into(
            &frame,
            &row.landmarks,
            &row.fit_global,
            &mut AlignScratch::default(),
            &mut ours,
        )
        .unwrap();
    let theirs = openface_face(1);
    assert!(compare(&ours, &theirs).passes(), "frame 1 itself differs");

    // A value inside the face (the centre pixel's green channel), one level up or down.
    let k = (56 * 112 + 56) * 3 + 1;
    ours.data_mut()[k] = if ours.data()[k] == 255 {
        254
    } else {
        ours.data()[k] + 1
    };
    let st = compare(&ours, &theirs);
    eprintln!("one value one level off: {}", st.summary());
    assert!(!st.passes(), "a one-level change went unnoticed");
}
