//! CE-CLM (CEN patch experts) without OpenFace's CEN files, which are not distributed with
//! OpenFace's repository (so no reference output exists):
//! - the reader on a synthetic `.dat` written here in OpenFace's binary layout
//!   (`Read_CEN_patch_experts` / `CEN_patch_expert::Read`), and one expert's response
//!   against an independent f64 computation from OpenFace's formulas, for an own, a frontal
//!   mirrored-pair and a mirrored-view expert: max abs error ≤ 1e-5 × the map's max;
//! - truncated / corrupt / missing files give one-line errors naming the file;
//! - a temporary model directory (OpenFace's files linked from `../shared`, synthetic CEN files
//!   for the 4 scales × 7 views × 68 landmarks with OpenFace's view layout): CLNF stays the
//!   default; CE-CLM loads and fits a real first frame to finite landmarks; the early
//!   termination's two branches both run; a missing `.dat` is `ModelMissing` naming it.

mod common;

use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::video::{Frame, VideoReader};
use pyfaceau::landmarks::clnf::ccnf::CcnfScale;
use pyfaceau::landmarks::clnf::cen::{
    Activation, CenJob, CenScale, CenWorkspace, InterpolationMatrix,
};
use pyfaceau::landmarks::clnf::parts::ClnfWithParts;
use pyfaceau::landmarks::clnf::{ClnfParams, FloatGrayImage, PatchExperts, Rect};
use pyfaceau::landmarks::front_end::{FrontEnd, LandmarkModel, CEN_PATCH_FILES};
use pyfaceau::Error;
use std::path::{Path, PathBuf};

/// Relative tolerance of the response against the f64 oracle (of the map's maximum).
const RESPONSE_TOLERANCE: f64 = 1e-5;

/// Deterministic xorshift values in [-1, 1).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        ((self.0 >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}

/// One layer as written to the file: activation type, `rows × cols` weights (row-major),
/// `rows` biases.
#[derive(Clone)]
struct Layer {
    activation: i32,
    rows: usize,
    cols: usize,
    weights: Vec<f64>,
    biases: Vec<f64>,
}

/// An expert as written: `None` layers = the empty placeholder.
#[derive(Clone)]
struct Expert {
    layers: Vec<Layer>,
    confidence: f64,
}

fn random_expert(rng: &mut Rng, shape: &[(i32, usize)]) -> Expert {
    let mut inputs = 1 + 11 * 11;
    let mut layers = Vec::new();
    for &(activation, rows) in shape {
        let scale = 2.0 / (inputs as f64).sqrt();
        layers.push(Layer {
            activation,
            rows,
            cols: inputs,
            weights: (0..rows * inputs).map(|_| rng.next() * scale).collect(),
            biases: (0..rows).map(|_| rng.next() * 0.3).collect(),
        });
        inputs = rows;
    }
    Expert {
        layers,
        confidence: 0.5 + rng.next().abs(),
    }
}

fn put_i32(b: &mut Vec<u8>, v: i32) {
    b.extend_from_slice(&v.to_le_bytes());
}

fn put_f64(b: &mut Vec<u8>, v: f64) {
    b.extend_from_slice(&v.to_le_bytes());
}

/// `ReadMatBin` layout: rows, cols, OpenCV type, data row-major.
fn put_mat_f64(b: &mut Vec<u8>, rows: usize, cols: usize, data: &[f64]) {
    put_i32(b, rows as i32);
    put_i32(b, cols as i32);
    put_i32(b, 6);
    data.iter().for_each(|&v| put_f64(b, v));
}

fn put_mat_i32(b: &mut Vec<u8>, data: &[i32]) {
    put_i32(b, data.len() as i32);
    put_i32(b, 1);
    put_i32(b, 4);
    data.iter().for_each(|&v| put_i32(b, v));
}

