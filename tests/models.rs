//! Model management: the manifest against OpenFace's own model index files, verification,
//! installation from a directory, and downloads over real HTTP from a server started here on
//! 127.0.0.1 (no network needed).
//!
//! The manifest test derives the file list by following OpenFace 2.2's index files from the
//! roots the tool loads (`AU_predictors/main_dynamic_svms.txt`, `main_static_svms.txt`,
//! `model/main_clnf_general.txt`, `model/mtcnn_detector/MTCNN_detector.txt`) and checks every
//! row's size and SHA-256 against `../shared/models/openface-2.2.sha256` and the files. Run it
//! with `PYFACEAU_WRITE_MANIFEST=1` to rewrite `models/manifest.tsv`.

mod common;

use assert_cmd::Command;
use pyfaceau::io::model_store::{self, ManifestEntry, ModelPart};
use pyfaceau::io::verified_stamps::{self, StampError};
use pyfaceau::landmarks::clnf::sigma_cache;
use pyfaceau::Error;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// The manifest, derived from OpenFace's index files.

const UPSTREAM: &str =
    "https://raw.githubusercontent.com/TadasBaltrusaitis/OpenFace/OpenFace_2.2.0";

/// The upstream location of a file given by its path in OpenFace's installed layout.
fn upstream_url(rel: &str) -> String {
    if rel.starts_with("model/") {
        format!("{UPSTREAM}/lib/local/LandmarkDetector/{rel}")
    } else if rel.starts_with("AU_predictors/") {
        format!("{UPSTREAM}/lib/local/FaceAnalyser/{rel}")
    } else {
        panic!("no upstream location known for {rel}")
    }
}

/// Follows OpenFace's model index files from the roots and records every file they make
/// OpenFace open, relative to the model directory.
struct ReferenceWalker<'a> {
    root: &'a Path,
    files: BTreeSet<String>,
}

impl<'a> ReferenceWalker<'a> {
    fn new(root: &'a Path) -> Self {
        Self {
            root,
            files: BTreeSet::new(),
        }
    }

    /// Records `rel` (which must exist) and returns its lines as (keyword, rest) pairs.
    fn open(&mut self, rel: &str) -> Vec<(String, String)> {
        let path = self.root.join(rel);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{} (referenced by the model chain): {e}", path.display()));
        self.files.insert(rel.to_string());
        text.lines()
            .filter_map(|line| {
                let line = line.trim();
                let (key, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                (!key.is_empty()).then(|| (key.to_string(), rest.trim().to_string()))
            })
            .collect()
    }

    /// A leaf file: recorded, must exist, not parsed.
    fn leaf(&mut self, rel: &str) {
        let path = self.root.join(rel);
        assert!(
            path.is_file(),
            "{} (referenced by the model chain) is missing",
            path.display()
        );
        self.files.insert(rel.to_string());
    }

    /// `location` as written in the index file `from`: relative to `from`'s folder.
    fn resolve(from: &str, location: &str) -> String {
        let mut parts: Vec<&str> = from.split('/').collect();
        parts.pop();
        for c in location.split('/') {
            match c {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                c => parts.push(c),
            }
        }
        parts.join("/")
    }

    fn first_token(rest: &str) -> &str {
        rest.split_whitespace().next().unwrap_or("")
    }

    /// A landmark detector main file (`CLNF::Read`).
    fn clnf_main(&mut self, rel: &str) {
        for (key, rest) in self.open(rel) {
            let target = Self::resolve(rel, Self::first_token(&rest));
            match key.as_str() {
                "LandmarkDetector" => self.clnf_modules(&target),
                "LandmarkDetector_part" => self.clnf_main(&target),
                "DetectionValidator" => self.leaf(&target),
                // OpenFace 2.2's CLNF::Read has no branch for this key: the file is never opened.
                "FaceDetConversion" => {}
                other => panic!("{rel}: unknown module {other}"),
            }
        }
    }

    /// A CLNF module file (`CLNF::Read_CLNF`): PDM, triangulations, patch experts.
    fn clnf_modules(&mut self, rel: &str) {
        for (key, rest) in self.open(rel) {
            match key.as_str() {
                "PDM" | "Triangulations" | "PatchesIntensity" | "PatchesCCNF" | "PatchesCEN"
                | "EarlyTermination" => self.leaf(&Self::resolve(rel, &rest)),
                other => panic!("{rel}: unknown module {other}"),
            }
        }
    }

    /// `FaceDetectorMTCNN::Read`.
    fn mtcnn(&mut self, rel: &str) {
        for (key, rest) in self.open(rel) {
            match key.as_str() {
                "PNet" | "RNet" | "ONet" => {
                    self.leaf(&Self::resolve(rel, Self::first_token(&rest)))
                }
                other => panic!("{rel}: unknown module {other}"),
            }
        }
    }

    /// `FaceAnalyser::Read`: the AU predictor list, PDM and triangulation.
    fn au_main(&mut self, rel: &str) {
        for (key, rest) in self.open(rel) {
            let target = Self::resolve(rel, Self::first_token(&rest));
            match key.as_str() {
                "AUPredictor" => self.au_list(&target),
                "PDM" | "Triangulation" => self.leaf(&target),
                other => panic!("{rel}: unknown module {other}"),
            }
        }
    }

    /// `FaceAnalyser::ReadAU`: one regressor file per line, then the AU names.
    fn au_list(&mut self, rel: &str) {
        for (file, _names) in self.open(rel) {
            self.leaf(&Self::resolve(rel, &file));
        }
    }
}

/// The files of each part, derived from the model directory `root`.
fn derive_parts(root: &Path) -> BTreeMap<String, ModelPart> {
    let mut au = ReferenceWalker::new(root);
    au.au_main("AU_predictors/main_dynamic_svms.txt");
    au.au_main("AU_predictors/main_static_svms.txt");
    let mut landmarks = ReferenceWalker::new(root);
    landmarks.clnf_main("model/main_clnf_general.txt");
    landmarks.mtcnn("model/mtcnn_detector/MTCNN_detector.txt");
    let mut out = BTreeMap::new();
    for f in au.files {
        out.insert(f, ModelPart::Au);
    }
    for f in landmarks.files {
        let previous = out.insert(f.clone(), ModelPart::Landmarks);
        assert!(previous.is_none(), "{f} is in both parts");
    }
    out
}

/// `../shared/models/openface-2.2.sha256`: path → SHA-256.
fn shared_checksums() -> BTreeMap<String, String> {
    let path = common::shared_dir().join("models/openface-2.2.sha256");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (sha, file) = l.split_once("  ").expect("sha256sum line");
            (file.trim_start_matches("./").to_string(), sha.to_string())
        })
        .collect()
}

