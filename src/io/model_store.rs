//! OpenFace 2.2's model files: where they live, whether they are intact, and how to get them.
//!
//! OpenFace's models are licensed for academic and non-profit non-commercial research only, so
//! pyfaceau-rs never ships them. It ships `models/manifest.tsv` instead (compiled in): one row per
//! file the tool reads, in OpenFace's own folder layout (`model/…` as in OpenFace's
//! `lib/local/LandmarkDetector/model/`, `AU_predictors/…` as in `lib/local/FaceAnalyser/`), with
//! its size, SHA-256, the part of the pipeline that reads it ([`ModelPart`]) and its raw URL at
//! OpenFace's `OpenFace_2.2.0` tag on GitHub.
//!
//! - [`ModelStore::resolve`] picks the model directory: `--models DIR`, else `PYFACEAU_MODELS`,
//!   else the per-user data directory (`…/pyfaceau-rs/openface-2.2`).
//! - [`verify`] checks every manifest file (present, size, SHA-256); [`check_for_run`] checks the
//!   files one run reads, before it starts.
//! - [`install_from`] copies the files from an existing OpenFace installation; [`fetch`]
//!   downloads them. Both write each file to a temporary file beside its destination, check its
//!   size and SHA-256, and only then rename it into place, so a destination path never holds a
//!   partial or wrong file.
//!
//! The manifest's row list is derived from OpenFace's own model index files (which file
//! references which) by the test `manifest_matches_openface_references` in `tests/models.rs`,
//! which also regenerates it (`PYFACEAU_WRITE_MANIFEST=1`).

use crate::error::{Error, Result};
use crate::io::model_file::model_read_error;
use crate::io::verified_stamps::{self, FileStamp, StampError, Stamps};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
#[cfg(feature = "fetch")]
use std::time::Duration;
use std::time::SystemTime;

/// The manifest as committed (`models/manifest.tsv`).
pub const MANIFEST_TSV: &str = include_str!("../../models/manifest.tsv");

/// The OpenFace release the manifest's files and URLs come from.
pub const OPENFACE_TAG: &str = "OpenFace_2.2.0";

/// Environment variable naming the model directory (used when `--models` is not given).
pub const MODELS_DIR_ENV: &str = "PYFACEAU_MODELS";

/// Environment variable overriding the download base URL: a file's URL becomes
/// `BASE/<relative path>` instead of the manifest's upstream URL.
pub const MODELS_URL_ENV: &str = "PYFACEAU_MODELS_URL";

/// Where OpenFace's licence for these files can be read.
pub const OPENFACE_LICENSE_URL: &str =
    "https://github.com/TadasBaltrusaitis/OpenFace/blob/master/OpenFace-license.txt";

/// Which part of the pipeline reads a model file; a run checks only the parts it uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ModelPart {
    /// The AU chain, read by OpenFace's `FaceAnalyser`: `AU_predictors/main_dynamic_svms.txt`,
    /// `main_static_svms.txt`, the SVR/SVM lists and `.dat` files they name, the PDM and the
    /// mask triangulation.
    Au,
    /// The face detector and landmark chain, read by OpenFace's `CLNF` and
    /// `FaceDetectorMTCNN`: `model/main_clnf_general.txt` and everything it references (patch
    /// experts, PDMs, the inner and eye part models, the CNN validator) plus
    /// `model/mtcnn_detector/`.
    Landmarks,
}

impl ModelPart {
    /// The name used in the manifest's `part` column.
    pub fn as_str(self) -> &'static str {
        match self {
            ModelPart::Au => "au",
            ModelPart::Landmarks => "landmarks",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "au" => Some(ModelPart::Au),
            "landmarks" => Some(ModelPart::Landmarks),
            _ => None,
        }
    }
}

/// One row of the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestEntry {
    /// Path relative to the model directory, `/`-separated, in OpenFace's layout.
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content, 64 lower-case hex digits.
    pub sha256: String,
    /// The part of the pipeline that reads it.
    pub part: ModelPart,
    /// Upstream raw URL at [`OPENFACE_TAG`].
    pub url: String,
}

impl ManifestEntry {
    /// The file's location under `dir`.
    pub fn path_in(&self, dir: &Path) -> PathBuf {
        self.path
            .split('/')
            .fold(dir.to_path_buf(), |p, c| p.join(c))
    }