/// A CEN scale file in OpenFace's layout (`Read_CEN_patch_experts`).
fn cen_file(
    scaling: f64,
    centers_deg: &[[f64; 3]],
    visibilities: &[Vec<i32>],
    mirror_inds: &[i32],
    mirror_views: &[i32],
    experts: &[Vec<Option<Expert>>],
) -> Vec<u8> {
    let mut b = Vec::new();
    put_f64(&mut b, scaling);
    put_i32(&mut b, centers_deg.len() as i32);
    for c in centers_deg {
        put_mat_f64(&mut b, 3, 1, c);
    }
    for v in visibilities {
        put_mat_i32(&mut b, v);
    }
    put_mat_i32(&mut b, mirror_inds);
    put_mat_i32(&mut b, mirror_views);
    for view in experts {
        for e in view {
            put_i32(&mut b, 6);
            put_i32(&mut b, 11);
            put_i32(&mut b, 11);
            match e {
                None => {
                    put_i32(&mut b, 0);
                    put_f64(&mut b, 0.0);
                }
                Some(e) => {
                    put_i32(&mut b, e.layers.len() as i32);
                    for l in &e.layers {
                        put_i32(&mut b, l.activation);
                        put_mat_f64(&mut b, l.rows, 1, &l.biases);
                        put_mat_f64(&mut b, l.rows, l.cols, &l.weights);
                    }
                    put_f64(&mut b, e.confidence);
                }
            }
        }
    }
    b
}

/// The response of `expert` in f64, straight from OpenFace's formulas
/// (`CEN_patch_expert::ResponseSparse`, `im2colBiasSparseContrastNorm`, `ResponseInternal`,
/// `interpolationMatrix`):
/// 1. a mirrored expert sees the area flipped left-right (`cv::flip(area, 1)`);
/// 2. window position (x, y) has index p = x·W + y (column-major); only odd p are evaluated;
/// 3. evaluated: the 11 × 11 patch at (x, y), `z = (v − mean) / ‖v − mean‖` (a zero norm
///    counts as 1), the network input is `[1, z column by column]`; each layer gives
///    `act(W·in + b)` with act = sigmoid (type 0), max(·, 0) (type 2), identity (others);
/// 4. a position with even p is the mean of its in-window left/up/right/down neighbours (all
///    have odd p because W is odd);
/// 5. the map is (y, x) row-major; a mirrored expert's map is flipped back left-right.
fn oracle(expert: &Expert, area: &[f32], window: usize, mirrored: bool) -> Vec<f64> {
    let aw = window + 10;
    let mut a: Vec<f64> = area.iter().map(|&v| v as f64).collect();
    if mirrored {
        for row in a.chunks_exact_mut(aw) {
            row.reverse();
        }
    }
    let net = |x: usize, y: usize| -> f64 {
        let mut patch = Vec::with_capacity(121);
        for xx in 0..11 {
            for yy in 0..11 {
                patch.push(a[(y + yy) * aw + x + xx]);
            }
        }
        let mean = patch.iter().sum::<f64>() / 121.0;
        let mut norm = patch.iter().map(|v| (v - mean).powi(2)).sum::<f64>().sqrt();
        if norm == 0.0 {
            norm = 1.0;
        }
        let mut input = vec![1.0];
        input.extend(patch.iter().map(|v| (v - mean) / norm));
        for l in &expert.layers {
            input = (0..l.rows)
                .map(|o| {
                    let s: f64 = (0..l.cols)
                        .map(|i| l.weights[o * l.cols + i] * input[i])
                        .sum::<f64>()
                        + l.biases[o];
                    match l.activation {
                        0 => 1.0 / (1.0 + (-s).exp()),
                        2 => s.max(0.0),
                        _ => s,
                    }
                })
                .collect();
        }
        input[0]
    };
    let mut full = vec![0.0; window * window];
    for x in 0..window {
        for y in 0..window {
            if (x * window + y) % 2 == 1 {
                full[y * window + x] = net(x, y);
            }
        }
    }
    for x in 0..window {
        for y in 0..window {
            if (x * window + y).is_multiple_of(2) {
                let mut nb = Vec::new();
                if x > 0 {
                    nb.push(full[y * window + x - 1]);
                }
                if y > 0 {
                    nb.push(full[(y - 1) * window + x]);
                }
                if x + 1 < window {
                    nb.push(full[y * window + x + 1]);
                }
                if y + 1 < window {
                    nb.push(full[(y + 1) * window + x]);
                }
                full[y * window + x] = nb.iter().sum::<f64>() / nb.len() as f64;
            }
        }
    }
    if mirrored {
        for row in full.chunks_exact_mut(window) {
            row.reverse();
        }
    }
    full
}