const MANIFEST_HEADER: &str = "\
# OpenFace 2.2 model files read by pyfaceau-rs. The files themselves are NOT part of this project:
# OpenFace's licence allows academic or non-profit non-commercial research use only
# (https://github.com/TadasBaltrusaitis/OpenFace/blob/master/OpenFace-license.txt).
# `pyfaceau-rs models fetch` downloads them from the URLs below and checks each against this list.
# Generated by tests/models.rs (manifest_matches_openface_references; PYFACEAU_WRITE_MANIFEST=1
# rewrites it) from OpenFace's model index files. Tab-separated columns:
# path (in OpenFace's installed layout)	size (bytes)	sha256	part (au | landmarks)	url (tag OpenFace_2.2.0)
";

/// Derives the manifest text from `../shared`: every referenced file with its size, SHA-256
/// (the file's, which must equal `openface-2.2.sha256`'s) and upstream URL.
fn generate_manifest() -> String {
    let root = common::models_dir();
    let sums = shared_checksums();
    let mut text = String::from(MANIFEST_HEADER);
    for (rel, part) in derive_parts(&root) {
        let bytes = std::fs::read(root.join(&rel)).unwrap();
        let sha = sha256_hex(&bytes);
        let listed = sums
            .get(&rel)
            .unwrap_or_else(|| panic!("{rel} is not in openface-2.2.sha256"));
        assert_eq!(&sha, listed, "{rel}: file and openface-2.2.sha256 disagree");
        text.push_str(&format!(
            "{rel}\t{}\t{sha}\t{}\t{}\n",
            bytes.len(),
            part.as_str(),
            upstream_url(&rel)
        ));
    }
    text
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// The committed manifest lists exactly the files OpenFace's index files reference from the
/// roots the tool loads, each with the size and SHA-256 of `../shared` and its URL at the
/// `OpenFace_2.2.0` tag; the compiled-in copy equals the committed file.
#[test]
fn manifest_matches_openface_references() {
    let generated = generate_manifest();
    let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/manifest.tsv");
    if std::env::var_os("PYFACEAU_WRITE_MANIFEST").is_some() {
        std::fs::write(&committed_path, &generated).unwrap();
        eprintln!("wrote {}", committed_path.display());
    }
    let committed = std::fs::read_to_string(&committed_path).unwrap();
    assert!(
        committed == generated,
        "models/manifest.tsv is out of date: run with PYFACEAU_WRITE_MANIFEST=1"
    );
    assert!(
        model_store::MANIFEST_TSV == committed,
        "the compiled-in manifest is stale: rebuild"
    );

    let entries = model_store::manifest();
    let total: u64 = entries.iter().map(|e| e.size).sum();
    let count = |p| entries.iter().filter(|e| e.part == p).count();
    let bytes = |p| -> u64 { entries.iter().filter(|e| e.part == p).map(|e| e.size).sum() };
    eprintln!(
        "manifest: {} rows, {total} bytes ({:.2} MB); au {} rows {} bytes; landmarks {} rows {} bytes",
        entries.len(),
        total as f64 / 1e6,
        count(ModelPart::Au),
        bytes(ModelPart::Au),
        count(ModelPart::Landmarks),
        bytes(ModelPart::Landmarks),
    );
    // Files the pipeline cannot do without, whatever the walk found.
    for must in [
        "AU_predictors/main_dynamic_svms.txt",
        "AU_predictors/AU_all_best.txt",
        "AU_predictors/In-the-wild_aligned_PDM_68.txt",
        "AU_predictors/tris_68_full.txt",
        "AU_predictors/svr_combined/AU_1_dynamic_intensity_comb.dat",
        "model/main_clnf_general.txt",
        "model/patch_experts/ccnf_patches_0.25_general.txt",
        "model/model_inner/patch_experts/ccnf_patches_1.00_inner.txt",
        "model/model_eye/pdms/pdm_28_l_eye_3D_closed.txt",
        "model/detection_validation/validator_cnn.txt",
        "model/mtcnn_detector/ONet.dat",
    ] {
        assert!(
            entries.iter().any(|e| e.path == must),
            "{must} not in the manifest"
        );
    }
    // Never used by the CLNF chain: the CE-CLM files and the unused FaceDetConversion file.
    for never in [
        "model/haarAlign.txt",
        "model/cen_general.txt",
        "model/early_term_cen_of.txt",
    ] {
        assert!(
            !entries.iter().any(|e| e.path == never),
            "{never} should not be listed"
        );
    }
}

/// Malformed manifest text is rejected with the line number.
#[test]
fn manifest_parser_rejects_bad_rows() {
    let good = format!(
        "# c\nmodel/a.txt\t3\t{}\tau\thttps://x/a\n",
        sha256_hex(b"abc")
    );
    assert_eq!(model_store::parse_manifest(&good).unwrap().len(), 1);
    for bad in [
        "model/a.txt\t3\tzz\tau\thttps://x/a".to_string(),
        format!("../a.txt\t3\t{}\tau\thttps://x/a", sha256_hex(b"abc")),
        format!(
            "model/a.txt\tthree\t{}\tau\thttps://x/a",
            sha256_hex(b"abc")
        ),
        format!("model/a.txt\t3\t{}\teyes\thttps://x/a", sha256_hex(b"abc")),
        format!("model/a.txt\t3\t{}\tau", sha256_hex(b"abc")),
    ] {
        let err = model_store::parse_manifest(&format!("# c\n{bad}\n")).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}

// ---------------------------------------------------------------------------------------------
// Verification and installation from a directory.

/// A fresh copy of the whole model set in a temp dir, made with `install_from`.
fn installed_copy() -> tempfile::TempDir {
    let dest = tempfile::tempdir().unwrap();
    let report = model_store::install_from(&common::models_dir(), dest.path()).unwrap();
    assert_eq!(report.transferred, model_store::manifest().len());
    dest
}

fn flip_byte(path: &Path, at: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[at] ^= 0x01;
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn verify_passes_on_shared_models() {
    let t = Instant::now();
    let report = model_store::verify(&common::models_dir()).unwrap();
    eprintln!(
        "verified {} files, {} bytes in {:?}",
        report.files_ok,
        report.bytes_ok,
        t.elapsed()
    );
    assert_eq!(report.files_ok, model_store::manifest().len());
    model_store::check_for_run(
        &common::models_dir(),
        &[ModelPart::Au, ModelPart::Landmarks],
    )
    .unwrap();
}

#[test]
fn install_from_then_verify() {
    let dest = installed_copy();
    let report = model_store::verify(dest.path()).unwrap();
    assert_eq!(report.files_ok, model_store::manifest().len());
    // A second install finds everything in place and copies nothing.
    let again = model_store::install_from(&common::models_dir(), dest.path()).unwrap();
    assert_eq!(
        (again.transferred, again.already_ok),
        (0, model_store::manifest().len())
    );
    assert_no_temp_files(dest.path());
}

#[test]
fn tampered_file_is_named() {
    let dest = installed_copy();
    let rel = "AU_predictors/svr_combined/AU_12_static_intensity_comb.dat";
    let file = dest.path().join(rel);
    flip_byte(&file, 1000);
    match model_store::verify(dest.path()) {
        Err(Error::ModelTampered { path, detail }) => {
            assert_eq!(path, file);
            assert!(detail.contains("SHA-256"), "{detail}");
        }
        other => panic!("expected ModelTampered, got {other:?}"),
    }
    let err = model_store::check_for_run(dest.path(), &[ModelPart::Au]).unwrap_err();
    assert!(err.to_string().contains(rel), "{err}");
    // Only the AU part is damaged: a landmarks-only check passes.
    model_store::check_for_run(dest.path(), &[ModelPart::Landmarks]).unwrap();
    let report = model_store::verify_entries(dest.path(), model_store::manifest());
    assert_eq!(report.problems.len(), 1);
    // A truncated file is caught by its size.
    let pdm = dest
        .path()
        .join("model/pdms/In-the-wild_aligned_PDM_68.txt");
    let len = std::fs::metadata(&pdm).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&pdm)
        .unwrap()
        .set_len(len - 1)
        .unwrap();
    match model_store::check_for_run(dest.path(), &[ModelPart::Landmarks]) {
        Err(Error::ModelTampered { path, detail }) => {
            assert_eq!(path, pdm);
            assert!(detail.contains("bytes"), "{detail}");
        }
        other => panic!("expected ModelTampered, got {other:?}"),
    }
    // install_from repairs exactly the two damaged files.
    let repaired = model_store::install_from(&common::models_dir(), dest.path()).unwrap();
    assert_eq!(repaired.transferred, 2);
    model_store::verify(dest.path()).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Verified stamps: a run trusts an unchanged file without hashing it.

/// A copy of the AU part's files whose times have settled, so they can be stamped.
fn settled_au_copy() -> tempfile::TempDir {
    let dest = tempfile::tempdir().unwrap();
    let entries = model_store::entries_for(&[ModelPart::Au]);
    let report = model_store::install_entries_from(&common::models_dir(), dest.path(), &entries);
    assert!(report.is_ok(), "{:?}", report.problems);
    std::thread::sleep(verified_stamps::SETTLE + Duration::from_millis(200));
    dest
}

fn au_check(dir: &Path, cache: &Path) -> pyfaceau::Result<model_store::RunCheck> {
    model_store::check_with_stamps(dir, &[ModelPart::Au], Some(cache))
}

#[test]
fn stamps_spare_the_hash_until_a_file_changes() {
    let dest = settled_au_copy();
    let cache = tempfile::tempdir().unwrap();
    let n = model_store::entries_for(&[ModelPart::Au]).len();
    let first = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((first.hashed, first.stamped), (n, 0));
    assert!(first.stamp_problem.is_none(), "{:?}", first.stamp_problem);
    let second = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((second.hashed, second.stamped), (0, n));
    // Changed in place, same size: its times change, so it is hashed and caught.
    let rel = "AU_predictors/svr_combined/AU_12_static_intensity_comb.dat";
    flip_byte(&dest.path().join(rel), 1000);
    match au_check(dest.path(), cache.path()) {
        Err(Error::ModelTampered { path, detail }) => {
            assert_eq!(path, dest.path().join(rel));
            assert!(detail.contains("SHA-256"), "{detail}");
        }
        other => panic!("expected ModelTampered, got {other:?}"),
    }
    // Changed back: hashed again (too young to stamp), and it passes.
    flip_byte(&dest.path().join(rel), 1000);
    let third = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((third.hashed, third.stamped), (1, n - 1));
    // Replaced by another file of the same size (a new inode) : hashed and caught.
    let other = dest.path().join("replacement");
    let mut bytes = std::fs::read(dest.path().join(rel)).unwrap();
    bytes[2000] ^= 0x01;
    std::fs::write(&other, bytes).unwrap();
    std::fs::rename(&other, dest.path().join(rel)).unwrap();
    assert!(matches!(
        au_check(dest.path(), cache.path()),
        Err(Error::ModelTampered { .. })
    ));
    // Without a cache directory every file is hashed.
    let none =
        model_store::check_with_stamps(&common::models_dir(), &[ModelPart::Au], None).unwrap();
    assert_eq!((none.hashed, none.stamped), (n, 0));
}

#[test]
fn a_corrupt_stamp_file_is_rebuilt_never_trusted() {
    let dest = settled_au_copy();
    let cache = tempfile::tempdir().unwrap();
    let n = model_store::entries_for(&[ModelPart::Au]).len();
    au_check(dest.path(), cache.path()).unwrap();
    let file = verified_stamps::stamp_file(cache.path(), dest.path());
    let text = std::fs::read_to_string(&file).unwrap();
    // Garbage: ignored (every file hashed), reported, and replaced by a good file.
    std::fs::write(&file, b"{not json").unwrap();
    let check = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((check.hashed, check.stamped), (n, 0));
    assert!(
        matches!(check.stamp_problem, Some(StampError::Format { .. })),
        "{:?}",
        check.stamp_problem
    );
    let again = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((again.hashed, again.stamped), (0, n));
    // A well-formed stamp file whose stamps do not match the files (another inode) is not
    // trusted either: the files are hashed.
    let forged = text.replace("\"ino\":", "\"ino\":1");
    assert_ne!(forged, text);
    std::fs::write(&file, forged).unwrap();
    let check = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((check.hashed, check.stamped), (n, 0));
    // A stamp file of another model directory is not used for this one.
    let moved = tempfile::tempdir().unwrap();
    std::fs::copy(
        &file,
        verified_stamps::stamp_file(cache.path(), moved.path()),
    )
    .unwrap();
    let stamps = verified_stamps::Stamps::load(Some(cache.path()), moved.path());
    assert!(matches!(stamps.problem, Some(StampError::Format { .. })));
}

#[test]
fn concurrent_checks_leave_a_whole_stamp_file() {
    let dest = settled_au_copy();
    let cache = tempfile::tempdir().unwrap();
    let n = model_store::entries_for(&[ModelPart::Au]).len();
    std::thread::scope(|s| {
        let runs: Vec<_> = (0..6)
            .map(|_| s.spawn(|| au_check(dest.path(), cache.path())))
            .collect();
        for run in runs {
            let check = run.join().unwrap().unwrap();
            assert!(check.stamp_problem.is_none(), "{:?}", check.stamp_problem);
        }
    });
    // Each writer renamed a complete file into place: it parses and holds every stamp.
    let check = au_check(dest.path(), cache.path()).unwrap();
    assert_eq!((check.hashed, check.stamped), (0, n));
    let leftovers: Vec<_> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|name| name.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn runs_with_stamped_models_write_the_same_files() {
    // The shared model files are old enough to be stamped by the first run, which also stores
    // the CCNF `Σ` matrices it computes; the second reads them.
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let video = common::testdata("videos/0417_02_003_bill_clinton.avi");
    let run = |cache_dir: &std::ffi::OsStr, name: &str| {
        let csv = out.path().join(format!("{name}.csv"));
        let hog = out.path().join(format!("{name}.hog"));
        Command::cargo_bin("pyfaceau-rs")
            .unwrap()
            .env(verified_stamps::CACHE_DIR_ENV, cache_dir)
            .args(["extract", "--quiet", "--threads", "2", "--models"])
            .arg(common::models_dir())
            .arg(&video)
            .arg("-o")
            .arg(&csv)
            .arg("--hog")
            .arg(&hog)
            .assert()
            .success();
        (std::fs::read(csv).unwrap(), std::fs::read(hog).unwrap())
    };
    let hashed = run("off".as_ref(), "hashed");
    let first = run(cache.path().as_os_str(), "first");
    let stamp = verified_stamps::stamp_file(cache.path(), &common::models_dir());
    assert!(stamp.is_file(), "the first run stamps the model files");
    let check = model_store::check_with_stamps(
        &common::models_dir(),
        &[ModelPart::Au, ModelPart::Landmarks],
        Some(cache.path()),
    )
    .unwrap();
    assert_eq!(check.hashed, 0, "every file a run reads is stamped");
    let sigmas = cache.path().join(sigma_cache::FILE_NAME);
    let stored = std::fs::metadata(&sigmas).map(|m| m.len()).unwrap_or(0);
    assert!(
        stored > 1 << 20,
        "the first run stores its Σ matrices ({stored} bytes)"
    );
    let stamped = run(cache.path().as_os_str(), "stamped");
    assert_eq!(
        std::fs::metadata(&sigmas).unwrap().len(),
        stored,
        "nothing left to add"
    );
    assert!(hashed == first && first == stamped, "outputs differ");
}

#[test]
fn missing_file_is_named() {
    let dest = installed_copy();
    let rel = "model/model_eye/patch_experts/ccnf_patches_1.50_synth_lid_.txt";
    let file = dest.path().join(rel);
    std::fs::remove_file(&file).unwrap();
    match model_store::verify(dest.path()) {
        Err(Error::ModelMissing { path }) => assert_eq!(path, file),
        other => panic!("expected ModelMissing, got {other:?}"),
    }
    // A missing directory is one problem, not one per file.
    let gone = dest.path().join("nowhere");
    let report = model_store::verify_entries(&gone, model_store::manifest());
    assert_eq!(report.problems.len(), 1);
    assert!(matches!(&report.problems[0], Error::ModelMissing { path } if *path == gone));
}

#[test]
fn install_from_a_bad_source_names_the_source_file() {
    // Source: a copy with one file damaged and one removed.
    let src = installed_copy();
    let damaged = src.path().join("AU_predictors/AU_all_best.txt");
    flip_byte(&damaged, 3);
    let removed = src.path().join("model/mtcnn_detector/RNet.dat");
    std::fs::remove_file(&removed).unwrap();
    let dest = tempfile::tempdir().unwrap();
    let report =
        model_store::install_entries_from(src.path(), dest.path(), model_store::manifest());
    assert_eq!(report.transferred, model_store::manifest().len() - 2);
    assert_eq!(report.problems.len(), 2);
    assert!(report
        .problems
        .iter()
        .any(|e| matches!(e, Error::ModelTampered { path, .. } if *path == damaged)));
    assert!(report
        .problems
        .iter()
        .any(|e| matches!(e, Error::ModelMissing { path } if *path == removed)));
    // A source directory that does not exist is one problem.
    let nowhere = src.path().join("nowhere");
    let report = model_store::install_entries_from(&nowhere, dest.path(), model_store::manifest());
    assert_eq!(report.problems.len(), 1);
    assert!(matches!(&report.problems[0], Error::ModelMissing { path } if *path == nowhere));
    // Nothing was written for the two bad files.
    assert!(!dest.path().join("AU_predictors/AU_all_best.txt").exists());
    assert!(!dest.path().join("model/mtcnn_detector/RNet.dat").exists());
    assert_no_temp_files(dest.path());
}

// ---------------------------------------------------------------------------------------------
// Downloads over real HTTP/1.1 from a server on 127.0.0.1.

/// How the test server answers one path.
#[derive(Clone, Copy, PartialEq)]
enum Misbehave {
    /// Announce the file's full length but send only half of it, then close.
    CutBody,
}

/// A minimal HTTP/1.1 file server: `GET /<rel>` answers the file `root/<rel>` (200, with
/// Content-Length, `Connection: close`) or 404. It serves at most `max_requests` requests, lives
/// at most `lifetime`, and stops when dropped.
struct TestServer {
    base_url: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<Vec<String>>>,
}

impl TestServer {
    fn start(root: PathBuf, max_requests: usize, lifetime: Duration) -> Self {
        Self::start_with(root, max_requests, lifetime, BTreeMap::new())
    }

    fn start_with(
        root: PathBuf,
        max_requests: usize,
        lifetime: Duration,
        misbehave: BTreeMap<String, Misbehave>,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + lifetime;
            let mut served = Vec::new();
            while served.len() < max_requests
                && Instant::now() < deadline
                && !stop_flag.load(Ordering::Relaxed)
            {
                match listener.accept() {
                    Ok((stream, _)) => {
                        if let Some(path) = serve_one(stream, &root, &misbehave) {
                            served.push(path);
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(2))
                    }
                    Err(e) => panic!("accept: {e}"),
                }
            }
            served
        });
        Self {
            base_url,
            stop,
            thread: Some(thread),
        }
    }

    /// Stops the server and returns the paths it was asked for, in order.
    fn finish(mut self) -> Vec<String> {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Answers one request; returns the requested path.
fn serve_one(
    mut stream: TcpStream,
    root: &Path,
    misbehave: &BTreeMap<String, Misbehave>,
) -> Option<String> {
    stream.set_nonblocking(false).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream
        .set_write_timeout(Some(Duration::from_secs(5)))
        .ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).ok()?;
    // Skip the headers.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next()?, words.next()?);
    let rel = target.trim_start_matches('/').to_string();
    let safe = method == "GET" && !rel.split('/').any(|c| c == ".." || c.is_empty());
    let file = safe.then(|| root.join(&rel)).filter(|p| p.is_file());
    match file {
        Some(file) => {
            let body = std::fs::read(file).ok()?;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).ok()?;
            let sent = match misbehave.get(&rel) {
                Some(Misbehave::CutBody) => &body[..body.len() / 2],
                None => &body[..],
            };
            // The client may give up early (e.g. when the body is longer than expected).
            let _ = stream.write_all(sent);
        }
        None => {
            let body = b"not found\n";
            let head = format!(
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).ok()?;
            stream.write_all(body).ok()?;
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Both);
    // Drain anything left so the close is clean.
    let _ = reader.read(&mut [0u8; 64]);
    Some(rel)
}

fn assert_no_temp_files(dir: &Path) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                assert!(
                    !name.ends_with(".part"),
                    "temporary file left: {}",
                    p.display()
                );
            }
        }
    }
}