    /// The URL to download from: `base/<path>` when a base URL is given, else the upstream URL.
    pub fn url_with_base(&self, base_url: Option<&str>) -> String {
        match base_url {
            Some(base) => format!("{}/{}", base.trim_end_matches('/'), self.path),
            None => self.url.clone(),
        }
    }
}

/// Parses manifest text: tab-separated `path size sha256 part url`, `#` comment lines and blank
/// lines ignored.
///
/// # Errors
/// [`Error::ModelFormat`] (path `models/manifest.tsv`) naming the first bad line.
pub fn parse_manifest(text: &str) -> Result<Vec<ManifestEntry>> {
    let bad = |line_no: usize, detail: String| Error::ModelFormat {
        path: PathBuf::from("models/manifest.tsv"),
        detail: format!("line {line_no}: {detail}"),
    };
    let mut entries: Vec<ManifestEntry> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [path, size, sha256, part, url] = fields[..] else {
            return Err(bad(
                line_no,
                format!("{} tab-separated fields, expected 5", fields.len()),
            ));
        };
        let safe_path = !path.is_empty()
            && !path.starts_with('/')
            && !path.contains('\\')
            && path
                .split('/')
                .all(|c| !c.is_empty() && c != "." && c != "..");
        if !safe_path {
            return Err(bad(line_no, format!("bad relative path {path:?}")));
        }
        let size: u64 = size
            .parse()
            .map_err(|_| bad(line_no, format!("bad size {size:?}")))?;
        let hex_ok = sha256.len() == 64
            && sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if !hex_ok {
            return Err(bad(line_no, format!("bad SHA-256 {sha256:?}")));
        }
        let part =
            ModelPart::parse(part).ok_or_else(|| bad(line_no, format!("unknown part {part:?}")))?;
        if !url.starts_with("https://") && !url.starts_with("http://") {
            return Err(bad(line_no, format!("bad URL {url:?}")));
        }
        if entries.iter().any(|e| e.path == path) {
            return Err(bad(line_no, format!("duplicate path {path}")));
        }
        entries.push(ManifestEntry {
            path: path.to_string(),
            size,
            sha256: sha256.to_string(),
            part,
            url: url.to_string(),
        });
    }
    Ok(entries)
}

/// The compiled-in manifest, parsed once.
pub fn manifest() -> &'static [ManifestEntry] {
    static MANIFEST: OnceLock<Vec<ManifestEntry>> = OnceLock::new();
    MANIFEST.get_or_init(|| {
        // The text is part of the binary and `tests/models.rs` parses it, so a failure here is a
        // build defect, not bad input.
        parse_manifest(MANIFEST_TSV).expect("models/manifest.tsv is well-formed")
    })
}

/// The manifest rows read by any of `parts`.
pub fn entries_for(parts: &[ModelPart]) -> Vec<ManifestEntry> {
    manifest()
        .iter()
        .filter(|e| parts.contains(&e.part))
        .cloned()
        .collect()
}

/// How [`ModelStore::resolve`] found the model directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelDirOrigin {
    /// Given explicitly (`--models DIR`).
    Argument,
    /// From the `PYFACEAU_MODELS` environment variable.
    Environment,
    /// The per-user data directory.
    UserDataDir,
}

/// The model directory a run reads OpenFace's files from.
#[derive(Clone, Debug)]
pub struct ModelStore {
    dir: PathBuf,
    origin: ModelDirOrigin,
}

impl ModelStore {
    /// Resolves the model directory: `explicit` (`--models DIR`) if given, else
    /// `PYFACEAU_MODELS` if set and non-empty, else `data_dir()/pyfaceau-rs/openface-2.2`
    /// (e.g. `~/.local/share/…` on Linux, `~/Library/Application Support/…` on macOS). The
    /// directory need not exist yet.
    ///
    /// # Errors
    /// [`Error::Invalid`] when nothing is given and the platform has no per-user data directory.
    pub fn resolve(explicit: Option<&Path>) -> Result<Self> {
        if let Some(dir) = explicit {
            return Ok(Self::at(dir, ModelDirOrigin::Argument));
        }
        if let Some(dir) = std::env::var_os(MODELS_DIR_ENV).filter(|v| !v.is_empty()) {
            return Ok(Self::at(dir, ModelDirOrigin::Environment));
        }
        let dir = default_models_dir().ok_or_else(|| {
            Error::Invalid(format!(
                "no per-user data directory on this system: pass --models DIR or set {MODELS_DIR_ENV}"
            ))
        })?;
        Ok(Self::at(dir, ModelDirOrigin::UserDataDir))
    }