/// Max abs difference relative to the oracle's max abs value.
fn relative_error(got: &[f32], want: &[f64]) -> f64 {
    assert_eq!(got.len(), want.len());
    let max = want.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    let err = got
        .iter()
        .zip(want)
        .fold(0.0f64, |m, (&g, &w)| m.max((g as f64 - w).abs()));
    err / max.max(1e-300)
}

fn random_area(rng: &mut Rng, window: usize) -> Vec<f32> {
    let aw = window + 10;
    (0..aw * aw)
        .map(|i| {
            let (y, x) = ((i / aw) as f64, (i % aw) as f64);
            (128.0 + 60.0 * (x * 0.7).sin() * (y * 0.3).cos() + 40.0 * rng.next()) as f32
        })
        .collect()
}

/// The small synthetic file of the unit checks: 3 views (frontal, yaw −30°, yaw +30°, the
/// last mirroring the second), 3 landmarks (0 ↔ 2 mirrored, 1 its own mirror).
fn small_file(rng: &mut Rng) -> (Vec<u8>, Vec<Vec<Option<Expert>>>) {
    let shape_a: &[(i32, usize)] = &[(2, 5), (1, 3), (0, 1)];
    let shape_b: &[(i32, usize)] = &[(0, 4), (0, 1)];
    let experts = vec![
        vec![
            Some(random_expert(rng, shape_a)),
            Some(random_expert(rng, shape_b)),
            None,
        ],
        vec![
            Some(random_expert(rng, shape_b)),
            Some(random_expert(rng, shape_a)),
            Some(random_expert(rng, shape_b)),
        ],
        vec![None, None, None],
    ];
    let bytes = cen_file(
        0.35,
        &[[0.0, 0.0, 0.0], [0.0, -30.0, 0.0], [0.0, 30.0, 0.0]],
        &[vec![1, 1, 1], vec![1, 1, 1], vec![1, 1, 0]],
        &[2, 1, 0],
        &[0, 2, 1],
        &experts,
    );
    (bytes, experts)
}