/// A server root holding copies of `entries` taken from `../shared`.
fn server_root_with(entries: &[ManifestEntry]) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    for e in entries {
        let dest = e.path_in(root.path());
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::copy(e.path_in(&common::models_dir()), dest).unwrap();
    }
    root
}

fn pick(paths: &[&str]) -> Vec<ManifestEntry> {
    paths
        .iter()
        .map(|p| {
            model_store::manifest()
                .iter()
                .find(|e| e.path == *p)
                .unwrap_or_else(|| panic!("{p} not in the manifest"))
                .clone()
        })
        .collect()
}

/// (a) Everything the AU chain needs, served from `../shared`: fetched, verified, and a second
/// fetch downloads nothing.
#[test]
fn fetch_au_chain_over_http() {
    let entries = model_store::entries_for(&[ModelPart::Au]);
    let server = TestServer::start(
        common::models_dir(),
        entries.len() + 5,
        Duration::from_secs(120),
    );
    let dest = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let mut received = 0u64;
    let report =
        model_store::fetch_entries(dest.path(), &entries, Some(&server.base_url), &mut |ev| {
            if let model_store::FetchEvent::Received { bytes } = ev {
                received += bytes
            }
        });
    eprintln!(
        "fetched {} AU files ({} bytes) in {:?}",
        report.transferred,
        report.transferred_bytes,
        t.elapsed()
    );
    assert!(report.is_ok(), "{:?}", report.problems);
    assert_eq!(report.transferred, entries.len());
    assert_eq!(received, entries.iter().map(|e| e.size).sum::<u64>());
    model_store::check_for_run(dest.path(), &[ModelPart::Au]).unwrap();
    let report = model_store::verify_entries(dest.path(), &entries);
    assert!(report.is_ok());
    assert_eq!(report.files_ok, entries.len());
    let again =
        model_store::fetch_entries(dest.path(), &entries, Some(&server.base_url), &mut |_| {});
    assert_eq!((again.transferred, again.already_ok), (0, entries.len()));
    let served = server.finish();
    assert_eq!(
        served.len(),
        entries.len(),
        "the second fetch must not download"
    );
    assert_no_temp_files(dest.path());
}