    fn at(dir: impl Into<PathBuf>, origin: ModelDirOrigin) -> Self {
        Self {
            dir: dir.into(),
            origin,
        }
    }

    /// The model directory (OpenFace's layout: `model/`, `AU_predictors/`).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How the directory was chosen.
    pub fn origin(&self) -> ModelDirOrigin {
        self.origin
    }

    /// The location of a model file given by its manifest path (e.g.
    /// `AU_predictors/main_dynamic_svms.txt`).
    pub fn file(&self, relative: &str) -> PathBuf {
        relative.split('/').fold(self.dir.clone(), |p, c| p.join(c))
    }

    /// [`verify`] on this directory.
    ///
    /// # Errors
    /// As [`verify`].
    pub fn verify(&self) -> Result<VerifyReport> {
        verify(&self.dir)
    }

    /// [`check_for_run`] on this directory.
    ///
    /// # Errors
    /// As [`check_for_run`].
    pub fn check_for_run(&self, parts: &[ModelPart]) -> Result<()> {
        check_for_run(&self.dir, parts)
    }
}

/// `data_dir()/pyfaceau-rs/openface-2.2`, if the platform has a per-user data directory.
pub fn default_models_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("pyfaceau-rs").join("openface-2.2"))
}

/// The outcome of checking a model directory against manifest rows.
#[derive(Debug)]
pub struct VerifyReport {
    /// The directory checked.
    pub dir: PathBuf,
    /// Files present with the right size and SHA-256.
    pub files_ok: usize,
    /// Their total size in bytes.
    pub bytes_ok: u64,
    /// One error per bad file ([`Error::ModelMissing`], [`Error::ModelTampered`], [`Error::Io`]);
    /// a single [`Error::ModelMissing`] naming the directory when the directory itself is absent.
    pub problems: Vec<Error>,
}

impl VerifyReport {
    /// True when every checked file is intact.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// `Ok(self)` when intact, else the first problem.
    ///
    /// # Errors
    /// The first entry of [`VerifyReport::problems`].
    pub fn into_result(mut self) -> Result<Self> {
        if self.problems.is_empty() {
            Ok(self)
        } else {
            Err(self.problems.swap_remove(0))
        }
    }
}

/// Checks every manifest file in `dir`: present, right size, right SHA-256.
///
/// # Errors
/// The first problem found: [`Error::ModelMissing`] for an absent file (or directory),
/// [`Error::ModelTampered`] for a wrong size or hash, [`Error::Io`] for an unreadable file. Use
/// [`verify_entries`] to collect all problems.
pub fn verify(dir: &Path) -> Result<VerifyReport> {
    verify_entries(dir, manifest()).into_result()
}

/// Checks the given manifest rows in `dir`, collecting every problem. Every file is hashed;
/// those that match are stamped for [`check_for_run`] ([`crate::io::verified_stamps`]).
pub fn verify_entries(dir: &Path, entries: &[ManifestEntry]) -> VerifyReport {
    let mut report = VerifyReport {
        dir: dir.to_path_buf(),
        files_ok: 0,
        bytes_ok: 0,
        problems: Vec::new(),
    };
    if !dir.is_dir() {
        report.problems.push(Error::ModelMissing {
            path: dir.to_path_buf(),
        });
        return report;
    }
    let mut hasher = FileHasher::new();
    let mut stamps = Stamps::load(verified_stamps::cache_dir().as_deref(), dir);
    for entry in entries {
        match hasher.check_stamped(&entry.path_in(dir), entry, &mut stamps, false) {
            Ok(_) => {
                report.files_ok += 1;
                report.bytes_ok += entry.size;
            }
            Err(e) => report.problems.push(e),
        }
    }
    // The stamps only spare later runs a hash; failing to keep them changes nothing here.
    let _ = stamps.save();
    report
}

