//! Readers of everything a user or a download hands the program never panic and never allocate
//! without bound, whatever the bytes: every model reader, landmark CSVs, CSVs given to
//! `compare`, image files and the model manifest get random bytes and mutated real files
//! (truncated, bytes changed, hostile numbers written into size fields). Each must return
//! `Ok` or an error naming the file; a panic fails the test, and a global allocator records
//! the largest single request, which must stay below 256 MiB.
//!
//! Cases per reader are bounded (see `CASES`) so the whole file runs in well under a minute
//! at the test profile's opt-level 3; `PROPTEST_CASES` raises them for a longer run. Inputs
//! that once crashed a reader are kept in `tests/regressions/` and replayed by
//! `known_crashers`.

mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Records the largest single allocation request.
struct PeakRequest;

static LARGEST: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for PeakRequest {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LARGEST.fetch_max(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LARGEST.fetch_max(new_size, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: PeakRequest = PeakRequest;

/// The largest allocation any reader may request.
const MAX_REQUEST: usize = 256 << 20;

/// Default cases per reader for small inputs; large model files get `CASES / 8`.
const CASES: u32 = 2048;

fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}

/// A reader under test: reads the file at the path it is given.
type Reader = fn(&Path) -> Result<(), String>;

fn ok<T>(r: pyfaceau::Result<T>) -> Result<(), String> {
    r.map(|_| ()).map_err(|e| e.to_string())
}

/// Mutations of `seed`: truncation, changed bytes, a hostile 32-bit number written over four
/// bytes, a hostile number token in text, or random bytes.
fn mutations(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = seed.len().max(1);
    let hostile = prop_oneof![
        Just(i32::MAX),
        Just(i32::MIN),
        Just(-1),
        Just(0),
        Just(1 << 20),
        Just(1 << 30),
        any::<i32>()
    ];
    let s1 = seed.clone();
    let s2 = seed.clone();
    let s3 = seed.clone();
    let s4 = seed;
    prop_oneof![
        (0..=len).prop_map(move |n| s1[..n.min(s1.len())].to_vec()),
        proptest::collection::vec((0..len, any::<u8>()), 1..8).prop_map(move |edits| {
            let mut b = s2.clone();
            for (i, v) in edits {
                if i < b.len() {
                    b[i] = v;
                }
            }
            b
        }),
        ((0..len / 4 + 1), hostile).prop_map(move |(word, v)| {
            let mut b = s3.clone();
            let at = (word * 4).min(b.len().saturating_sub(4));
            if b.len() >= 4 {
                b[at..at + 4].copy_from_slice(&v.to_le_bytes());
            }
            b
        }),
        (
            0..len,
            prop_oneof![
                Just("2147483648"),
                Just("-1"),
                Just("99999999999999999999"),
                Just("nan"),
                Just("1e308"),
                Just("0")
            ]
        )
            .prop_map(move |(at, token)| {
                let mut b = s4.clone();
                // Replace the number starting at or after `at` (text files).
                let start = (at..b.len()).find(|&i| b[i].is_ascii_digit());
                if let Some(start) = start {
                    let end = (start..b.len())
                        .find(|&i| !b[i].is_ascii_digit())
                        .unwrap_or(b.len());
                    b.splice(start..end, token.bytes());
                }
                b
            }),
        proptest::collection::vec(any::<u8>(), 0..512),
    ]
}

/// Runs `reader` on `cases` mutations of `seed`, written to `dir/name`.
fn check(name: &str, seed: Vec<u8>, cases: u32, dir: &Path, reader: Reader) {
    let path = dir.join(name);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let started = std::time::Instant::now();
    runner
        .run(&mutations(seed), |bytes| {
            std::fs::write(&path, &bytes).unwrap();
            if let Err(message) = reader(&path) {
                let file = path.file_name().unwrap().to_string_lossy();
                prop_assert!(
                    message.contains(&*file),
                    "error without the file name: {message}"
                );
                prop_assert!(!message.contains('\n'), "not one line: {message}");
            }
            let largest = LARGEST.load(Ordering::Relaxed);
            prop_assert!(largest < MAX_REQUEST, "allocation of {largest} bytes");
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    eprintln!(
        "{name}: {cases} cases in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

fn model(rel: &str) -> Vec<u8> {
    std::fs::read(common::models_dir().join(rel)).unwrap()
}

fn pdm(p: &Path) -> Result<(), String> {
    ok(pyfaceau::model::pdm::Pdm::read(p))
}
fn triangulation(p: &Path) -> Result<(), String> {
    ok(pyfaceau::face_analyser::align::Triangulation::read(p))
}
/// A detector list naming the (mutated) file as PNet and the real RNet and ONet.
fn mtcnn_net(p: &Path) -> Result<(), String> {
    let real = common::models_dir().join("model/mtcnn_detector");
    let list = p.with_file_name("MTCNN_detector.txt");
    let text = format!(
        "PNet {}\nRNet {}\nONet {}\n",
        p.display(),
        real.join("RNet.dat").display(),
        real.join("ONet.dat").display()
    );
    std::fs::write(&list, text).unwrap();
    ok(pyfaceau::landmarks::mtcnn::MtcnnDetector::read(&list))
}
fn validator(p: &Path) -> Result<(), String> {
    ok(pyfaceau::landmarks::validator::DetectionValidator::read(p))
}
fn ccnf(p: &Path) -> Result<(), String> {
    ok(pyfaceau::landmarks::clnf::ccnf::CcnfScale::read(p))
}
fn landmarks_csv(p: &Path) -> Result<(), String> {
    ok(pyfaceau::io::landmarks_csv::read_landmarks_csv(p))
}
fn compare_csv(p: &Path) -> Result<(), String> {
    ok(pyfaceau::compare::FaceCsv::read(p))
}
/// An AU list naming one `.dat` model beside it (`AU.dat`): the `.dat` is the file mutated.
fn au_model(p: &Path) -> Result<(), String> {
    let list = p.with_file_name("list.txt");
    std::fs::write(&list, "AU.dat AU01\n").unwrap();
    ok(pyfaceau::face_analyser::au_models::AuModels::read_au_list(
        &list,
    ))
}
/// The manifest is parsed from text; its errors name `models/manifest.tsv`.
fn manifest(p: &Path) -> Result<(), String> {
    let bytes = std::fs::read(p).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    ok(pyfaceau::io::model_store::parse_manifest(&text))
}
/// An image folder holding the one (mutated) image: opening reads it.
fn image(p: &Path) -> Result<(), String> {
    let mut reader = match pyfaceau::io::video::VideoReader::open(p.parent().unwrap()) {
        Ok(r) => r,
        Err(e) => return Err(e.to_string()),
    };
    let mut frame = pyfaceau::io::video::Frame::default();
    while let Ok(true) = reader.next_frame(&mut frame) {}
    Ok(())
}

/// The first `n` lines of a reference CSV.
fn csv_head(name: &str, n: usize) -> Vec<u8> {
    let text = std::fs::read_to_string(common::testdata(&format!("openface/{name}"))).unwrap();
    let mut out: String = text.lines().take(n).collect::<Vec<_>>().join("\n");
    out.push('\n');
    out.into_bytes()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn text_models_never_panic() {
    let dir = tmp();
    check(
        "pdm.txt",
        model("AU_predictors/In-the-wild_aligned_PDM_68.txt"),
        cases(CASES / 4),
        dir.path(),
        pdm,
    );
    check(
        "tris.txt",
        model("AU_predictors/tris_68_full.txt"),
        cases(CASES),
        dir.path(),
        triangulation,
    );
}

#[test]
fn binary_models_never_panic() {
    let dir = tmp();
    check(
        "AU.dat",
        model("AU_predictors/svm_combined/AU_1_dynamic.dat"),
        cases(CASES),
        dir.path(),
        au_model,
    );
    check(
        "PNet.dat",
        model("model/mtcnn_detector/PNet.dat"),
        cases(CASES),
        dir.path(),
        mtcnn_net,
    );
}

#[test]
fn large_binary_models_never_panic() {
    let dir = tmp();
    check(
        "validator_cnn.txt",
        model("model/detection_validation/validator_cnn.txt"),
        cases(CASES / 8),
        dir.path(),
        validator,
    );
    check(
        "ccnf_patches_0.25_general.txt",
        model("model/patch_experts/ccnf_patches_0.25_general.txt"),
        cases(CASES / 8),
        dir.path(),
        ccnf,
    );
}

#[test]
fn csvs_never_panic() {
    let dir = tmp();
    check(
        "landmarks.csv",
        csv_head("default.csv", 6),
        cases(CASES),
        dir.path(),
        landmarks_csv,
    );
    check(
        "compared.csv",
        csv_head("default.csv", 6),
        cases(CASES),
        dir.path(),
        compare_csv,
    );
}

#[test]
fn manifest_never_panics() {
    let dir = tmp();
    let text =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("models/manifest.tsv")).unwrap();
    let path = dir.path().join("manifest.tsv");
    let mut runner = TestRunner::new(Config {
        cases: cases(CASES),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&mutations(text), |bytes| {
            std::fs::write(&path, &bytes).unwrap();
            if let Err(message) = manifest(&path) {
                prop_assert!(message.contains("manifest.tsv"), "{message}");
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn images_never_panic() {
    let dir = tmp();
    let folder = dir.path().join("seq");
    std::fs::create_dir(&folder).unwrap();
    check(
        "seq/001.jpg",
        std::fs::read(common::testdata("imgseq/001.jpg")).unwrap(),
        cases(CASES / 2),
        dir.path(),
        image,
    );
}

// ---------------------------------------------------------------------------------------------
// Fixed hostile inputs.

/// Every model reader on a 0-byte and a 1-byte file: an error naming it.
#[test]
fn empty_and_one_byte_model_files() {
    let dir = tmp();
    let readers: [(&str, Reader); 6] = [
        ("pdm.txt", pdm),
        ("tris.txt", triangulation),
        ("AU.dat", au_model),
        ("PNet.dat", mtcnn_net),
        ("validator_cnn.txt", validator),
        ("ccnf_patches_0.25_general.txt", ccnf),
    ];
    for (name, reader) in readers {
        for bytes in [&b""[..], &b"\x01"[..]] {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let err = reader(&path).expect_err(name);
            assert!(err.contains(name), "{name}: {err}");
        }
    }
}

/// A matrix header claiming 2^31 rows (text and binary) is refused before allocating.
#[test]
fn matrix_header_claiming_2_pow_31_rows() {
    let dir = tmp();
    let text = dir.path().join("pdm.txt");
    std::fs::write(&text, "2147483648\n1\n6\n1.0\n").unwrap();
    let err = pdm(&text).unwrap_err();
    assert!(
        err.contains("pdm.txt") && err.contains("2147483648"),
        "{err}"
    );
    // Just under the size cap: refused as the file runs out, without reserving 400 MB.
    std::fs::write(&text, "7000\n7000\n6\n1.0\n").unwrap();
    let err = pdm(&text).unwrap_err();
    assert!(err.contains("pdm.txt"), "{err}");

    // A binary network: depth 1, a PReLU layer whose float matrix claims 2^31 (as the
    // unsigned 0x80000000) or 2^31 - 1 rows, followed by 8 floats.
    let bin = dir.path().join("PNet.dat");
    for rows in [0x8000_0000u32, i32::MAX as u32] {
        let mut bytes = Vec::new();
        for v in [1u32, 3, rows, 1, 5] {
            bytes.extend_from_slice(&v.to_le_bytes());
        }
        bytes.extend_from_slice(&[0u8; 32]);
        std::fs::write(&bin, &bytes).unwrap();
        let err = mtcnn_net(&bin).unwrap_err();
        assert!(err.contains("PNet.dat"), "{err}");
    }
    assert!(LARGEST.load(Ordering::Relaxed) < MAX_REQUEST);
}

/// A CSV with a 10 MB line: refused or read, no crash, bounded memory.
#[test]
fn csv_with_a_10_mb_line() {
    let dir = tmp();
    let mut bytes = csv_head("default.csv", 3);
    bytes.extend(std::iter::repeat_n(b'7', 10 << 20));
    bytes.push(b'\n');
    let path = dir.path().join("long.csv");
    std::fs::write(&path, &bytes).unwrap();
    for reader in [landmarks_csv as Reader, compare_csv] {
        let err = reader(&path).unwrap_err();
        assert!(err.contains("long.csv"), "{err}");
        assert!(
            err.len() < 1000,
            "the message quotes the line: {} bytes",
            err.len()
        );
    }
}

/// Inputs that made a reader panic before it was fixed (`tests/regressions/NAME.bin`, read by
/// the reader its name starts with).
#[test]
fn known_crashers() {
    let dir = tmp();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let Ok(entries) = std::fs::read_dir(&root) else {
        return;
    };
    let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let (name, reader): (&str, Reader) = match stem.split('-').next().unwrap() {
            "pdm" => ("pdm.txt", pdm),
            "tris" => ("tris.txt", triangulation),
            "au" => ("AU.dat", au_model),
            "pnet" => ("PNet.dat", mtcnn_net),
            "validator" => ("validator_cnn.txt", validator),
            "ccnf" => ("ccnf.txt", ccnf),
            "landmarks" => ("landmarks.csv", landmarks_csv),
            "compare" => ("compared.csv", compare_csv),
            other => panic!("unknown reader {other} for {}", file.display()),
        };
        let path = dir.path().join(name);
        std::fs::copy(&file, &path).unwrap();
        if let Err(e) = reader(&path) {
            assert!(e.contains(name), "{}: {e}", file.display());
        }
    }
}