/// (a) The whole manifest, with the public `fetch` (base URL as argument); only a damaged file
/// is downloaded again.
#[test]
fn fetch_everything_over_http_and_repair() {
    let n = model_store::manifest().len();
    let server = TestServer::start(common::models_dir(), n + 5, Duration::from_secs(120));
    let dest = tempfile::tempdir().unwrap();
    let report = model_store::fetch(dest.path(), Some(&format!("{}/", server.base_url))).unwrap();
    assert_eq!(report.transferred, n);
    model_store::verify(dest.path()).unwrap();
    let rel = "model/patch_experts/ccnf_patches_0.35_general.txt";
    flip_byte(&dest.path().join(rel), 12345);
    let report = model_store::fetch(dest.path(), Some(&server.base_url)).unwrap();
    assert_eq!((report.transferred, report.already_ok), (1, n - 1));
    model_store::verify(dest.path()).unwrap();
    let served = server.finish();
    assert_eq!(served.len(), n + 1);
    assert_eq!(served.last().unwrap(), rel);
}

/// (b) A truncated file, two ways: the server's copy is short (Content-Length matches it), or
/// the server announces the full length and closes halfway. Either way a clear error naming
/// the file, and nothing at the final path.
#[test]
fn fetch_truncated_body_fails_cleanly() {
    let short = "AU_predictors/svm_combined/AU_4_static.dat";
    let cut = "model/mtcnn_detector/PNet.dat";
    let good = "AU_predictors/tris_68_full.txt";
    let entries = pick(&[short, cut, good]);
    let root = server_root_with(&entries);
    let short_file = root.path().join(short);
    let len = std::fs::metadata(&short_file).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&short_file)
        .unwrap()
        .set_len(len - 100)
        .unwrap();
    let misbehave = BTreeMap::from([(cut.to_string(), Misbehave::CutBody)]);
    let server = TestServer::start_with(
        root.path().to_path_buf(),
        10,
        Duration::from_secs(60),
        misbehave,
    );
    let dest = tempfile::tempdir().unwrap();
    let report =
        model_store::fetch_entries(dest.path(), &entries, Some(&server.base_url), &mut |_| {});
    for p in &report.problems {
        eprintln!("{p}");
    }
    assert_eq!(report.transferred, 1);
    assert_eq!(report.problems.len(), 2);
    let msg0 = report.problems[0].to_string();
    let msg1 = report.problems[1].to_string();
    let (m_short, m_cut) = if msg0.contains(short) {
        (msg0, msg1)
    } else {
        (msg1, msg0)
    };
    assert!(
        m_short.contains(short) && m_short.contains("truncated"),
        "{m_short}"
    );
    assert!(m_cut.contains(cut), "{m_cut}");
    assert!(
        m_cut.contains("truncated") || m_cut.contains("ended early"),
        "{m_cut}"
    );
    assert!(matches!(report.problems[0], Error::Download { .. }));
    assert!(!dest.path().join(short).exists());
    assert!(!dest.path().join(cut).exists());
    assert!(dest.path().join(good).exists());
    assert_no_temp_files(dest.path());
}