/// The check run before every extraction: size and SHA-256 of every manifest file of `parts`,
/// except files whose verified stamp still matches ([`crate::io::verified_stamps`]: same
/// device, inode, size, modification and status-change times as when their SHA-256 last
/// matched). Stamps are kept in [`verified_stamps::cache_dir`].
///
/// # Errors
/// The first bad file, as [`verify`].
pub fn check_for_run(dir: &Path, parts: &[ModelPart]) -> Result<()> {
    check_with_stamps(dir, parts, verified_stamps::cache_dir().as_deref()).map(|_| ())
}

/// What [`check_with_stamps`] did.
#[derive(Debug)]
pub struct RunCheck {
    /// Files read and hashed.
    pub hashed: usize,
    /// Files trusted by their stamp without reading them.
    pub stamped: usize,
    /// Why the stamp file could not be read or written, if so (the check itself is unaffected).
    pub stamp_problem: Option<StampError>,
}

/// [`check_for_run`] with the stamps kept in `cache_dir` (`None`: no stamps, hash every file).
///
/// # Errors
/// The first bad file, as [`verify`].
pub fn check_with_stamps(
    dir: &Path,
    parts: &[ModelPart],
    cache_dir: Option<&Path>,
) -> Result<RunCheck> {
    if !dir.is_dir() {
        return Err(Error::ModelMissing {
            path: dir.to_path_buf(),
        });
    }
    let mut stamps = Stamps::load(cache_dir, dir);
    let mut report = RunCheck {
        hashed: 0,
        stamped: 0,
        stamp_problem: None,
    };
    let mut hasher = FileHasher::new();
    let mut outcome = Ok(());
    for entry in manifest().iter().filter(|e| parts.contains(&e.part)) {
        match hasher.check_stamped(&entry.path_in(dir), entry, &mut stamps, true) {
            Ok(true) => report.stamped += 1,
            Ok(false) => report.hashed += 1,
            Err(e) => {
                outcome = Err(e);
                break;
            }
        }
    }
    report.stamp_problem = stamps.problem.take();
    if let Err(e) = stamps.save() {
        report.stamp_problem = Some(e);
    }
    outcome.map(|()| report)
}

/// SHA-256 and size of a file, streamed through a reusable buffer.
struct FileHasher {
    buf: Vec<u8>,
}

impl FileHasher {
    fn new() -> Self {
        // One 256 KiB buffer per verification pass.
        Self {
            buf: vec![0; 256 * 1024],
        }
    }

    /// Size and SHA-256 (hex) of the file at `path`.
    fn hash(&mut self, path: &Path) -> Result<(u64, String)> {
        let mut file = File::open(path).map_err(|e| model_read_error(path, e))?;
        let mut sha = Sha256::new();
        let mut size = 0u64;
        loop {
            let n = match file.read(&mut self.buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Error::io(path, e)),
            };
            sha.update(&self.buf[..n]);
            size += n as u64;
        }
        Ok((size, hex::encode(sha.finalize())))
    }

    /// [`FileHasher::check`], skipped when `trust_stamp` and the file's stamp matches
    /// (`Ok(true)`); a file that matches the manifest is stamped, one that does not loses its
    /// stamp.
    fn check_stamped(
        &mut self,
        path: &Path,
        entry: &ManifestEntry,
        stamps: &mut Stamps,
        trust_stamp: bool,
    ) -> Result<bool> {
        let meta = std::fs::metadata(path).map_err(|e| model_read_error(path, e))?;
        let stamp = FileStamp::of(&meta);
        if let Some(stamp) = &stamp {
            if trust_stamp && meta.is_file() && stamps.matches(&entry.path, &entry.sha256, stamp) {
                return Ok(true);
            }
        }
        match self.check(path, entry) {
            Ok(()) => {
                if let Some(stamp) = stamp {
                    stamps.record(&entry.path, &entry.sha256, stamp, SystemTime::now());
                }
                Ok(false)
            }
            Err(e) => {
                stamps.forget(&entry.path);
                Err(e)
            }
        }
    }

    /// Checks the file at `path` against `entry`: size first (from metadata, so a wrong-size
    /// file is rejected without reading it), then SHA-256.
    fn check(&mut self, path: &Path, entry: &ManifestEntry) -> Result<()> {
        let meta = std::fs::metadata(path).map_err(|e| model_read_error(path, e))?;
        if !meta.is_file() {
            return Err(Error::ModelTampered {
                path: path.to_path_buf(),
                detail: "not a regular file".into(),
            });
        }
        if meta.len() != entry.size {
            return Err(tampered_size(path, meta.len(), entry.size));
        }
        let (size, sha) = self.hash(path)?;
        if size != entry.size {
            return Err(tampered_size(path, size, entry.size));
        }
        if sha != entry.sha256 {
            return Err(tampered_hash(path, &sha, &entry.sha256));
        }
        Ok(())
    }
}