#[test]
fn reader_and_responses_match_an_f64_oracle() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let (bytes, experts) = small_file(&mut rng);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cen_patches_0.35_test.dat");
    std::fs::write(&path, &bytes).unwrap();
    let scale = CenScale::read(&path).unwrap();

    // Reader.
    assert_eq!(scale.views.patch_scaling, 0.35);
    assert_eq!(scale.view_count(), 3);
    assert!((scale.views.centers[1][1] + 30.0f64.to_radians()).abs() < 1e-15);
    assert_eq!(scale.mirror_inds, vec![2, 1, 0]);
    assert_eq!(scale.mirror_views, vec![0, 2, 1]);
    assert_eq!(scale.views.visibilities[2], vec![1, 1, 0]);
    let e = &scale.experts[0][0];
    assert_eq!((e.width, e.height, e.layers.len()), (11, 11, 3));
    assert_eq!(
        e.layers
            .iter()
            .map(|l| (l.activation, l.outputs, l.inputs))
            .collect::<Vec<_>>(),
        vec![
            (Activation::Relu, 5, 122),
            (Activation::Linear(1), 3, 5),
            (Activation::Sigmoid, 1, 3)
        ]
    );
    let src = experts[0][0].as_ref().unwrap();
    assert_eq!(e.layers[1].weights[7], src.layers[1].weights[7] as f32);
    assert_eq!(e.layers[2].biases[0], src.layers[2].biases[0] as f32);
    assert_eq!(e.confidence, src.confidence);
    assert!(scale.experts[0][2].is_empty() && scale.experts[2][1].is_empty());
    // Dispatch: frontal pair (0 with 2), 1 alone; mirrored view 2 uses view 1's experts.
    assert_eq!(
        scale.jobs(0).unwrap(),
        vec![
            CenJob::WithMirror {
                landmark: 0,
                mirror: 2
            },
            CenJob::Own { landmark: 1 }
        ]
    );
    assert_eq!(
        scale.jobs(2).unwrap(),
        vec![
            CenJob::Mirrored {
                landmark: 0,
                source_view: 1,
                source_landmark: 2
            },
            CenJob::Mirrored {
                landmark: 1,
                source_view: 1,
                source_landmark: 1
            }
        ]
    );

    let mut ws = CenWorkspace::default();
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let mut worst: f64 = 0.0;
    for window in [11usize, 9, 5, 3] {
        let interp = InterpolationMatrix::new(window).unwrap();
        for trial in 0..3 {
            let mut a0 = random_area(&mut rng, window);
            let a2 = random_area(&mut rng, window);
            if trial == 2 {
                a0.iter_mut().for_each(|v| *v = 42.0); // zero-norm patches
            }
            // Own expert (view 1, landmark 0).
            let (v, l) = (1, 0);
            scale.experts[v][l]
                .response_sparse(Some(&a0), None, &interp, &mut left, &mut right, &mut ws)
                .unwrap();
            let err = relative_error(
                &left,
                &oracle(experts[v][l].as_ref().unwrap(), &a0, window, false),
            );
            worst = worst.max(err);
            // Frontal pair: landmark 0's expert on its area and on landmark 2's, flipped.
            let ex = experts[0][0].as_ref().unwrap();
            scale.experts[0][0]
                .response_sparse(
                    Some(&a0),
                    Some(&a2),
                    &interp,
                    &mut left,
                    &mut right,
                    &mut ws,
                )
                .unwrap();
            let e_left = relative_error(&left, &oracle(ex, &a0, window, false));
            let e_right = relative_error(&right, &oracle(ex, &a2, window, true));
            worst = worst.max(e_left).max(e_right);
            // Mirrored view: view 2, landmark 1 uses view 1's expert of landmark 1, flipped.
            let ex = experts[1][1].as_ref().unwrap();
            right.clear();
            scale.experts[1][1]
                .response_sparse(None, Some(&a2), &interp, &mut left, &mut right, &mut ws)
                .unwrap();
            let e_mirror = relative_error(&right, &oracle(ex, &a2, window, true));
            worst = worst.max(e_mirror);
            assert!(
                err <= RESPONSE_TOLERANCE
                    && e_left <= RESPONSE_TOLERANCE
                    && e_right <= RESPONSE_TOLERANCE
                    && e_mirror <= RESPONSE_TOLERANCE,
                "window {window} trial {trial}: own {err:e}, pair {e_left:e}/{e_right:e}, mirrored {e_mirror:e}"
            );
        }
    }
    eprintln!("CEN response vs f64 oracle: max error {worst:.3e} of the map max (tolerance {RESPONSE_TOLERANCE:e})");

    // The oracle is sensitive: a perturbed weight moves the response beyond the tolerance.
    let mut perturbed = experts[1][0].clone().unwrap();
    perturbed.layers[0].weights[3] += 0.05;
    let a0 = random_area(&mut rng, 11);
    let interp = InterpolationMatrix::new(11).unwrap();
    scale.experts[1][0]
        .response_sparse(Some(&a0), None, &interp, &mut left, &mut right, &mut ws)
        .unwrap();
    let err = relative_error(&left, &oracle(&perturbed, &a0, 11, false));
    eprintln!("with one weight perturbed by 0.05: {err:.3e}");
    assert!(err > RESPONSE_TOLERANCE);
    // Wrong sizes are errors, not panics.
    assert!(scale.experts[1][0]
        .response_sparse(
            Some(&a0[..100]),
            None,
            &interp,
            &mut left,
            &mut right,
            &mut ws
        )
        .is_err());
    assert!(InterpolationMatrix::new(10).is_err());
}