/// (c) A file with the right size but one byte changed: an error naming the file and the hash
/// mismatch, nothing at the final path; a body longer than the manifest says is refused too.
#[test]
fn fetch_wrong_hash_fails_cleanly() {
    let flipped = "AU_predictors/svr_combined/AU_45_dynamic_intensity_comb.dat";
    let longer = "model/model_inner/main_clnf_inner.txt";
    let entries = pick(&[flipped, longer]);
    let root = server_root_with(&entries);
    flip_byte(&root.path().join(flipped), 500);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(root.path().join(longer))
        .unwrap();
    f.write_all(b"\nextra").unwrap();
    drop(f);
    let server = TestServer::start(root.path().to_path_buf(), 10, Duration::from_secs(60));
    let dest = tempfile::tempdir().unwrap();
    let report =
        model_store::fetch_entries(dest.path(), &entries, Some(&server.base_url), &mut |_| {});
    assert_eq!(report.transferred, 0);
    assert_eq!(report.problems.len(), 2);
    let m0 = report.problems[0].to_string();
    let m1 = report.problems[1].to_string();
    eprintln!("{m0}\n{m1}");
    assert!(m0.contains(flipped) && m0.contains("SHA-256"), "{m0}");
    assert!(m1.contains(longer) && m1.contains("longer"), "{m1}");
    assert!(!dest.path().join(flipped).exists());
    assert!(!dest.path().join(longer).exists());
    assert_no_temp_files(dest.path());
}

