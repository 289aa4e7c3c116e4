//! FHOG parity with C++ OpenFace 2.2 (dlib 19.24, AVX build).
//!
//! Input: OpenFace's own masked 112×112 aligned faces of `default.wmv`
//! (`testdata/openface/default_aligned/frame_det_00_NNNNNN.png`, frames 1..288), read with
//! OpenCV's `imread` (BGR). Expected: the matching frame of `testdata/openface/default.hog`
//! (12×12×31 float32 per frame, written by OpenFace from the same aligned faces).
//!
//! Asserted: every value of every frame bit-identical (largest difference [`MAX_ABS`] = 0).
//! A descriptor with one value one float ulp off fails the same comparison. A second test
//! checks that the optimised path equals the plain reference port bit for bit on every frame,
//! and that a black image (what OpenFace describes on a failed frame) gives zeros.

mod common;

use opencv::imgcodecs;
use opencv::prelude::*;
use pyfaceau::face_analyser::hog::{self, FhogWorkspace, FHOG_DESCRIPTOR_LEN};
use pyfaceau::io::image::BgrImage;

const NUM_FRAMES: usize = 288;
/// Largest difference accepted between our value and OpenFace's float: none.
const MAX_ABS: f64 = 0.0;

fn read_aligned(frame: usize) -> BgrImage {
    let path = common::testdata(&format!(
        "openface/default_aligned/frame_det_00_{frame:06}.png"
    ));
    let mat = imgcodecs::imread(path.to_str().unwrap(), imgcodecs::IMREAD_COLOR).unwrap();
    assert!(!mat.empty(), "cannot read {}", path.display());
    BgrImage::from_mat(&mat).unwrap()
}

/// Differences between one of our descriptors and OpenFace's frame.
#[derive(Default)]
struct HogDiff {
    sum_abs: f64,
    max_abs: f64,
    count: usize,
    identical: usize,
}

impl HogDiff {
    /// Adds one frame: our descriptor against OpenFace's values.
    fn add(&mut self, ours: &[f64], theirs: &[f32]) {
        assert_eq!(ours.len(), theirs.len(), "descriptor lengths");
        for (&a, &b) in ours.iter().zip(theirs) {
            let d = (a - f64::from(b)).abs();
            self.sum_abs += d;
            self.max_abs = self.max_abs.max(d);
            self.identical += usize::from(d == 0.0);
            self.count += 1;
        }
    }

    /// The parity criterion.
    fn passes(&self) -> bool {
        self.count > 0 && self.max_abs <= MAX_ABS && self.identical == self.count
    }
}

/// Our descriptor of OpenFace's aligned face of `frame` (1-based).
fn descriptor(ws: &mut FhogWorkspace, frame: usize) -> Vec<f64> {
    let face = read_aligned(frame);
    assert_eq!((face.width(), face.height()), (112, 112), "frame {frame}");
    let mut desc = Vec::new();
    let dims = ws.compute(&face, &mut desc).unwrap();
    assert_eq!((dims.rows, dims.cols), (12, 12));
    assert_eq!(desc.len(), FHOG_DESCRIPTOR_LEN);
    desc
}

fn reference() -> Vec<common::HogFrame> {
    let frames = common::read_hog_file(&common::testdata("openface/default.hog"));
    assert_eq!(frames.len(), NUM_FRAMES, "default.hog frame count");
    for (i, f) in frames.iter().enumerate() {
        assert_eq!(
            (f.rows, f.cols, f.channels),
            (12, 12, 31),
            "frame {}: dims",
            i + 1
        );
    }
    frames
}