fn one_line_format_error(path: &Path) -> String {
    let err = CenScale::read(path).expect_err("must not load");
    assert!(matches!(err, Error::ModelFormat { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains(&*path.file_name().unwrap().to_string_lossy()),
        "{msg}"
    );
    assert!(!msg.contains('\n'), "{msg}");
    msg
}

#[test]
fn truncated_corrupt_and_missing_files_are_named() {
    let mut rng = Rng(7);
    let (bytes, _) = small_file(&mut rng);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cen_patches_0.50_of.dat");
    for cut in [3, 40, bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&path, &bytes[..cut]).unwrap();
        let msg = one_line_format_error(&path);
        if cut == bytes.len() / 2 {
            eprintln!("truncated: {msg}");
        }
    }
    // The first expert's type (offset: header, 3 centres, 3 visibilities, 2 index matrices).
    let offset = 8 + 4 + 3 * (12 + 24) + 3 * (12 + 12) + (12 + 12) + (12 + 12);
    let mut corrupt = bytes.clone();
    corrupt[offset..offset + 4].copy_from_slice(&5i32.to_le_bytes());
    std::fs::write(&path, &corrupt).unwrap();
    let msg = one_line_format_error(&path);
    assert!(msg.contains("type 5"), "{msg}");
    // A mirror index out of range.
    let mut corrupt = bytes.clone();
    let mirror_at = 8 + 4 + 3 * (12 + 24) + 3 * (12 + 12) + 12;
    corrupt[mirror_at..mirror_at + 4].copy_from_slice(&9i32.to_le_bytes());
    std::fs::write(&path, &corrupt).unwrap();
    one_line_format_error(&path);
    // Missing.
    let err = CenScale::read(&dir.path().join("cen_patches_1.00_of.dat")).unwrap_err();
    assert!(matches!(err, Error::ModelMissing { .. }), "{err:?}");
}

/// The 68-point mirror partners (iBUG order).
fn mirror_68() -> Vec<i32> {
    let mut m: Vec<i32> = (0..68).collect();
    let pairs: &[(i32, i32)] = &[
        (0, 16),
        (1, 15),
        (2, 14),
        (3, 13),
        (4, 12),
        (5, 11),
        (6, 10),
        (7, 9),
        (17, 26),
        (18, 25),
        (19, 24),
        (20, 23),
        (21, 22),
        (31, 35),
        (32, 34),
        (36, 45),
        (37, 44),
        (38, 43),
        (39, 42),
        (40, 47),
        (41, 46),
        (48, 54),
        (49, 53),
        (50, 52),
        (55, 59),
        (56, 58),
        (60, 64),
        (61, 63),
        (65, 67),
    ];
    for &(a, b) in pairs {
        m[a as usize] = b;
        m[b as usize] = a;
    }
    m
}

/// A model directory with OpenFace's files linked from `../shared` and synthetic CEN files
/// for the 4 scales: OpenFace's 7 views (centres and visibilities of the CCNF general model),
/// mirror views 0/6/5/4/3/2/1, experts in view 0 for landmarks not after their mirror partner
/// and in views 1–3 for all, none in views 4–6 (mirrored), tiny networks (122 → 3 ReLU → 1
/// sigmoid).
fn model_dir_with_cen() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let shared = common::models_dir();
    for entry in std::fs::read_dir(&shared).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "model" {
            std::os::unix::fs::symlink(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
    }
    let model = dir.path().join("model");
    std::fs::create_dir(&model).unwrap();
    for entry in std::fs::read_dir(shared.join("model")).unwrap() {
        let entry = entry.unwrap();
        if entry.file_name() != "patch_experts" {
            std::os::unix::fs::symlink(entry.path(), model.join(entry.file_name())).unwrap();
        }
    }
    let patches = model.join("patch_experts");
    std::fs::create_dir(&patches).unwrap();
    for entry in std::fs::read_dir(shared.join("model/patch_experts")).unwrap() {
        let entry = entry.unwrap();
        std::os::unix::fs::symlink(entry.path(), patches.join(entry.file_name())).unwrap();
    }
    let mirror = mirror_68();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let ccnf = ["0.25", "0.35", "0.5", "0.5"];
    for (file, (scaling, ccnf_name)) in CEN_PATCH_FILES
        .iter()
        .zip([0.25, 0.35, 0.5, 1.0].into_iter().zip(ccnf))
    {
        let (geometry, _) = CcnfScale::read(&shared.join(format!(
            "model/patch_experts/ccnf_patches_{ccnf_name}_general.txt"
        )))
        .unwrap();
        let centers: Vec<[f64; 3]> = geometry
            .views
            .centers
            .iter()
            .map(|c| c.map(|v| v.to_degrees()))
            .collect();
        let experts: Vec<Vec<Option<Expert>>> = (0..7)
            .map(|view| {
                (0..68)
                    .map(|i| {
                        let has = match view {
                            0 => i <= mirror[i] as usize,
                            1..=3 => true,
                            _ => false,
                        };
                        has.then(|| random_expert(&mut rng, &[(2, 3), (0, 1)]))
                    })
                    .collect()
            })
            .collect();
        let bytes = cen_file(
            scaling,
            &centers,
            &geometry.views.visibilities,
            &mirror,
            &[0, 6, 5, 4, 3, 2, 1],
            &experts,
        );
        std::fs::write(dir.path().join(file), bytes).unwrap();
    }
    dir
}

fn first_frame() -> Frame {
    let mut reader = VideoReader::open(common::testdata("videos/default.wmv")).unwrap();
    let mut frame = Frame::default();
    assert!(reader.next_frame(&mut frame).unwrap());
    frame
}

#[test]
fn ceclm_is_selectable_only_with_its_files_and_clnf_stays_the_default() {
    assert_eq!(LandmarkModel::default(), LandmarkModel::Clnf);
    assert_eq!(
        "ceclm".parse::<LandmarkModel>().unwrap(),
        LandmarkModel::Ceclm
    );
    assert!("clm".parse::<LandmarkModel>().is_err());
    let dir = model_dir_with_cen();
    let store = ModelStore::resolve(Some(dir.path())).unwrap();

    let clnf = FrontEnd::load(&store).unwrap();
    assert_eq!(clnf.landmark_model, LandmarkModel::Clnf);
    assert!(matches!(
        clnf.clnf.main.patch_experts,
        PatchExperts::Ccnf(_)
    ));
    assert_eq!(clnf.params, ClnfParams::default());

    let started = std::time::Instant::now();
    let fe = FrontEnd::load_with(&store, LandmarkModel::Ceclm).unwrap();
    eprintln!("CE-CLM load: {:.2} s", started.elapsed().as_secs_f64());
    assert!(matches!(fe.clnf.main.patch_experts, PatchExperts::Cen(_)));
    assert_eq!(fe.clnf.main.patch_experts.scale_count(), 4);
    assert!(fe.clnf.main.early_termination.is_some());
    let names: Vec<&str> = fe.clnf.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["left_eye_28", "right_eye_28"]);
    assert_eq!(fe.params.window_sizes, vec![11, 9, 7, 5]);
    assert_eq!((fe.params.sigma, fe.params.reg_factor), (2.25, 22.5));

    let frame = first_frame();
    let started = std::time::Instant::now();
    let fit = fe
        .fit_frame(&frame.image)
        .unwrap()
        .expect("MTCNN finds the face");
    eprintln!(
        "CE-CLM fit_frame (synthetic experts): {:.2} s, hypothesis {}, certainty {}, landmark 30 at ({:.1}, {:.1})",
        started.elapsed().as_secs_f64(),
        fit.hypothesis,
        fit.certainty,
        fit.landmarks.point(30)[0],
        fit.landmarks.point(30)[1]
    );
    assert_eq!(fit.landmarks.len(), 68);
    assert!(fit.landmarks.as_slice().iter().all(|v| v.is_finite()));
    assert_eq!(fit.eye_landmarks.len(), 56);
    assert!(fit.eye_landmarks.as_slice().iter().all(|v| v.is_finite()));
    assert!((0.0..=1.0).contains(&fit.certainty));

    // Missing .dat: ModelMissing naming it, with where to get it; CLNF still loads.
    let victim = dir.path().join(CEN_PATCH_FILES[1]);
    std::fs::remove_file(&victim).unwrap();
    let err = FrontEnd::load_with(&store, LandmarkModel::Ceclm)
        .err()
        .expect("CE-CLM without its files must not load");
    assert!(
        matches!(&err, Error::ModelMissing { path } if path == &victim),
        "{err:?}"
    );
    let msg = err.to_string();
    eprintln!("{msg}");
    assert!(msg.contains("cen_patches_0.35_of.dat"), "{msg}");
    assert!(msg.contains("not part of OpenFace's repository"), "{msg}");
    assert!(msg.contains("download_models"), "{msg}");
    assert!(!msg.contains('\n'), "{msg}");
    FrontEnd::load(&store).unwrap();
}