/// (d) A 404: an error with the status and the URL; the other files still arrive.
#[test]
fn fetch_not_found_fails_cleanly() {
    let absent = "AU_predictors/AU_all_static.txt";
    let present = "AU_predictors/main_static_svms.txt";
    let entries = pick(&[absent, present]);
    let root = server_root_with(&entries[1..]);
    let server = TestServer::start(root.path().to_path_buf(), 10, Duration::from_secs(60));
    let dest = tempfile::tempdir().unwrap();
    let report =
        model_store::fetch_entries(dest.path(), &entries, Some(&server.base_url), &mut |_| {});
    assert_eq!(report.transferred, 1);
    assert_eq!(report.problems.len(), 1);
    let msg = report.problems[0].to_string();
    eprintln!("{msg}");
    assert!(msg.contains("404"), "{msg}");
    assert!(
        msg.contains(&format!("{}/{absent}", server.base_url)),
        "{msg}"
    );
    assert!(!dest.path().join(absent).exists());
    assert!(dest.path().join(present).exists());
}

/// A server that cannot be reached: one error, the rest not attempted.
#[test]
fn fetch_unreachable_server_stops_early() {
    // A port that was free a moment ago and has no listener now.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let entries = model_store::entries_for(&[ModelPart::Au]);
    let dest = tempfile::tempdir().unwrap();
    let report = model_store::fetch_entries(
        dest.path(),
        &entries,
        Some(&format!("http://127.0.0.1:{port}")),
        &mut |_| {},
    );
    eprintln!("{}", report.problems[0]);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.not_attempted, entries.len() - 1);
    assert!(!report.is_ok());
}