#[test]
fn fhog_matches_openface_default_hog() {
    let frames = reference();
    let mut ws = FhogWorkspace::new();
    let mut total = HogDiff::default();
    let (mut worst_frame, mut worst_frame_max) = (0usize, 0.0f64);
    let mut failing = Vec::new();
    let mut bad_frames = Vec::new();
    for (i, expected) in frames.iter().enumerate() {
        let frame = i + 1;
        let desc = descriptor(&mut ws, frame);
        if !expected.good {
            bad_frames.push(frame);
        }
        let mut diff = HogDiff::default();
        diff.add(&desc, &expected.values);
        if !diff.passes() {
            failing.push(frame);
        }
        if diff.max_abs > worst_frame_max || frame == 1 {
            (worst_frame, worst_frame_max) = (frame, diff.max_abs);
        }
        total.add(&desc, &expected.values);
    }
    eprintln!(
        "FHOG vs default.hog: {} frames ({} with good = -1: {:?}), {} values, mean |d| {:.3e}, \
         max |d| {:.3e} (worst frame {worst_frame}: {worst_frame_max:.3e}), \
         bit-identical {} ({:.4}%)",
        frames.len(),
        bad_frames.len(),
        bad_frames,
        total.count,
        total.sum_abs / total.count as f64,
        total.max_abs,
        total.identical,
        100.0 * total.identical as f64 / total.count as f64
    );
    assert!(failing.is_empty(), "frames not bit-identical: {failing:?}");
    assert!(total.passes());
}

/// Frame 1's descriptor passes the comparison; with one value one float ulp off it fails.
#[test]
fn one_ulp_off_fails_the_comparison() {
    let frames = reference();
    let mut desc = descriptor(&mut FhogWorkspace::new(), 1);
    let mut diff = HogDiff::default();
    diff.add(&desc, &frames[0].values);
    assert!(diff.passes(), "frame 1 itself differs");

    let k = desc
        .iter()
        .position(|&v| v > 0.0)
        .expect("a non-zero value");
    desc[k] = f64::from(common::one_ulp_off(desc[k] as f32));
    let mut diff = HogDiff::default();
    diff.add(&desc, &frames[0].values);
    eprintln!(
        "value {k} one ulp off: max |d| {:.3e}, {} of {} identical",
        diff.max_abs, diff.identical, diff.count
    );
    assert!(!diff.passes(), "a one-ulp change went unnoticed");
}

#[test]
fn optimised_path_equals_reference_port() {
    let mut ws = FhogWorkspace::new();
    let (mut fast, mut plain) = (Vec::new(), Vec::new());
    let mut faces: Vec<BgrImage> = (1..=NUM_FRAMES).map(read_aligned).collect();
    // Other sizes: a crop whose width is not a multiple of 8 and a larger, non-square crop.
    let crop = |img: &BgrImage, w: usize, h: usize| {
        let mut out = BgrImage::zeros(w, h);
        for y in 0..h {
            let src = &img.data()[y * img.width() * 3..(y * img.width() + w) * 3];
            out.data_mut()[y * w * 3..(y + 1) * w * 3].copy_from_slice(src);
        }
        out
    };
    faces.push(crop(&faces[0], 101, 90));
    faces.push(crop(&faces[1], 61, 112));
    faces.push(BgrImage::zeros(112, 112));
    for (i, face) in faces.iter().enumerate() {
        let d1 = ws.compute(face, &mut fast).unwrap();
        let d2 = hog::reference::fhog_descriptor(face, &mut plain).unwrap();
        assert_eq!(d1, d2, "image {i}: dims");
        assert_eq!(fast.len(), d1.len());
        let differing = fast
            .iter()
            .zip(&plain)
            .filter(|(a, b)| a.to_bits() != b.to_bits())
            .count();
        assert_eq!(
            differing,
            0,
            "image {i} ({}x{})",
            face.width(),
            face.height()
        );
    }
    // A black image (OpenFace's input on a failed frame) has an all-zero descriptor.
    assert!(fast.iter().all(|&v| v == 0.0));
    eprintln!(
        "optimised == reference on {} images, black image -> zeros",
        faces.len()
    );
}

#[test]
fn too_small_image_is_an_error() {
    let mut out = Vec::new();
    assert!(hog::fhog_descriptor(&BgrImage::zeros(16, 112), &mut out).is_err());
    // An image whose buffer does not match its size cannot be made.
    assert!(BgrImage::from_raw(112, 112, vec![0; 10]).is_err());
}
