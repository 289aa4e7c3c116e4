//! One CLNF fit (main model, hypothesis 0, windows 11/9/7) from OpenFace's initialisation box
//! on frame 1 of default.wmv, and the 11-hypothesis search, each on one thread and with the
//! patch responses spread over rayon's pool. Compare with OpenFace's whole
//! pipeline at about 12 ms a frame on this kind of machine (README in testdata).
//! `first_fit_*`: a freshly read model's first single-thread fit, its `Σ` matrices computed
//! (`ComputeSigmas`) or read from a warm `Σ` cache (`landmarks::clnf::sigma_cache`).
//! `patch_warp_u8_*`: one landmark's patch area from the 8-bit grey frame (the tracking
//! window's 17×17 and the detection window's 21×21).
//! Run with `PYFACEAU_CPU=avx2` (or `portable`) to time the kernels of a lower CPU level.
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::clnf::ccnf::{CcnfScale, ResponseWorkspace};
use pyfaceau::landmarks::clnf::sigma_cache::SigmaCache;
use pyfaceau::landmarks::clnf::warp;
use pyfaceau::landmarks::clnf::{ClnfModel, ClnfParams, FloatGrayImage, Rect};
use std::path::Path;
use std::sync::Arc;

#[allow(clippy::excessive_precision)] // the CSV's 9 significant digits, as the test parses them
fn bench(c: &mut Criterion) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let model = ClnfModel::read(&shared.join("models/openface-2.2/model/main_clnf_general.txt"))
        .expect("model");
    let mut reader = VideoReader::open(shared.join("testdata/videos/default.wmv")).expect("video");
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).expect("frame"));
    let gray = FloatGrayImage::from_bgr(&frame.image).expect("gray");
    // default.mtcnn.csv, used_for_init = 2.
    let bbox = Rect {
        x: 147.371201,
        y: 179.349548,
        width: 190.917023,
        height: 197.19075,
    };
    // One landmark's patch response (window 11, frontal view, landmark 30) on a synthetic area.
    let (scale, sigma) = CcnfScale::read(
        &shared.join("models/openface-2.2/model/patch_experts/ccnf_patches_0.25_general.txt"),
    )
    .expect("patch experts");
    let expert = scale.experts[0][30].as_ref().expect("expert");
    let window = 11;
    let (aw, ah) = (window + expert.width - 1, window + expert.height - 1);
    let area: Vec<f32> = (0..aw * ah)
        .map(|i| ((i * 37 % 101) as f32) * 2.0 + 20.0)
        .collect();
    let mut out = vec![0.0f32; window * window];
    let mut ws = ResponseWorkspace::default();
    c.bench_function("ccnf_response_window_11", |b| {
        b.iter(|| {
            expert
                .response(&area, window, &sigma, &mut out, &mut ws)
                .expect("response")
        })
    });
    let window7 = 7;
    let (aw7, ah7) = (window7 + expert.width - 1, window7 + expert.height - 1);
    let mut out7 = vec![0.0f32; window7 * window7];
    c.bench_function("ccnf_response_window_7", |b| {
        b.iter(|| {
            expert
                .response(&area[..aw7 * ah7], window7, &sigma, &mut out7, &mut ws)
                .expect("response")
        })
    });
    let gray8 = pyfaceau::io::image::GrayImage::from_bgr(&frame.image).expect("gray");
    for side in [17usize, 21] {
        // About landmark 30 of the initialisation, scale 1.1, rotated by 0.2 rad.
        let (a1, b1) = (1.1 * 0.2f32.cos(), 1.1 * 0.2f32.sin());
        let m = warp::patch_area_transform([240.0, 280.0], (a1, b1), side);
        let mut patch = vec![0.0f32; side * side];
        c.bench_function(&format!("patch_warp_u8_{side}x{side}"), |b| {
            b.iter(|| {
                warp::warp_affine_bilinear_u8(
                    gray8.data(),
                    (gray8.width(), gray8.height()),
                    m,
                    (side, side),
                    &mut patch,
                )
            })
        });
    }
    let opts = ClnfParams::default();
    // Warm the lazily computed Σ matrices (OpenFace computes them once too).
    model.detect(&gray, &bbox, &opts).expect("fit");
    let single = ClnfParams {
        parallel: false,
        ..ClnfParams::default()
    };
    c.bench_function("clnf_fit_one_hypothesis_single_thread", |b| {
        b.iter(|| model.fit_from_box(&gray, &bbox, 0, &single).expect("fit"))
    });
    c.bench_function("clnf_fit_one_hypothesis_rayon", |b| {
        b.iter(|| model.fit_from_box(&gray, &bbox, 0, &opts).expect("fit"))
    });
    c.bench_function("clnf_detect_11_hypotheses_single_thread", |b| {
        b.iter(|| model.detect(&gray, &bbox, &single).expect("fit"))
    });
    c.bench_function("clnf_detect_11_hypotheses_rayon", |b| {
        b.iter(|| model.detect(&gray, &bbox, &opts).expect("fit"))
    });

    let main_file = shared.join("models/openface-2.2/model/main_clnf_general.txt");
    let cache_dir = tempfile::tempdir().expect("temporary folder");
    let fresh = |cache: Option<&Arc<SigmaCache>>| {
        let mut m = ClnfModel::read(&main_file).expect("model");
        if let Some(cache) = cache {
            m.attach_sigma_cache(Arc::clone(cache));
        }
        m
    };
    {
        // Fill the cache once (saved when the last reference drops).
        let cache = Arc::new(SigmaCache::open(cache_dir.path()));
        fresh(Some(&cache))
            .fit_from_box(&gray, &bbox, 0, &single)
            .expect("fit");
    }
    c.bench_function("first_fit_sigmas_computed", |b| {
        b.iter_batched(
            || fresh(None),
            |m| m.fit_from_box(&gray, &bbox, 0, &single).expect("fit"),
            BatchSize::PerIteration,
        )
    });
    c.bench_function("first_fit_sigmas_from_cache", |b| {
        b.iter_batched(
            || fresh(Some(&Arc::new(SigmaCache::open(cache_dir.path())))),
            |m| m.fit_from_box(&gray, &bbox, 0, &single).expect("fit"),
            BatchSize::PerIteration,
        )
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