// ---------------------------------------------------------------------------------------------
// The command line.

fn cli() -> Command {
    let mut cmd = Command::cargo_bin("pyfaceau-rs").unwrap();
    cmd.env_remove(model_store::MODELS_DIR_ENV)
        .env_remove(model_store::MODELS_URL_ENV);
    cmd
}

fn stderr_lines(out: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn cli_verify_tampered_dir_fails_with_one_line() {
    let dest = installed_copy();
    let rel = "model/detection_validation/validator_cnn.txt";
    flip_byte(&dest.path().join(rel), 77);
    let out = cli()
        .args(["models", "verify", "--models"])
        .arg(dest.path())
        .output()
        .unwrap();
    let lines = stderr_lines(&out);
    eprintln!("{lines:?}");
    assert!(!out.status.success());
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("validator_cnn.txt"), "{lines:?}");

    std::fs::remove_file(dest.path().join("AU_predictors/tris_68_full.txt")).unwrap();
    let out = cli()
        .args(["models", "verify", "--models"])
        .arg(dest.path())
        .output()
        .unwrap();
    let lines = stderr_lines(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines
        .iter()
        .any(|l| l.contains("tris_68_full.txt") && l.contains("missing")));
}

#[test]
fn cli_fetch_from_dir_then_verify() {
    let dest = tempfile::tempdir().unwrap();
    let target = dest.path().join("models");
    let out = cli()
        .args(["models", "fetch", "--from"])
        .arg(common::models_dir())
        .arg("--models")
        .arg(&target)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // PYFACEAU_MODELS picks the directory when --models is absent.
    let out = cli()
        .args(["models", "verify"])
        .env(model_store::MODELS_DIR_ENV, &target)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("ok: "), "{stdout}");
}