fn tampered_size(path: &Path, got: u64, expected: u64) -> Error {
    Error::ModelTampered {
        path: path.to_path_buf(),
        detail: format!("{got} bytes, expected {expected}"),
    }
}

fn tampered_hash(path: &Path, got: &str, expected: &str) -> Error {
    Error::ModelTampered {
        path: path.to_path_buf(),
        detail: format!("SHA-256 {got}, expected {expected}"),
    }
}

/// The outcome of [`install_from`] or [`fetch`].
#[derive(Debug)]
pub struct TransferReport {
    /// The destination model directory.
    pub dir: PathBuf,
    /// Files copied or downloaded (each verified before it was renamed into place).
    pub transferred: usize,
    /// Their total size in bytes.
    pub transferred_bytes: u64,
    /// Files already present and intact, left alone.
    pub already_ok: usize,
    /// Files not attempted because a download stopped early (the server could not be reached).
    pub not_attempted: usize,
    /// One error per file that could not be installed.
    pub problems: Vec<Error>,
}

impl TransferReport {
    fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
            transferred: 0,
            transferred_bytes: 0,
            already_ok: 0,
            not_attempted: 0,
            problems: Vec::new(),
        }
    }

    /// True when every file is now in place and intact.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty() && self.not_attempted == 0
    }

    /// `Ok(self)` when complete, else the first problem.
    ///
    /// # Errors
    /// The first entry of [`TransferReport::problems`].
    pub fn into_result(mut self) -> Result<Self> {
        if self.problems.is_empty() {
            Ok(self)
        } else {
            Err(self.problems.swap_remove(0))
        }
    }
}

/// Copies every manifest file from `src_dir` (an OpenFace model directory, e.g. an OpenFace
/// build's `bin/` folder) into `dest_dir`, verifying each.
///
/// # Errors
/// The first file that could not be installed; see [`install_entries_from`] to get all.
pub fn install_from(src_dir: &Path, dest_dir: &Path) -> Result<TransferReport> {
    install_entries_from(src_dir, dest_dir, manifest()).into_result()
}

/// Copies the given manifest rows from `src_dir` into `dest_dir`. A destination file that is
/// already intact is left alone; any other is replaced atomically (copy to a temporary file in
/// the same folder, check size and SHA-256, rename). A source file that is missing or differs
/// from the manifest is reported ([`Error::ModelMissing`] / [`Error::ModelTampered`] naming the
/// source file) and nothing is written for it; a missing `src_dir` is one
/// [`Error::ModelMissing`] naming it.
pub fn install_entries_from(
    src_dir: &Path,
    dest_dir: &Path,
    entries: &[ManifestEntry],
) -> TransferReport {
    let mut report = TransferReport::new(dest_dir);
    if !src_dir.is_dir() {
        report.problems.push(Error::ModelMissing {
            path: src_dir.to_path_buf(),
        });
        return report;
    }
    let mut hasher = FileHasher::new();
    for entry in entries {
        let dest = entry.path_in(dest_dir);
        if hasher.check(&dest, entry).is_ok() {
            report.already_ok += 1;
            continue;
        }
        let src = entry.path_in(src_dir);
        let result = File::open(&src)
            .map_err(|e| model_read_error(&src, e))
            .and_then(|mut reader| {
                write_verified(&mut reader, &dest, entry, &mut |_| {}).map_err(|e| match e {
                    WriteError::Read(io) => Error::io(&src, io),
                    WriteError::Size { got } => tampered_size(&src, got, entry.size),
                    WriteError::Hash { got } => tampered_hash(&src, &got, &entry.sha256),
                    WriteError::Dest(err) => err,
                })
            });
        match result {
            Ok(()) => {
                report.transferred += 1;
                report.transferred_bytes += entry.size;
            }
            Err(e) => report.problems.push(e),
        }
    }
    report
}