/// Both branches of `DetectLandmarksInImageMultiHypEarlyTerm`: with every cutoff at −∞ the
/// first hypothesis is completed at once; with every cutoff at +∞ three are completed and the
/// best kept (its certainty source reported when it is not the last completed).
#[test]
fn early_termination_branches() {
    let dir = model_dir_with_cen();
    let main = PathBuf::from(dir.path()).join("model/main_ceclm_general.txt");
    let mut model = ClnfWithParts::read(&main).unwrap();
    let frame = first_frame();
    let image = FloatGrayImage::from_bgr(&frame.image).unwrap();
    // The box around OpenFace's frame-1 landmarks.
    let lm = &common::read_stages("default")[0].landmarks;
    let (xs, ys) = (lm.xs(), lm.ys());
    let min = |v: &[f32]| v.iter().cloned().fold(f32::INFINITY, f32::min);
    let max = |v: &[f32]| v.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let bbox = Rect {
        x: min(xs),
        y: min(ys),
        width: max(xs) - min(xs),
        height: max(ys) - min(ys),
    };
    let opts = ClnfParams::ceclm();
    let et = model.main.early_termination.as_mut().unwrap();
    et.cutoffs.iter_mut().for_each(|c| *c = f64::NEG_INFINITY);
    let early = model.main.detect_hypotheses(&image, &bbox, &opts).unwrap();
    assert_eq!(early.best.hypothesis, 0);
    assert!(early.certainty_from.is_none());
    assert!(early
        .best
        .landmarks
        .as_slice()
        .iter()
        .all(|v| v.is_finite()));

    let et = model.main.early_termination.as_mut().unwrap();
    et.cutoffs.iter_mut().for_each(|c| *c = f64::INFINITY);
    let full = model.main.detect_hypotheses(&image, &bbox, &opts).unwrap();
    assert!(full.best.landmarks.as_slice().iter().all(|v| v.is_finite()));
    if let Some(other) = &full.certainty_from {
        assert!(other.likelihood <= full.best.likelihood);
        assert_ne!(other.hypothesis, full.best.hypothesis);
    }
    let refined = model.detect(&image, &bbox, &opts).unwrap();
    assert_eq!(refined.hypothesis, full.best.hypothesis);
    assert_eq!(
        refined.certainty_from.is_some(),
        full.certainty_from.is_some()
    );
    eprintln!(
        "early termination: at once → hypothesis {} (lh {:.3}); none passing → hypothesis {} (lh {:.3}), certainty from another: {}",
        early.best.hypothesis,
        early.best.likelihood,
        full.best.hypothesis,
        full.best.likelihood,
        full.certainty_from.is_some()
    );
}