#[test]
fn cli_fetch_over_http_uses_env_url() {
    let entries = model_store::manifest();
    let server = TestServer::start(
        common::models_dir(),
        entries.len() + 5,
        Duration::from_secs(120),
    );
    let dest = tempfile::tempdir().unwrap();
    let out = cli()
        .args(["models", "fetch", "--models"])
        .arg(dest.path())
        .env(model_store::MODELS_URL_ENV, &server.base_url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    model_store::verify(dest.path()).unwrap();
    drop(server);

    // A 404 everywhere: non-zero exit, one line per file.
    let empty = tempfile::tempdir().unwrap();
    let server = TestServer::start(
        empty.path().to_path_buf(),
        entries.len() + 5,
        Duration::from_secs(120),
    );
    let dest = tempfile::tempdir().unwrap();
    let out = cli()
        .args(["models", "fetch", "--models"])
        .arg(dest.path())
        .env(model_store::MODELS_URL_ENV, &server.base_url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let errors: HashSet<String> = stderr_lines(&out)
        .into_iter()
        .filter(|l| l.starts_with("error: ") && l.contains("404"))
        .collect();
    assert_eq!(errors.len(), entries.len());
}

#[test]
fn cli_models_path_resolution() {
    let out = cli()
        .args(["models", "path", "--models", "/some/where"])
        .env(model_store::MODELS_DIR_ENV, "/from/env")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "/some/where");
    let out = cli()
        .args(["models", "path"])
        .env(model_store::MODELS_DIR_ENV, "/from/env")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "/from/env");
    let out = cli().args(["models", "path"]).output().unwrap();
    let expected = model_store::default_models_dir().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        expected.to_string_lossy()
    );
    assert!(expected.ends_with("pyfaceau-rs/openface-2.2"));
}