/// Why [`write_verified`] failed.
enum WriteError {
    /// Reading the source failed (for a download: the body ended early or the connection broke).
    Read(std::io::Error),
    /// The source held `got` bytes, not the manifest's size (`got` is `size + 1` when it held
    /// more).
    Size { got: u64 },
    /// The content's SHA-256 differs.
    Hash { got: String },
    /// Creating, writing or renaming the destination failed.
    Dest(Error),
}

/// Streams `reader` into a temporary file beside `dest`, hashing as it goes; renames it to `dest`
/// only if the size and SHA-256 match `entry`. On any failure the temporary file is removed and
/// `dest` is untouched. `progress` receives the byte count of each chunk written.
fn write_verified(
    reader: &mut dyn Read,
    dest: &Path,
    entry: &ManifestEntry,
    progress: &mut dyn FnMut(u64),
) -> std::result::Result<(), WriteError> {
    let parent = dest.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| WriteError::Dest(Error::io(parent, e)))?;
    let mut tmp = crate::io::temp_file::named_temp_in(parent, ".pyfaceau-", ".part")
        .map_err(|e| WriteError::Dest(Error::io(parent, e)))?;
    // Read at most one byte more than expected: enough to tell "too long" without
    // downloading an arbitrarily large body.
    let mut limited = reader.take(entry.size + 1);
    let mut sha = Sha256::new();
    let mut size = 0u64;
    // One 256 KiB buffer per file.
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = match limited.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(WriteError::Read(e)),
        };
        sha.update(&buf[..n]);
        tmp.write_all(&buf[..n])
            .map_err(|e| WriteError::Dest(Error::io(tmp.path(), e)))?;
        size += n as u64;
        progress(n as u64);
    }
    if size != entry.size {
        return Err(WriteError::Size { got: size });
    }
    let got = hex::encode(sha.finalize());
    if got != entry.sha256 {
        return Err(WriteError::Hash { got });
    }
    tmp.as_file()
        .sync_all()
        .map_err(|e| WriteError::Dest(Error::io(tmp.path(), e)))?;
    tmp.persist(dest)
        .map_err(|e| WriteError::Dest(Error::io(dest, e.error)))?;
    Ok(())
}

#[cfg(feature = "fetch")]
/// What [`fetch_entries`] tells its progress callback.
#[derive(Clone, Copy, Debug)]
pub enum FetchEvent<'a> {
    /// After checking the destination: how many files and bytes will be downloaded.
    Plan { files: usize, bytes: u64 },
    /// A download is starting.
    Started { entry: &'a ManifestEntry },
    /// `bytes` more bytes were written for the current file.
    Received { bytes: u64 },
    /// The current file failed (it is reported in [`TransferReport::problems`]).
    Failed { entry: &'a ManifestEntry },
    /// The current file is in place and verified.
    Finished { entry: &'a ManifestEntry },
}

/// The download base URL to use: `argument` if given, else `PYFACEAU_MODELS_URL` if set and
/// non-empty, else `None` (each file's upstream URL from the manifest).
pub fn resolve_base_url(argument: Option<&str>) -> Option<String> {
    argument
        .map(str::to_string)
        .or_else(|| std::env::var(MODELS_URL_ENV).ok())
        .filter(|s| !s.is_empty())
}

#[cfg(feature = "fetch")]
/// Downloads every manifest file that is missing or bad in `dest_dir`.
///
/// `base_url_override` (else `PYFACEAU_MODELS_URL`) replaces the upstream URLs: a file is then
/// fetched from `BASE/<relative path>`.
///
/// # Errors
/// The first file that could not be installed; see [`fetch_entries`] to get all.
pub fn fetch(dest_dir: &Path, base_url_override: Option<&str>) -> Result<TransferReport> {
    let base = resolve_base_url(base_url_override);
    fetch_entries(dest_dir, manifest(), base.as_deref(), &mut |_| {}).into_result()
}

#[cfg(feature = "fetch")]
/// Downloads each of `entries` that is missing or bad in `dest_dir`, from `base_url/<path>` when
/// `base_url` is given (no environment lookup here), else from the entry's upstream URL.
///
/// Each body is streamed to a temporary file beside the destination and renamed into place only
/// when its size and SHA-256 match the manifest, so the destination path never holds a partial
/// or wrong file. Problems are collected per file ([`Error::Download`] naming the URL, with
/// details naming the file: HTTP status, body shorter or longer than the manifest says, SHA-256
/// mismatch, connection error). When the server cannot be reached at all, the remaining files
/// are not attempted ([`TransferReport::not_attempted`]).
pub fn fetch_entries<'a>(
    dest_dir: &Path,
    entries: &'a [ManifestEntry],
    base_url: Option<&str>,
    progress: &mut dyn FnMut(FetchEvent<'a>),
) -> TransferReport {
    let mut report = TransferReport::new(dest_dir);
    let mut hasher = FileHasher::new();
    let mut todo: Vec<&ManifestEntry> = Vec::new();
    for entry in entries {
        if hasher.check(&entry.path_in(dest_dir), entry).is_ok() {
            report.already_ok += 1;
        } else {
            todo.push(entry);
        }
    }
    progress(FetchEvent::Plan {
        files: todo.len(),
        bytes: todo.iter().map(|e| e.size).sum(),
    });
    if todo.is_empty() {
        return report;
    }
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(30))
        .timeout_read(Duration::from_secs(60))
        .user_agent(concat!("pyfaceau-rs/", env!("CARGO_PKG_VERSION")))
        .build();
    for (i, entry) in todo.iter().enumerate() {
        progress(FetchEvent::Started { entry });
        let url = entry.url_with_base(base_url);
        let mut on_bytes = |n: u64| progress(FetchEvent::Received { bytes: n });
        match download_one(&agent, &url, entry, dest_dir, &mut on_bytes) {
            Ok(()) => {
                report.transferred += 1;
                report.transferred_bytes += entry.size;
                progress(FetchEvent::Finished { entry });
            }
            Err(DownloadFailure { error, unreachable }) => {
                report.problems.push(error);
                progress(FetchEvent::Failed { entry });
                if unreachable {
                    report.not_attempted = todo.len() - i - 1;
                    break;
                }
            }
        }
    }
    report
}

#[cfg(feature = "fetch")]
struct DownloadFailure {
    error: Error,
    /// The server could not be reached: later files would fail the same way.
    unreachable: bool,
}

#[cfg(feature = "fetch")]
fn download_one(
    agent: &ureq::Agent,
    url: &str,
    entry: &ManifestEntry,
    dest_dir: &Path,
    on_bytes: &mut dyn FnMut(u64),
) -> std::result::Result<(), DownloadFailure> {
    let fail = |detail: String, unreachable: bool| DownloadFailure {
        error: Error::Download {
            url: url.to_string(),
            detail,
        },
        unreachable,
    };
    let response = match agent.get(url).call() {
        Ok(r) => r,
        Err(ureq::Error::Status(code, r)) => {
            return Err(fail(format!("HTTP {code} {}", r.status_text()), false))
        }
        Err(ureq::Error::Transport(t)) => {
            let unreachable = matches!(
                t.kind(),
                ureq::ErrorKind::Dns
                    | ureq::ErrorKind::ConnectionFailed
                    | ureq::ErrorKind::InvalidUrl
                    | ureq::ErrorKind::UnknownScheme
                    | ureq::ErrorKind::ProxyConnect
            );
            return Err(fail(transport_detail(&t), unreachable));
        }
    };
    let dest = entry.path_in(dest_dir);
    let mut body = response.into_reader();
    write_verified(&mut body, &dest, entry, on_bytes).map_err(|e| match e {
        WriteError::Read(io) => fail(format!("body ended early or broke off: {io}"), false),
        WriteError::Size { got } if got < entry.size => fail(
            format!("truncated body: {got} bytes, expected {}", entry.size),
            false,
        ),
        WriteError::Size { .. } => fail(
            format!("body longer than the expected {} bytes", entry.size),
            false,
        ),
        WriteError::Hash { got } => {
            fail(format!("SHA-256 {got}, expected {}", entry.sha256), false)
        }
        WriteError::Dest(error) => DownloadFailure {
            error,
            unreachable: false,
        },
    })
}

#[cfg(feature = "fetch")]
/// A transport error without the URL (the caller's [`Error::Download`] already names it).
fn transport_detail(t: &ureq::Transport) -> String {
    let mut detail = t.kind().to_string();
    if let Some(message) = t.message() {
        detail.push_str(": ");
        detail.push_str(message);
    }
    if let Some(source) = std::error::Error::source(t) {
        detail.push_str(&format!(": {source}"));
    }
    detail
}
